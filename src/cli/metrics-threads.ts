/**
 * The Node driver of the shortest-path sweep: a SweepRunner that spreads the chunks of sources over
 * worker_threads (metrics-thread-worker.ts), one chunk per thread at a time, the next chunk going to
 * whichever thread finishes first. Core's SweepTotals adds the partial sums in chunk order, so the
 * result is bit-identical to the inline runner whatever the thread count or timing.
 *
 * Built (dist/lib/, the npm package) the worker entry is the JavaScript file beside this module's chunk and
 * Node runs it as it is. From the TypeScript sources (`npm run analyze`, vitest) each worker first registers
 * tsx's loader, then imports the entry. Small sweeps stay on the calling thread, where starting threads
 * (about 0.1 s each) would cost more than it saves.
 */

import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import { runChunksInline, type SweepInput, type SweepPartial, type SweepRunner } from "../metrics";

/** Below this many edge visits (sources × CSR slots) the sweep runs inline. */
export const MIN_THREADED_WORK = 20_000_000;

/** True when this module runs from src/ under tsx or vitest, false in the build (dist/lib/). */
const FROM_SOURCE = import.meta.url.endsWith(".ts");
const ENTRY = new URL(FROM_SOURCE ? "./metrics-thread-worker.ts" : "./metrics-thread-worker.js", import.meta.url);

/** Starts one worker thread holding `input`. */
function startWorker(input: SweepInput): Worker {
  if (!FROM_SOURCE) return new Worker(ENTRY, { workerData: input });
  // tsx's API resolved from here, so a worker finds it whatever the working directory; only the sources need it.
  const tsx = import.meta.resolve("tsx/esm/api");
  const boot = `import(${JSON.stringify(tsx)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(ENTRY.href)}); });`;
  return new Worker(boot, { eval: true, workerData: input });
}

/** Options of createThreadSweepRunner. */
export interface ThreadRunnerOptions {
  /** number, default: the cores the OS offers. Worker threads to start; below 2 the sweep runs inline. */
  threads?: number;
  /** number, default MIN_THREADED_WORK. Sweeps with less work (sources × CSR slots) run inline. */
  minWork?: number;
}

/** A SweepRunner on worker threads, falling back to the calling thread for small sweeps. */
export function createThreadSweepRunner(options: ThreadRunnerOptions = {}): SweepRunner {
  const threads = options.threads ?? availableParallelism();
  const minWork = options.minWork ?? MIN_THREADED_WORK;
  return {
    async run(input, accept) {
      const count = Math.min(threads, input.chunkCount);
      if (count < 2 || input.sources.length * input.targets.length < minWork) {
        return runChunksInline.run(input, accept);
      }
      const workers = Array.from({ length: count }, () => startWorker(input));
      try {
        await new Promise<void>((resolve, reject) => {
          let next = 0;
          let done = 0;
          const feed = (worker: Worker) => {
            if (next < input.chunkCount) worker.postMessage(next++);
          };
          for (const worker of workers) {
            worker.on("message", ({ index, partial }: { index: number; partial: SweepPartial }) => {
              accept(index, partial);
              if (++done === input.chunkCount) resolve();
              else feed(worker);
            });
            worker.on("error", (error) =>
              reject(
                new Error(
                  `papergraph/metrics: a sweep thread failed (${error.message}). Run with one thread to see the error in place.`,
                ),
              ),
            );
            feed(worker);
          }
        });
      } finally {
        await Promise.all(workers.map((worker) => worker.terminate()));
      }
    },
  };
}
