/**
 * Entry of one metrics Web Worker (see metrics-workers.ts): it receives the sweep input once, then chunk
 * requests one at a time, runs the core kernel on each and posts the partial sums back with their buffers
 * transferred. A request may carry the sum arrays of a chunk already added, which the kernel clears and
 * refills, and the worker keeps one set of search arrays for all its chunks (src/metrics/sweep.ts says
 * why). No logic of its own, so a browser sweep computes exactly what the inline runner does.
 */

import { createSweepScratch, sweepChunk, type SweepInput, type SweepScratch, type SweepSums } from "../metrics";

/** What the driver sends: the input first, then chunks, each with the sum arrays to fill when it has some. */
export type MetricsWorkerRequest =
  | { type: "input"; input: SweepInput }
  | { type: "chunk"; index: number; spare?: SweepSums };

let input: SweepInput | undefined;
let scratch: SweepScratch | undefined;

self.onmessage = (event: MessageEvent<MetricsWorkerRequest>) => {
  const request = event.data;
  if (request.type === "input") {
    input = request.input;
    scratch = createSweepScratch(input);
    return;
  }
  const partial = sweepChunk(input!, request.index, scratch, request.spare);
  const buffers = [partial.betweenness, partial.harmonic, partial.distance, partial.eccentricity].map(
    (array) => array.buffer,
  );
  (self as unknown as Worker).postMessage({ index: request.index, partial }, buffers);
};
