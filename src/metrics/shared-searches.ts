/**
 * The exact hop sweep without a search from every node: closed twins share one search, and a leaf's search
 * is its neighbour's, one step further. A coauthor network has many of both — the coauthors of a single
 * paper who wrote nothing else together are closed twins (20% of ca-HepPh's authors, 22% of ca-GrQc's),
 * and an author of one two-author paper is a leaf (12% and 23%) — so the sweep runs a third fewer searches.
 *
 * Closed twins (same closed neighbourhood N[v] = N(v) ∪ {v}, so adjacent): swapping two of them is an
 * automorphism, so for every other node w, d(u′, w) = d(u, w) and δ_u′(w) = δ_u(w), and δ_u(u′) = 0
 * (whatever u′ reaches in one more step, u reaches directly). The search from one representative, weighted
 * |class|, gives every sum of the class's searches except the twins' distance 1 to each other: each member
 * should get |class| − 1, the weighted search gives it |class| (0 to the representative itself).
 * Leaves (one neighbour p, which has others): d(ℓ, w) = d(p, w) + 1 for w ≠ ℓ, δ_ℓ(w) = δ_p(w) for
 * w ∉ {ℓ, p}, δ_ℓ(p) = r − 2 (r the component's size) and ecc(ℓ) = ecc(p) + 1. The kernel adds, in p's
 * search, its L leaves' contributions (sweep-kernel.ts); the only wrong term is each leaf's own distance
 * to itself, which p's search counts as 2: −1/2 for harmonic, −2 for distance.
 * Only for hop distances: with weights, twins' links may differ in length. Reference: A. E. Sariyüce,
 * E. Saule, K. Kaya & Ü. V. Çatalyürek, "Shattering and compressing networks for betweenness
 * centrality", SDM 2013 (identical vertices, degree-1 vertices).
 *
 * Twins are found in O(n + m) expected time: rows are grouped by an order-free hash of N[v] (a sum of mixed
 * node ids) and their size, and each candidate is checked against its group's members with a mark array,
 * so a hash collision only costs a comparison. Typed-array reads carry `!` (noUncheckedIndexedAccess):
 * nodes and CSR targets are below n.
 */

import type { CsrGraph } from "./csr";
import type { SourcePlan } from "./sampling";

/**
 * The representatives found for each graph (keyed by its targets array, with the offsets they were found
 * with): the exact plan finds them, then the split at cut vertices (block-cut.ts) or the twin quotient
 * (twin-quotient.ts) of the same sweep asks again. On ca-GrQc the second search took 20 ms of the calling
 * thread before the sweep, run once and cold (bench --exact, load 4). Read only: callers never write them.
 */
const representativesOf = new WeakMap<Int32Array, { offsets: Int32Array; representative: Int32Array }>();

/** Each node's representative: the first node (in CSR order) of its closed-twin class, itself if alone. */
export function closedTwinRepresentatives(csr: Pick<CsrGraph, "offsets" | "targets">): Int32Array {
  const known = representativesOf.get(csr.targets);
  if (known?.offsets === csr.offsets) return known.representative;
  const representative = findRepresentatives(csr);
  representativesOf.set(csr.targets, { offsets: csr.offsets, representative });
  return representative;
}

/** closedTwinRepresentatives' search (see the header). */
function findRepresentatives(csr: Pick<CsrGraph, "offsets" | "targets">): Int32Array {
  const { offsets, targets } = csr;
  const n = offsets.length - 1;
  const representative = Int32Array.from({ length: n }, (_, v) => v);
  const groups = new Map<number, number[]>();
  const mark = new Int32Array(n).fill(-1);
  for (let v = 0; v < n; v++) {
    const degree = offsets[v + 1]! - offsets[v]!;
    if (degree === 0) continue;
    let low = mix(v, 0x9e3779b1);
    let high = mix(v, 0x85ebca77);
    for (let j = offsets[v]!; j < offsets[v + 1]!; j++) {
      low = (low + mix(targets[j]!, 0x9e3779b1)) | 0;
      high = (high + mix(targets[j]!, 0x85ebca77)) | 0;
    }
    // 21 bits of `high` beside the 32 of `low` keep the key an exact integer (below 2^53); the degree
    // is folded in so that rows of different sizes rarely meet.
    const key = ((high ^ Math.imul(degree, 0x27d4eb2d)) & 0x1fffff) * 0x100000000 + (low >>> 0);
    const group = groups.get(key);
    if (!group) {
      groups.set(key, [v]);
      continue;
    }
    const twin = group.find((u) => sameClosedRow(csr, u, v, mark));
    if (twin === undefined) group.push(v);
    else representative[v] = twin;
  }
  return representative;
}

/**
 * The exact plan with shared searches (see the header): one source per twin class, weighted by its size,
 * none for leaves, whose count each neighbour's search carries; and the corrections to add afterwards.
 */
export function planSharedSearches(csr: CsrGraph, sizes: readonly number[]): SourcePlan {
  const { offsets, targets } = csr;
  const n = offsets.length - 1;
  const representative = closedTwinRepresentatives(csr);
  const classSize = new Int32Array(n);
  for (const rep of representative) classSize[rep]!++;
  const leavesOf = new Int32Array(n);
  const harmonic = new Float64Array(n);
  const distance = new Float64Array(n);
  for (let v = 0; v < n; v++) {
    const rep = representative[v]!;
    if (classSize[rep]! > 1) {
      harmonic[v] = rep === v ? classSize[v]! - 1 : -1;
      distance[v] = harmonic[v]!;
    } else if (isLeaf(offsets, targets, v)) {
      leavesOf[targets[offsets[v]!]!]!++;
      harmonic[v] = -1 / 2;
      distance[v] = -2;
    }
  }
  const sources: number[] = [];
  for (let v = 0; v < n; v++)
    if (representative[v] === v && !(classSize[v] === 1 && isLeaf(offsets, targets, v))) sources.push(v);
  return {
    sources: Int32Array.from(sources),
    scales: Float64Array.from(sources, (v) => classSize[v]!),
    leaves: Float64Array.from(sources, (v) => leavesOf[v]!),
    perComponent: [...sizes],
    corrections: { harmonic, distance },
  };
}

/** Whether v has one neighbour and that neighbour has others (a two-node component is a pair of twins). */
export function isLeaf(offsets: Int32Array, targets: Int32Array, v: number): boolean {
  if (offsets[v + 1]! - offsets[v]! !== 1) return false;
  const p = targets[offsets[v]!]!;
  return offsets[p + 1]! - offsets[p]! > 1;
}

/** Whether N[u] = N[v], marking N[u] with u's id in `mark` (reused across calls without clearing). */
function sameClosedRow(csr: Pick<CsrGraph, "offsets" | "targets">, u: number, v: number, mark: Int32Array): boolean {
  const { offsets, targets } = csr;
  if (offsets[u + 1]! - offsets[u]! !== offsets[v + 1]! - offsets[v]!) return false;
  mark[u] = u;
  for (let j = offsets[u]!; j < offsets[u + 1]!; j++) mark[targets[j]!] = u;
  if (mark[v] !== u) return false;
  for (let j = offsets[v]!; j < offsets[v + 1]!; j++) {
    if (mark[targets[j]!] !== u) return false;
  }
  return true;
}

/** A 32-bit mix of a node id (murmur3's finaliser), so that sums of ids rarely collide. */
function mix(value: number, seed: number): number {
  let h = Math.imul(value ^ seed, 0xcc9e2d51);
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return h ^ (h >>> 16);
}
