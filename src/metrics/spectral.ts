/**
 * PageRank and eigenvector centrality by power iteration on the CSR form, step for step as networkx
 * computes them, but run to a tight tolerance so the exported values equal the converged ones (what
 * `gexf-check.py` recomputes with tol=1e-12) rather than networkx's default stopping point, which can be
 * 1e-6 away:
 * - pagerank: networkx `pagerank(G, alpha=0.85, weight="weight")` (2.8: `_pagerank_scipy`): x ← α(xP +
 *   Σ_dangling x / n) + (1 − α)/n from x = 1/n, P the weight-normalised adjacency, stopping when
 *   Σ|x − x'| < n·tol, then x / Σx. Converges geometrically at rate α: about 170 steps at tol 1e-12.
 * - eigenvector: networkx `eigenvector_centrality(G)`: x ← (A + I)x / ‖(A + I)x‖₂ from x = 1/n,
 *   unweighted, same stopping rule. The rate is (λ₂ + 1)/(λ₁ + 1), slow on long paths.
 * Both stop at Σ|x − x'| < n·SPECTRAL_TOLERANCE; the results then equal networkx's with tol=1e-12 within
 * 1e-9 on the test graphs and ca-GrQc (test/metrics), and within 2e-16 on the seed corpus (gexf-check.py).
 * Complexity O(iterations · m), O(n) memory.
 * Why our own loop rather than graphology-metrics: it runs on the shared CSR (no per-call indexing of
 * the graph) and lets the eigenvector report how it converged (see computeEigenvectorDetailed).
 * Indices: loops run below n or over a CSR row and CSR targets are below n, so typed-array reads carry `!`
 * for the compiler (noUncheckedIndexedAccess), at no run-time cost.
 * References: Page, Brin, Motwani & Winograd, "The PageRank citation ranking" (1999); Bonacich, "Power
 * and centrality", AJS 92 (1986).
 */

import { csrStrengths, type CsrGraph } from "./csr";

/** Convergence threshold per node of both power iterations (networkx's `tol`; its default is 1e-6). */
export const SPECTRAL_TOLERANCE = 1e-12;
/** Iteration cap of PageRank (it needs about 170 at the tolerance above). */
export const PAGERANK_MAX_ITERATIONS = 10_000;

/** PageRank on the CSR weights; null when it has not converged within PAGERANK_MAX_ITERATIONS. */
export function pagerankVector(csr: CsrGraph, alpha = 0.85): Float64Array | null {
  const { offsets, targets, weights } = csr;
  const n = csr.nodes.length;
  const strength = csrStrengths(csr);
  let x = new Float64Array(n).fill(1 / n);
  let next = new Float64Array(n);
  for (let iteration = 0; iteration < PAGERANK_MAX_ITERATIONS; iteration++) {
    const base = (alpha * danglingMass(strength, x)) / n + (1 - alpha) / n;
    rankStep(offsets, targets, weights, strength, x, next, alpha, base);
    const change = distance(next, x);
    const previous = x;
    x = next;
    next = previous;
    if (change < n * SPECTRAL_TOLERANCE) return scaledToSum(x);
  }
  return null;
}

// Each pass of an iteration is a small function called once per iteration, not a loop of one long
// function: V8 compiled the long one on the fly (OSR) while it ran, 20–40 ms a compile, and threw the code
// away at the parts after the loop it was compiled at ("insufficient type feedback"), so the first call on
// ca-GrQc ran mostly unoptimised. The same operations in the same order: the same bits.

/** Σ x over the nodes without links (their rank is spread evenly). */
function danglingMass(strength: Float64Array, x: Float64Array): number {
  let dangling = 0;
  for (let v = 0; v < x.length; v++) if (strength[v] === 0) dangling += x[v]!;
  return dangling;
}

/** next ← α·xP + base, P the weight-normalised adjacency. */
function rankStep(
  offsets: Int32Array,
  targets: Int32Array,
  weights: Float64Array,
  strength: Float64Array,
  x: Float64Array,
  next: Float64Array,
  alpha: number,
  base: number,
): void {
  for (let w = 0; w < next.length; w++) {
    let sum = 0;
    for (let j = offsets[w]!, stop = offsets[w + 1]!; j < stop; j++) {
      const v = targets[j]!;
      sum += (x[v]! * weights[j]!) / strength[v]!;
    }
    next[w] = alpha * sum + base;
  }
}

/** Σ |a − b|. */
function distance(a: Float64Array, b: Float64Array): number {
  let change = 0;
  for (let v = 0; v < a.length; v++) change += Math.abs(a[v]! - b[v]!);
  return change;
}

/** x / Σx. */
function scaledToSum(x: Float64Array): Float64Array {
  let total = 0;
  for (let v = 0; v < x.length; v++) total += x[v]!;
  return x.map((value) => value / total);
}

/** Unweighted eigenvector power iteration; returns the vector and the steps taken, or null past `maxIterations`. */
export function eigenvectorVector(
  csr: CsrGraph,
  maxIterations: number,
): { vector: Float64Array; iterations: number } | null {
  const { offsets, targets } = csr;
  const n = csr.nodes.length;
  let x = new Float64Array(n).fill(1 / n);
  let next = new Float64Array(n);
  for (let iteration = 1; iteration <= maxIterations; iteration++) {
    const norm = Math.sqrt(adjacencyStep(offsets, targets, x, next)) || 1;
    const change = normalisedChange(next, x, norm);
    const previous = x;
    x = next;
    next = previous;
    if (change < n * SPECTRAL_TOLERANCE) return { vector: x, iterations: iteration };
  }
  return null;
}

/** next ← (A + I)x; returns Σ next². */
function adjacencyStep(offsets: Int32Array, targets: Int32Array, x: Float64Array, next: Float64Array): number {
  let squares = 0;
  for (let w = 0; w < next.length; w++) {
    let sum = x[w]!;
    for (let j = offsets[w]!, stop = offsets[w + 1]!; j < stop; j++) sum += x[targets[j]!]!;
    next[w] = sum;
    squares += sum * sum;
  }
  return squares;
}

/** next ← next / norm; returns Σ |next − x|. */
function normalisedChange(next: Float64Array, x: Float64Array, norm: number): number {
  let change = 0;
  for (let v = 0; v < next.length; v++) {
    const value = next[v]! / norm;
    next[v] = value;
    change += Math.abs(value - x[v]!);
  }
  return change;
}
