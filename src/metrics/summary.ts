/**
 * Graph-level figures of a network, gathered from the node-level passes of computeMetrics so nothing is
 * computed twice.
 *
 * - density: 2m / (n(n − 1)), 0 below two nodes — graphology-metrics `density`, networkx `density(G)`.
 * - averageClustering, transitivity: see clustering.ts.
 * - modularity, communities: the Louvain partition of communities.ts and its weighted modularity.
 * - diameter, averageShortestPath: of the largest connected component, unweighted — networkx
 *   `diameter(C)` and `average_shortest_path_length(C)`; 0 when that component has one node or none.
 * - betweenness: whether node betweenness is exact or sampled, with the sample size and the error bound
 *   of betweenness.ts (valid for all nodes at once with 95% confidence).
 * - eigenvector: which method of centrality.ts produced the eigenvector centralities.
 */

import type Graph from "graphology";
import { density } from "graphology-metrics/graph/density.js";
import type { EigenvectorMethod } from "./centrality";
import type { ClusteringResult } from "./clustering";
import type { CommunityResult } from "./communities";

/** How betweenness was computed. */
export interface BetweennessSummary {
  mode: "exact" | "sampled";
  /** Sampled sources k (sampled mode only). */
  samples?: number;
  /** ε: every node's estimate is within ε of its exact normalised value w.p. ≥ 0.95 (sampled mode only). */
  errorBound?: number;
}

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
  diameter: number;
  averageShortestPath: number;
  betweenness: BetweennessSummary;
  eigenvector: { method: EigenvectorMethod };
}

/** The per-pass results a summary is assembled from. */
export interface SummaryParts {
  components: string[][];
  clustering: ClusteringResult;
  communities: CommunityResult;
  largestComponent: { diameter: number; averageShortestPath: number };
  betweenness: BetweennessSummary;
  eigenvector: EigenvectorMethod;
}

/** Assembles the GraphSummary of `graph` from the results of the node-level passes. */
export function summarizeGraph(graph: Graph, parts: SummaryParts): GraphSummary {
  return {
    nodes: graph.order,
    edges: graph.size,
    components: parts.components.length,
    largestComponentNodes: parts.components[0]?.length ?? 0,
    density: density(graph),
    averageClustering: parts.clustering.average,
    transitivity: parts.clustering.transitivity,
    modularity: parts.communities.modularity,
    communities: parts.communities.count,
    diameter: parts.largestComponent.diameter,
    averageShortestPath: parts.largestComponent.averageShortestPath,
    betweenness: parts.betweenness,
    eigenvector: { method: parts.eigenvector },
  };
}
