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
 * Cost per search: the reached nodes' clique memberships, two passes over each clique met, and each
 * reached node's c ≥ 2 pairs once; backwards, only what the forward pass found to matter — a kept clique's
 * next-level members (summed) and this-level members (added to), each node's pairs whose far end lies on
 * the next level — against every reached link twice for the link kernel. Before the backward pass read
 * every member of a kept clique twice and every pair again, it spent 2.85 of the 8.7 s of a one-thread
 * CPU profile on the 100,000 works (249 sources); after, 1.1 of 7.8 (the forward pass 5.3 → 6.1 s: it
 * writes the lists).
 * Memory: the kernel is bound by memory reads, so a search touches as few arrays and lines as it can.
 * There is no distance array: a node's level is where it lies in `order` (levelStart), and "not reached
 * yet" is a path count and a partial sum both 0, which the clique scan reads anyway; a node's two values
 * share a cache line, and the cliques scanned are bits (12 KB at 95,000 cliques, not 380). The nonzero
 * terms of every sum are those of the version that read everything, added in the same order, so the
 * same bits.
 * Indices: every typed-array read is in range (clique rows, node and clique numbers below their counts),
 * so reads carry `!` for the compiler (noUncheckedIndexedAccess).
 */

import type { PaperCover } from "./paper-cover";
import type { SweepPartial } from "./sweep-kernel";
import { sharedArrays } from "./shared-memory";

/**
 * The search arrays of the sweep on papers. Between searches `node` is 0: the sums below then read every
 * member of a clique without asking its level (see countShortestPaths).
 */
export interface PaperScratch {
  /**
   * Two values per node, side by side so that one cache line serves both reads of a clique member: at
   * node[2v] the path count σ(v) in the forward pass, then (1 + δ(v))/σ(v) in the backward pass once v's
   * dependency is final (0 before); at node[2v + 1] the per-clique sums being gathered for v, path counts
   * of the next level, then dependencies of this one.
   */
  node: Float64Array;
  /** σ of the node at each place of `order`, for the backward pass (written in the forward pass). */
  sigmaAt: Float64Array;
  /** The reached nodes level by level; one place more than n, for the append that does not count (below). */
  order: Int32Array;
  /** levelStart[d]: where level d begins in `order` (its nodes are at distance d); keptStart[d]: in `keptEnd`. */
  levelStart: Int32Array;
  keptStart: Int32Array;
  /**
   * The cliques with a member on the next level, in the order they were scanned, for the backward pass:
   * kept clique q's members are keptMembers[keptEnd[q] ..< keptEnd[q + 1]], those on the next level first
   * (in member order), from keptSplit[q] those on the level that scanned it.
   */
  keptMembers: Int32Array;
  keptSplit: Int32Array;
  keptEnd: Int32Array;
  /**
   * The pairs in c ≥ 2 cliques whose far end lies on the next level, for the backward pass: those of the
   * node at place o of `order` are next[2q] (the neighbour) and next[2q + 1] (c − 1) for q in
   * nextFrom[o] ..< nextFrom[o + 1], in the order of its row.
   */
  next: Int32Array;
  nextFrom: Int32Array;
  /** Bit p of seen[p >> 5]: clique p was scanned by this search (cleared before each). */
  seen: Int32Array;
}

/**
 * Allocates the search arrays for n nodes and `cover`, in shared memory where there is one: not to share
 * them, but because V8 counts no shared buffer toward the external memory that starts its marking of the
 * whole heap (shared-memory.ts); the calling thread's set is 11 MB on the 100,000-work network. Only where
 * they live changes, not what the searches do with them.
 */
export function createPaperScratch(n: number, cover: PaperCover): PaperScratch {
  const cliques = cover.paperOffsets.length - 1;
  return {
    node: sharedArrays.float64(2 * n),
    sigmaAt: sharedArrays.float64(n),
    order: sharedArrays.int32(n + 1),
    levelStart: sharedArrays.int32(n + 2),
    keptStart: sharedArrays.int32(n + 2),
    keptMembers: sharedArrays.int32(cover.members.length),
    keptSplit: sharedArrays.int32(cliques),
    keptEnd: sharedArrays.int32(cliques + 1),
    next: sharedArrays.int32(2 * cover.multiTargets.length),
    nextFrom: sharedArrays.int32(n + 1),
    seen: sharedArrays.int32((cliques + 31) >> 5),
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
    addDependencies(scratch, levels, scale, leaves ? leaves[i]! : 0, partial);
  }
}

