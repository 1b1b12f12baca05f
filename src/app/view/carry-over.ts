/**
 * From one year window to the next (the year brush, panels/year-brush.ts): the new picture starts where
 * the previous one left its nodes, so that only what changed moves. A node in both windows keeps its
 * position; a new node is placed at the mean position of its neighbours already placed (passes repeat so
 * that a chain of new nodes grows outwards from the old ones), with a small offset so two new nodes never
 * share a point; a new node without a placed neighbour takes its seeded start position, mapped from the
 * seeds' box into the previous picture's box. The links absent from the previous window are its new ties.
 * Cost: O(nodes + links) per pass, at most MAX_PASSES passes.
 */

import type { NetworkGraph } from "../../model";

/** Passes over the new nodes: each places those with a neighbour placed in an earlier pass. */
const MAX_PASSES = 8;
/** Offset of a new node from its neighbours' mean, as a share of the previous picture's extent. */
const OFFSET = 0.02;

/** Whether the new run shows another year window than the previous one (then positions carry over). */
export function isNewWindow(
  previous: { yearFrom?: number; yearTo?: number } | undefined,
  next: { yearFrom?: number; yearTo?: number },
): boolean {
  return previous !== undefined && (previous.yearFrom !== next.yearFrom || previous.yearTo !== next.yearTo);
}

/** The box of a set of points: centre and half extent (at least 1, so mapping never divides by 0). */
function boxOf(points: Iterable<{ x: number; y: number }>): { cx: number; cy: number; half: number } {
  let [minX, minY, maxX, maxY] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const { x, y } of points) {
    minX = Math.min(minX, x);
    maxX = Math.max(maxX, x);
    minY = Math.min(minY, y);
    maxY = Math.max(maxY, y);
  }
  if (minX > maxX) return { cx: 0, cy: 0, half: 1 };
  return { cx: (minX + maxX) / 2, cy: (minY + maxY) / 2, half: Math.max(1, (maxX - minX) / 2, (maxY - minY) / 2) };
}

/**
 * Moves `graph`'s nodes to where `previous` had them and places the new ones next to their neighbours (see
 * the header); returns the links of `graph` between two nodes that `previous` did not link: the new ties.
 */
export function carryOver(graph: NetworkGraph, previous: NetworkGraph): Set<string> {
  const placed = new Map<string, { x: number; y: number }>();
  graph.forEachNode((node) => {
    if (!previous.hasNode(node)) return;
    const { x = 0, y = 0 } = previous.getNodeAttributes(node);
    placed.set(node, { x, y });
  });
  const old = boxOf(placed.values());
  const seeds = boxOf(graph.mapNodes((_node, { x = 0, y = 0 }) => ({ x, y })));
  let waiting = graph.filterNodes((node) => !placed.has(node));
  for (let pass = 0; pass < MAX_PASSES && waiting.length; pass++) {
    const found: [string, { x: number; y: number }][] = [];
    waiting.forEach((node, i) => {
      let [sx, sy, n] = [0, 0, 0];
      graph.forEachNeighbor(node, (neighbour) => {
        const at = placed.get(neighbour);
        if (at) [sx, sy, n] = [sx + at.x, sy + at.y, n + 1];
      });
      if (!n) return;
      // A different direction for each new node (golden angle), so new neighbours of one node fan out.
      const angle = (i + pass) * 2.399963;
      const r = OFFSET * old.half;
      found.push([node, { x: sx / n + r * Math.cos(angle), y: sy / n + r * Math.sin(angle) }]);
    });
    if (!found.length) break;
    for (const [node, at] of found) placed.set(node, at);
    waiting = waiting.filter((node) => !placed.has(node));
  }
  for (const node of waiting) {
    const { x = 0, y = 0 } = graph.getNodeAttributes(node);
    const scale = old.half / seeds.half;
    placed.set(node, { x: old.cx + (x - seeds.cx) * scale, y: old.cy + (y - seeds.cy) * scale });
  }
  graph.updateEachNodeAttributes((node, attributes) => ({ ...attributes, ...placed.get(node) }), {
    attributes: ["x", "y"],
  });
  return new Set(graph.filterEdges((_edge, _attributes, source, target) => !previous.hasEdge(source, target)));
}
