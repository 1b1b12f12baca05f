/**
 * Seeded start positions. ForceAtlas2 is deterministic given its start positions, so the whole layout is
 * reproducible when these come from the analysis seed: each node gets a point drawn uniformly in a disc
 * (radius √r scaling keeps the density uniform instead of crowding the centre), in the graph's node order.
 * The disc's radius grows with √n so that the start density does not depend on the graph's size.
 */

import { createRng } from "../model";
import type { LayoutGraph } from "./layout-graph";

/** Start-disc radius per √node: wide enough that FA2's first repulsion steps stay moderate. */
const RADIUS_PER_SQRT_NODE = 10;

/** Seeded point in a disc for every node, keyed by node, in the graph's node order. */
export function computeSeedPositions(graph: LayoutGraph, seed: number): Record<string, { x: number; y: number }> {
  const rng = createRng(seed);
  const radius = RADIUS_PER_SQRT_NODE * Math.sqrt(Math.max(graph.order, 1));
  const positions: Record<string, { x: number; y: number }> = {};
  graph.forEachNode((node) => {
    const r = radius * Math.sqrt(rng());
    const angle = 2 * Math.PI * rng();
    positions[node] = { x: r * Math.cos(angle), y: r * Math.sin(angle) };
  });
  return positions;
}

/** Writes seeded start positions into every node's `x` and `y`. */
export function assignSeedPositions(graph: LayoutGraph, seed: number): void {
  const positions = computeSeedPositions(graph, seed);
  graph.updateEachNodeAttributes((node, attributes) => ({ ...attributes, ...positions[node] }));
}
