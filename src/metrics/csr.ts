/**
 * The compact graph form every numeric kernel of the metrics stage works on: compressed sparse rows
 * (CSR). Nodes are numbered 0..n−1 in the graph's iteration order; the neighbours of node v are
 * `targets[offsets[v] .. offsets[v + 1])`, with the `weight` of each link (1 when missing) at the same
 * position of `weights`. Built once per computeMetrics call and shared by the path sweep, PageRank,
 * eigenvector, clustering and coreness, so no kernel touches a string key or a graphology iterator.
 *
 * Self-loops are dropped and parallel edges collapsed into one slot whose weight is their sum: neither
 * changes a shortest-path length, and networkx's Graph (what the exported file is checked with) keeps one
 * edge per pair. Typed arrays also make the form cheap to copy to worker threads.
 *
 * Complexity: O(n + m) time and memory.
 */

import type Graph from "graphology";

/** A graph's nodes numbered 0..n−1 with their distinct neighbours in compressed sparse rows. */
export interface CsrGraph {
  nodes: string[];
  /** n + 1 entries; the neighbours of v are at offsets[v] ..< offsets[v + 1]. */
  offsets: Int32Array;
  /** Neighbour indices, each undirected link stored once from each end. */
  targets: Int32Array;
  /** `weight` of the link at the same position (summed over parallel edges, 1 when missing). */
  weights: Float64Array;
}

/** Builds the CSR form of an undirected graph (self-loops dropped, parallel edges merged). */
export function buildCsr(graph: Graph): CsrGraph {
  const nodes = graph.nodes();
  const n = nodes.length;
  const index = new Map<string, number>();
  nodes.forEach((node, i) => index.set(node, i));
  const offsets = new Int32Array(n + 1);
  // First pass counts slots per node (an upper bound when parallel edges exist), second fills them.
  graph.forEachEdge((_edge, _attributes, source, target) => {
    if (source === target) return;
    offsets[index.get(source)! + 1]++;
    offsets[index.get(target)! + 1]++;
  });
  for (let v = 0; v < n; v++) offsets[v + 1] += offsets[v];
  const fill = offsets.slice(0, n);
  const targets = new Int32Array(offsets[n]);
  const weights = new Float64Array(offsets[n]);
  graph.forEachEdge((_edge, attributes, source, target) => {
    if (source === target) return;
    const s = index.get(source)!;
    const t = index.get(target)!;
    const weight = typeof attributes.weight === "number" ? attributes.weight : 1;
    targets[fill[s]] = t;
    weights[fill[s]++] = weight;
    targets[fill[t]] = s;
    weights[fill[t]++] = weight;
  });
  // A multigraph, or a mixed graph with a→b and b→a, can list a neighbour twice.
  const mayRepeat = graph.multi || graph.type !== "undirected";
  return mayRepeat ? mergeParallel(nodes, offsets, targets, weights) : { nodes, offsets, targets, weights };
}

/** Collapses repeated neighbours of a multigraph's CSR into one slot each, weights summed. */
function mergeParallel(nodes: string[], offsets: Int32Array, targets: Int32Array, weights: Float64Array): CsrGraph {
  const n = nodes.length;
  const slot = new Int32Array(n).fill(-1);
  const merged = new Int32Array(n + 1);
  let write = 0;
  for (let v = 0; v < n; v++) {
    const rowStart = write;
    for (let i = offsets[v]; i < offsets[v + 1]; i++) {
      const w = targets[i];
      if (slot[w] >= rowStart) {
        weights[slot[w]] += weights[i];
      } else {
        slot[w] = write;
        targets[write] = w;
        weights[write++] = weights[i];
      }
    }
    merged[v + 1] = write;
  }
  return { nodes, offsets: merged, targets: targets.slice(0, write), weights: weights.slice(0, write) };
}

/** Number of distinct neighbours of node v. */
export function csrDegree(csr: CsrGraph, v: number): number {
  return csr.offsets[v + 1] - csr.offsets[v];
}

/** Turns a per-index array into a node-key map. */
export function toNodeMap(csr: CsrGraph, values: ArrayLike<number>): Record<string, number> {
  const result: Record<string, number> = {};
  for (let i = 0; i < csr.nodes.length; i++) result[csr.nodes[i]] = values[i];
  return result;
}
