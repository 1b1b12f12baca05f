import { describe, expect, it } from "vitest";
import { detectFormat, findReader, readIeee } from "../../src/ingest";
import { createRng } from "../../src/model";
import type { ReadResult } from "../../src/model";
import { readRealFixture } from "../real-fixtures";

const OPTIONS = { referenceYear: 2026 };
const TEXT = readRealFixture("ieee/ieee.csv");
const where = (result: ReadResult) => result.diagnostics.map((d) => [d.severity, d.line]);

describe("readIeee on a real export (test/fixtures/real/ieee/ieee.csv)", () => {
  const result = readIeee(TEXT, "ieee.csv", OPTIONS);

  it("reads all 10 papers with 86 authors, split at `;` and kept as written", () => {
    // 10 rows and 86 names (Python csv.reader, Authors split on "; ").
    expect(result.papers).toHaveLength(10);
    expect(result.diagnostics).toEqual([]);
    expect(result.papers.flatMap((p) => p.authors)).toHaveLength(86);
    // `Author Affiliations` holds one entry per author here, so each author gets theirs.
    expect(result.papers[0]!.authors).toEqual([
      { name: "P. Kogge", affiliations: ["University of Notre Dame"] },
      { name: "J. Shalf", affiliations: ["Lawrence Berkeley National Laboratory"] },
    ]);
    expect(detectFormat(TEXT, "ieee.csv")).toBe("ieee");
  });

  it("unescapes doubled quotes in titles and reads year, venue, DOI and citations", () => {
    const first = result.papers[0]!;
    expect(first.title).toBe('Exascale Computing Trends: Adjusting to the "New Normal"\' for Computer Architecture');
    expect([first.year, first.venue, first.id, first.citations]).toEqual([
      2013,
      "Computing in Science & Engineering",
      "doi:10.1109/mcse.2013.95",
      51,
    ]);
  });

  it("keeps names with hyphenated initials, accents and apostrophes whole", () => {
    const names = result.papers.flatMap((p) => p.authors.map((a) => a.name));
    for (const name of ["J. -P. Nominé", "A. -C. Orgerie", "E. F. D'Azevedo"]) expect(names).toContain(name);
  });
});

describe("readIeee on garbage", () => {
  it("reports random bytes and a forced BibTeX file each as one error", () => {
    const rng = createRng(5);
    const bytes = Array.from({ length: 10000 }, () => String.fromCharCode(Math.floor(rng() * 256))).join("");
    expect(where(readIeee(bytes, "r.csv", OPTIONS))).toEqual([["error", 0]]);
    const bib = readRealFixture("bibtex/amos-cv.bib");
    expect(where(findReader("ieee")!.read(bib, "x.bib", OPTIONS))).toEqual([["error", 0]]);
  });

  it("reads the rows before a truncation and reports the cut row", () => {
    const cut = readIeee(TEXT.slice(0, TEXT.indexOf("Tracking Performance Portabili") + 300), "cut.csv", OPTIONS);
    expect(cut.papers).toHaveLength(2);
    expect(cut.diagnostics.map((d) => d.severity)).toEqual(["error"]);
  });
});
