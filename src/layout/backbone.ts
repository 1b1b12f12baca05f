/**
 * The layout backbone: every node keeps its BACKBONE_LINKS heaviest links (ties to the earlier link), and
 * a link stays when either end keeps it. The union has at most BACKBONE_LINKS·n links and every node keeps
 * its strongest ties, so communities stay together while a step's attraction costs O(n). A graph with no
 * more than BACKBONE_LINKS links per node on average is laid out whole.
 *
 * The selection is graphs/backbone.ts's, the backbone the explorer draws on a network too large to draw.
 * Cost: O(m log d) for the per-node sorts, O(n + m) memory.
 */

import { heaviestLinksPerNode } from "../graphs";

/** Links as parallel arrays (source, target, weight), in graph order. */
export interface LayoutLinks {
  sources: Int32Array;
  targets: Int32Array;
  weights: Float64Array;
}

/** Links each node keeps in the backbone. */
export const BACKBONE_LINKS = 5;

/** The backbone of `links` over n nodes (the links themselves when they are sparse enough). */
export function backboneLinks(n: number, links: LayoutLinks): LayoutLinks {
  const m = links.sources.length;
  if (m <= BACKBONE_LINKS * n) return links;
  const kept = heaviestLinksPerNode(n, links.sources, links.targets, links.weights, BACKBONE_LINKS);
  let count = 0;
  for (let e = 0; e < m; e++) if (kept[e]) count++;
  const result: LayoutLinks = {
    sources: new Int32Array(count),
    targets: new Int32Array(count),
    weights: new Float64Array(count),
  };
  let at = 0;
  for (let e = 0; e < m; e++) {
    if (!kept[e]) continue;
    result.sources[at] = links.sources[e]!;
    result.targets[at] = links.targets[e]!;
    result.weights[at++] = links.weights[e]!;
  }
  return result;
}
