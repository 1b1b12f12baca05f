/**
 * Overlap removal after ForceAtlas2 with graphology-layout-noverlap, which pushes apart nodes whose discs
 * (radius = node `size` plus a margin) intersect. Nodes without a `size` yet count as DEFAULT_NODE_SIZE.
 * noverlap breaks exact ties (two nodes on the same spot) with Math.random; we separate such nodes first
 * with the seeded rng, so that branch is never reached and the result stays reproducible.
 */

import noverlap from "graphology-layout-noverlap";
import { createRng } from "../model";
import type { LayoutGraph } from "./layout-graph";

/** Size assumed for nodes that have none (the low end of the appearance size range). */
export const DEFAULT_NODE_SIZE = 3;

/**
 * Upper bound on noverlap passes; it stops earlier once no two nodes overlap. On ca-GrQc (5,242 nodes)
 * passes past 100 removed no further overlap, so 200 leaves a margin without the cost of the default 500.
 */
const MAX_ITERATIONS = 200;

/**
 * noverlap buckets nodes into a gridSize × gridSize grid and compares nodes within a cell. Its fixed
 * default (20) puts ~13 nodes per cell at 5,000 nodes; √n cells per side keep the buckets small
 * (ca-GrQc: 13 s → 0.3 s per 100 passes, with the same overlaps left).
 */
function gridSize(order: number): number {
  return Math.max(20, Math.ceil(Math.sqrt(order)));
}

/**
 * Moves every node that shares its position with an earlier node by a small seeded offset. Positions are
 * compared in float32, the precision noverlap computes in.
 */
function separateCoincidentNodes(graph: LayoutGraph, seed: number): void {
  const rng = createRng(seed);
  const seen = new Set<string>();
  graph.forEachNode((node, attributes) => {
    let { x = 0, y = 0 } = attributes;
    const spot = (): string => `${Math.fround(x)},${Math.fround(y)}`;
    while (seen.has(spot())) {
      x += (rng() - 0.5) * DEFAULT_NODE_SIZE;
      y += (rng() - 0.5) * DEFAULT_NODE_SIZE;
    }
    seen.add(spot());
    if (x !== attributes.x || y !== attributes.y) graph.mergeNodeAttributes(node, { x, y });
  });
}

/** Pushes overlapping nodes apart in place (needs x/y on every node); seed breaks exact ties. */
export function removeOverlaps(graph: LayoutGraph, seed: number): void {
  if (graph.order < 2) return;
  separateCoincidentNodes(graph, seed);
  noverlap.assign(graph, {
    maxIterations: MAX_ITERATIONS,
    settings: { gridSize: gridSize(graph.order) },
    inputReducer: (_key, attributes) => ({
      x: attributes.x,
      y: attributes.y,
      size: typeof attributes.size === "number" && attributes.size > 0 ? attributes.size : DEFAULT_NODE_SIZE,
    }),
  });
}
