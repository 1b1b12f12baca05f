/**
 * The searches of leaves, added from their neighbour's (shared-searches.ts gives the rule), for the link
 * kernel (sweep-kernel.ts), from its distance array. The kernel on papers (sweep-papers.ts) keeps no distance
 * array and adds the same sums in its own finishing pass, level by level.
 * Indices: `order` holds node numbers below n, so reads carry `!` (noUncheckedIndexedAccess).
 */

import type { SweepPartial } from "./sweep-kernel";

/** What a finished search leaves: distances, dependencies and the reached nodes, the source first. */
export interface LeafSearchArrays {
  dist: Int32Array;
  delta: Float64Array;
  order: Int32Array;
}

/**
 * Adds, from the search just run from p (order[0]) that reached `tail` nodes, what the searches from its
 * `leafCount` leaves give (shared-searches.ts): every node one step further, the same dependencies, and
 * p on every path from each leaf (r − 2 dependency). The leaves' own distance to themselves is left in
 * (2 per leaf) and corrected after the sweep.
 */
export function addLeafSearches(
  scratch: LeafSearchArrays,
  tail: number,
  leafCount: number,
  partial: SweepPartial,
): void {
  const { dist, delta, order } = scratch;
  const { betweenness, harmonic, distance } = partial;
  for (let o = 1; o < tail; o++) {
    const w = order[o]!;
    const d = dist[w]! + 1;
    betweenness[w]! += leafCount * delta[w]!;
    harmonic[w]! += leafCount / d;
    distance[w]! += leafCount * d;
  }
  const p = order[0]!;
  betweenness[p]! += leafCount * (tail - 2);
  harmonic[p]! += leafCount;
  distance[p]! += leafCount;
}
