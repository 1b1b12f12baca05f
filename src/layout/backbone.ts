/**
 * The layout backbone: every node keeps its BACKBONE_LINKS heaviest links (ties to the earlier link), and
 * a link stays when either end keeps it. The union has at most BACKBONE_LINKS·n links and every node keeps
 * its strongest ties, so communities stay together while a step's attraction costs O(n). A graph with no
 * more than BACKBONE_LINKS links per node on average is laid out whole.
 *
 * This is the "heaviest links per node" backbone the explorer also draws on a network too large to draw
 * (graphs/backbone.ts computes the same selection on a graphology graph for the worker).
 * Cost: O(m log d) for the per-node sorts, O(n + m) memory.
 */

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
  const kept = heaviestLinks(n, links, BACKBONE_LINKS);
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

/** Marks, for every node, its `k` heaviest incident links (ties by link order). */
export function heaviestLinks(n: number, links: LayoutLinks, k: number): Uint8Array {
  const m = links.sources.length;
  const start = new Int32Array(n + 1);
  for (let e = 0; e < m; e++) {
    start[links.sources[e]! + 1]!++;
    start[links.targets[e]! + 1]!++;
  }
  for (let v = 0; v < n; v++) start[v + 1]! += start[v]!;
  const fill = start.slice(0, n);
  const incident = new Int32Array(2 * m);
  for (let e = 0; e < m; e++) {
    incident[fill[links.sources[e]!]!++] = e;
    incident[fill[links.targets[e]!]!++] = e;
  }
  const kept = new Uint8Array(m);
  const byWeight = (a: number, b: number) => links.weights[b]! - links.weights[a]! || a - b;
  for (let v = 0; v < n; v++) {
    const row = incident.subarray(start[v], start[v + 1]);
    if (row.length > k) row.sort(byWeight);
    for (let i = 0; i < Math.min(k, row.length); i++) kept[row[i]!] = 1;
  }
  return kept;
}
