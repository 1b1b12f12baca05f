/**
 * The Node driver of the shortest-path sweep: worker_threads (metrics-thread-worker.ts) under the core
 * scheduler of src/metrics/sweep-pool.ts, which hands out the chunks and keeps the result bit-identical to
 * the inline runner whatever the thread count or timing.
 *
 * Threads run the TypeScript sources: each worker first registers tsx's loader (as `papergraph`, which runs
 * on tsx, and vitest both need), then imports the entry.
 */

import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import { createPoolSweepRunner, type StartSweepWorker, type SweepPartial, type SweepRunner } from "../metrics";

/** Below this many edge visits (sources × CSR slots) the sweep runs inline. */
export const MIN_THREADED_WORK = 20_000_000;

const ENTRY = new URL("./metrics-thread-worker.ts", import.meta.url).href;
// The ESM entry of tsx's API, resolved from here so a worker finds it whatever the working directory.
const TSX_API = import.meta.resolve("tsx/esm/api");

/** Starts one worker thread holding the sweep input (as its workerData). */
const startThread: StartSweepWorker = (input, onPartial, onError) => {
  const boot =
    `import(${JSON.stringify(TSX_API)})` +
    `.then((tsx) => { tsx.register(); return import(${JSON.stringify(ENTRY)}); });`;
  const worker = new Worker(boot, { eval: true, workerData: input });
  worker.on("message", ({ index, partial }: { index: number; partial: SweepPartial }) => onPartial(index, partial));
  worker.on("error", (error) =>
    onError(
      new Error(
        `papergraph/metrics: a sweep thread failed (${error.message}). Run with one thread to see the error in place.`,
      ),
    ),
  );
  return { run: (index) => worker.postMessage(index), terminate: () => worker.terminate() };
};

/** Options of createThreadSweepRunner. */
export interface ThreadRunnerOptions {
  /** number, default: the cores the OS offers. Worker threads to start; below 2 the sweep runs inline. */
  threads?: number;
  /** number, default MIN_THREADED_WORK. Sweeps with less work (sources × CSR slots) run inline. */
  minWork?: number;
}

/** A SweepRunner on worker threads, falling back to the calling thread for small sweeps. */
export function createThreadSweepRunner(options: ThreadRunnerOptions = {}): SweepRunner {
  return createPoolSweepRunner(startThread, {
    workers: options.threads ?? availableParallelism(),
    minWork: options.minWork ?? MIN_THREADED_WORK,
  });
}
