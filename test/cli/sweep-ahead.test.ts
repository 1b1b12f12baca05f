import { describe, expect, it } from "vitest";
import type { SweepRunner } from "../../src/metrics";
import { startSweepAhead, SWEEP_AHEAD_CHARS } from "../../src/cli/sweep-ahead";

/** A runner that records the work each prepare call announced. */
function recordingRunner(): { runner: SweepRunner; prepared: number[] } {
  const prepared: number[] = [];
  return {
    prepared,
    runner: { run: () => Promise.resolve(), prepare: (work) => void prepared.push(work) },
  };
}

describe("startSweepAhead", () => {
  it("prepares the sweep's threads when the inputs together reach SWEEP_AHEAD_CHARS", () => {
    const { runner, prepared } = recordingRunner();
    const half = "x".repeat(SWEEP_AHEAD_CHARS / 2);
    startSweepAhead(runner, [
      { name: "a.gexf", text: half },
      { name: "b.gexf", text: half },
    ]);
    expect(prepared).toEqual([Number.POSITIVE_INFINITY]);
  });

  it("starts nothing for shorter inputs, whose networks' sweeps stay on the calling thread", () => {
    const { runner, prepared } = recordingRunner();
    startSweepAhead(runner, [{ name: "a.bib", text: "x".repeat(SWEEP_AHEAD_CHARS - 1) }]);
    expect(prepared).toEqual([]);
  });
});
