/**
 * The browser driver of the shortest-path sweep: Web Workers (metrics-worker.ts) under the core scheduler
 * of src/metrics/sweep-pool.ts, the same one the Node driver (src/cli/metrics-threads.ts) uses, with the
 * same kernel. Core adds the partial sums in chunk order, so the explorer shows the same numbers as the
 * CLI, bit for bit.
 *
 * It is meant to be created inside the analysis worker (app/worker.ts), which then starts nested
 * dedicated workers; where `Worker` is missing (some older engines inside workers) or the sweep is
 * small, the chunks run inline on the calling thread.
 */

import {
  createPoolSweepRunner,
  runChunksInline,
  type StartSweepWorker,
  type SweepPartial,
  type SweepRunner,
} from "../metrics";
import type { MetricsWorkerRequest } from "./metrics-worker";

/** Below this many edge visits (sources × CSR slots) the sweep runs inline: starting workers costs more. */
export const MIN_WORKER_WORK = 20_000_000;

/** Starts one nested Web Worker and sends it the sweep input. */
const startWebWorker: StartSweepWorker = (input, onPartial, onError) => {
  const worker = new Worker(new URL("./metrics-worker.ts", import.meta.url), { type: "module" });
  const send = (request: MetricsWorkerRequest, transfer: Transferable[] = []) => worker.postMessage(request, transfer);
  worker.onmessage = (event: MessageEvent<{ index: number; partial: SweepPartial }>) =>
    onPartial(event.data.index, event.data.partial);
  worker.onerror = (event) =>
    onError(new Error(`papergraph/metrics: a sweep worker failed (${event.message}). Reload the page to retry.`));
  send({ type: "input", input });
  return {
    // The spare sum arrays are transferred, not copied: they come back filled with this chunk's sums.
    run: (index, spare) =>
      send(
        { type: "chunk", index, spare },
        spare ? [spare.betweenness.buffer, spare.harmonic.buffer, spare.distance.buffer] : [],
      ),
    terminate: () => worker.terminate(),
  };
};

/** Options of createWorkerSweepRunner. */
export interface WorkerRunnerOptions {
  /** number, default navigator.hardwareConcurrency (at most 8). Web Workers to start. */
  workers?: number;
  /** number, default MIN_WORKER_WORK. Sweeps with less work run inline. */
  minWork?: number;
}

/** A SweepRunner on Web Workers, falling back to the calling thread for small sweeps or without Worker. */
export function createWorkerSweepRunner(options: WorkerRunnerOptions = {}): SweepRunner {
  if (typeof Worker === "undefined") return runChunksInline;
  return createPoolSweepRunner(startWebWorker, {
    workers: options.workers ?? Math.min(8, globalThis.navigator?.hardwareConcurrency ?? 1),
    minWork: options.minWork ?? MIN_WORKER_WORK,
  });
}
