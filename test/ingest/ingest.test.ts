import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { detectFormat, formatNames, ingest } from "../../src/ingest";
import type { InputFile } from "../../src/model";
import { readRealFixture } from "../real-fixtures";

const SEED: InputFile = {
  name: "can-rager.profile.txt",
  text: readFileSync(new URL("../../data/can-rager.profile.txt", import.meta.url), "utf8"),
};
const CUT: InputFile = {
  name: "cut-block.txt",
  text: readFileSync(new URL("../fixtures/profile/cut-block.txt", import.meta.url), "utf8"),
};
const OPTIONS = { referenceYear: 2026 };
const BINARY: InputFile = { name: "photo.jpg", text: "\u00ff\u00d8\u00ff\u00e0\u0000\u0010JFIF\u0000\u0001" };

describe("detectFormat", () => {
  it("recognises the seed page as a profile, in CRLF too", () => {
    expect(detectFormat(SEED.text, SEED.name)).toBe("profile");
    expect(detectFormat(SEED.text.replace(/\n/g, "\r\n"), "page")).toBe("profile");
  });

  it("recognises a profile page by content whatever the file is called", () => {
    expect(detectFormat(CUT.text, "export.bib")).toBe("profile");
  });

  it.each(["", "  \n", BINARY.text])("recognises nothing in empty or binary text (%j)", (text) => {
    expect(detectFormat(text, "x.txt")).toBeUndefined();
  });

  // Real exports of other formats (test/fixtures/real, see its README): none may be taken for a profile page.
  it.each([
    "arxiv/atom-au-del-maestro.xml",
    "arxiv/snapshot-head-200.jsonl",
    "bibtex/amos-cv.bib",
    "bibtex/plai-group.bib",
    "dblp/person-95-7448-1.xml",
    "ieee/ieee.csv",
    "openalex/keypaper-page-1.json",
    "ris/example.ris",
    "scopus/scopus.csv",
    "semantic-scholar/Author.json",
    "wos/pandolfi-lab-tab-delimited.txt",
  ])("does not take %s for a profile page", (path) => {
    const text = readRealFixture(path);
    expect(detectFormat(text, path)).not.toBe("profile");
  });
});

describe("ingest", () => {
  it("reads the seed into a corpus with one profile, 17 papers and one file report", () => {
    const corpus = ingest([SEED], OPTIONS);
    expect(corpus.papers).toHaveLength(17);
    expect(corpus.profiles.map((p) => p.owner)).toEqual(["Can Rager"]);
    expect(corpus.diagnostics).toEqual([]);
    expect(corpus.files).toEqual([
      { file: SEED.name, format: "profile", seen: 17, read: 17, skipped: 0, merged: 0, papers: 17 },
    ]);
  });

  it("passes the reference year to the reader for dates without a year", () => {
    const years = (referenceYear: number) =>
      ingest([SEED], { referenceYear }).papers.find((p) => p.source.line === 33)!.year;
    expect([years(2025), years(2026)]).toEqual([2025, 2026]);
  });

  it("concatenates files in input order and leaves duplicate papers to the identity stage", () => {
    const corpus = ingest([SEED, CUT, SEED], OPTIONS);
    expect(corpus.papers).toHaveLength(17 + 4 + 17);
    expect(corpus.papers[17]!.source).toEqual({ file: CUT.name, line: 5 });
    expect(corpus.profiles.map((p) => p.owner)).toEqual(["Can Rager", "Ada Example", "Can Rager"]);
    expect(corpus.files.map((f) => [f.file, f.papers, f.skipped])).toEqual([
      [SEED.name, 17, 0],
      [CUT.name, 4, 1],
      [SEED.name, 17, 0],
    ]);
  });

  it("reports a binary, an empty and an unrecognised file with one diagnostic each while the others load", () => {
    const inputs = [BINARY, { name: "empty.txt", text: "" }, { name: "notes.txt", text: "hello\nworld\n" }, SEED];
    const corpus = ingest(inputs, OPTIONS);
    expect(corpus.papers).toHaveLength(17);
    expect(corpus.diagnostics.map((d) => [d.file, d.severity, d.line])).toEqual([
      ["photo.jpg", "error", 0],
      ["empty.txt", "warning", 0],
      ["notes.txt", "error", 0],
    ]);
    expect(corpus.files.map((f) => [f.format, f.papers, f.skipped])).toEqual([
      ["unknown", 0, 0],
      ["unknown", 0, 0],
      ["unknown", 0, 0],
      ["profile", 17, 0],
    ]);
  });

  it("uses a forced format instead of detection", () => {
    const corpus = ingest([{ name: "notes.txt", text: "hello\nworld\n" }], { ...OPTIONS, format: "profile" });
    expect(corpus.files[0]!.format).toBe("profile");
    expect(corpus.diagnostics[0]!.message).toContain("no paper header line");
  });

  it("names the known formats when a forced format is unknown", () => {
    const corpus = ingest([SEED], { ...OPTIONS, format: "endnote" });
    expect(corpus.papers).toEqual([]);
    expect(corpus.files).toEqual([
      { file: SEED.name, format: "endnote", seen: 0, read: 0, skipped: 0, merged: 0, papers: 0 },
    ]);
    expect(corpus.diagnostics[0]!.message).toBe(`unknown format (endnote). Use one of: ${formatNames().join(", ")}.`);
  });

  it("reports progress once per file", () => {
    const calls: [string, number, number][] = [];
    ingest([SEED, CUT], OPTIONS, (stage, done, total) => calls.push([stage, done, total]));
    expect(calls).toEqual([
      ["ingest", 1, 2],
      ["ingest", 2, 2],
    ]);
  });
});

describe("detectFormat on hostile text", () => {
  it("recognises BibTeX whose first entry holds 60,000 tabs before its key, in one pass over the head it looks at", () => {
    expect(detectFormat(`@article{${"\t".repeat(60_000)}k,\n  title = {T}\n}\n`, "tabs.bib")).toBe("bibtex");
    expect(detectFormat(`@article{${"\t".repeat(60_000)}\n`, "tabs.bib")).toBeUndefined();
  });
});
