/**
 * Entry of one metrics Web Worker (see metrics-workers.ts): it receives the sweep input once, then chunk
 * indices one at a time, runs the core kernel on each and posts the partial sums back with their buffers
 * transferred. No logic of its own, so a browser sweep computes exactly what the inline runner does.
 */

import { sweepChunk, type SweepInput } from "../metrics";

/** What the driver sends: the input first, then chunk indices. */
export type MetricsWorkerRequest = { type: "input"; input: SweepInput } | { type: "chunk"; index: number };

let input: SweepInput | undefined;

self.onmessage = (event: MessageEvent<MetricsWorkerRequest>) => {
  const request = event.data;
  if (request.type === "input") {
    input = request.input;
    return;
  }
  const partial = sweepChunk(input!, request.index);
  const buffers = [partial.betweenness, partial.harmonic, partial.distance, partial.eccentricity].map(
    (array) => array.buffer,
  );
  (self as unknown as Worker).postMessage({ index: request.index, partial }, buffers);
};
