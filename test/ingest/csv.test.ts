import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readRealFixture } from "../real-fixtures";
import { detectFormat, findReader, ingest, readCsv, sniffCsv } from "../../src/ingest";
import { generateCsv } from "../../src/cli/generated-records";
import { createRng } from "../../src/model";
import type { ReadResult } from "../../src/model";
import { CHUNK, MIN_CHUNKS } from "./generated-input";

const OPTIONS = { referenceYear: 2026 };
const fixture = (name: string) => readFileSync(join(import.meta.dirname, "../fixtures/csv", name), "utf8");
const where = (result: ReadResult) => result.diagnostics.map((d) => [d.severity, d.line]);

describe("readCsv on a generic table", () => {
  it("reads a TSV with quoted multi-line cells, `;`-separated authors and categories", () => {
    const result = readCsv(fixture("papers.tsv"), "papers.tsv", OPTIONS);
    expect(result.diagnostics).toEqual([]);
    const [first, second] = result.papers;
    expect(first!.authors.map((a) => a.name)).toEqual(["Ada Lovelace", "Alan Turing"]);
    expect([first!.year, first!.venue, first!.doi, first!.id, first!.categories]).toEqual([
      2020,
      "NeurIPS",
      "10.1/ABC",
      "doi:10.1/abc",
      ["cs.LG", "cs.AI"],
    ]);
    expect(first!.abstract).toBe('An abstract "quoted"\nover two lines');
    expect(second!.source.line).toBe(4);
  });

  it("maps other header names through the columns option and marks `et al.` as a cut list", () => {
    const columns = { title: "Paper", authors: "Who", year: "When", venue: "Where", keywords: "Tags" };
    const result = readCsv(fixture("mapped-columns.csv"), "mapped.csv", { ...OPTIONS, columns });
    expect(result.papers.map((p) => p.title)).toEqual(["Graphs of coauthors; a survey", "A second paper"]);
    expect(result.papers[0]!.authorsTruncated).toBe(true);
    expect(result.papers[0]!.keywords).toEqual(["graphs", "networks"]);
    expect(where(result)).toEqual([["error", 3]]);
  });

  it("reports a header without a title column as one whole-file error", () => {
    const result = readCsv(fixture("mapped-columns.csv"), "mapped.csv", OPTIONS);
    expect(result.papers).toEqual([]);
    expect(where(result)).toEqual([["error", 0]]);
  });

  it("is detected by its header and not mistaken for a Scopus or IEEE export", () => {
    expect(sniffCsv(fixture("papers.tsv"))).toBe(true);
    expect(detectFormat(fixture("papers.tsv"), "papers.tsv")).toBe("csv");
    expect(sniffCsv("name,age\nAda,36\n")).toBe(false);
  });
});

describe("readCsv on garbage", () => {
  it("reports random bytes as one whole-file error", () => {
    const rng = createRng(11);
    const bytes = Array.from({ length: 20000 }, () => String.fromCharCode(Math.floor(rng() * 256))).join("");
    expect(where(readCsv(bytes, "random.csv", OPTIONS))).toEqual([["error", 0]]);
  });

  it("reads the rows before a cut inside a quoted cell and reports the cut on its line", () => {
    const text = fixture("papers.tsv");
    const result = readCsv(text.slice(0, text.indexOf("over two")), "cut.tsv", OPTIONS);
    expect(result.papers).toEqual([]);
    expect(where(result)).toEqual([["error", 2]]);
  });

  it("reports BibTeX forced on it as a file without a title column", () => {
    const result = findReader("csv")!.read("@article{a, title = {T}, author = {A B}}\n", "a.bib", OPTIONS);
    expect(where(result)).toEqual([["error", 0]]);
  });

  it("reads every row of a generated 2 MB table, each from its line, quoted commas kept in the title", () => {
    const text = generateCsv(8_000);
    expect(text.length).toBeGreaterThan(MIN_CHUNKS * CHUNK);
    const result = readCsv(text, "big.csv", OPTIONS);
    expect(result.diagnostics).toEqual([]);
    expect(result.papers.map((p) => p.source.line)).toEqual(Array.from({ length: 8_000 }, (_, i) => i + 2));
    expect(result.papers.map((p) => p.title)).toEqual(Array.from({ length: 8_000 }, (_, i) => `Paper ${i}, on graphs`));
  });
});

