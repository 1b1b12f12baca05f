/**
 * The hop sweep on links, walking the quotient of the network by its closed twins (twin-quotient.ts):
 * Brandes' searches (sweep-kernel.ts gives what each search adds) with a class of m twins as one node of
 * multiplicity m. From a source s of class S, every other class C lies at one distance from s, all its
 * members alike (swapping two twins is an automorphism that fixes s), and the members of a class on the
 * level before C are each a predecessor of each member of C. So per member of C:
 *   σ(C) = Σ m(D)·σ(D) over the classes D before it (the source's class counts s alone: its twins are one
 *          step away, and their neighbours are the source's, so they start no shortest path),
 *   δ(D) = σ(D)·Σ m(C)·(1 + δ(C))/σ(C) over the classes C after it,
 * and the source's twins are at distance 1 on no shortest path (δ = 0). Path counts are integers in
 * doubles, so distances, path counts, closeness, harmonic and eccentricity are the link kernel's exactly, and
 * each node receives the same harmonic and distance terms in the same order: the same bits. Dependencies
 * are summed per class (one term for m twins where the link kernel adds m), so betweenness agrees within
 * rounding.
 * The exact plan starts no search from a leaf (shared-searches.ts), so its quotient leaves them out too:
 * a leaf hangs from its neighbour's class (a class of one), one step further, with that class's path
 * count and no dependency, and adds 1 to the class's.
 * Cost per search: the quotient's reached slots instead of the network's, and one pass over the reached
 * members to add their sums. ca-GrQc's exact plan (3,262 searches) walks 16,250 slots instead of 28,968:
 * its sweep on one thread, best of four in one process, alternated twice with the link kernel (load 4–6),
 * took 0.59 s of CPU instead of 0.72 (0.77–0.79 against 0.83 for the first call, the quotient built).
 * Indices: every typed-array read is in range (quotient rows, class runs, nodes and classes below their
 * counts), so reads carry `!` for the compiler (noUncheckedIndexedAccess).
 */

import type { BfsScratch, SweepInput, SweepPartial } from "./sweep-kernel";
import type { TwinClasses } from "./twin-quotient";

/** Brandes' searches from sources [start, end) on the quotient, added per member into `partial`. */
export function sweepTwins(
  input: SweepInput,
  twins: TwinClasses,
  scratch: BfsScratch,
  start: number,
  end: number,
  partial: SweepPartial,
): void {
  const { offsets, targets, sources, scales, leaves } = input;
  const { classOf, classStart, pendantStart } = twins;
  const { betweenness, harmonic, distance, eccentricity } = partial;
  const { dist, sigma, delta, order, preds, predEnd } = scratch;
  for (let i = start; i < end; i++) {
    const s = sources[i]!;
    const scale = scales[i]!;
    const source = classOf[s]!;
    // The forward pass is the link kernel's (sweep-kernel.ts, sweepUnweighted) but for the paths a class
    // passes on. Kept as a copy on purpose: one shared function taking the classes or null measured 2–13%
    // slower on ca-HepPh exact, one thread (2026-12-01, four alternated pairs of `bench --graph --exact`).
    dist[source] = 0;
    sigma[source] = 1;
    predEnd[source] = offsets[source]!;
    order[0] = source;
    let head = 0;
    let tail = 1;
    while (head < tail) {
      const v = order[head++]!;
      const next = dist[v]! + 1;
      // The paths through v's members; only s starts paths from the source's class.
      const paths = head === 1 ? 1 : sigma[v]! * (pendantStart[v]! - classStart[v]!);
      for (let j = offsets[v]!, stop = offsets[v + 1]!; j < stop; j++) {
        const w = targets[j]!;
        const dw = dist[w]!;
        if (dw < 0) {
          dist[w] = next;
          sigma[w] = paths;
          preds[offsets[w]!] = v;
          predEnd[w] = offsets[w]! + 1;
          order[tail++] = w;
        } else if (dw === next) {
          sigma[w]! += paths;
          preds[predEnd[w]!++] = v;
        }
      }
    }
    // The nodes reached, and the farthest one's distance: a pendant leaf lies one step past its class.
    let reached = classStart[source + 1]! - classStart[source]!;
    let farthest = tail > 1 ? dist[order[tail - 1]!]! : Math.min(reached - 1, 1);
    const leafCount = leaves ? leaves[i]! : 0;
    // 1/d and d once a level (order holds the levels in turn): the values the link kernel computes per node.
    let level = 0;
    let inverse = 0;
    let far = 0;
    let pendantInverse = 0;
    let pendantFar = 0;
    for (let o = tail - 1; o > 0; o--) {
      const w = order[o]!;
      const dw = dist[w]!;
      if (dw !== level) {
        level = dw;
        inverse = scale / dw;
        far = scale * dw;
        pendantInverse = scale / (dw + 1);
        pendantFar = scale * (dw + 1);
      }
      const first = classStart[w]!;
      const split = pendantStart[w]!;
      const last = classStart[w + 1]!;
      reached += last - first;
      // Each pendant leaf, one step further with w's path count and no dependency of its own, adds 1.
      const dependency = delta[w]! + (last - split);
      const share = ((split - first) * (1 + dependency)) / sigma[w]!;
      for (let p = offsets[w]!, stop = predEnd[w]!; p < stop; p++) {
        const v = preds[p]!;
        delta[v]! += sigma[v]! * share;
      }
      for (let u = first; u < split; u++) {
        betweenness[u]! += scale * dependency;
        harmonic[u]! += inverse;
        distance[u]! += far;
      }
      for (let u = split; u < last; u++) {
        harmonic[u]! += pendantInverse;
        distance[u]! += pendantFar;
      }
      if (split < last && dw + 1 > farthest) farthest = dw + 1;
      if (leafCount > 0) {
        // The searches of the source's leaves (shared-searches.ts): one step further, the same dependencies,
        // after the search's own sums as in the link kernel's pass of their own (sweep-leaves.ts).
        for (let u = first; u < split; u++) {
          betweenness[u]! += leafCount * dependency;
          harmonic[u]! += leafCount / (dw + 1);
          distance[u]! += leafCount * (dw + 1);
        }
        for (let u = split; u < last; u++) {
          harmonic[u]! += leafCount / (dw + 2);
          distance[u]! += leafCount * (dw + 2);
        }
      }
      dist[w] = -1;
      delta[w] = 0;
    }
    eccentricity[i - start] = farthest;
    // The source's twins and pendant leaves: distance 1, no dependency (adding 0 would change no bit).
    for (let u = classStart[source]!, stop = classStart[source + 1]!; u < stop; u++) {
      if (u === s) continue;
      harmonic[u]! += scale;
      distance[u]! += scale;
      if (leafCount > 0) {
        harmonic[u]! += leafCount / 2;
        distance[u]! += leafCount * 2;
      }
    }
    if (leafCount > 0) {
      // As addLeafSearches (sweep-leaves.ts) does for the link kernel.
      betweenness[s]! += leafCount * (reached - 2);
      harmonic[s]! += leafCount;
      distance[s]! += leafCount;
    }
    dist[source] = -1;
    delta[source] = 0;
  }
}
