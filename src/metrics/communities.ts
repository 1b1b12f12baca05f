/**
 * Louvain communities, written as the node attribute `community`, and the modularity of a partition.
 * Communities are numbered by size, largest first (0), ties broken by the graph order of each community's
 * first node, as the components of components.ts are, so ids depend only on the graph and the seed.
 *
 * Louvain: graphology-communities-louvain, weighted by the edge attribute `weight` (1 when missing),
 * resolution 1, its random node order driven by `createRng(seed)` from src/model, so the same graph
 * and seed always give the same partition, then renumbered as above. Nodes without edges form their
 * own singleton communities.
 * Complexity: about O(m) per pass, a few passes in practice.
 *
 * Modularity: Q = Σ_c [ L_c/m − γ (D_c/2m)² ] with L_c the weight inside community c, D_c its total
 * weighted degree, m the total weight and γ = 1 — graphology-metrics `modularity`, which matches
 * networkx `community.modularity(G, communities, weight="weight")`. A graph without edges has Q = 0 here
 * (networkx divides by zero).
 *
 * References: Blondel, Guillaume, Lambiotte & Lefebvre, "Fast unfolding of communities in large
 * networks", J. Stat. Mech. (2008) P10008; Newman, "Modularity and community structure in networks",
 * PNAS 103 (2006).
 */

import louvain from "graphology-communities-louvain";
import modularity from "graphology-metrics/graph/modularity.js";
import { createRng } from "../model";
import type { MetricsGraph } from "./csr";

/** A Louvain partition with its modularity. */
export interface CommunityResult {
  /** Community id of every node, 0 = largest community. */
  communities: Record<string, number>;
  count: number;
  modularity: number;
}

/** Weighted modularity of a partition (node → community id), as networkx `community.modularity`. */
export function computeModularity(graph: MetricsGraph, partition: Record<string, number>): number {
  if (graph.size === 0) return 0;
  const communityOf = (node: string): number => {
    const community = partition[node];
    if (community === undefined) {
      throw new Error(`papergraph/metrics: the partition gives node ${node} no community. Give every node one.`);
    }
    return community;
  };
  return modularity(graph, { getNodeCommunity: communityOf, getEdgeWeight: "weight" });
}

/** Louvain communities weighted by `weight`, seeded, renumbered by size; with their modularity. */
export function computeCommunities(graph: MetricsGraph, options: { seed: number }): CommunityResult {
  // On a graph without edges graphology's Louvain already returns one community per node.
  const raw = louvain(graph, { getEdgeWeight: "weight", rng: createRng(options.seed), resolution: 1 });
  const communities = renumberBySize(graph, raw);
  const count = new Set(Object.values(communities)).size;
  return { communities, count, modularity: computeModularity(graph, communities) };
}

/**
 * Renames community ids to 0..k−1 by decreasing size; ties by the graph order of their first node.
 * Louvain gives every node of the graph a community, hence the `!` on `raw[node]`.
 */
function renumberBySize(graph: MetricsGraph, raw: Record<string, number>): Record<string, number> {
  const sizes = new Map<number, number>();
  const firstSeen = new Map<number, number>();
  graph.forEachNode((node) => {
    const id = raw[node]!;
    if (!firstSeen.has(id)) firstSeen.set(id, firstSeen.size);
    sizes.set(id, (sizes.get(id) ?? 0) + 1);
  });
  const ranked = [...firstSeen.keys()].sort(
    (a, b) => sizes.get(b)! - sizes.get(a)! || firstSeen.get(a)! - firstSeen.get(b)!,
  );
  const rename = new Map(ranked.map((id, rank) => [id, rank]));
  return Object.fromEntries(graph.mapNodes((node) => [node, rename.get(raw[node]!)!]));
}
