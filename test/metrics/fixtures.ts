/**
 * Graphs shared by the metrics tests. networkx-reference.py builds the same graphs (same node names,
 * same edges and weights) to produce the numbers of networkx-expected.ts.
 */

import { UndirectedGraph } from "graphology";
import clusters from "graphology-generators/random/clusters.js";
import krackhardtKite from "graphology-generators/small/krackhardt-kite.js";
import florentineFamilies from "graphology-generators/social/florentine-families.js";
import type { MetricsGraph } from "../../src/metrics";
import { createRng } from "../../src/model";

/** Krackhardt's kite: 10 nodes, 18 edges, connected. */
export function kite(): MetricsGraph {
  return krackhardtKite(UndirectedGraph);
}

/** Padgett's Florentine families (marriage ties): 15 nodes, 20 edges, connected. */
export function florentine(): MetricsGraph {
  return florentineFamilies(UndirectedGraph);
}

/** Edges [source, target, weight] of weightedDisconnected(), as in networkx-reference.py. */
export const WEIGHTED_EDGES: ReadonlyArray<[string, string, number]> = [
  ["a", "b", 3],
  ["a", "c", 1],
  ["b", "c", 2],
  ["c", "d", 1],
  ["b", "d", 1],
  ["d", "e", 2],
  ["f", "g", 2],
  ["g", "h", 1],
];

/** Two weighted components ({a..e} with triangles, the path f–g–h) and the isolated node i. */
export function weightedDisconnected(): MetricsGraph {
  const graph: MetricsGraph = new UndirectedGraph();
  for (const [source, target, weight] of WEIGHTED_EDGES) graph.mergeEdge(source, target, { weight });
  graph.addNode("i");
  return graph;
}

/** The partitions networkx-reference.py passes to community.modularity. */
export const FLORENTINE_HALVES: Record<string, number> = Object.fromEntries(
  florentine().mapNodes((node) => [
    node,
    ["Medici", "Acciaiuoli", "Salviati", "Pazzi", "Tornabuoni", "Ridolfi", "Albizzi", "Ginori"].includes(node) ? 0 : 1,
  ]),
);
export const WEIGHTED_PARTS: Record<string, number> = { a: 0, b: 0, c: 0, d: 1, e: 1, f: 2, g: 2, h: 2, i: 3 };

/**
 * The communities computeCommunities(graph, { seed: 42 }) finds on these graphs, copied into
 * networkx-reference.py (LOUVAIN) so that networkx scores exactly these partitions (modularityOfLouvain).
 */
export const LOUVAIN_PARTITIONS = {
  kite: [
    ["Beverley", "Diane", "Ed", "Garth"],
    ["Andre", "Carol", "Fernando"],
    ["Heather", "Ike", "Jane"],
  ],
  florentine: [
    ["Acciaiuoli", "Medici", "Barbadori", "Ridolfi", "Tornabuoni"],
    ["Castellani", "Peruzzi", "Strozzi", "Bischeri"],
    ["Albizzi", "Guadagni", "Ginori", "Lamberteschi"],
    ["Salviati", "Pazzi"],
  ],
  weighted: [["a", "b", "c"], ["f", "g", "h"], ["d", "e"], ["i"]],
} as const;

/** A path 0–1–…–(n−1); long paths make power iteration slow (small spectral gap). */
export function path(n: number): MetricsGraph {
  const graph: MetricsGraph = new UndirectedGraph();
  for (let i = 0; i < n; i++) graph.addNode(String(i));
  for (let i = 1; i < n; i++) graph.addEdge(String(i - 1), String(i));
  return graph;
}

/** n nodes without edges. */
export function isolatedNodes(n: number): MetricsGraph {
  const graph: MetricsGraph = new UndirectedGraph();
  for (let i = 0; i < n; i++) graph.addNode(`n${i}`);
  return graph;
}

/** A seeded random clustered graph (graphology-generators `clusters`), for sampling and determinism tests. */
export function clustered(order: number, size: number, seed: number): MetricsGraph {
  return clusters(UndirectedGraph, { order, size, clusters: 6, clusterDensity: 0.8, rng: createRng(seed) });
}
