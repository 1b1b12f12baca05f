/**
 * Running the shortest-path sweep: who runs the chunks (a SweepRunner) and how their partial sums are
 * combined. The runner is injected — the CLI passes a worker_threads runner (src/cli/metrics-threads.ts),
 * the explorer a Web Worker runner (src/app/metrics-workers.ts) — and defaults to runChunksInline, the
 * single-thread fallback used by tests and wherever workers are unavailable.
 *
 * Determinism: chunks may finish in any order on any thread, but SweepTotals adds chunk i only after
 * chunks 0..i−1, each partial summed from zero by the same kernel. Floating-point addition is then
 * performed in one fixed order, so one thread, two threads or eight give the same bits.
 *
 * Buffers: once a chunk's sums are added, its three n-length arrays are spare; the runner hands them to
 * the next chunk it starts (transferred to the worker, which clears and fills them), so a sweep allocates
 * about one set per thread plus those held back, not one per chunk. The spare arrays are cleared before
 * use, so reuse changes no bit.
 *
 * Numbering: the chunks run on a copy of the CSR form (and of the paper cover, when the sweep walks
 * papers) renumbered for cache locality (locality.ts), built once per graph and kept for its later sweeps (the sampled sweep's rounds); sources go in renumbered, the
 * per-node sums come back in the graph's own numbering, so callers never see the copy. The copy lives in
 * shared memory where there is one (see shareable), so worker threads read it in place. A hop sweep on
 * links whose network has many closed twins runs on its quotient by them instead (twin-quotient.ts,
 * sweep-twins.ts), numbered alike. The exact plan's hop sweep on links (`splitAtCuts`) runs instead on the
 * network split at its cut vertices where that is estimated to pay (block-cut.ts, sweep-blocks.ts): its
 * sources are then every block's incidences, and after the chunks the calling thread composes each node's
 * harmonic, distance and eccentricity from what the searches recorded (the partials' records, added in
 * chunk order too), so the result already holds the plan's corrections (SweepResult.corrected).
 */

import type { OnProgress } from "../options";
import type { CallerTasks } from "./caller-tasks";
import {
  chunkRange,
  scratchFor,
  nodeCount,
  sweepChunk,
  type SweepInput,
  type SweepPartial,
  type SweepSums,
} from "./sweep-kernel";
import { relabelForLocality, type LocalCsr } from "./locality";
import { shareable, sharedArrays } from "./shared-memory";
import { relabelCover, type PaperCover } from "./paper-cover";
import { twinQuotient, type TwinQuotient } from "./twin-quotient";
import { splitAtCutVertices, type BlockSplit } from "./block-cut";
import { composeBlockSums, recordsLength } from "./sweep-blocks";

/**
 * Runs `sweepChunk(input, i)` for every chunk i < input.chunkCount and hands each result to `accept`,
 * which takes it over. `spare()` gives the sums of a chunk already added, or undefined: a runner passes
 * them to sweepChunk (in whichever thread runs it) instead of letting it allocate new ones. `tasks` is
 * other work of the calling thread (caller-tasks.ts), which a runner whose threads sweep may run there
 * meanwhile; the caller runs what it leaves.
 */
export interface SweepRunner {
  run(
    input: SweepInput,
    accept: (index: number, partial: SweepPartial) => void,
    spare?: () => SweepSums | undefined,
    tasks?: CallerTasks,
  ): Promise<void>;
  /**
   * Optional: told at the start of the metrics that a sweep of about `work` edge visits (sources × CSR
   * slots) will follow, a runner may start the threads it would use for it now, beside the work before it.
   */
  prepare?(work: number): void;
  /**
   * Optional, default false: whether the runner takes sum arrays in shared memory (its driver leaves shared
   * buffers out of its transfer lists). Then the spare arrays a sweep makes are made there (shared-memory.ts):
   * coming and going between the threads they no longer count as this thread's external memory.
   */
  sharesSums?: boolean;
}

/** The single-thread fallback: every chunk in order on the calling thread, with one set of search arrays. */
export const runChunksInline: SweepRunner = {
  run(input, accept, spare) {
    const scratch = scratchFor(input);
    for (let index = 0; index < input.chunkCount; index++) accept(index, sweepChunk(input, index, scratch, spare?.()));
    return Promise.resolve();
  },
};

/** Chunks per sweep: enough for a few threads to share the load evenly, few enough to keep sums cheap. */
export const SWEEP_CHUNKS = 64;

/** Per-node sums of the whole sweep, and the eccentricity of each source (in source-list order). */
export interface SweepResult {
  betweenness: Float64Array;
  harmonic: Float64Array;
  distance: Float64Array;
  eccentricity: Float64Array;
  /** True when the sums already hold the plan's corrections (a sweep split at cut vertices gives each node's own). */
  corrected?: boolean;
}

