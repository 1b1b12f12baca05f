import { describe, expect, it } from "vitest";
import { readArxivJsonl, readOpenAlex } from "../../src/ingest";
import { AuthorMemo, exactly, Interner, singleSpaced } from "../../src/ingest/kept-values";
import { createRng } from "../../src/model";
import type { AuthorRef } from "../../src/model";

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

  it("agrees with a replace of \\s+ on random mixes of words and white space", () => {
    const rng = createRng(16);
    const pieces = ["word", "a", " ", "  ", "\n", "\t", "\r\n", "\u00a0", "\u2003", " \n  ", "x y"];
    for (let i = 0; i < 2000; i++) {
      const length = Math.floor(rng() * 12);
      const text = Array.from({ length }, () => pieces[Math.floor(rng() * pieces.length)]).join("");
      expect(singleSpaced(text)).toBe(text.replace(/\s+/g, " "));
    }
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

describe("AuthorMemo", () => {
  it("gives back the first reference written the same way: name, ids, affiliations and group", () => {
    const memo = new AuthorMemo();
    const first = memo.share({ name: "Ada Lovelace", ids: { orcid: "0000-0001" }, affiliations: ["Analytical"] });
    expect(memo.share({ name: "Ada Lovelace", ids: { orcid: "0000-0001" }, affiliations: ["Analytical"] })).toBe(first);
    const others: AuthorRef[] = [
      { name: "Ada Lovelace" },
      { name: "Ada Lovelace", ids: { orcid: "0000-0002" }, affiliations: ["Analytical"] },
      { name: "Ada Lovelace", ids: { orcid: "0000-0001", openalex: "A1" }, affiliations: ["Analytical"] },
      { name: "Ada Lovelace", ids: { orcid: "0000-0001" }, affiliations: ["Analytical", "Royal Society"] },
      { name: "Ada Lovelace", ids: { orcid: "0000-0001" }, affiliations: ["Analytical"], group: true },
    ];
    for (const other of others) expect(memo.share(other)).toBe(other);
  });

  it("does not share references whose keys come in another order, since they serialise differently", () => {
    const memo = new AuthorMemo();
    memo.share({ name: "Ada", ids: { openalex: "A1", orcid: "0000-0001" } });
    const reordered: AuthorRef = { name: "Ada", ids: { orcid: "0000-0001", openalex: "A1" } };
    expect(memo.share(reordered)).toBe(reordered);
  });

  it("does not share a reference that already has an identity key", () => {
    const memo = new AuthorMemo();
    memo.share({ name: "Ada", key: "p1" });
    const plain: AuthorRef = { name: "Ada" };
    expect(memo.share(plain)).toBe(plain);
    expect(memo.share({ name: "Ada" })).toBe(plain);
  });

  it("remembers four variants of a name, then keeps further ones unshared", () => {
    const memo = new AuthorMemo();
    const variants = Array.from({ length: 6 }, (_, i): AuthorRef => ({ name: "Wei Wang", ids: { dblp: `p${i}` } }));
    for (const variant of variants) memo.share(variant);
    for (const variant of variants.slice(0, 4))
      expect(memo.share({ ...variant, ids: { ...variant.ids } })).toBe(variant);
    const fifth = { name: "Wei Wang", ids: { dblp: "p4" } };
    expect(memo.share(fifth)).toBe(fifth);
  });

  it("lets the OpenAlex reader give two works written with the same author one reference, equal in value", () => {
    const work = (id: number) =>
      JSON.stringify({
        id: `https://openalex.org/W${id}`,
        title: `Work ${id}`,
        authorships: [{ author: { id: "https://openalex.org/A7", display_name: "Ada Lovelace" } }],
      });
    const { papers } = readOpenAlex([work(1), work(2)].join("\n"), "works.jsonl", { referenceYear: 2026 });
    expect(papers[0]!.authors[0]).toEqual({ name: "Ada Lovelace", ids: { openalex: "A7" } });
    expect(papers[1]!.authors[0]).toBe(papers[0]!.authors[0]);
  });

  it("gives one { name } reference per name to authors written with a name alone", () => {
    const memo = new AuthorMemo();
    const ada = memo.named("Ada Lovelace");
    expect(ada).toEqual({ name: "Ada Lovelace" });
    expect(memo.named(["Ada", "Lovelace"].join(" "))).toBe(ada);
    expect(memo.named("Bob Smith")).not.toBe(ada);
  });

  it("lets the arXiv reader give two papers one author reference and one categories list, equal in value", () => {
    const paper = (id: string) =>
      JSON.stringify({
        id,
        title: `Paper ${id}`,
        categories: "cs.LG stat.ML",
        authors_parsed: [["Lovelace", "Ada", ""]],
      });
    const { papers } = readArxivJsonl([paper("0704.0001"), paper("0704.0002")].join("\n"), "a.jsonl", {
      referenceYear: 2026,
    });
    expect(papers[0]!.authors).toEqual([{ name: "Ada Lovelace" }]);
    expect(papers[1]!.authors[0]).toBe(papers[0]!.authors[0]);
    expect(papers[0]!.categories).toEqual(["cs.LG", "stat.ML"]);
    expect(papers[1]!.categories).toBe(papers[0]!.categories);
  });
});
