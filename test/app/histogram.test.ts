import { describe, expect, it } from "vitest";
import { binValues, countIntegers } from "../../src/app/panels/histogram";
import { createRng } from "../../src/model";

/** 300,000 values: more than a spread into Math.min/Math.max survives (it overflows near 200,000). */
const MANY = 300_000;

describe("binValues", () => {
  it("bins 300,000 values over their range without overflowing the stack, every value counted once", () => {
    const rng = createRng(3);
    const values = Array.from({ length: MANY }, () => rng() * 10 - 5);
    values[17] = -7;
    values[MANY - 1] = 9;
    const bars = binValues(values, 24);
    expect(bars).toHaveLength(24);
    expect(bars[0]?.from).toBe(-7);
    expect(bars.at(-1)?.to).toBeCloseTo(9, 12);
    expect(bars.reduce((sum, bar) => sum + bar.count, 0)).toBe(MANY);
    expect(bars[0]?.count).toBeGreaterThan(0);
  });

  it("leaves out values that are not finite, and gives one bar when all values are equal", () => {
    expect(binValues([Number.NaN, Infinity, 2, 2], 10)).toEqual([{ from: 2, to: 2, count: 2 }]);
    expect(binValues([Number.NaN], 10)).toEqual([]);
  });
});

describe("countIntegers", () => {
  it("counts 300,000 degrees with one bar per degree without overflowing the stack", () => {
    const degrees = Array.from({ length: MANY }, (_, i) => 1 + (i % 30));
    const bars = countIntegers(degrees);
    expect(bars.map((bar) => bar.from)).toEqual(Array.from({ length: 30 }, (_, i) => i + 1));
    expect(bars.map((bar) => bar.count)).toEqual(Array(30).fill(MANY / 30));
  });

  it("falls back to equal bins when 300,000 degrees spread over more values than bars", () => {
    const degrees = Array.from({ length: MANY }, (_, i) => i % 1000);
    const bars = countIntegers(degrees, 40);
    expect(bars).toHaveLength(40);
    expect([bars[0]?.from, bars.at(-1)?.to]).toEqual([0, 999]);
    expect(bars.reduce((sum, bar) => sum + bar.count, 0)).toBe(MANY);
  });
});