/**
 * Distances and path counts from s, level by level: the nodes at distance d are order[levelStart[d] ..<
 * levelStart[d + 1]], their path counts at node[2v] and at their places in sigmaAt (addDependencies clears
 * node after the search); returns the number of levels (levelStart[levels] is the number of nodes
 * reached). The next level's path counts gather at node[2v + 1] and move to σ when the level is done, so
 * while a level's cliques are scanned σ is nonzero, among their members, on that level alone: a clique's
 * sum of σ is S_p without a test of each member's level, and adding S_p to every member's partial touches
 * only the next level's that count (this level's are cleared after). A member not reached yet is one whose
 * σ and partial are both 0: every member of a scanned clique is on this level (σ ≥ 1) or the next (σ = 0
 * until the level is done, partial ≥ 1 once a clique has added to it). Fewer unpredictable branches:
 * measured on the generated corpus, the level tests cost more than the reads they saved. Kept as plain
 * loops on typed arrays: the hot path of the metrics stage. It also writes, for the backward pass, each
 * kept clique's members split by level and each node's pairs that reach the next level (PaperScratch).
 */
export function countShortestPaths(cover: PaperCover, scratch: PaperScratch, s: number): number {
  const { nodeOffsets, nodePapers, paperOffsets, members, multiOffsets, multiTargets, multiExtra } = cover;
  const { node, sigmaAt, order, levelStart, keptStart, keptMembers, keptSplit, keptEnd, next, nextFrom, seen } =
    scratch;
  seen.fill(0);
  node[2 * s] = 1;
  sigmaAt[0] = 1;
  order[0] = s;
  let tail = 1;
  let keptCount = 0;
  let written = 0;
  let nextCount = 0;
  let level = 0;
  for (let head = 0; head < tail; level++) {
    const levelEnd = tail;
    levelStart[level] = head;
    keptStart[level] = keptCount;
    for (; head < levelEnd; head++) {
      const v = order[head]!;
      for (let j = nodeOffsets[v]!, stop = nodeOffsets[v + 1]!; j < stop; j++) {
        const p = nodePapers[j]!;
        const word = seen[p >> 5]!;
        const bit = 1 << (p & 31);
        if ((word & bit) !== 0) continue;
        seen[p >> 5] = word | bit;
        const first = paperOffsets[p]!;
        const last = paperOffsets[p + 1]!;
        let paths = 0;
        // Nonzero when some member is not on this level (on the next one, or not reached yet): its σ is
        // still 0, while path counts on this level are at least 1. One read a member, not two.
        let elsewhere = 0;
        for (let k = first; k < last; k++) {
          const count = node[2 * members[k]!]!;
          paths += count;
          elsewhere |= +(count === 0);
        }
        if (elsewhere === 0) continue;
        let front = written;
        let back = written + last - first - 1;
        for (let k = first; k < last; k++) {
          const u = members[k]!;
          const gathered = node[2 * u + 1]!;
          const count = node[2 * u]!;
          // Appended when not reached yet (σ and partial both 0, and neither is negative): written always and
          // counted or not, as a branch here is unpredictable. With δ kept by place in order, the sweep of the
          // 20,000-work run (six rounds, one thread, load 6) took 31.1 → 28.7 s of CPU, the same bits.
          order[tail] = u;
          tail += +(gathered + count === 0);
          node[2 * u + 1] = gathered + paths;
          // The same way, members of the next level to the front of the clique's list, this level's to the back.
          const ahead = +(count === 0);
          keptMembers[front] = u;
          keptMembers[back] = u;
          front += ahead;
          back -= 1 - ahead;
        }
        keptSplit[keptCount] = front;
        written += last - first;
        keptEnd[++keptCount] = written;
      }
    }
    // The new level's nodes counted a neighbour once per clique they share: c − 1 times too many. Taken
    // back from this level's side, where the row is also the backward pass's: a neighbour of v whose σ is
    // 0 lies on the next level. Path counts are integers, so the order of the subtractions changes no bit.
    for (let o = levelStart[level]!; o < levelEnd; o++) {
      const v = order[o]!;
      const paths = node[2 * v]!;
      nextFrom[o] = nextCount;
      for (let j = multiOffsets[v]!, stop = multiOffsets[v + 1]!; j < stop; j++) {
        const w = multiTargets[j]!;
        if (node[2 * w]! !== 0) continue;
        const extra = multiExtra[j]!;
        node[2 * w + 1]! -= extra * paths;
        next[2 * nextCount] = w;
        next[2 * nextCount + 1] = extra;
        nextCount++;
      }
    }
    for (let o = levelStart[level]!; o < levelEnd; o++) node[2 * order[o]! + 1] = 0;
    for (let o = levelEnd; o < tail; o++) {
      const w = order[o]!;
      const paths = node[2 * w + 1]!;
      node[2 * w] = paths;
      node[2 * w + 1] = 0;
      sigmaAt[o] = paths;
    }
  }
  nextFrom[tail] = nextCount;
  levelStart[level] = tail;
  keptStart[level] = keptCount;
  return level;
}

