/**
 * Clustering: local clustering coefficient, average clustering and transitivity, all unweighted.
 *
 * - Local: c(v) = 2·T(v) / (d(v)(d(v) − 1)), T(v) the triangles through v, d(v) its number of distinct
 *   neighbours (self-loops ignored); 0 when d(v) < 2. networkx `clustering(G)`.
 * - Average: mean of c(v) over all nodes, zeros included — networkx `average_clustering(G)`
 *   (count_zeros=True). 0 for an empty graph, where networkx would divide by zero.
 * - Transitivity: 3 × triangles / connected triples = Σ 2T(v) / Σ d(v)(d(v) − 1); 0 without triangles —
 *   networkx `transitivity(G)`.
 * graphology-metrics has no clustering coefficient, hence our own code: triangles are counted on the links
 * directed by increasing degree, by marking v's links above it and scanning those of each such neighbour
 * (Chiba & Nishizeki's order), O(m·√m) time, O(n + m) extra memory.
 * Typed-array reads carry `!` (noUncheckedIndexedAccess): loops run below n or over a CSR row, whose targets
 * are below n.
 * References: Watts & Strogatz, "Collective dynamics of 'small-world' networks", Nature 393 (1998);
 * Newman, "The structure and function of complex networks", SIAM Review 45 (2003), §III.B; Chiba &
 * Nishizeki, "Arboricity and subgraph listing algorithms", SIAM J. Comput. 14 (1985).
 */

import { buildCsr, csrDegrees, toNodeMap, type CsrGraph, type MetricsGraph } from "./csr";

/** Triangles through each node and each node's distinct-neighbour count, indexed like the adjacency. */
interface TriangleCounts {
  triangles: Float64Array;
  degrees: Int32Array;
}

function countTriangles(csr: CsrGraph): TriangleCounts {
  const { offsets, targets } = csr;
  const n = csr.nodes.length;
  const degrees = csrDegrees(csr);
  // Each link once, from its end of lower degree (ties: the lower index) to the other: every triangle is
  // then found once, from its lowest node v and its middle node u, scanning only the links above u, so a
  // hub's long row is scanned only for its links to nodes of higher degree. Whole counts in any order: the
  // same values as the ascending node order used before, which scanned every higher neighbour's whole row.
  // 100,000 generated works (89k nodes, 2.16M links), the CSR of its links, one process alternating both six
  // times (CPU, load 6): 1.13-1.29 s -> 0.85-0.92 s.
  const upStart = new Int32Array(n + 1);
  for (let v = 0; v < n; v++) {
    let up = 0;
    for (let j = offsets[v]!, stop = offsets[v + 1]!; j < stop; j++) if (isAbove(degrees, v, targets[j]!)) up++;
    upStart[v + 1] = upStart[v]! + up;
  }
  const up = new Int32Array(upStart[n]!);
  for (let v = 0, at = 0; v < n; v++) {
    for (let j = offsets[v]!, stop = offsets[v + 1]!; j < stop; j++)
      if (isAbove(degrees, v, targets[j]!)) up[at++] = targets[j]!;
  }
  const triangles = new Float64Array(n);
  // mark[w] === v + 1 while the links above v are marked, so the array never needs clearing.
  const mark = new Int32Array(n);
  for (let v = 0; v < n; v++) {
    const rowStart = upStart[v]!;
    const rowEnd = upStart[v + 1]!;
    for (let i = rowStart; i < rowEnd; i++) mark[up[i]!] = v + 1;
    for (let i = rowStart; i < rowEnd; i++) {
      const u = up[i]!;
      for (let j = upStart[u]!, stop = upStart[u + 1]!; j < stop; j++) {
        const w = up[j]!;
        if (mark[w] === v + 1) {
          triangles[v]!++;
          triangles[u]!++;
          triangles[w]!++;
        }
      }
    }
  }
  return { triangles, degrees };
}

/** Whether u comes after v in the order of increasing degree, ties by increasing index. */
function isAbove(degrees: Int32Array, v: number, u: number): boolean {
  const dv = degrees[v]!;
  const du = degrees[u]!;
  return du > dv || (du === dv && u > v);
}

/** Local clustering coefficients, averaged clustering and transitivity of a graph. */
export interface ClusteringResult {
  local: Record<string, number>;
  average: number;
  transitivity: number;
}

/** Computes local, average clustering and transitivity in one triangle count. */
export function computeClusteringDetailed(graph: MetricsGraph): ClusteringResult {
  const csr = buildCsr(graph);
  const { values, average, transitivity } = clusteringOnCsr(csr);
  return { local: toNodeMap(csr, values), average, transitivity };
}

/** Local clustering (indexed like the CSR), average clustering and transitivity of a CSR form. */
export function clusteringOnCsr(csr: CsrGraph): { values: Float64Array; average: number; transitivity: number } {
  const { triangles, degrees } = countTriangles(csr);
  const values = new Float64Array(csr.nodes.length);
  let sum = 0;
  let closed = 0;
  let triples = 0;
  for (let v = 0; v < values.length; v++) {
    const d = degrees[v]!;
    const t = triangles[v]!;
    const c = d < 2 ? 0 : (2 * t) / (d * (d - 1));
    values[v] = c;
    sum += c;
    closed += 2 * t;
    triples += d * (d - 1);
  }
  return {
    values,
    average: values.length > 0 ? sum / values.length : 0,
    transitivity: closed > 0 ? closed / triples : 0,
  };
}

/** Local clustering coefficient of every node, as networkx `clustering(G)`. */
export function computeClustering(graph: MetricsGraph): Record<string, number> {
  return computeClusteringDetailed(graph).local;
}

/** Mean local clustering over all nodes, zeros included, as networkx `average_clustering(G)`. */
export function computeAverageClustering(graph: MetricsGraph): number {
  return computeClusteringDetailed(graph).average;
}

/** Fraction of connected triples that are closed, as networkx `transitivity(G)`. */
export function computeTransitivity(graph: MetricsGraph): number {
  return computeClusteringDetailed(graph).transitivity;
}
