/**
 * The Node driver of the shortest-path sweep: worker_threads (metrics-thread-worker.ts) under the core
 * scheduler of src/metrics/sweep-pool.ts, which hands out the chunks and keeps the result bit-identical to
 * the inline runner whatever the thread count or timing; the calling thread sweeps too, as one of the
 * `threads`. Sum arrays travel both ways by transfer, never by copy: partials come back to this thread,
 * and spare ones go out again with the next chunk request.
 *
 * The threads outlive a sweep: the scheduler's "start" takes an idle thread of the runner's pool (starting
 * one only when none is idle) and hands it the new input; its "terminate" gives it back, unreferenced so
 * that an idle thread never keeps the process alive. The sampled sweep's rounds and the topic network's
 * sweep then pay the start-up once (1.7 s of CPU per pair of threads from the sources, measured before).
 * Its startAhead starts idle threads at the start of the metrics (sweep-pool.ts), so that they load beside
 * the calling thread's work before the sweep.
 *
 * Built (dist/lib/, the npm package) the worker entry is the JavaScript file beside this module's chunk and
 * Node runs it as it is. From the TypeScript sources (`npm run analyze`, vitest) each worker registers
 * tsx's CommonJS hook and requires the entry — without the parent's `--import tsx` (`execArgv: []`),
 * whose module hooks run on a thread of their own per worker: about 0.35 s of CPU a thread against 0.75.
 */

import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import { startThread } from "./thread-entry";
import {
  createPoolSweepRunner,
  type StartSweepWorker,
  type SweepInput,
  type SweepPartial,
  type SweepRunner,
  type SweepSums,
} from "../metrics";

/**
 * Below this many edge visits (sources × CSR slots) the sweep runs inline. The calling thread sweeps from
 * the start beside the threads (sweep-pool.ts), so a thread's start-up (about 0.1 s of CPU from the
 * TypeScript sources, which tsx transpiles, measured on this 2-core machine) delays nothing and costs CPU
 * alone: past 2·10⁷ visits (about 0.2 s of sweep at 9 ns a visit) a second thread saves more wall time
 * than it costs. ca-GrQc's exact sweep (7.5·10⁷) runs on threads.
 */
export const MIN_THREADED_WORK = 20_000_000;

/** The part of a sweep input that changes between the sweeps of one graph (the sampled sweep's rounds). */
export type SweepSources = Pick<SweepInput, "sources" | "scales" | "leaves" | "chunkCount">;

/**
 * What the main thread posts to a worker thread: a new sweep input, the new sources of a sweep on the
 * graph it already holds, or a chunk to run (spare arrays transferred).
 */
export type ThreadRequest = { input: SweepInput } | { sources: SweepSources } | { index: number; spare?: SweepSums };

/**
 * Posts a chunk request, transferring the spare arrays' buffers (detached here, reused there); shared ones
 * (the runner's sharesSums) travel as they are, both threads seeing the same memory.
 */
function requestChunk(worker: Worker, index: number, spare: SweepSums | undefined): void {
  const request: ThreadRequest = { index, spare };
  const buffers = spare ? [spare.betweenness, spare.harmonic, spare.distance] : [];
  worker.postMessage(request, transferable(buffers));
}

/** The buffers of `arrays` that a message can transfer: not those in shared memory, which it shares. */
function transferable(arrays: readonly ArrayBufferView[]): ArrayBuffer[] {
  return arrays.map((array) => array.buffer).filter((buffer): buffer is ArrayBuffer => buffer instanceof ArrayBuffer);
}

/**
 * The scheduler's StartSweepWorker on a pool of threads kept between sweeps, and its startAhead, which
 * fills the pool's idle threads up to a count.
 */
function threadPool(): { start: StartSweepWorker; startAhead: (count: number) => void } {
  const idle: Worker[] = [];
  // The graph arrays each thread holds: a later sweep on the same ones sends only its sources, not another
  // copy of the links (17 MB at 2M links) that would wait in the thread's heap for its next collection.
  const holds = new WeakMap<Worker, Pick<SweepInput, "targets" | "lengths" | "cover">>();
  // Failed threads (they have exited). Each thread's own listener, kept for its life, marks it: its error may
  // come after the sweep let go of it (a sibling failed first and the sweep ended), and must not go uncaught.
  const failed = new WeakSet<Worker>();
  const pooledWorker = (): Worker => {
    const worker = startThread("metrics-thread-worker");
    worker.on("error", () => failed.add(worker));
    return worker;
  };
  const startAhead = (count: number) => {
    while (idle.filter((worker) => !failed.has(worker)).length < count) {
      const worker = pooledWorker();
      worker.unref();
      idle.push(worker);
    }
  };
  const start: StartSweepWorker = (input, onPartial, onError) => {
    let worker = idle.pop();
    while (worker && failed.has(worker)) worker = idle.pop();
    worker ??= pooledWorker();
    worker.ref();
    const message = ({ index, partial }: { index: number; partial: SweepPartial }) => onPartial(index, partial);
    const error = (cause: Error) =>
      onError(
        new Error(
          `papergraph/metrics: a sweep thread failed (${cause.message}). Run with one thread to see the error in place.`,
        ),
      );
    worker.on("message", message);
    worker.on("error", error);
    const held = holds.get(worker);
    if (held && held.targets === input.targets && held.lengths === input.lengths && held.cover === input.cover) {
      const { sources, scales, leaves, chunkCount } = input;
      worker.postMessage({ sources: { sources, scales, leaves, chunkCount } } satisfies ThreadRequest);
    } else {
      worker.postMessage({ input } satisfies ThreadRequest);
      holds.set(worker, { targets: input.targets, lengths: input.lengths, cover: input.cover });
    }
    return {
      run: (index, spare) => requestChunk(worker, index, spare),
      terminate: () => {
        worker.off("message", message);
        worker.off("error", error);
        // A failed thread is dropped (it has exited); a sound one waits, unreferenced, for the next sweep.
        if (failed.has(worker)) return worker.terminate();
        worker.unref();
        idle.push(worker);
      },
    };
  };
  return { start, startAhead };
}

/** Options of createThreadSweepRunner. */
export interface ThreadRunnerOptions {
  /** number, default: the cores the OS offers. Threads that sweep, the calling one included; below 2 the sweep runs inline. */
  threads?: number;
  /** number, default MIN_THREADED_WORK. Sweeps with less work (sources × CSR slots) run inline. */
  minWork?: number;
}

/**
 * A SweepRunner on the calling thread and worker threads kept for its later sweeps (`threads` in all), the
 * calling thread alone for small sweeps.
 */
export function createThreadSweepRunner(options: ThreadRunnerOptions = {}): SweepRunner {
  const { start, startAhead } = threadPool();
  return createPoolSweepRunner(start, {
    workers: options.threads ?? availableParallelism(),
    minWork: options.minWork ?? MIN_THREADED_WORK,
    yieldToEvents: () => new Promise((resolve) => setImmediate(resolve)),
    startAhead,
    sharesSums: true,
  });
}
