import { describe, expect, it } from "vitest";
import { exactly, Interner, singleSpaced } from "../../src/ingest/kept-values";

describe("singleSpaced", () => {
  it("collapses every run of white space to one space, as a replace of \\s+ does", () => {
    const texts = [
      "plain title with single spaces",
      " leading and trailing ",
      "two  spaces",
      "a\ttab",
      "wrapped\n  line",
      "crlf\r\nline",
      "no\u00a0break",
      "em\u2003space and\u3000ideographic",
      "line\u2028separator",
      "bom\ufeffinside",
      "",
      "   ",
    ];
    for (const text of texts) expect(singleSpaced(text)).toBe(text.replace(/\s+/g, " "));
  });

  it("passes undefined through", () => {
    expect(singleSpaced(undefined)).toBeUndefined();
  });
});

describe("exactly", () => {
  it("returns the same items in a new array", () => {
    const grown: number[] = [];
    for (let i = 0; i < 5; i++) grown.push(i);
    const kept = exactly(grown);
    expect(kept).toEqual([0, 1, 2, 3, 4]);
    expect(kept).not.toBe(grown);
    expect(exactly([])).toEqual([]);
  });
});

describe("Interner", () => {
  it("gives back a string equal to the one it was given, and undefined for undefined", () => {
    const strings = new Interner();
    expect(strings.intern("Ada Lovelace")).toBe("Ada Lovelace");
    expect(strings.intern(["Ada", "Lovelace"].join(" "))).toBe("Ada Lovelace");
    expect(strings.intern("Bob Smith")).toBe("Bob Smith");
    expect(strings.intern(undefined)).toBeUndefined();
  });
});
