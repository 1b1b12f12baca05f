/**
 * Graph-level figures of a network, gathered from the node-level passes of computeMetrics so nothing is
 * computed twice.
 *
 * - density: 2m / (n(n − 1)), 0 below two nodes — graphology-metrics `density`, networkx `density(G)`.
 * - averageClustering, transitivity: see clustering.ts.
 * - modularity, communities: the partition of communities.ts (Louvain or Leiden at `resolution`, small
 *   communities merged below `minClusterSize`) and its weighted modularity at γ = 1; `communityStability`
 *   how much of each community further seeds find again (community-stability.ts).
 * - edgeWeight: the edge attribute weighted degree, PageRank, communities and weighted paths read.
 * - diameter, averageShortestPath: of the largest connected component, unweighted — networkx
 *   `diameter(C)` and `average_shortest_path_length(C)`; 0 when that component has one node or none.
 * - diameter and averageShortestPath are the sampled-source lower bound and estimate when the path metrics
 *   are sampled (see path-metrics.ts); `weightedPaths` says whether distances were 1/weight or hops.
 * - betweenness, closeness, harmonic: whether each is exact or sampled, with the number of sources swept
 *   and the error bound of sampling.ts (for all nodes at once with 95% confidence): normalised betweenness,
 *   harmonic in its own units, closeness as each node's mean distance to its reachable nodes.
 * - eigenvector: which method of centrality.ts produced the eigenvector centralities.
 */

import type { CommunityAlgorithm } from "../options";
import type { EigenvectorMethod } from "./centrality";
import type { CommunityStability } from "./community-stability";

/** How a shortest-path metric (betweenness, closeness, harmonic) was computed. */
export interface PathMetricSummary {
  mode: "exact" | "sampled";
  /** Sources swept (sampled mode only). */
  samples?: number;
  /** ε: every node's estimate is within ε of its exact value w.p. ≥ 0.95 (sampled mode only; units above). */
  errorBound?: number;
  /** Sampling rounds run (sampled mode only; adaptive-sweep.ts). */
  rounds?: number;
  /** The k whose top-k set sampling went on for (sampled mode only). */
  topK?: number;
  /** The largest k ≤ topK whose top-k set was the same in the last two rounds (sampled mode only). */
  certifiedTop?: number;
}

/** How betweenness was computed (the name the CLI and the app already use). */
export type BetweennessSummary = PathMetricSummary;

/** Graph-level figures returned by computeMetrics. */
export interface GraphSummary {
  nodes: number;
  edges: number;
  components: number;
  largestComponentNodes: number;
  density: number;
  averageClustering: number;
  transitivity: number;
  modularity: number;
  communities: number;
  /** The algorithm that found the communities, its resolution and minimum community size. */
  communityAlgorithm: CommunityAlgorithm;
  resolution: number;
  minClusterSize: number;
  /** Each community's stability across further seeds, and the overall share. */
  communityStability: CommunityStability;
  diameter: number;
  averageShortestPath: number;
  /** True when shortest paths used distance = 1/weight instead of hop counts. */
  weightedPaths: boolean;
  /** The edge attribute the weighted metrics read: "weight" (full counting) or "fractional". */
  edgeWeight: string;
  betweenness: BetweennessSummary;
  closeness: PathMetricSummary;
  harmonic: PathMetricSummary;
  eigenvector: { method: EigenvectorMethod };
}

/** The per-pass results a summary is assembled from. */
export interface SummaryParts {
  nodes: number;
  edges: number;
  density: number;
  componentSizes: readonly number[];
  clustering: { average: number; transitivity: number };
  communities: {
    count: number;
    modularity: number;
    algorithm: CommunityAlgorithm;
    resolution: number;
    minClusterSize: number;
    stability: CommunityStability;
  };
  largestComponent: { diameter: number; averageShortestPath: number };
  weightedPaths: boolean;
  edgeWeight: string;
  paths: { betweenness: PathMetricSummary; closeness: PathMetricSummary; harmonic: PathMetricSummary };
  eigenvector: EigenvectorMethod;
}

/** Assembles the GraphSummary of a network from the results of the node-level passes. */
export function summarizeGraph(parts: SummaryParts): GraphSummary {
  return {
    nodes: parts.nodes,
    edges: parts.edges,
    components: parts.componentSizes.length,
    largestComponentNodes: parts.componentSizes[0] ?? 0,
    density: parts.density,
    averageClustering: parts.clustering.average,
    transitivity: parts.clustering.transitivity,
    modularity: parts.communities.modularity,
    communities: parts.communities.count,
    communityAlgorithm: parts.communities.algorithm,
    resolution: parts.communities.resolution,
    minClusterSize: parts.communities.minClusterSize,
    communityStability: parts.communities.stability,
    diameter: parts.largestComponent.diameter,
    averageShortestPath: parts.largestComponent.averageShortestPath,
    weightedPaths: parts.weightedPaths,
    edgeWeight: parts.edgeWeight,
    ...parts.paths,
    eigenvector: { method: parts.eigenvector },
  };
}
