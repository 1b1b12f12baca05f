/**
 * The sweep thread started as soon as the input files are read, so that it loads beside the ingest and the
 * projection instead of the metrics' own start. From the TypeScript sources a thread takes 0.2–0.55 s to
 * load (Node's worker, tsx, the kernel's modules; `bench --graph ca-grqc.gexf --exact`, 2026-12-02, load
 * 1.6–2.7), and started at the metrics' start (the runner's `prepare`) it was loaded 212–540 ms into the
 * step, after the calling thread had built the CSR, the plan and the split at cut vertices (126–227 ms),
 * which the sweep waits for: the thread swept alone for none of that. Started here it was loaded before
 * the step and took its first chunk the moment the split was made. Whether the sweep will go to threads is
 * known only once the network is built (its nodes × links); the input's length bounds it: a sweep of fewer
 * than MIN_THREADED_WORK visits fits files shorter than SWEEP_AHEAD_CHARS, so those start no thread early.
 */

import type { InputFile } from "../model";
import type { SweepRunner } from "../metrics";

/**
 * Characters of input from which the sweep thread starts early. A network whose sweep goes to threads has
 * nodes × 2 links ≥ 2·10⁷ (MIN_THREADED_WORK): at least about 3,500 nodes and 2,800 links, which GEXF
 * writes in about 280 KB (40 characters a node, 50 a link at the least); ca-GrQc's file has 1.2 MB.
 */
export const SWEEP_AHEAD_CHARS = 256 * 1024;

/** Starts `sweep`'s threads now (its prepare) when the inputs are long enough to need them (see the header). */
export function startSweepAhead(sweep: SweepRunner, inputs: readonly InputFile[]): void {
  let chars = 0;
  for (const input of inputs) chars += input.text.length;
  if (chars >= SWEEP_AHEAD_CHARS) sweep.prepare?.(Number.POSITIVE_INFINITY);
}
