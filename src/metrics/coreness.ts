/**
 * Coreness (k-core number): the largest k such that the node belongs to a subgraph in which every node
 * has at least k neighbours. networkx `core_number(G)`; isolated nodes have coreness 0.
 *
 * Algorithm: Batagelj & Zaversnik's bucket peeling — nodes sorted by degree with a counting sort, then
 * removed in increasing current degree, each removal moving its later neighbours one bucket down.
 * O(n + m) time and memory. Degrees count distinct neighbours (self-loops ignored; networkx refuses
 * graphs with self-loops, and a coauthor graph has none). graphology has no k-core module, hence ours.
 * Typed-array reads carry `!` (noUncheckedIndexedAccess): every index is a node below n, a CSR slot or a
 * degree below maxDegree + 1.
 * Reference: V. Batagelj & M. Zaversnik, "An O(m) algorithm for cores decomposition of networks" (2003),
 * arXiv:cs/0310049.
 */

import { buildCsr, csrDegrees, toNodeMap, type CsrGraph, type MetricsGraph } from "./csr";

/** Core number of every node, as networkx `core_number(G)`. */
export function computeCoreness(graph: MetricsGraph): Record<string, number> {
  const csr = buildCsr(graph);
  return toNodeMap(csr, corenessOnCsr(csr));
}

/** Core number of every node of a CSR graph, indexed like its nodes. */
export function corenessOnCsr(csr: CsrGraph): Int32Array {
  const { offsets, targets } = csr;
  const n = csr.nodes.length;
  const degree = csrDegrees(csr);
  const maxDegree = degree.reduce((max, d) => Math.max(max, d), 0);
  // bin[d] = first position of degree-d nodes in `sorted`; pos[v] = position of v in `sorted`.
  const bin = new Int32Array(maxDegree + 1);
  for (const d of degree) bin[d]!++;
  let start = 0;
  for (let d = 0; d <= maxDegree; d++) {
    const count = bin[d]!;
    bin[d] = start;
    start += count;
  }
  const sorted = new Int32Array(n);
  const pos = new Int32Array(n);
  for (let v = 0; v < n; v++) {
    const at = bin[degree[v]!]!++;
    pos[v] = at;
    sorted[at] = v;
  }
  for (let d = maxDegree; d > 0; d--) bin[d] = bin[d - 1]!;
  bin[0] = 0;
  for (let i = 0; i < n; i++) {
    const v = sorted[i]!;
    for (let j = offsets[v]!, stop = offsets[v + 1]!; j < stop; j++) {
      const u = targets[j]!;
      const du = degree[u]!;
      if (du > degree[v]!) {
        // Swap u with the first node of its bucket, then shrink that bucket by one.
        const bucketStart = bin[du]!;
        const first = sorted[bucketStart]!;
        if (first !== u) {
          const at = pos[u]!;
          sorted[at] = first;
          pos[first] = at;
          sorted[bucketStart] = u;
          pos[u] = bucketStart;
        }
        bin[du] = bucketStart + 1;
        degree[u] = du - 1;
      }
    }
  }
  return degree;
}
