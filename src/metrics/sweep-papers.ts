/**
 * The hop sweep on papers: Brandes' searches (sweep-kernel.ts gives what each search adds) walking a
 * clique cover of the network (paper-cover.ts) instead of its links. A coauthor network is a union of
 * cliques, one per paper, and the link kernel's searches mostly meet nodes already reached — 86% of its
 * slot visits on the generated 100,000-work corpus; here a search scans each clique once.
 *
 * Level-synchronous BFS. A clique's members lie on at most two consecutive levels, so a clique first met
 * from a member on level d has its others on d or d + 1 and is scanned then, once: its unreached members
 * get distance d + 1. Path counts σ(w) = Σ σ(v) over the distinct neighbours v of w on level d: each
 * clique adds S_p = Σ σ over its level-d members to its level-(d + 1) members, which counts v once per
 * clique shared with w, so the pairs in c(v, w) ≥ 2 cliques take back (c − 1)·σ(v). Backwards, δ(v) =
 * σ(v)·Σ (1 + δ(w))/σ(w) over neighbours w on level d + 1 has the same shape: per-clique sums, the same
 * correction. Only cliques with a member on the next level are kept for the backward pass.
 * Path counts are integers in doubles, so σ, distances, closeness, harmonic and eccentricity are those of
 * the link kernel exactly; dependencies are summed in another order, so betweenness agrees within
 * rounding (tests compare both kernels to 1e-12).
 * Cost per search: the reached nodes' clique memberships, two passes over each clique met, two over the
 * kept ones and the reached nodes' c ≥ 2 pairs — against every reached link twice for the link kernel.
 * Memory: the kernel is bound by memory reads, so a search touches as few arrays as it can. There is no
 * distance array: a node's level is where it lies in `order` (levelStart), and "not reached yet" is a path
 * count and a partial sum both 0, which the clique scan reads anyway. The same operations in the same
 * order as with one, so the same bits.
 * Indices: every typed-array read is in range (clique rows, node and clique numbers below their counts),
 * so reads carry `!` for the compiler (noUncheckedIndexedAccess).
 */

import type { PaperCover } from "./paper-cover";
import type { SweepPartial } from "./sweep-kernel";

/**
 * The search arrays of the sweep on papers. Between searches sigma, share and partial are 0: the sums
 * below then read every member of a clique without asking its level (see countShortestPaths).
 */
export interface PaperScratch {
  sigma: Float64Array;
  /**
   * δ of the node at each place of `order` (not by node): written and read in order's sequence, never
   * cleared, as only the places a search reached are read.
   */
  delta: Float64Array;
  /** (1 + δ(w))/σ(w) of the nodes whose dependency is final, 0 for the others. */
  share: Float64Array;
  /** Per-clique sums being gathered: path counts of the next level, then dependencies of this one. */
  partial: Float64Array;
  /** The reached nodes level by level; one place more than n, for the append that does not count (below). */
  order: Int32Array;
  /** levelStart[d]: where level d begins in `order` (its nodes are at distance d); keptStart[d]: in `kept`. */
  levelStart: Int32Array;
  keptStart: Int32Array;
  /** The cliques with a member on the next level, in the order they were scanned. */
  kept: Int32Array;
  /** seen[p] = the number of the last search that scanned clique p. */
  seen: Int32Array;
  searches: number;
}

/** Allocates the search arrays for n nodes and `cover`. */
export function createPaperScratch(n: number, cover: PaperCover): PaperScratch {
  const cliques = cover.paperOffsets.length - 1;
  return {
    sigma: new Float64Array(n),
    delta: new Float64Array(n),
    share: new Float64Array(n),
    partial: new Float64Array(n),
    order: new Int32Array(n + 1),
    levelStart: new Int32Array(n + 2),
    keptStart: new Int32Array(n + 2),
    kept: new Int32Array(cliques),
    seen: new Int32Array(cliques),
    searches: 0,
  };
}

/** What one chunk's searches read: the cover, the sources, their weights and leaves (see SweepInput). */
export interface PaperSweep {
  cover: PaperCover;
  sources: Int32Array;
  scales: Float64Array;
  leaves: Float64Array | null;
}

