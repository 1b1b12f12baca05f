/**
 * Entry of one metrics worker thread (see metrics-threads.ts): it receives a sweep input, then chunk
 * requests one at a time, runs the core kernel on each and posts the partial sums back with their buffers
 * transferred; a later input (the next sweep on the same thread) replaces the first, or only its sources
 * when the graph is the one it holds. A request may carry
 * the sum arrays of a chunk the main thread has already added, which the kernel clears and refills, and
 * the thread keeps one set of search arrays for all the chunks of an input (the reuse is explained in
 * src/metrics/sweep.ts). It holds no logic of its own, so threads compute exactly what the inline runner
 * does. It imports the kernel module alone, not the metrics index: a thread has nothing else to load.
 */

import { parentPort } from "node:worker_threads";
import { createSweepScratch, sweepChunk, type SweepInput, type SweepScratch } from "../metrics/sweep-kernel";
import type { ThreadRequest } from "./metrics-threads";

const port = parentPort!;
let input: SweepInput | undefined;
let scratch: SweepScratch | undefined;

port.on("message", (request: ThreadRequest) => {
  if ("sources" in request) {
    input = { ...input!, ...request.sources };
    return;
  }
  if ("input" in request) {
    // The next round of a sampled sweep brings the same graph: its search arrays (reset after every
    // search) serve again, instead of a new set per round held until the thread's next collection.
    const same =
      input &&
      request.input.offsets.length === input.offsets.length &&
      request.input.targets.length === input.targets.length &&
      (request.input.lengths === null) === (input.lengths === null) &&
      request.input.cover?.paperOffsets.length === input.cover?.paperOffsets.length;
    input = request.input;
    if (!same) scratch = createSweepScratch(input);
    return;
  }
  const partial = sweepChunk(input!, request.index, scratch, request.spare);
  // The sum arrays in shared memory (the runner's sharesSums) are seen by both threads: only the others move.
  const buffers = [partial.betweenness, partial.harmonic, partial.distance, partial.eccentricity]
    .map((array) => array.buffer)
    .filter((buffer): buffer is ArrayBuffer => buffer instanceof ArrayBuffer);
  port.postMessage({ index: request.index, partial }, buffers);
});
