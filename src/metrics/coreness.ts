/**
 * Coreness (k-core number): the largest k such that the node belongs to a subgraph in which every node
 * has at least k neighbours. networkx `core_number(G)`; isolated nodes have coreness 0.
 *
 * Algorithm: Batagelj & Zaversnik's bucket peeling — nodes sorted by degree with a counting sort, then
 * removed in increasing current degree, each removal moving its later neighbours one bucket down.
 * O(n + m) time and memory. Degrees count distinct neighbours (self-loops ignored; networkx refuses
 * graphs with self-loops, and a coauthor graph has none). graphology has no k-core module, hence ours.
 * Reference: V. Batagelj & M. Zaversnik, "An O(m) algorithm for cores decomposition of networks" (2003),
 * arXiv:cs/0310049.
 */

import type Graph from "graphology";
import { buildCsr, toNodeMap, type CsrGraph } from "./csr";

/** Core number of every node, as networkx `core_number(G)`. */
export function computeCoreness(graph: Graph): Record<string, number> {
  const csr = buildCsr(graph);
  return toNodeMap(csr, corenessOnCsr(csr));
}

/** Core number of every node of a CSR graph, indexed like its nodes. */
export function corenessOnCsr(csr: CsrGraph): Int32Array {
  const { offsets, targets } = csr;
  const n = csr.nodes.length;
  const degree = Int32Array.from({ length: n }, (_, v) => offsets[v + 1] - offsets[v]);
  const maxDegree = degree.reduce((max, d) => Math.max(max, d), 0);
  // bin[d] = first position of degree-d nodes in `sorted`; pos[v] = position of v in `sorted`.
  const bin = new Int32Array(maxDegree + 1);
  for (const d of degree) bin[d]++;
  let start = 0;
  for (let d = 0; d <= maxDegree; d++) {
    const count = bin[d];
    bin[d] = start;
    start += count;
  }
  const sorted = new Int32Array(n);
  const pos = new Int32Array(n);
  for (let v = 0; v < n; v++) {
    pos[v] = bin[degree[v]]++;
    sorted[pos[v]] = v;
  }
  for (let d = maxDegree; d > 0; d--) bin[d] = bin[d - 1];
  bin[0] = 0;
  for (let i = 0; i < n; i++) {
    const v = sorted[i];
    for (let j = offsets[v]; j < offsets[v + 1]; j++) {
      const u = targets[j];
      if (degree[u] > degree[v]) {
        // Swap u with the first node of its bucket, then shrink that bucket by one.
        const du = degree[u];
        const first = sorted[bin[du]];
        if (first !== u) {
          sorted[pos[u]] = first;
          pos[first] = pos[u];
          sorted[bin[du]] = u;
          pos[u] = bin[du];
        }
        bin[du]++;
        degree[u]--;
      }
    }
  }
  return degree;
}
