import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { detectFormat, findReader, readRis } from "../../src/ingest";
import { generateRis } from "../../src/cli/generated-records";
import { createRng } from "../../src/model";
import type { ReadResult } from "../../src/model";
import { readRealFixture } from "../real-fixtures";
import { CHUNK, MIN_CHUNKS } from "./generated-input";

const OPTIONS = { referenceYear: 2026 };
const TEXT = readRealFixture("ris/example.ris");
const where = (result: ReadResult) => result.diagnostics.map((d) => [d.severity, d.line]);

describe("readRis on a real IEEE export (test/fixtures/real/ris/example.ris)", () => {
  const result = readRis(TEXT, "example.ris", OPTIONS);

  it("reads all 25 records from their TY lines with all 163 AU lines", () => {
    // 25 TY lines (first ones on lines 1, 27, 63, 102) and 163 AU lines, counted with Python.
    expect(result.papers).toHaveLength(25);
    expect(result.diagnostics).toEqual([]);
    expect(result.papers.slice(0, 4).map((p) => p.source.line)).toEqual([1, 27, 63, 102]);
    expect(result.papers.flatMap((p) => p.authors)).toHaveLength(163);
    expect(detectFormat(TEXT, "example.ris")).toBe("ris");
  });

  it("keeps `G. Kalbe` listed twice for the identity stage to fold into one person", () => {
    expect(result.papers[0]!.authors).toEqual([{ name: "G. Kalbe" }, { name: "G. Kalbe" }]);
  });

  it("reads title, year, venue, DOI, keywords, abstract and accented names", () => {
    const first = result.papers[0]!;
    expect([first.title, first.year, first.venue, first.id]).toEqual([
      "The European Approach to the Exascale Challenge",
      2019,
      "Computing in Science & Engineering",
      "doi:10.1109/mcse.2018.2884139",
    ]);
    expect(first.keywords).toHaveLength(6);
    expect(first.abstract).toMatch(/^An integrated European exascale/);
    expect(result.papers[1]!.authors.map((a) => a.name)).toContain("B. Somosköi");
  });
});

describe("readRis on hand-made edge cases (test/fixtures/ris/zotero-edge.ris)", () => {
  const result = readRis(
    readFileSync(join(import.meta.dirname, "../fixtures/ris/zotero-edge.ris"), "utf8"),
    "edge.ris",
    OPTIONS,
  );

  it("joins wrapped lines, reads AU and A1 in order and takes the arXiv id from an arXiv link", () => {
    const first = result.papers[0]!;
    expect(first.authors.map((a) => a.name)).toEqual(["Lovelace, Ada", "Turing, Alan"]);
    expect(first.abstract).toBe("First line of a wrapped abstract, continued here.");
    expect([first.year, first.arxivId, first.id]).toEqual([1843, "2101.00001", "arxiv:2101.00001"]);
  });

  it("reports text before the first record, an untitled record and a record cut before ER on their lines", () => {
    expect(result.papers.map((p) => p.title)).toEqual(["Notes on the analytical engine", "Cut before ER"]);
    expect(where(result)).toEqual([
      ["warning", 1],
      ["warning", 17],
      ["error", 12],
    ]);
  });
});

describe("readRis on garbage", () => {
  it("reports random bytes and a forced BibTeX file each as one error", () => {
    const rng = createRng(13);
    const bytes = Array.from({ length: 10000 }, () => String.fromCharCode(Math.floor(rng() * 256))).join("");
    expect(where(readRis(bytes, "r.ris", OPTIONS))).toEqual([["error", 0]]);
    const bib = readRealFixture("bibtex/plai-group.bib");
    expect(where(findReader("ris")!.read(bib, "x.bib", OPTIONS))).toEqual([["error", 0]]);
  });

  it("reads a file cut inside a record up to the cut, with a warning on that record", () => {
    const cut = readRis(TEXT.slice(0, TEXT.indexOf("AU  - M. Bobák") + 5), "cut.ris", OPTIONS);
    expect(cut.papers.map((p) => p.authors.length)).toEqual([2, 0]);
    expect(where(cut)).toEqual([["warning", 27]]);
  });

  it("reads every record of a generated 2 MB file, each from its TY line", () => {
    const text = generateRis(4_000);
    expect(text.length).toBeGreaterThan(MIN_CHUNKS * CHUNK);
    const result = readRis(text, "big.ris", OPTIONS);
    expect(result.diagnostics).toEqual([]);
    expect(result.papers.map((p) => p.source.line)).toEqual(Array.from({ length: 4_000 }, (_, i) => 8 * i + 1));
    expect(result.papers.map((p) => p.authors.length)).toEqual(Array(4_000).fill(2));
  });
});