/** Folds partials into totals strictly in chunk order, holding back those that arrive early. */
class SweepTotals {
  readonly result: SweepResult;
  private next = 0;
  private readonly waiting = new Map<number, SweepPartial>();
  /**
   * The records of a sweep split at cut vertices (sweep-blocks.ts), each chunk's copied in as it is added:
   * copied after the sweep, they held the calling thread alone 7–14 ms on ca-GrQc (8.5 MB) while the other
   * threads idled; now their copies run between the chunks.
   */
  readonly records: Int32Array;
  readonly inner: Float64Array;
  private recordsAdded = 0;

  /**
   * `spares`: the sum arrays of earlier sweeps on the same graph, taken and given back (see sparesOf);
   * `shared`: when none is free, one is made in shared memory (SweepRunner.sharesSums), else by the kernel.
   */
  constructor(
    private readonly input: SweepInput,
    private readonly spares: SweepSums[],
    private readonly shared = false,
  ) {
    const n = nodeCount(input);
    // In shared memory, though no other thread reads them: V8 counts no shared buffer toward the external
    // memory whose growth by 64 MB since its last full collection starts a marking of the whole heap. On the
    // 100,000-work network each sampled round left 3–4.6 MB of such arrays counted (these totals, their
    // renumbered copy, adaptive-sweep.ts's scaled estimates: 2.1 MB each), and the marking they completed
    // came between two rounds in every traced run of the command (2026-12-02, this 2-core VM, load 2–5;
    // --trace-incremental-marking: "external memory pressure"): the 1.8 GB heap marked by V8's helper
    // threads for 3–5 s (5.6–10.3 s of their CPU) while both cores had the sweep's work; 1.0–1.4 s since.
    this.result = {
      betweenness: sharedArrays.float64(n),
      harmonic: sharedArrays.float64(n),
      distance: sharedArrays.float64(n),
      eccentricity: new Float64Array(input.sources.length),
    };
    this.records = new Int32Array(input.blocks ? recordsLength(input, input.blocks) : 0);
    this.inner = new Float64Array(input.blocks ? 3 * input.sources.length : 0);
  }

  accept(index: number, partial: SweepPartial): void {
    this.waiting.set(index, partial);
    for (let ready = this.waiting.get(this.next); ready; ready = this.waiting.get(this.next)) {
      this.waiting.delete(this.next);
      this.add(this.next++, ready);
    }
  }

  get complete(): boolean {
    return this.next === this.input.chunkCount;
  }

  /** The sums of a chunk already added, for the next chunk to overwrite, or undefined when none is free. */
  takeSpare(): SweepSums | undefined {
    const spare = this.spares.pop();
    if (spare || !this.shared) return spare;
    const n = this.result.betweenness.length;
    return {
      betweenness: sharedArrays.float64(n),
      harmonic: sharedArrays.float64(n),
      distance: sharedArrays.float64(n),
    };
  }

  private add(index: number, partial: SweepPartial): void {
    const { betweenness, harmonic, distance, eccentricity } = this.result;
    for (let v = 0; v < betweenness.length; v++) {
      betweenness[v]! += partial.betweenness[v]!;
      harmonic[v]! += partial.harmonic[v]!;
      distance[v]! += partial.distance[v]!;
    }
    const [start] = chunkRange(this.input, index);
    eccentricity.set(partial.eccentricity, start);
    if (partial.records && partial.inner) {
      this.records.set(partial.records, this.recordsAdded);
      this.recordsAdded += partial.records.length;
      this.inner.set(partial.inner, 3 * start);
    }
    this.spares.push({ betweenness: partial.betweenness, harmonic: partial.harmonic, distance: partial.distance });
  }
}

/**
 * The renumbered copy of each graph's CSR arrays (keyed by its targets array), the lengths it was made
 * with, and its paper cover renumbered alike once a sweep brings one.
 */
const localCopies = new WeakMap<
  Int32Array,
  {
    lengths: Float64Array | null;
    local?: LocalCsr;
    cover?: { of: PaperCover; local: PaperCover };
    /**
     * The quotients by closed twins for hop sweeps on links, without and with the leaves (twin-quotient.ts),
     * null when they would not pay.
     */
    twins?: TwinQuotient | null;
    twinsAndLeaves?: TwinQuotient | null;
    /** The network split at its cut vertices for the exact plan (block-cut.ts), and whether that pays. */
    blocks?: { split: BlockSplit; pays: boolean };
  }
>();

