/**
 * Entry of one metrics worker thread (see metrics-threads.ts): it receives the sweep input once, then
 * chunk requests one at a time, runs the core kernel on each and posts the partial sums back with their
 * buffers transferred. A request may carry the sum arrays of a chunk the main thread has already added,
 * which the kernel clears and refills, and the thread keeps one set of search arrays for all its chunks
 * (the reuse is explained in src/metrics/sweep.ts). It holds no logic of its own, so threads compute
 * exactly what the inline runner does.
 */

import { parentPort, workerData } from "node:worker_threads";
import { createSweepScratch, sweepChunk, type SweepInput } from "../metrics";
import type { ThreadChunkRequest } from "./metrics-threads";

const input = workerData as SweepInput;
const scratch = createSweepScratch(input);
const port = parentPort!;

port.on("message", ({ index, spare }: ThreadChunkRequest) => {
  const partial = sweepChunk(input, index, scratch, spare);
  const buffers = [partial.betweenness, partial.harmonic, partial.distance, partial.eccentricity].map(
    (array) => array.buffer as ArrayBuffer,
  );
  port.postMessage({ index, partial }, buffers);
});