describe("readCsv column mapping", () => {
  it("reports a mapping that names an unknown field and still reads the table", () => {
    const text = "Title,Authors,Year\nA paper,Ann Lee; Bob Ray,2020\n";
    const result = readCsv(text, "t.csv", { referenceYear: 2026, columns: { titel: "Title" } });
    expect(result.papers).toHaveLength(1);
    expect(result.diagnostics[0]).toMatchObject({ severity: "error", line: 0 });
    expect(result.diagnostics[0]!.message).toContain("unknown field (titel)");
  });

  it.each(["toString", "__proto__", "constructor"])(
    "takes %s, a name every object has, for an unknown field",
    (field) => {
      const text = "Title,Authors,Year\nA paper,Ann Lee; Bob Ray,2020\n";
      const result = readCsv(text, "t.csv", { referenceYear: 2026, columns: Object.fromEntries([[field, "Year"]]) });
      expect(result.papers.map((paper) => paper.title)).toEqual(["A paper"]);
      expect(result.diagnostics.map((item) => item.message)).toEqual([
        `the column mapping names an unknown field (${field}). ` +
          "Use one of title, authors, year, venue, doi, categories, keywords, abstract, arxiv, citations.",
      ]);
    },
  );
});

describe("readCsv and a stray quote", () => {
  it("skips the row a stray quote ran over the next lines and reads those lines as the records they are", () => {
    const rows = Array.from({ length: 10 }, (_, k) => `Paper ${k},Author ${k},2020`);
    const text = [
      "title,authors,year",
      '"A broken title,Ann Lee,2020',
      ...rows,
      '"Quoted title",Bob Ray,2021',
      "",
    ].join("\n");
    const result = readCsv(text, "stray.csv", { referenceYear: 2026 });
    expect(result.papers.map((paper) => [paper.source.line, paper.title])).toEqual([
      ...rows.map((_, k) => [k + 3, `Paper ${k}`]),
      [13, "Quoted title"],
    ]);
    expect(result.records).toEqual({ seen: 12, read: 11, skipped: 1, merged: 0 });
    expect(result.diagnostics.map((d) => [d.severity, d.line, d.message])).toEqual([
      [
        "error",
        2,
        "a quote opened in this row is not closed on its line (a stray quote?) and swallowed the line after it. " +
          "The row was skipped; reading resumed at line 3.",
      ],
    ]);
  });

  it("resynchronises a real Springer export re-saved without quotes, where one title gained a quote", () => {
    const text = readRealFixture("springer/cna-second-search-all-excerpt.csv").replace(
      "\nBig Data in Bioeconomy,",
      '\n"Big Data in Bioeconomy,',
    );
    const corpus = ingest([{ name: "cna.csv", text }], { referenceYear: 2026 });
    expect(corpus.files[0]).toMatchObject({ format: "springer", seen: 5, read: 4, skipped: 1 });
    expect(corpus.papers.map((paper) => paper.source.line)).toEqual([3, 4, 5, 6]);
  });

  it("keeps a row whose quoted abstract spans lines and whose cells are right", () => {
    const text =
      'title,authors,abstract\nA paper,Ann Lee,"first line, with a comma,\nsecond, line"\nNext,Bob Ray,short\n';
    const result = readCsv(text, "multi.csv", { referenceYear: 2026 });
    expect(result.papers.map((paper) => [paper.source.line, paper.abstract])).toEqual([
      [2, "first line, with a comma,\nsecond, line"],
      [4, "short"],
    ]);
    expect(result.diagnostics).toEqual([]);
  });
});
