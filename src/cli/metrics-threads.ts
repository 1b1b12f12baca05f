/**
 * The Node driver of the shortest-path sweep: worker_threads (metrics-thread-worker.ts) under the core
 * scheduler of src/metrics/sweep-pool.ts, which hands out the chunks and keeps the result bit-identical to
 * the inline runner whatever the thread count or timing. Sum arrays travel both ways by transfer, never
 * by copy: partials come back to this thread, and spare ones go out again with the next chunk request.
 *
 * Built (dist/lib/, the npm package) the worker entry is the JavaScript file beside this module's chunk and
 * Node runs it as it is. From the TypeScript sources (`npm run analyze`, vitest) each worker first registers
 * tsx's loader, then imports the entry.
 */

import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import {
  createPoolSweepRunner,
  type StartSweepWorker,
  type SweepInput,
  type SweepPartial,
  type SweepRunner,
  type SweepSums,
} from "../metrics";

/** Below this many edge visits (sources × CSR slots) the sweep runs inline. */
export const MIN_THREADED_WORK = 20_000_000;

/**
 * The same bound when running from the sources (`npm run analyze`, `npm run bench`), where each thread
 * first has tsx transpile its entry: measured 2026-11-30 on this 2-core machine (busy), starting two
 * threads then costs about 1.2 s wall and 1.7 s CPU, the sweep about 4 ns a visit on one thread, so two
 * threads pay only past a few 10⁸ visits. ca-GrQc's exact sweep (9·10⁷) runs inline, ca-HepPh's (2·10⁹)
 * on threads.
 */
const MIN_THREADED_WORK_FROM_SOURCE = 500_000_000;

/** True when this module runs from src/ under tsx or vitest, false in the build (dist/lib/). */
const FROM_SOURCE = import.meta.url.endsWith(".ts");
const ENTRY = new URL(FROM_SOURCE ? "./metrics-thread-worker.ts" : "./metrics-thread-worker.js", import.meta.url);

/** A worker thread running the entry with `input` as its workerData. */
function startWorker(input: SweepInput): Worker {
  if (!FROM_SOURCE) return new Worker(ENTRY, { workerData: input });
  // tsx's API resolved from here, so a worker finds it whatever the working directory; only the sources need it.
  const tsx = import.meta.resolve("tsx/esm/api");
  const boot =
    `import(${JSON.stringify(tsx)})` +
    `.then((tsx) => { tsx.register(); return import(${JSON.stringify(ENTRY.href)}); });`;
  return new Worker(boot, { eval: true, workerData: input });
}

/** What the main thread posts to a worker thread: a chunk to run, and sum arrays to run it into (transferred). */
export interface ThreadChunkRequest {
  index: number;
  spare?: SweepSums;
}

/** Posts a chunk request, transferring the spare arrays' buffers (detached here, reused there). */
function requestChunk(worker: Worker, index: number, spare: SweepSums | undefined): void {
  const request: ThreadChunkRequest = { index, spare };
  const buffers = spare ? [spare.betweenness.buffer, spare.harmonic.buffer, spare.distance.buffer] : [];
  worker.postMessage(request, buffers as ArrayBuffer[]);
}

/** Starts one worker thread holding the sweep input and wires its messages to the scheduler. */
const startThread: StartSweepWorker = (input, onPartial, onError) => {
  const worker = startWorker(input);
  worker.on("message", ({ index, partial }: { index: number; partial: SweepPartial }) => onPartial(index, partial));
  worker.on("error", (error) =>
    onError(
      new Error(
        `papergraph/metrics: a sweep thread failed (${error.message}). Run with one thread to see the error in place.`,
      ),
    ),
  );
  return { run: (index, spare) => requestChunk(worker, index, spare), terminate: () => worker.terminate() };
};

/** Options of createThreadSweepRunner. */
export interface ThreadRunnerOptions {
  /** number, default: the cores the OS offers. Worker threads to start; below 2 the sweep runs inline. */
  threads?: number;
  /** number, default MIN_THREADED_WORK (5·10⁸ from the sources). Sweeps with less work (sources × CSR slots) run inline. */
  minWork?: number;
}

/** A SweepRunner on worker threads, falling back to the calling thread for small sweeps. */
export function createThreadSweepRunner(options: ThreadRunnerOptions = {}): SweepRunner {
  return createPoolSweepRunner(startThread, {
    workers: options.threads ?? availableParallelism(),
    minWork: options.minWork ?? (FROM_SOURCE ? MIN_THREADED_WORK_FROM_SOURCE : MIN_THREADED_WORK),
  });
}
