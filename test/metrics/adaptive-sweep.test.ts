import { describe, expect, it } from "vitest";
import { topIndices } from "../../src/metrics/adaptive-sweep";
import { createRng } from "../../src/model";

/** The top k as the sort of every index gave it before (highest first, ties by index). */
function sortedTop(values: Float64Array, k: number): Int32Array {
  const order = Int32Array.from({ length: values.length }, (_, i) => i);
  order.sort((a, b) => values[b]! - values[a]! || a - b);
  return order.slice(0, k);
}

describe("topIndices", () => {
  it("gives the sort's top k, ties by index, on values with many ties, zeros of both signs and runs", () => {
    const rng = createRng(7);
    for (let round = 0; round < 200; round++) {
      const n = 1 + Math.floor(rng() * 60);
      // Few distinct values, so that ties are common; some rows ascending, the pass's worst case.
      const values = Float64Array.from({ length: n }, (_, i) =>
        round % 5 === 0 ? i : round % 7 === 0 ? -0 : Math.floor(rng() * 6) / 4 - 0.5,
      );
      for (const k of [0, 1, 3, 10, n]) {
        if (k > n) continue;
        expect(Array.from(topIndices(values, k))).toEqual(Array.from(sortedTop(values, k)));
      }
    }
  });
});
