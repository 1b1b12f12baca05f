import { describe, expect, it } from "vitest";
import { inferAttributes } from "../../src/export/gexf-attributes";

describe("inferAttributes", () => {
  it("declares attributes in first-seen order, even one whose first values are missing", () => {
    const records = [
      { a: 1, late: undefined },
      { b: "x", late: null },
      { late: 2.5, a: 2 },
    ];
    expect(inferAttributes(records, new Set())).toEqual([
      { name: "a", type: "integer" },
      { name: "late", type: "double" },
      { name: "b", type: "string" },
    ]);
  });

  it("widens a type over all values: integer to long to double, numbers mixed with text to string", () => {
    const records = [{ n: 1, m: 1, s: 1 }, { n: 2 ** 40, m: 0.5, s: true }, { n: 3 }];
    expect(inferAttributes(records, new Set())).toEqual([
      { name: "n", type: "long" },
      { name: "m", type: "double" },
      { name: "s", type: "string" },
    ]);
  });

  it("skips reserved names, attributes never written and keys a record only inherits", () => {
    const inherited = Object.assign(Object.create({ inheritedOnly: 1 }) as Record<string, unknown>, { own: [1, 2] });
    const records = [{ label: "x", gone: Number.NaN }, inherited];
    expect(inferAttributes(records, new Set(["label"]))).toEqual([{ name: "own", type: "string" }]);
  });

  it("types a metric the contract says is real as double even when its values are whole", () => {
    expect(inferAttributes([{ betweenness: 0 }, { betweenness: 2 }], new Set())).toEqual([
      { name: "betweenness", type: "double" },
    ]);
  });
});
