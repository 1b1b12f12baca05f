/**
 * Overlap removal after ForceAtlas2 with graphology-layout-noverlap, which pushes apart nodes whose discs
 * (radius = node `size` plus a margin) intersect. Nodes without a `size` yet count as DEFAULT_NODE_SIZE.
 * noverlap breaks exact ties (two nodes on the same spot) with Math.random; we separate such nodes first
 * with the seeded rng, so that branch is never reached and the result stays reproducible.
 */

import type Graph from "graphology";
import noverlap from "graphology-layout-noverlap";
import { createRng } from "../model";

/** Size assumed for nodes that have none (the low end of the appearance size range). */
export const DEFAULT_NODE_SIZE = 3;

/** Upper bound on noverlap passes; it stops earlier once no two nodes overlap. */
const MAX_ITERATIONS = 500;

/** Moves every node that shares its exact position with an earlier node by a small seeded offset. */
function separateCoincidentNodes(graph: Graph, seed: number): void {
  const rng = createRng(seed);
  const seen = new Set<string>();
  graph.forEachNode((node, attributes) => {
    let { x, y } = attributes as { x: number; y: number };
    while (seen.has(`${x},${y}`)) {
      x += (rng() - 0.5) * DEFAULT_NODE_SIZE;
      y += (rng() - 0.5) * DEFAULT_NODE_SIZE;
    }
    seen.add(`${x},${y}`);
    if (x !== attributes.x || y !== attributes.y) graph.mergeNodeAttributes(node, { x, y });
  });
}

/** Pushes overlapping nodes apart in place; needs x/y on every node. */
export function removeOverlaps(graph: Graph, seed: number): void {
  if (graph.order < 2) return;
  separateCoincidentNodes(graph, seed);
  noverlap.assign(graph, {
    maxIterations: MAX_ITERATIONS,
    inputReducer: (_key, attributes) => ({
      x: attributes.x,
      y: attributes.y,
      size: typeof attributes.size === "number" && attributes.size > 0 ? attributes.size : DEFAULT_NODE_SIZE,
    }),
  });
}