/**
 * Dependencies δ of every reached node, from the farthest level down (see the header), and what the search
 * just run gives the nodes it reached, and what the searches of its `leafCount` leaves give
 * (shared-searches.ts: every node one step further, the same dependencies, the source on every path from
 * each leaf — sweep-leaves.ts does the same for the link kernel, from its distance array), added into
 * `partial`; the search state is left cleared for the next source.
 * It reads only what countShortestPaths kept for it: each kept clique's sum of shares over its next-level
 * members goes to its members on the level that scanned it, and each node takes back c − 1 shares of its
 * pairs' next-level ends. So no read meets a node of the level being summed, and a node's share can
 * replace its σ at once (σ stays at hand by place, in sigmaAt); the next level's shares are cleared once
 * the level is summed. A node's sums are added as soon as its δ is known, 1/d and d computed once a level:
 * each node receives the search's sums, then the leaves', as when they were added in a pass of their own
 * over the reached nodes after this one, which read δ back from an array by place.
 * The source's own δ is never used, so level 0 is not summed.
 */
function addDependencies(
  scratch: PaperScratch,
  levels: number,
  scale: number,
  leafCount: number,
  partial: SweepPartial,
): void {
  const { node, sigmaAt, order, levelStart, keptStart, keptMembers, keptSplit, keptEnd, next, nextFrom } = scratch;
  const { betweenness, harmonic, distance } = partial;
  for (let level = levels - 1; level >= 1; level--) {
    for (let q = keptStart[level]!, stop = keptStart[level + 1]!; q < stop; q++) {
      const split = keptSplit[q]!;
      let sum = 0;
      for (let k = keptEnd[q]!; k < split; k++) sum += node[2 * keptMembers[k]!]!;
      for (let k = split, end = keptEnd[q + 1]!; k < end; k++) node[2 * keptMembers[k]! + 1]! += sum;
    }
    const inverse = scale / level;
    const far = scale * level;
    // The leaves' searches reach these nodes one step further.
    const leafInverse = leafCount / (level + 1);
    const leafFar = leafCount * (level + 1);
    const levelEnd = levelStart[level + 1]!;
    for (let o = levelStart[level]!; o < levelEnd; o++) {
      const v = order[o]!;
      let sum = node[2 * v + 1]!;
      for (let q = nextFrom[o]!, end = nextFrom[o + 1]!; q < end; q++)
        sum -= next[2 * q + 1]! * node[2 * next[2 * q]!]!;
      node[2 * v + 1] = 0;
      const dependency = sigmaAt[o]! * sum;
      node[2 * v] = (1 + dependency) / sigmaAt[o]!;
      betweenness[v]! += scale * dependency;
      harmonic[v]! += inverse;
      distance[v]! += far;
      if (leafCount === 0) continue;
      betweenness[v]! += leafCount * dependency;
      harmonic[v]! += leafInverse;
      distance[v]! += leafFar;
    }
    // The next level's shares were last read above.
    if (level + 1 < levels)
      for (let o = levelEnd, stop = levelStart[level + 2]!; o < stop; o++) node[2 * order[o]!] = 0;
  }
  const s = order[0]!;
  if (leafCount > 0) {
    // The leaves' own distance to themselves is left in (2 per leaf) and corrected after the sweep.
    betweenness[s]! += leafCount * (levelStart[levels]! - 2);
    harmonic[s]! += leafCount;
    distance[s]! += leafCount;
  }
  node[2 * s] = 0;
  if (levels > 1) for (let o = 1, stop = levelStart[2]!; o < stop; o++) node[2 * order[o]!] = 0;
}