/** The searches from sources [start, end) on the cover, added into `partial` (see the header). */
export function sweepPapers(
  input: PaperSweep,
  scratch: PaperScratch,
  start: number,
  end: number,
  partial: SweepPartial,
): void {
  const { sources, scales, leaves } = input;
  const { eccentricity } = partial;
  for (let i = start; i < end; i++) {
    const s = sources[i]!;
    const scale = scales[i]!;
    const levels = countShortestPaths(input.cover, scratch, s);
    eccentricity[i - start] = levels - 1;
    backward(input.cover, scratch, levels);
    finishSearch(scratch, levels, scale, leaves ? leaves[i]! : 0, partial);
  }
}

/**
 * Adds what the search just run gives the nodes it reached, and what the searches of its `leafCount` leaves
 * give (shared-searches.ts: every node one step further, the same dependencies, the source on every path
 * from each leaf — sweep-leaves.ts does the same for the link kernel, from its distance array), into
 * `partial`; then clears the search state for the next source. Level by level, so that 1/d and d are
 * computed once a level: the same values as a division per node, without it. Each node receives the
 * search's sums, then the leaves', as when the leaves were added in a pass of their own.
 */
function finishSearch(
  scratch: PaperScratch,
  levels: number,
  scale: number,
  leafCount: number,
  partial: SweepPartial,
): void {
  const { sigma, delta, share, order, levelStart } = scratch;
  const { betweenness, harmonic, distance } = partial;
  const tail = levelStart[levels]!;
  for (let level = 1; level < levels; level++) {
    const inverse = scale / level;
    const far = scale * level;
    const stop = levelStart[level + 1]!;
    if (leafCount === 0) {
      for (let o = levelStart[level]!; o < stop; o++) {
        const w = order[o]!;
        betweenness[w]! += scale * delta[o]!;
        harmonic[w]! += inverse;
        distance[w]! += far;
      }
      continue;
    }
    // The leaves' searches reach these nodes one step further.
    const leafInverse = leafCount / (level + 1);
    const leafFar = leafCount * (level + 1);
    for (let o = levelStart[level]!; o < stop; o++) {
      const w = order[o]!;
      const dependency = delta[o]!;
      betweenness[w]! += scale * dependency;
      harmonic[w]! += inverse;
      distance[w]! += far;
      betweenness[w]! += leafCount * dependency;
      harmonic[w]! += leafInverse;
      distance[w]! += leafFar;
    }
  }
  if (leafCount > 0) {
    // The leaves' own distance to themselves is left in (2 per leaf) and corrected after the sweep.
    const s = order[0]!;
    betweenness[s]! += leafCount * (tail - 2);
    harmonic[s]! += leafCount;
    distance[s]! += leafCount;
  }
  for (let o = 0; o < tail; o++) {
    const v = order[o]!;
    sigma[v] = 0;
    share[v] = 0;
  }
}

/**
 * Distances and path counts from s, level by level: the nodes at distance d are order[levelStart[d] ..<
 * levelStart[d + 1]], their path counts in the scratch's sigma (sweepPapers clears it after the search);
 * returns the number of levels (levelStart[levels] is the number of nodes reached). The next level's path
 * counts gather in `partial` and move to σ when the level is done, so while a level's cliques are
 * scanned σ is nonzero on that level alone: a clique's sum of σ is S_p without a test of each member's
 * level, and adding S_p to every member's partial touches only the next level's that count (this level's
 * are cleared after). A member not reached yet is one whose σ and partial are both 0: every member of a
 * scanned clique is on this level (σ ≥ 1) or the next (σ = 0 until the level is done, partial ≥ 1 once a
 * clique has added to it). Fewer unpredictable branches: measured on the generated corpus, the level tests
 * cost more than the reads they saved. Kept as plain loops on typed arrays: the hot path of the metrics stage.
 */
