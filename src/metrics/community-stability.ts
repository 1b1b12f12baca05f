/**
 * Stability of communities across seeds: how much of each community other runs of the same algorithm find
 * again. The algorithm (Louvain or Leiden, same resolution and minimum size) is run again with the seeds
 * seed + 1 … seed + R; for a community c of the reported partition (seed), in each run, the share of c's
 * pairs of members that the run puts in one community:
 *
 *   together_r(c) = Σ_k C(n_ck, 2) / C(|c|, 2),   n_ck = members of c in community k of run r
 *
 * and stability(c) = the mean of together_r(c) over the R runs: 1 when every run keeps c whole (or only
 * adds to it), near 0 when the runs scatter its members. `overall` is the same share over all pairs of
 * members of all communities (pairs-weighted). A community of one member has no pair: NaN (null in JSON).
 * This is the co-clustering (consensus) frequency of Lancichinetti & Fortunato, "Consensus clustering in
 * complex networks", Sci. Rep. 2 (2012) 336, averaged per community.
 *
 * Cost: R runs of the algorithm, plus O(n) per run for the counts (a contingency table, never the pairs).
 * The runs are independent of the reported partition and of each other: a CommunityRunner makes them,
 * with the reported run, wherever the platform can (another thread) while the other metrics are computed.
 */

import type { CallerTasks } from "./caller-tasks";
import { partitionerOnCsr, type CommunityOptions } from "./communities";
import type { CsrGraph } from "./csr";

/** Each community's stability and the overall share, over `seeds` further runs. */
export interface CommunityStability {
  /** Further runs made (seed + 1 … seed + seeds); 0 when stability was not measured. */
  seeds: number;
  /** Share of all same-community pairs the runs keep together (NaN without such pairs or runs). */
  overall: number;
  /** Stability of community 0, 1, … (NaN for a community of one member). */
  communities: number[];
}

const pairs = (n: number): number => (n * (n - 1)) / 2;

/**
 * Σ_k C(n_ck, 2) for each community c of `reported`, with n_ck its members in community k of `run`; `members`
 * lists the nodes community by community (membersOf). The counts n_ck are gathered per community c in an
 * array indexed by k (a Map keyed by cell took 18–38 ms for ca-GrQc's ten runs in a fresh process); the
 * sums are of whole numbers, the same in any order.
 */
function pairsKeptTogether(
  members: { start: Int32Array; nodes: Int32Array },
  run: Int32Array,
  counts: Float64Array,
): Float64Array {
  const { start, nodes } = members;
  const count = start.length - 1;
  const together = new Float64Array(count);
  for (let c = 0; c < count; c++) {
    for (let i = start[c]!; i < start[c + 1]!; i++) counts[run[nodes[i]!]!]!++;
    let kept = 0;
    for (let i = start[c]!; i < start[c + 1]!; i++) {
      const k = run[nodes[i]!]!;
      kept += pairs(counts[k]!);
      counts[k] = 0;
    }
    together[c] = kept;
  }
  return together;
}

/** The nodes of each community of `reported` (ids 0..count−1): nodes[start[c] ..< start[c + 1]]. */
function membersOf(reported: Int32Array, count: number): { start: Int32Array; nodes: Int32Array } {
  const start = new Int32Array(count + 1);
  for (const c of reported) start[c + 1]!++;
  for (let c = 0; c < count; c++) start[c + 1]! += start[c]!;
  const fill = start.slice(0, count);
  const nodes = new Int32Array(reported.length);
  for (let v = 0; v < reported.length; v++) nodes[fill[reported[v]!]!++] = v;
  return { start, nodes };
}

/**
 * Stability of the communities `reported` (renumbered ids 0..count−1) given other runs' partitions of the
 * same nodes (see the header): the formula alone, whatever produced the runs.
 */
export function stabilityOfRuns(reported: Int32Array, count: number, runs: readonly Int32Array[]): CommunityStability {
  const sizes = new Float64Array(count);
  for (const c of reported) sizes[c]!++;
  const sums = new Float64Array(count);
  const members = membersOf(reported, count);
  const counts = new Float64Array(reported.length);
  for (const run of runs) {
    const together = pairsKeptTogether(members, run, counts);
    for (let c = 0; c < count; c++) if (sizes[c]! > 1) sums[c]! += together[c]! / pairs(sizes[c]!);
  }
  let kept = 0;
  let all = 0;
  const communities = Array.from(sizes, (size, c) => {
    if (size < 2 || runs.length === 0) return Number.NaN;
    kept += (sums[c]! / runs.length) * pairs(size);
    all += pairs(size);
    return sums[c]! / runs.length;
  });
  return { seeds: runs.length, overall: all > 0 ? kept / all : Number.NaN, communities };
}

/** The runs to make: the algorithm's options (`seed` is the reported run's) and how many seeds follow it. */
export type CommunityRunsOptions = CommunityOptions & { seeds: number };

/**
 * The partitions of seeds seed, seed + 1 … seed + seeds — the reported run first, then the stability
 * runs — each as partitionOnCsr gives it: what every CommunityRunner computes, on whichever thread.
 * `onRun(done, total)` follows the stability runs.
 */
export function communityRuns(
  csr: CsrGraph,
  options: CommunityRunsOptions,
  onRun?: (done: number, total: number) => void,
): Int32Array[] {
  const partition = partitionerOnCsr(csr, options);
  const runs: Int32Array[] = [];
  for (let r = 0; r <= options.seeds; r++) runs.push(communityRun(partition, options, r, onRun));
  return runs;
}

/** Run r of communityRuns (0: the reported seed) by `partition`, reported to `onRun` when it is a stability run. */
function communityRun(
  partition: (seed: number) => Int32Array,
  options: CommunityRunsOptions,
  r: number,
  onRun?: (done: number, total: number) => void,
): Int32Array {
  const run = partition(options.seed + r);
  if (r > 0) onRun?.(r, options.seeds);
  return run;
}

/**
 * How the community runs are made: `start` begins them and returns what waits for their partitions
 * (communityRuns' list). A platform may make them on another thread while the caller computes the other
 * metrics (src/cli/community-thread.ts), or queue them on `tasks`, the calling thread's work beside the
 * sweep (caller-tasks.ts); the partitions are the same bits wherever they are made, since each run depends
 * only on the CSR, the options and its seed.
 */
export interface CommunityRunner {
  start(
    csr: CsrGraph,
    options: CommunityRunsOptions,
    onRun?: (done: number, total: number) => void,
    tasks?: CallerTasks,
  ): () => Promise<Int32Array[]>;
}

/**
 * The runner on the calling thread: one task per run on `tasks` when given (the calling thread makes them
 * beside a threaded sweep), the runs left made when their partitions are asked for.
 */
export const communityRunsInline: CommunityRunner = {
  start: (csr, options, onRun, tasks) => {
    if (!tasks) return () => Promise.resolve(communityRuns(csr, options, onRun));
    const runs: Int32Array[] = [];
    // Prepared by the first run's task, on the thread that makes the runs.
    let partition: ((seed: number) => Int32Array) | undefined;
    for (let r = 0; r <= options.seeds; r++)
      tasks.add(() => runs.push(communityRun((partition ??= partitionerOnCsr(csr, options)), options, r, onRun)));
    return () => {
      tasks.drain();
      return Promise.resolve(runs);
    };
  },
};