/**
 * The sum arrays a sweep on this graph (keyed by its targets array) has done with, for the next sweep on it:
 * the sampled sweep's rounds. Each round's first chunks, here and on the threads, otherwise made new ones
 * (three n-length arrays a chunk: 2.1 MB on the 100,000-work network), as many more as chunks wait to be
 * added in order, and the round dropped them all. V8 starts marking the whole heap (1.6 GB there) each time
 * array buffers grow by 64 MB between its full collections ("external memory pressure",
 * --trace-incremental-marking), and while it marks, each further buffer costs the allocating thread a step of
 * 5–10 ms: 1,625 steps, 2.5 s of the calling thread, in one marking during that network's rounds. With these
 * and the kept search arrays (scratchFor) the array buffers grew 4–5 MB over a later round instead of 33 MB.
 */
const keptSpares = new WeakMap<Int32Array, SweepSums[]>();

function sparesOf(input: SweepInput): SweepSums[] {
  let spares = keptSpares.get(input.targets);
  if (!spares) keptSpares.set(input.targets, (spares = []));
  return spares;
}

/**
 * The input on the renumbered copy of its graph (made on first use), and the new number of each node; or,
 * for the exact plan when that pays, the input on the network split at its cut vertices (`blocks`).
 */
function localised(input: SweepInput): { input: SweepInput; newOf: Int32Array; blocks?: BlockSplit } {
  let copy = localCopies.get(input.targets);
  if (!copy || copy.lengths !== input.lengths) {
    copy = { lengths: input.lengths };
    localCopies.set(input.targets, copy);
  }
  if (input.splitAtCuts && !input.lengths && !input.cover) {
    copy.blocks ??= splitForSweep(input);
    const { split, pays } = copy.blocks;
    if (pays || input.splitAtCuts === "always") {
      const { graph } = split;
      const count = graph.offsets.length - 1;
      const sources = Int32Array.from({ length: count }, (_, h) => h);
      return {
        input: {
          ...input,
          offsets: graph.offsets,
          targets: graph.targets,
          sources,
          scales: Float64Array.from(sources, (h) => graph.multiplicity[h]! * graph.weight[h]!),
          leaves: null,
          chunkCount: Math.min(SWEEP_CHUNKS, Math.max(1, count)),
          blocks: graph,
        },
        newOf: input.sources,
        blocks: split,
      };
    }
  }
  if (!input.lengths && !input.cover) {
    // Leaves can be left out of the searches when no search starts from one: in the exact plan, where
    // their searches are their neighbours' (shared-searches.ts).
    const key = input.leaves ? "twinsAndLeaves" : "twins";
    if (copy[key] === undefined)
      copy[key] = shareableQuotient(twinQuotient(input.offsets, input.targets, !!input.leaves));
    const twins = copy[key];
    if (twins) {
      return {
        input: {
          ...input,
          offsets: twins.offsets,
          targets: twins.targets,
          sources: input.sources.map((source) => twins.newOf[source]!),
          twins: { classOf: twins.classOf, classStart: twins.classStart, pendantStart: twins.pendantStart },
        },
        newOf: twins.newOf,
      };
    }
  }
  // Made in shared memory at once rather than copied there: on the 100,000-work network the copies were
  // 25 MB more array buffers (see keptSpares).
  copy.local ??= relabelForLocality(input.offsets, input.targets, input.lengths, sharedArrays);
  const { local } = copy;
  if (input.cover && copy.cover?.of !== input.cover) {
    copy.cover = { of: input.cover, local: relabelCover(input.cover, local.newOf, sharedArrays) };
  }
  return {
    input: {
      ...input,
      offsets: local.offsets,
      targets: local.targets,
      lengths: local.lengths,
      sources: input.sources.map((source) => local.newOf[source]!),
      cover: input.cover ? copy.cover!.local : null,
    },
    newOf: local.newOf,
  };
}

/**
 * The network split at its cut vertices (block-cut.ts), its arrays in shared memory (see shareable), and
 * whether its searches within blocks visit at most BLOCK_WORK of the slots the exact plan's searches visit
 * without the split (a source per twin class but the leaves', each over its component of the quotient by
 * twins without the leaves); the arrays are shared only then. ca-GrQc: 3.4·10⁷ against 4.5·10⁷ (0.76),
 * split. ca-HepPh: 1.02·10⁹ against 1.11·10⁹ (0.92), not split: split on one thread its exact sweep took
 * 9.19/9.32 s of CPU against 10.08/10.18 (load 3–4), but `bench --graph ca-hepph.gexf --exact` on two
 * threads 18.4/19.3 s against 16.8/17.3 (metrics step 7.37/7.85 s against 6.59/6.48 wall, peak RSS 480 MB
 * against 370): the records cross from the threads and are composed on the calling thread alone.
 */
