/**
 * The sampled shortest-path sweep, run in rounds until what users look at — the top k of betweenness,
 * closeness and harmonic centrality — stops changing.
 *
 * Round r sweeps from new sources only: in each connected component C of size c, sources are the next
 * draws of one seeded permutation of C (so every round extends the sample without replacement), up to
 * k_C(r) = min(c, max(MIN_COMPONENT_SOURCES, ⌈K_r·c/n⌉)) with K_r = firstRound·2^r (sampling.ts gives
 * the estimator and its Hoeffding bounds). Sums are kept unscaled and scaled by c/k_C at the end, so the
 * estimates after round r are those of one sample of k_C(r) sources. After each round the top k of each
 * metric is compared with the previous round's: the certified k of a metric is the largest k ≤ topK whose
 * top-k set (the nodes, whatever their order) is the same in both. Rounds stop when every metric's top
 * `topK` is certified, when the next round's work would pass `maxWork` slot visits, or when every node
 * is a source (then the values are exact). A doubling the budget cannot afford is cut to the largest
 * round it affords that still takes the sample to at least 1.5 times its size, and is the last: at
 * 100,000 OpenAlex works the doublings stopped at 1,310 sources with 54% of the budget spent, the next
 * doubling needing 108%. A smaller step would compare two nearly equal samples, whose top k would agree
 * on little evidence. A source's work is the CSR slots of its own component — what its search visits —
 * so the sources of the many small components a coauthor network has cost what they cost, not a sweep
 * of the whole network each. A first round past `maxWork` is cut to what it affords, never below
 * MIN_FIRST_ROUND sources.
 * Why rounds rather than a fixed sample: a fixed 500 sources gave ca-HepPh's exact top 10 only 6 of 10
 * places for some metrics; doubling until the top k holds still spends little where it is clear-cut.
 * Deterministic: the permutation comes from the seed and rounds are summed in order, so the same graph
 * and seed give the same sources, rounds and bits on any number of threads.
 */

import type { Rng } from "../model";
import type { CallerTasks } from "./caller-tasks";
import type { OnProgress } from "../options";
import { componentSlots, type ComponentLabels } from "./components";
import type { CsrGraph } from "./csr";
import type { PaperCover } from "./paper-cover";
import { MIN_COMPONENT_SOURCES, type SourcePlan } from "./sampling";
import { sharedArrays } from "./shared-memory";
import { runSweep, SWEEP_CHUNKS, type SweepResult, type SweepRunner } from "./sweep";

/** The fewest sources of a first round, whatever the budget. */
export const MIN_FIRST_ROUND = 32;

/** Options of the adaptive sweep. */
export interface AdaptiveSweepOptions {
  /** Sources (about) of the first round. */
  firstRound: number;
  /** The k whose top-k sets must hold. */
  topK: number;
  /** Slot visits (sources × CSR slots) the rounds may spend in all. */
  maxWork: number;
  /** Length of each CSR slot for weighted paths, null for hops. */
  lengths: Float64Array | null;
  /** The paper cover hop searches walk instead of the links (sweep-papers.ts), or null. */
  cover?: PaperCover | null;
  rng: Rng;
  sweep?: SweepRunner;
  /** The calling thread's other work, which the runner may run during the rounds (caller-tasks.ts). */
  tasks?: CallerTasks;
  onProgress?: OnProgress;
}

/** The sums of all rounds scaled into estimates, the plan they amount to and what the rounds certified. */
export interface AdaptiveSweepResult {
  sums: SweepResult;
  plan: SourcePlan;
  rounds: number;
  /** Certified top-k of betweenness, closeness and harmonic (see the header). */
  certified: { betweenness: number; closeness: number; harmonic: number };
}

/** Nodes of each component in a seeded random order (Fisher–Yates), drawn from the front round by round. */
function permutations(components: ComponentLabels, rng: Rng): number[][] {
  const members = components.sizes.map(() => [] as number[]);
  components.componentOf.forEach((c, v) => members[c]!.push(v));
  for (const pool of members) {
    for (let i = pool.length - 1; i > 0; i--) {
      const j = Math.floor(rng() * (i + 1));
      [pool[i], pool[j]] = [pool[j]!, pool[i]!];
    }
  }
  return members;
}

/**
 * The top-k node indices of `values` (highest first, ties by index), k ≤ values.length: one pass keeping the
 * k best so far in order, O(n·k) at worst and about n reads in practice. Sorting every index for the top 10
 * took 31–33 ms per metric on the 100,000-work network (89,034 nodes), three per round, while the sweep's
 * other thread waited for the next round. The values are sums and ratios of finite numbers, never NaN, so
 * this is the order the sort by (values[b] − values[a] || a − b) gave.
 */
export function topIndices(values: Float64Array, k: number): Int32Array {
  const top = new Int32Array(k);
  if (k === 0) return top;
  let size = 0;
  for (let v = 0; v < values.length; v++) {
    const value = values[v]!;
    // Indices come in increasing order, so v goes after every kept node of an equal value.
    if (size === k && !(value > values[top[k - 1]!]!)) continue;
    let at = size < k ? size++ : k - 1;
    for (; at > 0 && value > values[top[at - 1]!]!; at--) top[at] = top[at - 1]!;
    top[at] = v;
  }
  return top;
}

/** The largest k ≤ top.length whose top-k sets are equal in both rankings. */
function certifiedK(previous: Int32Array, current: Int32Array): number {
  const seen = new Map<number, number>();
  let certified = 0;
  for (let k = 0; k < current.length; k++) {
    for (const v of [previous[k]!, current[k]!]) seen.set(v, (seen.get(v) ?? 0) + 1);
    let same = true;
    for (const count of seen.values()) if (count !== 2) same = false;
    if (same) certified = k + 1;
  }
  return certified;
}

