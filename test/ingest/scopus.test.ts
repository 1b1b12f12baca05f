import { describe, expect, it } from "vitest";
import { detectFormat, findReader, readScopus } from "../../src/ingest";
import { createRng } from "../../src/model";
import type { ReadResult } from "../../src/model";
import { readRealFixture } from "../real-fixtures";

const OPTIONS = { referenceYear: 2026 };
const TEXT = readRealFixture("scopus/scopus.csv");
const where = (result: ReadResult) => result.diagnostics.map((d) => [d.severity, d.line]);

describe("readScopus on a real export (test/fixtures/real/scopus/scopus.csv)", () => {
  const result = readScopus(TEXT, "scopus.csv", OPTIONS);

  it("reads all 10 rows, each from the line it starts on, quoted line breaks counted", () => {
    // 10 rows and their first lines from Python's csv.reader (line_num before each row + 1).
    expect(result.papers).toHaveLength(10);
    // The row of `[No author name available]` (line 13) is kept, and said to have no authors; the rows from line
    // 4 on have 46 cells under a 45-cell header (Python's csv.reader: a PubMed ID column the header lacks).
    expect(result.diagnostics.map((d) => [d.severity, d.line])).toEqual([
      ["warning", 4],
      ["warning", 6],
      ["warning", 7],
      ["warning", 8],
      ["warning", 9],
      ["warning", 11],
      ["warning", 13],
      ["warning", 13],
      ["warning", 14],
    ]);
    expect(result.diagnostics[0]!.message).toBe(
      "row has 46 cells where the header has 45 (a stray quote or delimiter?): its fields may be shifted.",
    );
    expect(result.papers.map((p) => p.source.line)).toEqual([2, 3, 4, 6, 7, 8, 9, 11, 13, 14]);
    expect(detectFormat(TEXT, "scopus.csv")).toBe("scopus");
  });

  it("writes `Phillips J.C.` as `Phillips, J.C.` and pairs each author with their Scopus id and affiliation in order", () => {
    const first = result.papers[0]!;
    const beckman = "Beckman Institute, University of Illinois at Urbana-Champaign, Urbana, IL 61801, United States";
    expect(first.authors.slice(0, 2)).toEqual([
      { name: "Phillips, J.C.", ids: { scopus: "57202138757" }, affiliations: [beckman] },
      { name: "Braun, R.", ids: { scopus: "7402220509" }, affiliations: [beckman] },
    ]);
    expect(first.authors[8]).toMatchObject({ name: "Kalé, L.", ids: { scopus: "7005862685" } });
    // 47 authors: 48 entries in the Authors column (Python: split on ", ") less 1 "[No author name available]".
    const authors = result.papers.flatMap((p) => p.authors);
    expect(authors).toHaveLength(47);
    expect(result.papers.filter((p) => p.authors.length === 0).map((p) => p.source.line)).toEqual([13]);
    expect(authors.every((a) => a.ids?.scopus)).toBe(true);
  });

  it("reads title, year, venue, DOI, keywords and citation count", () => {
    const first = result.papers[0]!;
    expect([first.title, first.year, first.venue, first.id, first.citations]).toEqual([
      "Scalable molecular dynamics with NAMD",
      2005,
      "Journal of Computational Chemistry",
      "doi:10.1002/jcc.20289",
      13169,
    ]);
    expect(first.keywords).toEqual(["Biomolecular simulation", "Molecular dynamics", "Parallel computing"]);
  });

  it("drops ids that cannot be paired with names, with a warning on the row", () => {
    const header = TEXT.split("\n", 1)[0];
    // The header's 45 cells: five filled, the EID last.
    const row = [
      '"Doe J., Roe R."',
      '"111;"',
      '"A paper"',
      "2020",
      '"Venue"',
      ...Array<string>(39).fill(""),
      '"2-s2.0-1"',
    ].join(",");
    const mismatch = readScopus(`${header}\n${row}\n`, "m.csv", OPTIONS);
    expect(mismatch.papers[0]!.authors).toEqual([{ name: "Doe, J." }, { name: "Roe, R." }]);
    expect(where(mismatch)).toEqual([["warning", 2]]);
  });
});

describe("readScopus on garbage", () => {
  it("reports random bytes, a forced RIS file and a cut quoted cell each as one error", () => {
    const rng = createRng(3);
    const bytes = Array.from({ length: 10000 }, () => String.fromCharCode(Math.floor(rng() * 256))).join("");
    expect(where(readScopus(bytes, "r.csv", OPTIONS))).toEqual([["error", 0]]);
    const ris = readRealFixture("ris/example.ris");
    expect(where(findReader("scopus")!.read(ris, "x.ris", OPTIONS))).toEqual([["error", 0]]);
    const cut = readScopus(TEXT.slice(0, TEXT.indexOf("Scalable molecular") + 200), "cut.csv", OPTIONS);
    expect(cut.papers).toEqual([]);
    expect(where(cut)).toEqual([["error", 2]]);
  });
});
