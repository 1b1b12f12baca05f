import { describe, expect, it } from "vitest";
import { createProgressPrinter } from "../../src/cli/progress";

describe("createProgressPrinter", () => {
  it("prints one line when a quick stage ends and nothing while it starts", () => {
    const lines: string[] = [];
    let now = 0;
    const progress = createProgressPrinter(
      (line) => lines.push(line),
      () => now,
    );
    progress("ingest", 0, 1);
    now = 120;
    progress("ingest", 1, 1);
    expect(lines).toEqual(["[ingest] done in 0.12s"]);
  });

  it("shows where a long stage is at most every half second", () => {
    const lines: string[] = [];
    let now = 0;
    const progress = createProgressPrinter(
      (line) => lines.push(line),
      () => now,
    );
    progress("metrics", 0, 100);
    for (let done = 1; done < 100; done++) {
      now += 50;
      progress("metrics", done, 100);
    }
    progress("metrics", 100, 100);
    expect(lines.length).toBeGreaterThan(5);
    expect(lines.length).toBeLessThan(12);
    expect(lines[0]).toBe("[metrics] 10/100 (10%)");
    expect(lines.at(-1)).toBe("[metrics] done in 4.95s");
  });
});
