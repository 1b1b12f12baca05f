/**
 * Closed twins: nodes with the same closed neighbourhood N[v] = N(v) ∪ {v} (so adjacent, and linked to
 * exactly the same others). A coauthor network has many — the coauthors of a single paper who wrote
 * nothing else together form a clique of twins: 20% of ca-HepPh's nodes, 22% of ca-GrQc's.
 *
 * Why the exact sweep cares: swapping two closed twins u, u′ is an automorphism, so the search from u′ is
 * the search from u with u and u′ exchanged. For every other node w, d(u′, w) = d(u, w) and
 * δ_u′(w) = δ_u(w); u′ itself sits at distance 1 from u and on no shortest path from it (whatever it
 * reaches in one more step, u reaches directly), so δ_u(u′) = 0. One search from a representative, with
 * its contributions counted |class| times, therefore gives every sum of the class's searches except the
 * class members' distances to each other: each member should get (|class| − 1) × 1, the representative's
 * search gives it |class| × 1 (0 to the representative). twinCorrections gives that difference, to add to
 * the harmonic and distance sums. Betweenness needs none. Only for hop distances: with weights, twins'
 * links may differ in length. Reference: A. E. Sariyüce, E. Saule, K. Kaya & Ü. V. Çatalyürek,
 * "Shattering and compressing networks for betweenness centrality", SDM 2013 (identical vertices).
 *
 * Found in O(n + m) expected time: rows are grouped by an order-free hash of N[v] (a sum of mixed node
 * ids) and their size, and each candidate is checked against its group's first member with a mark array,
 * so a hash collision only costs a comparison. Typed-array reads carry `!` (noUncheckedIndexedAccess):
 * nodes and CSR targets are below n.
 */

import type { CsrGraph } from "./csr";

/** Each node's representative: the first node (in CSR order) of its closed-twin class, itself if alone. */
export function closedTwinRepresentatives(csr: CsrGraph): Int32Array {
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
 * What the representatives' searches, counted |class| times, leave wrong in each node's harmonic and
 * distance sums (see the header): |class| − 1 for a representative, −1 for another member, 0 alone.
 */
export function twinCorrections(representative: Int32Array, classSize: Int32Array): Float64Array {
  return Float64Array.from(representative, (rep, v) => (rep === v ? classSize[v]! - 1 : -1));
}

/** Sizes of the classes, stored at each representative (0 elsewhere). */
export function twinClassSizes(representative: Int32Array): Int32Array {
  const sizes = new Int32Array(representative.length);
  for (const rep of representative) sizes[rep]!++;
  return sizes;
}

/** Whether N[u] = N[v], marking N[u] with u's id in `mark` (reused across calls without clearing). */
function sameClosedRow(csr: CsrGraph, u: number, v: number, mark: Int32Array): boolean {
  const { offsets, targets } = csr;
  if (offsets[u + 1]! - offsets[u]! !== offsets[v + 1]! - offsets[v]!) return false;
  mark[u] = u;
  for (let j = offsets[u]!; j < offsets[u + 1]!; j++) mark[targets[j]!] = u;
  if (mark[v] !== u) return false;
  for (let j = offsets[v]!; j < offsets[v + 1]!; j++) {
    const w = targets[j]!;
    if (w !== u && mark[w] !== u) return false;
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
