import { describe, expect, it } from "vitest";
import { numberTexts } from "../../src/export/values";

describe("numberTexts", () => {
  it("writes every number as String does, repeated values and values past the cache's size included", () => {
    const text = numberTexts();
    // 200,000 distinct fractions, three times the cache's size, each asked for twice in a row and again later.
    const values = Array.from({ length: 200_000 }, (_, i) => (i % 2 ? -1 : 1) * (i / 7 + 1e-9 * i));
    const wrong: string[] = [];
    for (const pass of [0, 1])
      for (const value of values) {
        for (const asked of [text(value), text(value)])
          if (asked !== String(value)) wrong.push(`${value} pass ${pass}`);
      }
    expect(wrong).toEqual([]);
  });

  it("writes whole numbers, negative zero and tiny and huge magnitudes as String does", () => {
    const text = numberTexts();
    for (const value of [0, -0, 1, -42, 2 ** 53, 1e21, 1.5e-7, 5e-324, Number.MAX_VALUE, 0.1 + 0.2])
      expect(text(value)).toBe(String(value));
  });
});
