/**
 * The two partitions of a network written as node attributes — connected components and Louvain
 * communities — and the modularity of a partition. Both are numbered by size, largest first (0), ties
 * broken by the graph order of each part's first node, so ids depend only on the graph and the seed.
 *
 * Components: graphology-components `connectedComponents` (BFS, O(n + m)) lists components in the order
 * of their first node; a stable sort by size keeps that order among ties. networkx
 * `connected_components(G)` gives the same sets.
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

import type { MetricsGraph } from "./csr";
import louvain from "graphology-communities-louvain";
import { connectedComponents } from "graphology-components";
import modularity from "graphology-metrics/graph/modularity.js";
import { createRng } from "../model";

/** Connected components as node lists, largest first, ties in first-node order. */
export function computeComponentList(graph: MetricsGraph): string[][] {
  return connectedComponents(graph).sort((a, b) => b.length - a.length);
}

/** Maps each node of a component list to the index of its component. */
export function indexComponents(components: readonly string[][]): Record<string, number> {
  const result: Record<string, number> = {};
  components.forEach((members, index) => {
    for (const node of members) result[node] = index;
  });
  return result;
}

/** Index of each node's component in computeComponentList order (0 = largest). */
export function computeComponents(graph: MetricsGraph): Record<string, number> {
  return indexComponents(computeComponentList(graph));
}

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