function splitForSweep(input: SweepInput): { split: BlockSplit; pays: boolean } {
  const split = splitAtCutVertices(input.offsets, input.targets);
  let whole = 0;
  for (const source of input.sources) whole += split.componentSlots[source]!;
  const pays = whole > 0 && split.work <= BLOCK_WORK * whole;
  if (!pays) return { split, pays };
  const { graph } = split;
  const keys = [
    "offsets",
    "targets",
    "multiplicity",
    "memberStart",
    "members",
    "blockOf",
    "blockStart",
    "blockEnd",
  ] as const;
  for (const key of keys) graph[key] = shareable(graph[key]);
  for (const key of ["cutStart", "cuts", "cutPlace"] as const) graph[key] = shareable(graph[key]);
  graph.weight = shareable(graph.weight);
  graph.isCut = shareable(graph.isCut);
  return { split, pays };
}

/** Searches within blocks per search without the split, at most (see splitForSweep). */
const BLOCK_WORK = 0.85;

/** The quotient's arrays in shared memory (see shareable), or null. */
function shareableQuotient(twins: TwinQuotient | null): TwinQuotient | null {
  if (!twins) return null;
  const { offsets, targets, classOf, classStart, pendantStart } = twins;
  return {
    offsets: shareable(offsets),
    targets: shareable(targets),
    classOf: shareable(classOf),
    classStart: shareable(classStart),
    pendantStart: shareable(pendantStart),
    newOf: twins.newOf,
  };
}

/**
 * The sums of a sweep split at cut vertices, composed (sweep-blocks.ts); the eccentricity of each of the
 * plan's `sources` (network nodes).
 */
function composed(totals: SweepTotals, split: BlockSplit, sources: Int32Array): SweepResult {
  const { records, inner } = totals;
  const { betweenness, harmonic, distance } = totals.result;
  const eccentricity = new Float64Array(split.graph.nodes);
  composeBlockSums(split, records, inner, { betweenness, harmonic, distance }, eccentricity);
  return {
    betweenness,
    harmonic,
    distance,
    eccentricity: Float64Array.from(sources, (v) => eccentricity[v]!),
    corrected: true,
  };
}

/** Sums indexed by the renumbered copy → sums indexed by the graph (eccentricity is per source, unchanged). */
function restoreNumbering(result: SweepResult, newOf: Int32Array): SweepResult {
  const back = (values: Float64Array) => {
    const restored = sharedArrays.float64(newOf.length);
    for (let v = 0; v < newOf.length; v++) restored[v] = values[newOf[v]!]!;
    return restored;
  };
  return {
    betweenness: back(result.betweenness),
    harmonic: back(result.harmonic),
    distance: back(result.distance),
    eccentricity: result.eccentricity,
  };
}

/**
 * Runs the sweep with `runner` (inline by default) and returns its totals, reporting ("paths", sources, k),
 * or ("paths on papers", …) when the searches walk the paper cover. The runner may run `tasks` meanwhile.
 */
export async function runSweep(
  graphInput: SweepInput,
  runner: SweepRunner = runChunksInline,
  onProgress?: OnProgress,
  tasks?: CallerTasks,
): Promise<SweepResult> {
  const { input, newOf, blocks } = localised(graphInput);
  const totals = new SweepTotals(input, sparesOf(input), runner.sharesSums);
  let sourcesDone = 0;
  const total = input.sources.length;
  const stage = input.cover ? "paths on papers" : "paths";
  onProgress?.(stage, 0, total);
  await runner.run(
    input,
    (index, partial) => {
      const [start, end] = chunkRange(input, index);
      totals.accept(index, partial);
      sourcesDone += end - start;
      onProgress?.(stage, sourcesDone, total);
    },
    () => totals.takeSpare(),
    tasks,
  );
  if (!totals.complete) {
    throw new Error(
      "papergraph/metrics: the sweep runner returned before every chunk was done " +
        `(${sourcesDone} of ${total} sources). ` +
        "Check the worker driver; without one the sweep runs on this thread.",
    );
  }
  return blocks ? composed(totals, blocks, newOf) : restoreNumbering(totals.result, newOf);
}

/** The sweep on the calling thread, synchronously (for the single-metric functions). */
export function sweepInline(graphInput: SweepInput): SweepResult {
  const { input, newOf, blocks } = localised(graphInput);
  const totals = new SweepTotals(input, sparesOf(input));
  const scratch = scratchFor(input);
  for (let index = 0; index < input.chunkCount; index++) {
    totals.accept(index, sweepChunk(input, index, scratch, totals.takeSpare()));
  }
  return blocks ? composed(totals, blocks, newOf) : restoreNumbering(totals.result, newOf);
}
