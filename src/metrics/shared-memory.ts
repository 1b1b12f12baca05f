/**
 * Arrays in memory that worker threads share, where the environment offers it (Node; a browser page only
 * when cross-origin isolated), else in this thread's own. Two reasons to make the metrics' big arrays there.
 * Threads read one copy in place instead of each receiving its own: on the 100,000-work network the paper
 * kernel's reads (the cover, 12 MB) no longer come twice through the cache the sweep threads share, no sweep
 * thread holds the links (17 MB), and the community threads no longer receive a copy of the CSR (51 MB
 * each). And V8 counts no shared buffer (its accounted length is 0) toward the external memory whose growth
 * by 64 MB since its last full collection starts a marking of the whole heap ("external memory pressure",
 * --trace-incremental-marking): on that network the CSR's 53 MB set one off at the metrics' start, and the
 * sum arrays the sweep threads hand back and forth (2.1 MB a chunk) another during the first round, each a
 * marking of the 1.7 GB heap that took V8's helper threads about 4 s of CPU and the calling thread up to
 * 2.5 s of marking steps, in a step of 41–55 s.
 */

import type { ArrayMaker } from "./locality";

/** Whether worker threads can share memory here (Node; a browser page only when cross-origin isolated). */
export function sharesMemory(): boolean {
  return typeof SharedArrayBuffer !== "undefined" && globalThis.crossOriginIsolated !== false;
}

/** Zeroed arrays in shared memory where the environment offers it (see the header), else in this thread's. */
export const sharedArrays: ArrayMaker = {
  int32: (length) => (sharesMemory() ? new Int32Array(new SharedArrayBuffer(4 * length)) : new Int32Array(length)),
  float64: (length) =>
    sharesMemory() ? new Float64Array(new SharedArrayBuffer(8 * length)) : new Float64Array(length),
};

/** `array` copied into shared memory where the environment offers it, else `array` itself. */
export function shareable<T extends Int32Array | Float64Array | Uint8Array>(array: T): T {
  if (!sharesMemory()) return array;
  const Typed = array.constructor as new (buffer: SharedArrayBuffer) => T;
  const copy = new Typed(new SharedArrayBuffer(array.byteLength));
  copy.set(array);
  return copy;
}