export function countShortestPaths(cover: PaperCover, scratch: PaperScratch, s: number): number {
  const { nodeOffsets, nodePapers, paperOffsets, members, multiOffsets, multiTargets, multiExtra } = cover;
  const { sigma, partial, order, levelStart, keptStart, kept, seen } = scratch;
  const search = ++scratch.searches;
  sigma[s] = 1;
  order[0] = s;
  let tail = 1;
  let keptCount = 0;
  let level = 0;
  for (let head = 0; head < tail; level++) {
    const levelEnd = tail;
    levelStart[level] = head;
    keptStart[level] = keptCount;
    for (; head < levelEnd; head++) {
      const v = order[head]!;
      for (let j = nodeOffsets[v]!, stop = nodeOffsets[v + 1]!; j < stop; j++) {
        const p = nodePapers[j]!;
        if (seen[p] === search) continue;
        seen[p] = search;
        const first = paperOffsets[p]!;
        const last = paperOffsets[p + 1]!;
        let paths = 0;
        // Nonzero when some member is not on this level (on the next one, or not reached yet): its σ is
        // still 0, while path counts on this level are at least 1. One read a member, not two.
        let elsewhere = 0;
        for (let k = first; k < last; k++) {
          const count = sigma[members[k]!]!;
          paths += count;
          elsewhere |= +(count === 0);
        }
        if (elsewhere === 0) continue;
        kept[keptCount++] = p;
        for (let k = first; k < last; k++) {
          const u = members[k]!;
          const gathered = partial[u]!;
          // Appended when not reached yet (σ and partial both 0, and neither is negative): written always and
          // counted or not, as a branch here is unpredictable. With δ kept by place in order, the sweep of the
          // 20,000-work run (six rounds, one thread, load 6) took 31.1 → 28.7 s of CPU, the same bits.
          order[tail] = u;
          tail += +(gathered + sigma[u]! === 0);
          partial[u] = gathered + paths;
        }
      }
    }
    // The new level's nodes counted a neighbour once per clique they share: c − 1 times too many. Only
    // this level's σ is nonzero among their neighbours that are reached.
    for (let o = levelEnd; o < tail; o++) {
      const w = order[o]!;
      let paths = partial[w]!;
      for (let j = multiOffsets[w]!, stop = multiOffsets[w + 1]!; j < stop; j++) {
        paths -= multiExtra[j]! * sigma[multiTargets[j]!]!;
      }
      partial[w] = paths;
    }
    for (let o = levelStart[level]!; o < levelEnd; o++) partial[order[o]!] = 0;
    for (let o = levelEnd; o < tail; o++) {
      const w = order[o]!;
      sigma[w] = partial[w]!;
      partial[w] = 0;
    }
  }
  levelStart[level] = tail;
  keptStart[level] = keptCount;
  return level;
}

/**
 * Dependencies δ of every reached node, from the farthest level down (see the header). As in countShortestPaths,
 * the share is nonzero only on the levels below the one being summed, so a clique scanned from level d sums
 * shares over all its members (those on d + 1 count), and its sum goes to every member's partial (those
 * on d count; the next level's are cleared after).
 */
function backward(cover: PaperCover, scratch: PaperScratch, levels: number): void {
  const { paperOffsets, members, multiOffsets, multiTargets, multiExtra } = cover;
  const { sigma, delta, share, partial, order, levelStart, keptStart, kept } = scratch;
  for (let level = levels - 1; level >= 0; level--) {
    const next = level + 1;
    for (let q = keptStart[level]!, stop = keptStart[next]!; q < stop; q++) {
      const p = kept[q]!;
      const first = paperOffsets[p]!;
      const last = paperOffsets[p + 1]!;
      let sum = 0;
      for (let k = first; k < last; k++) sum += share[members[k]!]!;
      for (let k = first; k < last; k++) partial[members[k]!]! += sum;
    }
    for (let o = levelStart[level]!, stop = levelStart[next]!; o < stop; o++) {
      const v = order[o]!;
      let sum = partial[v]!;
      for (let j = multiOffsets[v]!, end = multiOffsets[v + 1]!; j < end; j++) {
        sum -= multiExtra[j]! * share[multiTargets[j]!]!;
      }
      partial[v] = 0;
      delta[o] = sigma[v]! * sum;
    }
    // Shares only once the whole level is done: its nodes' corrections read their neighbours' on it as 0.
    for (let o = levelStart[level]!, stop = levelStart[next]!; o < stop; o++) {
      const v = order[o]!;
      share[v] = (1 + delta[o]!) / sigma[v]!;
    }
    if (next < levels) {
      for (let o = levelStart[next]!, stop = levelStart[next + 1]!; o < stop; o++) {
        partial[order[o]!] = 0;
      }
    }
  }
}
