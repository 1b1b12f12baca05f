/**
 * Step timing for the benchmarks: the pipeline announces each step's start and end through onProgress,
 * so timing from those events measures exactly the code the CLI and the browser run.
 */

import type { OnProgress } from "../options";

/** The pipeline's steps, in order (analyse() in src/pipeline.ts). */
export const STEPS = [
  "ingest",
  "identities",
  "topics",
  "bipartite",
  "projection",
  "filter",
  "topic network",
  "coauthor metrics",
  "counting comparison",
  "community labels",
  "topic metrics",
  "bursts",
  "author indicators",
  "appearance",
  "layout",
];

/** An OnProgress that records, per pipeline step, the seconds from its first to its last event. */
export function timeSteps(seconds: Record<string, number>): OnProgress {
  const first = new Map<string, number>();
  return (stage) => {
    const now = performance.now();
    if (!first.has(stage)) first.set(stage, now);
    if (STEPS.includes(stage)) seconds[stage] = (now - first.get(stage)!) / 1000;
  };
}
