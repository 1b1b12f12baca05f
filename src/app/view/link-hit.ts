/**
 * Clicking a link within a few pixels of it. Sigma picks links by reading one pixel of an off-screen
 * buffer at half the canvas resolution, where a link 1–3 px wide covers less than a pixel and a click on
 * it often lands on the stage; and above MANY_EDGES sigma does not pick links at all. A click on the
 * stage therefore looks for the nearest drawn link within a tolerance, in screen space: one pass over the
 * drawn links, a few milliseconds for the 50,000 the canvas draws at most.
 */

import type Sigma from "sigma";
import type { NetworkGraph } from "../../model";

/** How far from a link (beyond its half width) a click still takes it, in CSS pixels. */
export const LINK_TOLERANCE_PX = 4;

interface Point {
  x: number;
  y: number;
}

/** Distance from `p` to the segment from `a` to `b`. */
export function distanceToSegment(p: Point, a: Point, b: Point): number {
  const [dx, dy] = [b.x - a.x, b.y - a.y];
  const squared = dx * dx + dy * dy;
  const t = squared === 0 ? 0 : Math.max(0, Math.min(1, ((p.x - a.x) * dx + (p.y - a.y) * dy) / squared));
  return Math.hypot(p.x - (a.x + t * dx), p.y - (a.y + t * dy));
}

/** The drawn link nearest to the viewport point `click` within the tolerance, or undefined. */
export function linkNear(sigma: Sigma, graph: NetworkGraph, click: Point): string | undefined {
  const onScreen = new Map<string, Point>();
  const place = (node: string) => {
    let point = onScreen.get(node);
    if (!point) {
      const { x = 0, y = 0 } = graph.getNodeAttributes(node);
      point = sigma.graphToViewport({ x, y });
      onScreen.set(node, point);
    }
    return point;
  };
  let nearest: string | undefined;
  let nearestGap = Infinity;
  graph.forEachEdge((edge, _attributes, source, target) => {
    const data = sigma.getEdgeDisplayData(edge);
    if (!data || data.hidden) return;
    const gap = distanceToSegment(click, place(source), place(target)) - data.size / 2;
    if (gap <= LINK_TOLERANCE_PX && gap < nearestGap) [nearest, nearestGap] = [edge, gap];
  });
  return nearest;
}
