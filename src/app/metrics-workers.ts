/**
 * The browser driver of the shortest-path sweep: a SweepRunner that spreads chunks of sources over Web
 * Workers (metrics-worker.ts), the next chunk going to whichever worker finishes first — the same
 * scheme as the Node driver in src/cli/metrics-threads.ts, with the same core kernel. Core adds the
 * partial sums in chunk order, so the explorer shows the same numbers as the CLI, bit for bit.
 *
 * It is meant to be created inside the analysis worker (app/worker.ts), which then starts nested
 * dedicated workers; where `Worker` is missing (some older engines inside workers) or the sweep is
 * small, the chunks run inline on the calling thread.
 */

import { runChunksInline, type SweepPartial, type SweepRunner } from "../metrics";
import type { MetricsWorkerRequest } from "./metrics-worker";

/** Below this many edge visits (sources × CSR slots) the sweep runs inline: starting workers costs more. */
export const MIN_WORKER_WORK = 20_000_000;

/** Options of createWorkerSweepRunner. */
export interface WorkerRunnerOptions {
  /** number, default navigator.hardwareConcurrency (at most 8). Web Workers to start. */
  workers?: number;
  /** number, default MIN_WORKER_WORK. Sweeps with less work run inline. */
  minWork?: number;
}

/** A SweepRunner on Web Workers, falling back to the calling thread for small sweeps or without Worker. */
export function createWorkerSweepRunner(options: WorkerRunnerOptions = {}): SweepRunner {
  const wanted = options.workers ?? Math.min(8, globalThis.navigator?.hardwareConcurrency ?? 1);
  const minWork = options.minWork ?? MIN_WORKER_WORK;
  return {
    async run(input, accept) {
      const count = Math.min(wanted, input.chunkCount);
      if (count < 2 || typeof Worker === "undefined" || input.sources.length * input.targets.length < minWork) {
        return runChunksInline.run(input, accept);
      }
      const workers = Array.from(
        { length: count },
        () => new Worker(new URL("./metrics-worker.ts", import.meta.url), { type: "module" }),
      );
      const send = (worker: Worker, request: MetricsWorkerRequest) => worker.postMessage(request);
      try {
        await new Promise<void>((resolve, reject) => {
          let next = 0;
          let done = 0;
          const feed = (worker: Worker) => {
            if (next < input.chunkCount) send(worker, { type: "chunk", index: next++ });
          };
          for (const worker of workers) {
            worker.onmessage = (event: MessageEvent<{ index: number; partial: SweepPartial }>) => {
              accept(event.data.index, event.data.partial);
              if (++done === input.chunkCount) resolve();
              else feed(worker);
            };
            worker.onerror = (event) =>
              reject(
                new Error(`papergraph/metrics: a sweep worker failed (${event.message}). Reload the page to retry.`),
              );
            send(worker, { type: "input", input });
            feed(worker);
          }
        });
      } finally {
        for (const worker of workers) worker.terminate();
      }
    },
  };
}