/** Runs the rounds (see the header) and returns the scaled sums. */
export async function adaptiveSweep(
  csr: CsrGraph,
  components: ComponentLabels,
  options: AdaptiveSweepOptions,
  estimate: (sums: SweepResult, perComponent: readonly number[]) => [Float64Array, Float64Array, Float64Array],
): Promise<AdaptiveSweepResult> {
  const n = csr.nodes.length;
  const slots = Math.max(1, csr.targets.length);
  const slotsOf = componentSlots(csr, components);
  const pools = permutations(components, options.rng);
  const taken = components.sizes.map(() => 0);
  // The sums and, each round, their estimates in shared memory, out of V8's external memory (SweepTotals in sweep.ts).
  const raw: SweepResult = {
    betweenness: sharedArrays.float64(n),
    harmonic: sharedArrays.float64(n),
    distance: sharedArrays.float64(n),
    eccentricity: new Float64Array(0),
  };
  const sources: number[] = [];
  const eccentricities: number[] = [];
  const topK = Math.min(options.topK, n);
  let previous: Int32Array[] | undefined;
  let certified = { betweenness: 0, closeness: 0, harmonic: 0 };
  let rounds = 0;
  let spent = 0;
  // On a network so large that even the first round would pass the budget, the first round shrinks to fit
  // (never below MIN_FIRST_ROUND sources): a million-node network sweeps tens of sources, not hundreds.
  const affordable = Math.max(MIN_FIRST_ROUND, Math.floor(options.maxWork / slots));
  /** The round that brings the sample to about `target` sources: per-component counts, new sources, work. */
  const roundFor = (target: number) => {
    const wanted = components.sizes.map((c) =>
      Math.min(c, Math.max(MIN_COMPONENT_SOURCES, Math.ceil((target * c) / n))),
    );
    const fresh: number[] = [];
    wanted.forEach((count, c) => {
      for (let i = taken[c]!; i < count; i++) fresh.push(pools[c]![i]!);
    });
    let work = 0;
    for (const source of fresh) work += slotsOf[components.componentOf[source]!]!;
    return { wanted, fresh, work };
  };
  for (let target = Math.min(options.firstRound, affordable); ; target *= 2) {
    let round = roundFor(target);
    if (round.fresh.length === 0) break;
    const isCut = rounds > 0 && spent + round.work > options.maxWork;
    if (isCut) {
      const cut = largestAffordable(
        Math.ceil(0.75 * target),
        target - 1,
        (t) => spent + roundFor(t).work <= options.maxWork,
      );
      if (cut === undefined) break;
      round = roundFor(cut);
    }
    const { wanted, fresh } = round;
    spent += round.work;
    const input = {
      offsets: csr.offsets,
      targets: csr.targets,
      lengths: options.lengths,
      cover: options.cover ?? null,
      sources: Int32Array.from(fresh),
      scales: new Float64Array(fresh.length).fill(1),
      chunkCount: Math.min(SWEEP_CHUNKS, fresh.length),
    };
    const partial = await runSweep(input, options.sweep, options.onProgress, options.tasks);
    for (let v = 0; v < n; v++) {
      raw.betweenness[v]! += partial.betweenness[v]!;
      raw.harmonic[v]! += partial.harmonic[v]!;
      raw.distance[v]! += partial.distance[v]!;
    }
    for (const source of fresh) sources.push(source);
    for (const e of partial.eccentricity) eccentricities.push(e);
    wanted.forEach((count, c) => (taken[c] = count));
    rounds++;
    const tops = estimate(scaled(raw, components, taken), taken).map((values) => topIndices(values, topK));
    if (previous) {
      certified = {
        betweenness: certifiedK(previous[0]!, tops[0]!),
        closeness: certifiedK(previous[1]!, tops[1]!),
        harmonic: certifiedK(previous[2]!, tops[2]!),
      };
      if (Math.min(certified.betweenness, certified.closeness, certified.harmonic) >= topK) break;
    }
    previous = tops;
    if (isCut) break;
  }
  const sums = { ...scaled(raw, components, taken), eccentricity: Float64Array.from(eccentricities) };
  const scales = Float64Array.from(sources, (v) => {
    const c = components.componentOf[v]!;
    return components.sizes[c]! / taken[c]!;
  });
  return { sums, plan: { sources: Int32Array.from(sources), scales, perComponent: taken }, rounds, certified };
}

/** The largest t in [low, high] for which `fits(t)` holds (it holds below some t), undefined if none. */
function largestAffordable(low: number, high: number, fits: (t: number) => boolean): number | undefined {
  if (high < low || !fits(low)) return undefined;
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if (fits(middle)) low = middle;
    else high = middle - 1;
  }
  return low;
}

/** Unscaled sums → estimates: each node's sums times c/k_C of its component. */
function scaled(raw: SweepResult, components: ComponentLabels, taken: readonly number[]): SweepResult {
  const n = raw.betweenness.length;
  const result: SweepResult = {
    betweenness: sharedArrays.float64(n),
    harmonic: sharedArrays.float64(n),
    distance: sharedArrays.float64(n),
    eccentricity: raw.eccentricity,
  };
  for (let v = 0; v < n; v++) {
    const c = components.componentOf[v]!;
    const scale = components.sizes[c]! / taken[c]!;
    result.betweenness[v] = raw.betweenness[v]! * scale;
    result.harmonic[v] = raw.harmonic[v]! * scale;
    result.distance[v] = raw.distance[v]! * scale;
  }
  return result;
}
