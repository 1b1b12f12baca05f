import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { detectFormat, findReader, readWos } from "../../src/ingest";
import { createRng } from "../../src/model";
import type { ReadResult } from "../../src/model";
import { readRealFixture } from "../real-fixtures";

const OPTIONS = { referenceYear: 2026 };
const TEXT = readRealFixture("wos/pandolfi-lab-tab-delimited.txt");
const where = (result: ReadResult) => result.diagnostics.map((d) => [d.severity, d.line]);

describe("readWos on a real tab-delimited export (test/fixtures/real/wos/pandolfi-lab-tab-delimited.txt)", () => {
  const result = readWos(TEXT, "wos.txt", OPTIONS);

  it("reads all 65 records of the BOM-prefixed CRLF file, one per line", () => {
    // 66 CRLF-terminated lines: the tag header and 65 records (Python str.split("\r\n")).
    expect(result.papers).toHaveLength(65);
    expect(result.diagnostics).toEqual([]);
    expect(result.papers.map((p) => p.source.line)).toEqual(Array.from({ length: 65 }, (_, i) => i + 2));
    expect(detectFormat(TEXT, "savedrecs.txt")).toBe("wos");
  });

  it("prefers full names (AF) over abbreviations (AU) and attaches ORCIDs from OI and addresses from C1", () => {
    const first = result.papers[0]!;
    expect(first.authors[0]).toEqual({
      name: "Hammerman, Nicholas M.",
      affiliations: [
        "Univ Queensland, Sch Biol Sci, Brisbane, Qld 4072, Australia",
        "Univ Queensland, Australian Res Council Ctr Excellence Coral Reef, Brisbane, Qld 4072, Australia",
      ],
    });
    expect(first.authors.find((author) => author.name === "Duarte, Carlos M.")).toMatchObject({
      ids: { orcid: "0000-0002-1213-1361" },
      affiliations: [expect.stringMatching(/^King Abdullah Univ Sci & Technol, Red Sea Res Ctr/), expect.any(String)],
    });
    expect([first.year, first.month, first.venue, first.id]).toEqual([
      2021,
      12,
      "MARINE BIOLOGY",
      "doi:10.1007/s00227-021-03984-y",
    ]);
  });

  it("adds the group author (CA) after the people, and keeps ALL-CAPS older names as written", () => {
    const group = result.papers.filter((p) => p.authors.some((a) => a.name === "Diversity Indopacific Network"));
    expect(group.map((p) => p.source.line)).toEqual([31]);
    expect(group[0]!.authors.at(-1)).toEqual({ name: "Diversity Indopacific Network", group: true });
    const names = result.papers.flatMap((p) => p.authors.map((a) => a.name));
    expect(names).toContain("PANDOLFI, JM");
    // Line 32: a different person with the lab head's family and first name, kept as written for identity.
    expect(names).toContain("Pandolfi, John E.");
  });
});

describe("readWos on a plain-text export (test/fixtures/wos/plain-text.txt)", () => {
  const result = readWos(
    readFileSync(join(import.meta.dirname, "../fixtures/wos/plain-text.txt"), "utf8"),
    "plain.txt",
    OPTIONS,
  );

  it("reads continuation lines as more authors or more title, with ORCIDs and dates", () => {
    const first = result.papers[0]!;
    expect(first.title).toBe("Coral reefs in the long run");
    expect(first.authors).toEqual([
      { name: "Pandolfi, John M." },
      { name: "Lovelace, Ada", ids: { orcid: "0000-0002-1825-0097" } },
    ]);
    expect([first.year, first.month, first.id]).toEqual([2020, 3, "doi:10.1000/wos.1"]);
  });

  it("reports an untitled record and a record cut before ER on their lines", () => {
    expect(result.papers.map((p) => p.title)).toEqual(["Coral reefs in the long run", "Cut before ER"]);
    expect(where(result)).toEqual([
      ["warning", 22],
      ["error", 17],
    ]);
  });
});

describe("readWos on garbage", () => {
  it("reports random bytes and a forced BibTeX file each as one error", () => {
    const rng = createRng(17);
    const bytes = Array.from({ length: 10000 }, () => String.fromCharCode(Math.floor(rng() * 256))).join("");
    expect(where(readWos(bytes, "r.txt", OPTIONS))).toEqual([["error", 0]]);
    const bib = readRealFixture("bibtex/amos-cv.bib");
    expect(where(findReader("wos")!.read(bib, "x.bib", OPTIONS))).toEqual([["error", 0]]);
  });

  it("skips a record cut in the middle of its line with an error on that line, and keeps the records before it", () => {
    const cut = readWos(TEXT.slice(0, TEXT.indexOf("Chong-Montenegro, Carolina; Thurstan") + 10), "cut.txt", OPTIONS);
    expect(cut.papers).toHaveLength(1);
    expect(where(cut)).toEqual([["error", 3]]);
  });
});

describe("readWos addresses (C1)", () => {
  const record = (c1: string) =>
    [
      "FN Clarivate",
      "VR 1.0",
      "PT J",
      "AU Roe, J",
      "   Doe, A",
      "AF Roe, Jane",
      "   Doe, Ann",
      "TI A title",
      `C1 ${c1}`,
      "PY 2020",
      "ER",
    ].join("\n");

  it("gives each bracketed name its address, and no one an address without names", () => {
    const [paper] = readWos(record("[Roe, Jane] Univ A, Dept X, City; Univ B, Dept Y"), "c1.txt", OPTIONS).papers;
    expect(paper!.authors).toEqual([
      { name: "Roe, Jane", affiliations: ["Univ A, Dept X, City; Univ B, Dept Y"] },
      { name: "Doe, Ann" },
    ]);
  });

  it("reads an unclosed bracket and a million separators without losing the record", () => {
    const hostile = `[Roe, Jane] Univ A${";".repeat(1_000_000)} [Doe, Ann`;
    const { papers, diagnostics } = readWos(record(hostile), "c1.txt", OPTIONS);
    expect(papers[0]!.authors[0]).toEqual({ name: "Roe, Jane", affiliations: ["Univ A"] });
    expect(papers[0]!.authors[1]).toEqual({ name: "Doe, Ann" });
    expect(diagnostics).toEqual([]);
  });
});
