/**
 * Entry of one metrics worker thread (see metrics-threads.ts): it receives the sweep input once, then
 * chunk indices one at a time, runs the core kernel on each and posts the partial sums back with their
 * buffers transferred. It holds no logic of its own, so threads compute exactly what the inline runner does.
 */

import { parentPort, workerData } from "node:worker_threads";
import { sweepChunk, type SweepInput } from "../metrics";

const input = workerData as SweepInput;
const port = parentPort!;

port.on("message", (index: number) => {
  const partial = sweepChunk(input, index);
  const buffers = [partial.betweenness, partial.harmonic, partial.distance, partial.eccentricity].map(
    (array) => array.buffer as ArrayBuffer,
  );
  port.postMessage({ index, partial }, buffers);
});
