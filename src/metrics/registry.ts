/**
 * The node metrics as declarative descriptors, in display order, so the CLI tables and the app's panels
 * iterate over one list instead of naming attributes themselves (the pattern of gephi-lite's metric
 * descriptors). Keys are the node attribute names of the contract in DESIGN.md.
 */

import type { NodeMetrics } from "../model";

/** Every node attribute computeMetrics writes: the scores plus the two partition ids. */
export type NodeMetricAttribute = keyof NodeMetrics;

/** Node attributes holding a centrality-like score (every metric but the partition ids). */
export type NodeMetricKey = Exclude<NodeMetricAttribute, "community" | "component">;

/** What a CLI table column or an app panel needs to show one metric. */
export interface NodeMetricDescriptor {
  key: NodeMetricKey;
  label: string;
  description: string;
  /** True for whole-number metrics (degree, coreness), which are printed without decimals. */
  isInteger: boolean;
}

/** The node metrics in the order the CLI and the app list them. */
export const NODE_METRICS: readonly NodeMetricDescriptor[] = Object.freeze([
  {
    key: "degree",
    label: "Degree",
    description: "Number of distinct neighbours (networkx G.degree()).",
    isInteger: true,
  },
  {
    key: "weightedDegree",
    label: "Weighted degree",
    description: "Sum of the weights of the node's links, e.g. joint papers (networkx G.degree(weight='weight')).",
    isInteger: false,
  },
  {
    key: "betweenness",
    label: "Betweenness",
    description:
      "Share of shortest paths between other nodes that pass through the node, normalised to [0, 1] " +
      "(networkx betweenness_centrality); estimated from sampled sources on large graphs.",
    isInteger: false,
  },
  {
    key: "closeness",
    label: "Closeness",
    description:
      "Inverse mean distance to the reachable nodes, scaled by the reachable share (networkx closeness_centrality); " +
      "estimated from sampled sources on large graphs.",
    isInteger: false,
  },
  {
    key: "harmonic",
    label: "Harmonic",
    description:
      "Sum of inverse distances to all other nodes (networkx harmonic_centrality); " +
      "estimated from sampled sources on large graphs.",
    isInteger: false,
  },
  {
    key: "eigenvector",
    label: "Eigenvector",
    description: "Importance from being linked to important nodes, unweighted (networkx eigenvector_centrality).",
    isInteger: false,
  },
  {
    key: "pagerank",
    label: "PageRank",
    description: "Stationary share of a weighted random walk with damping 0.85 (networkx pagerank).",
    isInteger: false,
  },
  {
    key: "clustering",
    label: "Clustering",
    description: "Share of the node's neighbour pairs that are linked themselves (networkx clustering).",
    isInteger: false,
  },
  {
    key: "coreness",
    label: "Coreness",
    description:
      "Largest k such that the node is in a subgraph where everyone has k neighbours (networkx core_number).",
    isInteger: true,
  },
]);
