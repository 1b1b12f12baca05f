/**
 * A read-only graphology-shaped view of a CSR graph, with exactly what graphology-communities-louvain reads
 * (its index, graphology-indices/louvain.js: order, size, type, forEachNode, forEachEdge,
 * undirectedDegreeWithoutSelfLoops; the library's isGraph check). It lets the metrics stage run
 * graphology's Louvain on the CSR form it already holds, so a network that only goes to metrics and export
 * (the DuckDB engine's two-million-link edge lists) never becomes a graphology graph: building one costs
 * 330–400 bytes and, on this machine, 5–30 µs per link.
 *
 * Nodes are the CSR's node keys in index order; each undirected link is visited once, from its lower
 * index, in CSR row order, with its summed weight and no edge key (Louvain reads none). Mutations throw.
 */

import type { CsrGraph } from "./csr";

/** What graphology-communities-louvain calls on a graph, read from a CSR form. */
export interface CsrGraphView {
  readonly type: "undirected";
  readonly multi: false;
  readonly order: number;
  readonly size: number;
  readonly selfLoopCount: 0;
  forEachNode(callback: (node: string, attributes: Record<string, never>) => void): void;
  forEachEdge(
    callback: (
      edge: string,
      attributes: { weight: number },
      source: string,
      target: string,
      sourceAttributes: undefined,
      targetAttributes: undefined,
      undirected: true,
    ) => void,
  ): void;
  undirectedDegreeWithoutSelfLoops(node: string): number;
  addUndirectedEdgeWithKey(): never;
  dropNode(): never;
  setNodeAttribute(): never;
}

/** The view of `csr` (see the header); O(n) to build, O(n + m) per edge sweep. */
export function csrGraphView(csr: CsrGraph): CsrGraphView {
  const { nodes, offsets, targets, weights } = csr;
  const index = new Map<string, number>();
  nodes.forEach((node, i) => index.set(node, i));
  const readOnly = (): never => {
    throw new Error("papergraph/metrics: the CSR graph view is read-only. Build a graphology graph to change it.");
  };
  const attributes = { weight: 0 };
  return {
    type: "undirected",
    multi: false,
    order: nodes.length,
    size: targets.length / 2,
    selfLoopCount: 0,
    forEachNode(callback) {
      for (const node of nodes) callback(node, {});
    },
    forEachEdge(callback) {
      for (let v = 0; v < nodes.length; v++) {
        for (let j = offsets[v]!, stop = offsets[v + 1]!; j < stop; j++) {
          const w = targets[j]!;
          if (w <= v) continue;
          attributes.weight = weights[j]!;
          callback("", attributes, nodes[v]!, nodes[w]!, undefined, undefined, true);
        }
      }
    },
    undirectedDegreeWithoutSelfLoops(node) {
      const v = index.get(node)!;
      return offsets[v + 1]! - offsets[v]!;
    },
    addUndirectedEdgeWithKey: readOnly,
    dropNode: readOnly,
    setNodeAttribute: readOnly,
  };
}
