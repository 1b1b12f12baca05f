/**
 * The coauthor layout started from the end of the metrics with a LayoutRunner (AnalysisRuntime.layout): its
 * signal aborts when the analysis fails after the start (the CLI's thread is then terminated rather than
 * holding the caller's process), and it does not start when a step cache keeps the metrics, and so the
 * layout. On the seed corpus, data/can-rager.profile.txt.
 */

import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { createThreadLayoutRunner } from "../src/cli/layout-thread";
import { inputLinks, layoutPositions, type LayoutRunner } from "../src/layout";
import type { InputFile } from "../src/model";
import { analyse, createStepCache, resumeAnalysis } from "../src/pipeline";

const SEED: InputFile = {
  name: "can-rager.profile.txt",
  text: readFileSync(join(import.meta.dirname, "../data/can-rager.profile.txt"), "utf8"),
};
const OPTIONS = { referenceYear: 2026, layoutIterations: 20 };

/** A runner that lays out here, as the thread would, and records the signals it was given. */
function recordingRunner(): { runner: LayoutRunner; signals: (AbortSignal | undefined)[] } {
  const signals: (AbortSignal | undefined)[] = [];
  const runner: LayoutRunner = (input, signal) => {
    signals.push(signal);
    return Promise.resolve(layoutPositions(input.n, inputLinks(input), input.communities, input.options));
  };
  return { runner, signals };
}

describe("the coauthor layout's runner in the pipeline", () => {
  it("is aborted when a step after the metrics fails", async () => {
    const signals: (AbortSignal | undefined)[] = [];
    // A layout that never answers: only the abort ends it.
    const layout: LayoutRunner = (_input, signal) => {
      signals.push(signal);
      return new Promise(() => {});
    };
    const failAtBursts = (stage: string) => {
      if (stage === "bursts") throw new Error("stopped at bursts");
    };
    await expect(analyse([SEED], OPTIONS, failAtBursts, { layout })).rejects.toThrow("stopped at bursts");
    expect(signals).toHaveLength(1);
    expect(signals[0]?.aborted).toBe(true);
  });

  it("gives the positions of the inline layout, its signal aborted only once the analysis is done", async () => {
    const { runner, signals } = recordingRunner();
    const inline = await analyse([SEED], OPTIONS);
    const threaded = await analyse([SEED], OPTIONS, undefined, { layout: runner });
    expect(threaded.coauthors.mapNodes((_node, { x, y }) => [x, y])).toEqual(
      inline.coauthors.mapNodes((_node, { x, y }) => [x, y]),
    );
    expect(signals.map((signal) => signal?.aborted)).toEqual([true]);
  });

  it("does not start when the step cache keeps the metrics, and starts again when they rerun", async () => {
    const { runner, signals } = recordingRunner();
    const cache = createStepCache();
    await resumeAnalysis(cache, [SEED], OPTIONS, undefined, { layout: runner });
    expect(signals).toHaveLength(1);
    cache.takeRan();
    await resumeAnalysis(cache, [SEED], OPTIONS, undefined, { layout: runner });
    expect(cache.takeRan()).toEqual([]);
    expect(signals).toHaveLength(1);
    await resumeAnalysis(cache, [SEED], { ...OPTIONS, seed: 7 }, undefined, { layout: runner });
    expect(cache.takeRan()).toContain("coauthor layout");
    expect(signals).toHaveLength(2);
  });
});

describe("createThreadLayoutRunner with a signal", () => {
  it("ends its thread when the signal aborts before the positions come", async () => {
    const stop = new AbortController();
    const n = 3000;
    const sources = Int32Array.from({ length: n - 1 }, (_, i) => i);
    const targets = Int32Array.from({ length: n - 1 }, (_, i) => i + 1);
    const links = { sources, targets, weights: new Float64Array(n - 1).fill(1) };
    const communities = Array.from({ length: n }, (_, i) => i % 5);
    const positions = createThreadLayoutRunner(0)(
      { n, links, communities, options: { seed: 1, iterations: 100_000 } },
      stop.signal,
    )!;
    stop.abort();
    await expect(positions).rejects.toThrow(/the layout thread failed \(it stopped/);
  });
});
