/**
 * Seeded start positions written onto a graph: each node gets a point drawn uniformly in a disc whose
 * radius grows with √n (start-positions.ts discPositions), in the graph's node order. The explorer's
 * worker gives the bipartite view these; the layout stage starts from them when there are no communities.
 */

import type { LayoutGraph } from "./layout-graph";
import { discPositions } from "./start-positions";

/** Seeded point in a disc for every node, keyed by node, in the graph's node order. */
export function computeSeedPositions(graph: LayoutGraph, seed: number): Record<string, { x: number; y: number }> {
  const { x, y } = discPositions(graph.order, seed);
  const positions: Record<string, { x: number; y: number }> = {};
  let i = 0;
  graph.forEachNode((node) => {
    positions[node] = { x: x[i]!, y: y[i++]! };
  });
  return positions;
}

/** Writes seeded start positions into every node's `x` and `y`. */
export function assignSeedPositions(graph: LayoutGraph, seed: number): void {
  const positions = computeSeedPositions(graph, seed);
  graph.updateEachNodeAttributes((node, attributes) => ({ ...attributes, ...positions[node] }));
}
