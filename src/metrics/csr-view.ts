/**
 * A read-only graphology-shaped view of a CSR graph, with exactly what graphology-communities-louvain reads
 * (its index, graphology-indices/louvain.js: order, size, type, forEachNode, forEachEdge,
 * undirectedDegreeWithoutSelfLoops; the library's isGraph check). It lets the metrics stage run
 * graphology's Louvain on the CSR form it already holds, so a network that only goes to metrics and export
 * (the DuckDB engine's two-million-link edge lists) never becomes a graphology graph: building one costs
 * 330–400 bytes and, on this machine, 5–30 µs per link.
 *
 * Nodes are named by their CSR positions, as numbers 0..n−1, not by their keys: the library's index keeps
 * a plain object from name to position and looks both ends of every link up in it, and for integer names
 * that is V8's array-element path, with no string built, hashed or parsed (see communities.ts for the
 * figures). Louvain works on positions (names only label its result, an object keyed by them), so the
 * partition is the same bits as under any names. Each undirected link is visited once, from its lower
 * index, in CSR row order, with its summed weight and no edge key (Louvain reads none). Mutations throw.
 */

import type { CsrGraph } from "./csr";

/** What graphology-communities-louvain calls on a graph, read from a CSR form; nodes are positions. */
export interface CsrGraphView {
  readonly type: "undirected";
  readonly multi: false;
  readonly order: number;
  readonly size: number;
  readonly selfLoopCount: 0;
  forEachNode(callback: (node: number, attributes: Record<string, never>) => void): void;
  forEachEdge(
    callback: (
      edge: string,
      attributes: { weight: number },
      source: number,
      target: number,
      sourceAttributes: undefined,
      targetAttributes: undefined,
      undirected: true,
    ) => void,
  ): void;
  undirectedDegreeWithoutSelfLoops(node: number): number;
  addUndirectedEdgeWithKey(): never;
  dropNode(): never;
  setNodeAttribute(): never;
}

/** The view of `csr` (see the header); O(1) to build, O(n + m) per edge sweep. */
export function csrGraphView(csr: CsrGraph): CsrGraphView {
  const { offsets, targets, weights } = csr;
  const order = csr.nodes.length;
  const readOnly = (): never => {
    throw new Error("papergraph/metrics: the CSR graph view is read-only. Build a graphology graph to change it.");
  };
  const attributes = { weight: 0 };
  const none = {};
  return {
    type: "undirected",
    multi: false,
    order,
    size: targets.length / 2,
    selfLoopCount: 0,
    forEachNode(callback) {
      for (let v = 0; v < order; v++) callback(v, none);
    },
    forEachEdge(callback) {
      for (let v = 0; v < order; v++) {
        for (let j = offsets[v]!, stop = offsets[v + 1]!; j < stop; j++) {
          const w = targets[j]!;
          if (w <= v) continue;
          attributes.weight = weights[j]!;
          callback("", attributes, v, w, undefined, undefined, true);
        }
      }
    },
    undirectedDegreeWithoutSelfLoops(node) {
      return offsets[node + 1]! - offsets[node]!;
    },
    addUndirectedEdgeWithKey: readOnly,
    dropNode: readOnly,
    setNodeAttribute: readOnly,
  };
}
