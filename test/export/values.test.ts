import { describe, expect, it } from "vitest";
import { formatValue, numberText } from "../../src/export/values";

describe("numberText", () => {
  it("writes whole numbers, negative zero and tiny and huge magnitudes as String does", () => {
    for (const value of [0, -0, 1, -42, 2 ** 31, -(2 ** 31) - 1, 2 ** 53, 1e21, 1e-7, 1.5e-7, 5e-324, Number.MAX_VALUE])
      expect(numberText(value)).toBe(String(value));
  });

  it("writes any finite double as String does, whatever its bits", () => {
    // Doubles from random bit patterns (every exponent and mantissa), seeded so a failure can be replayed.
    const bits = new Uint32Array(2);
    const double = new Float64Array(bits.buffer);
    let seed = 12345;
    const next = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0);
    const wrong: number[] = [];
    for (let i = 0; i < 200_000; i++) {
      bits[0] = next();
      bits[1] = next();
      const value = double[0]!;
      if (Number.isFinite(value) && numberText(value) !== String(value)) wrong.push(value);
    }
    expect(wrong).toEqual([]);
  });

  it("writes each number as String does when the remembered texts are met again and replaced", () => {
    // Enough values to share slots many times over, each asked for several times, in an interleaved order.
    const values = [0, -0, 1, -1, 0.5, -0.5, 2022, 1e21, 5e-324];
    for (let i = 1; i < 20_000; i++) values.push(i, i / 7, -i * 1.5, 1 / i);
    const wrong: number[] = [];
    for (let round = 0; round < 3; round++)
      for (let i = round; i < values.length; i += 1 + round) {
        const value = values[i]!;
        if (numberText(value) !== String(value)) wrong.push(value);
      }
    expect(wrong).toEqual([]);
  });
});

describe("formatValue", () => {
  it("leaves non-finite numbers out and writes finite ones, booleans and lists", () => {
    expect([NaN, Infinity, -Infinity].map(formatValue)).toEqual([undefined, undefined, undefined]);
    expect(formatValue(0.1 + 0.2)).toBe("0.30000000000000004");
    expect(formatValue(true)).toBe("true");
    expect(formatValue(["a", 2.5, null])).toBe("a|2.5|");
  });
});
