/**
 * The backbone of a weighted network: every node keeps its k heaviest links (ties to the link that comes
 * first), and a link stays when either of its ends keeps it — the "heaviest links per node" backbone
 * (a k-nearest-neighbour sparsification; cf. the disparity filter of Serrano, Boguñá & Vespignani, PNAS 106,
 * 2009, which also keeps each node's locally significant links). Unlike a global weight cut-off, no node
 * loses all its links: light regions of the network keep their structure. At most k·n links remain.
 *
 * The layout pulls along this backbone (BACKBONE_LINKS per node) when a network is dense: every node keeps
 * its strongest ties, so communities stay together while a step's attraction costs O(n); a graph with no
 * more than BACKBONE_LINKS links per node on average is laid out whole. The explorer draws it
 * (backboneEdges) when a network has more links than it can draw. It lives here, not in src/graphs, so the
 * layout thread loads no more than the layout: through the graphs index it loaded ingest and identity too
 * (127 modules from the sources where it needs 20-odd).
 * Cost: O(m log d) for the per-node sorts (d = degree), O(n + m) memory.
 */

import type { NetworkGraph } from "../model";

/** Marks, for every node of an edge list over n nodes, its k heaviest links (ties by link order). */
function heaviestLinksPerNode(
  n: number,
  sources: Int32Array,
  targets: Int32Array,
  weights: ArrayLike<number>,
  k: number,
): Uint8Array {
  const m = sources.length;
  const start = new Int32Array(n + 1);
  for (let e = 0; e < m; e++) {
    start[sources[e]! + 1]!++;
    start[targets[e]! + 1]!++;
  }
  for (let v = 0; v < n; v++) start[v + 1]! += start[v]!;
  const fill = start.slice(0, n);
  const incident = new Int32Array(2 * m);
  for (let e = 0; e < m; e++) {
    incident[fill[sources[e]!]!++] = e;
    incident[fill[targets[e]!]!++] = e;
  }
  const kept = new Uint8Array(m);
  const byWeight = (a: number, b: number) => weights[b]! - weights[a]! || a - b;
  for (let v = 0; v < n; v++) {
    const row = incident.subarray(start[v], start[v + 1]);
    if (row.length > k) row.sort(byWeight);
    for (let i = 0; i < Math.min(k, row.length); i++) kept[row[i]!] = 1;
  }
  return kept;
}

/**
 * The keys of the backbone links of `graph` (each node's k heaviest by the edge attribute `weightAttribute`,
 * default "weight", 1 when missing), in graph order.
 */
export function backboneEdges(graph: NetworkGraph, k: number, weightAttribute = "weight"): string[] {
  const index = new Map<string, number>();
  graph.forEachNode((node) => index.set(node, index.size));
  const edges = graph.edges();
  const sources = new Int32Array(edges.length);
  const targets = new Int32Array(edges.length);
  const weights = new Float64Array(edges.length);
  edges.forEach((edge, e) => {
    sources[e] = index.get(graph.source(edge))!;
    targets[e] = index.get(graph.target(edge))!;
    const weight: unknown = graph.getEdgeAttributes(edge)[weightAttribute as "weight"];
    weights[e] = typeof weight === "number" ? weight : 1;
  });
  const kept = heaviestLinksPerNode(index.size, sources, targets, weights, k);
  return edges.filter((_edge, e) => kept[e] === 1);
}

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
