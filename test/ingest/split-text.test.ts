import { describe, expect, it } from "vitest";
import { removeParenthesised, splitNameList, splitTrimmed, stripEtAl } from "../../src/ingest/split-text";

describe("splitTrimmed", () => {
  it("splits at each separator character, trims the pieces and drops empty ones", () => {
    expect(splitTrimmed(" a ; b;;c |d ", ";|")).toEqual(["a", "b", "c", "d"]);
    expect(splitTrimmed("   ", ";")).toEqual([]);
  });
});

describe("splitNameList", () => {
  it("splits at the separators and at the word and between white space, never inside a word", () => {
    expect(splitNameList("Ada Lovelace, Bob Smith and Carl Jones & Dan Brown", ",&")).toEqual([
      "Ada Lovelace",
      "Bob Smith",
      "Carl Jones",
      "Dan Brown",
    ]);
    expect(splitNameList("Andrea Sand, Ann Andersen", ",")).toEqual(["Andrea Sand", "Ann Andersen"]);
  });

  it("keeps names apart across a run of white space of any length", () => {
    expect(splitNameList(`Ada Lovelace${" ".repeat(1000)}and${"\t".repeat(1000)}Bob Smith`, ",")).toEqual([
      "Ada Lovelace",
      "Bob Smith",
    ]);
  });
});

describe("stripEtAl", () => {
  it.each([
    ["A, B et al.", "A, B"],
    ["A, B, et al", "A, B"],
    ["A  ET AL.  ", "A"],
    ["A,et. al.", "A"],
  ])("cuts the ending of %j and says the list was cut off", (text, kept) => {
    expect(stripEtAl(text)).toEqual({ text: kept, truncated: true });
  });

  it.each(["Ketal", "A, B", "A, Bet al", "Al"])("leaves %j as it is", (text) => {
    expect(stripEtAl(text)).toEqual({ text, truncated: false });
  });
});

describe("removeParenthesised", () => {
  it("removes parenthesised parts, nested ones too, and keeps a parenthesis without its partner", () => {
    expect(removeParenthesised("A. S. Mishchenko (1 and (2)) and N. Nagaosa")).toBe("A. S. Mishchenko  and N. Nagaosa");
    expect(removeParenthesised("A (1 (x) B")).toBe("A (1  B");
    expect(removeParenthesised("a) b")).toBe("a) b");
  });
});
