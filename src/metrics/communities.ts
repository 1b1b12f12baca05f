/**
 * Communities, written as the node attribute `community`, and the modularity of a partition. Communities
 * are numbered by size, largest first (0), ties broken by the graph order of each community's first node,
 * as the components of components.ts are, so ids depend only on the graph, the options and the seed.
 *
 * Louvain (the default): graphology-communities-louvain, weighted by the edge attribute `weight` (1 when
 * missing; computeMetrics builds the CSR form with the counting method's weight), at `resolution` (1 by
 * default), its random node order driven by `createRng(seed)` from src/model, so the same graph and seed
 * always give the same partition, then renumbered as above. Nodes without edges form their own singleton
 * communities. computeMetrics runs it on its CSR form (louvain.ts, the library's algorithm on typed arrays,
 * the same partitions), so networks that only go to metrics and export never become graphology graphs.
 * Leiden: see leiden.ts (CWTS's networkanalysis), same weights and resolution. Either may be followed by
 * the merging of communities below `minClusterSize` nodes (leiden.ts, VOSviewer's rule).
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
import type { CommunityAlgorithm } from "../options";
import type { CsrGraph, MetricsGraph } from "./csr";
import { leidenOnCsr, removeSmallClusters } from "./leiden";
import { createLouvain } from "./louvain";

/** How communities are found (the AnalysisOptions of the same names). */
export interface CommunityOptions {
  /** number, required. Seed of the algorithm's random choices. */
  seed: number;
  /** "louvain" | "leiden", default "louvain". */
  algorithm?: CommunityAlgorithm;
  /** number, default 1. Modularity's resolution γ. */
  resolution?: number;
  /** number, default 1. Communities of fewer nodes are merged into their most strongly linked neighbour. */
  minClusterSize?: number;
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

/**
 * Louvain communities weighted by `weight`, seeded, renumbered by size; with their modularity. Run on the
 * graph itself, in its edge order (computeMetrics runs communitiesOnCsr, in CSR order: the same algorithm,
 * whose tie-breaks may then group a few nodes differently).
 */
export function computeCommunities(graph: MetricsGraph, options: { seed: number }): CommunityResult {
  // On a graph without edges graphology's Louvain already returns one community per node.
  const raw = louvain(graph, { getEdgeWeight: "weight", rng: createRng(options.seed), resolution: 1 });
  const nodes = graph.nodes();
  const values = renumberBySize(nodes.map((node) => raw[node]!));
  const communities: Record<string, number> = {};
  nodes.forEach((node, i) => (communities[node] = values[i]!));
  let count = 0;
  for (const c of values) count = Math.max(count, c + 1);
  return { communities, count, modularity: computeModularity(graph, communities) };
}

/**
 * One run of the chosen algorithm on a CSR form, small communities merged, renumbered by size: each node's
 * community, indexed like the CSR.
 */
export function partitionOnCsr(csr: CsrGraph, options: CommunityOptions): Int32Array {
  return partitionerOnCsr(csr, options)(options.seed);
}

/**
 * partitionOnCsr for any seed, the other options given: what a CSR form's runs share is prepared once
 * (Louvain's first level, louvain.ts createLouvain), the seeds' runs then made one after another.
 */
export function partitionerOnCsr(csr: CsrGraph, options: Omit<CommunityOptions, "seed">): (seed: number) => Int32Array {
  const resolution = options.resolution ?? 1;
  const minClusterSize = options.minClusterSize ?? 1;
  const raw =
    (options.algorithm ?? "louvain") === "leiden" ? leidenRuns(csr, resolution) : louvainRuns(csr, resolution);
  return (seed) => renumberBySize(removeSmallClusters(csr, renumberBySize(raw(seed)), minClusterSize));
}

/** Louvain runs on a CSR form (louvain.ts, graphology's algorithm on csrGraphView's order): raw community ids per node. */
function louvainRuns(csr: CsrGraph, resolution: number): (seed: number) => Int32Array {
  const louvain = createLouvain(csr);
  return (seed) => louvain(createRng(seed), resolution);
}

/** Leiden runs on a CSR form (leiden.ts): raw cluster ids per node. */
function leidenRuns(csr: CsrGraph, resolution: number): (seed: number) => Int32Array {
  return (seed) => leidenOnCsr(csr, { seed, resolution });
}

/**
 * Communities of a CSR form by the chosen algorithm (see the header): each node's community (indexed like
 * the CSR, renumbered by size), the number of communities and the weighted modularity at γ = 1.
 */
export function communitiesOnCsr(
  csr: CsrGraph,
  options: CommunityOptions,
): { values: Int32Array; count: number; modularity: number } {
  return describePartition(csr, partitionOnCsr(csr, options));
}

/** A partition of a CSR form (renumbered ids) with its number of communities and weighted modularity at γ = 1. */
export function describePartition(
  csr: CsrGraph,
  values: Int32Array,
): { values: Int32Array; count: number; modularity: number } {
  let count = 0;
  for (const c of values) count = Math.max(count, c + 1);
  return { values, count, modularity: modularityOnCsr(csr, values) };
}

/**
 * Q = Σ_c [L_c/m − γ (D_c/2m)²] on the CSR form (see the header; γ = `resolution`, default 1); 0 without
 * links. Sums run in CSR order. At γ = 1 equal to graphology-metrics' modularity within rounding; at any γ
 * to networkx's `modularity(G, communities, weight=…, resolution=γ)` and igraph's `Graph.modularity`.
 */
export function modularityOnCsr(csr: CsrGraph, community: Int32Array, resolution = 1): number {
  const { offsets, targets, weights } = csr;
  const n = csr.nodes.length;
  let count = 0;
  for (const c of community) count = Math.max(count, c + 1);
  const inside = new Float64Array(count);
  const degree = new Float64Array(count);
  let total = 0;
  for (let v = 0; v < n; v++) {
    const c = community[v]!;
    for (let j = offsets[v]!, stop = offsets[v + 1]!; j < stop; j++) {
      const w = weights[j]!;
      degree[c]! += w;
      total += w;
      if (community[targets[j]!] === c) inside[c]! += w;
    }
  }
  if (total === 0) return 0;
  let q = 0;
  for (let c = 0; c < count; c++) q += inside[c]! / total - resolution * (degree[c]! / total) ** 2;
  return q;
}

/** Renames community ids (whole numbers from 0) to 0..k−1 by decreasing size; ties by the index of their first node. */
function renumberBySize(raw: ArrayLike<number>): Int32Array {
  let top = -1;
  for (let v = 0; v < raw.length; v++) top = Math.max(top, raw[v]!);
  const sizes = new Int32Array(top + 1);
  const firstSeen = new Int32Array(top + 1).fill(-1);
  const ids: number[] = [];
  for (let v = 0; v < raw.length; v++) {
    const id = raw[v]!;
    if (firstSeen[id] === -1) {
      firstSeen[id] = ids.length;
      ids.push(id);
    }
    sizes[id]!++;
  }
  ids.sort((a, b) => sizes[b]! - sizes[a]! || firstSeen[a]! - firstSeen[b]!);
  const rename = new Int32Array(top + 1);
  ids.forEach((id, rank) => (rename[id] = rank));
  // A loop, not Int32Array.from with a map function (a call per node through the iterator protocol).
  const renamed = new Int32Array(raw.length);
  for (let v = 0; v < raw.length; v++) renamed[v] = rename[raw[v]!]!;
  return renamed;
}
