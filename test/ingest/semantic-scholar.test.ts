import { describe, expect, it } from "vitest";
import { detectFormat, ingest, readSemanticScholar } from "../../src/ingest";
import { createRng } from "../../src/model";
import { readRealFixture } from "../real-fixtures";

const OPTIONS = { referenceYear: 2026 };
const AUTHOR = readRealFixture("semantic-scholar/Author.json");
const NULLS = readRealFixture("semantic-scholar/PaperWithNullValues.json");

const paper = (id: string, title: string | null, authors: unknown = [{ authorId: "1", name: "Ada Lovelace" }]) => ({
  paperId: id,
  title,
  authors,
  year: 2020,
});

describe("readSemanticScholar on real API answers", () => {
  const author = readSemanticScholar(AUTHOR, "author.json", OPTIONS);

  it("reads the author's 60 papers and makes the author a profile with the stats the API gives", () => {
    expect(author.papers).toHaveLength(60);
    expect(author.diagnostics).toEqual([]);
    expect(author.profiles).toEqual([
      { owner: "A. Turing", paperCount: 60, citations: 12415, hIndex: 23, source: { file: "author.json", line: 1 } },
    ]);
  });

  it("keeps the owner on every paper with their authorId, and coauthors with theirs", () => {
    expect(author.papers.every((p) => p.authors.some((a) => a.ids?.semanticScholar === "2262347"))).toBe(true);
    const names = new Set(author.papers.flatMap((p) => p.authors.map((a) => a.name)));
    expect(names.size).toBe(75);
    expect(names).toContain("D. Knuth");
  });

  it("takes the DOI, the publication date and fields of study as keywords", () => {
    const logic = author.papers.find((p) => p.title === "Systems of Logic Based on Ordinals")!;
    expect(logic).toMatchObject({
      id: "doi:10.1016/b978-044450423-4/50007-3",
      year: 2012,
      month: 12,
      day: 31,
      keywords: ["Computer Science", "Mathematics"],
      citations: 328,
    });
  });

  it("reads null lists as empty with a warning, and skips a paper without title with an error", () => {
    const result = readSemanticScholar(NULLS, "nulls.json", OPTIONS);
    expect(result.papers).toEqual([]);
    expect(result.diagnostics.map((d) => [d.severity, d.line, d.message.split(" ").slice(0, 3).join(" ")])).toEqual([
      ["warning", 2, "authors is null"],
      ["error", 2, "paper 2d5673caa9e6af3a7b82a43f19ee920992db07ad has"],
    ]);
  });

  it("detects both files by content", () => {
    expect([detectFormat(AUTHOR, "a.json"), detectFormat(NULLS, "p.json")]).toEqual([
      "semantic-scholar",
      "semantic-scholar",
    ]);
  });
});

describe("readSemanticScholar on pages and batches", () => {
  it("reads a {data, next} page of papers, unwrapping citingPaper and citedPaper", () => {
    const page = {
      offset: 0,
      next: 3,
      data: [paper("p1", "One"), { citingPaper: paper("p2", "Two") }, { citedPaper: paper("p3", "Three") }],
    };
    const text = JSON.stringify(page, null, 2);
    const result = readSemanticScholar(text, "page.json", OPTIONS);
    expect(result.papers.map((p) => p.title)).toEqual(["One", "Two", "Three"]);
    const lineOf = (id: string) => text.split("\n").findIndex((line) => line.includes(`"paperId": "${id}"`)) + 1;
    expect(result.papers.map((p) => p.source.line)).toEqual(["p1", "p2", "p3"].map(lineOf));
  });

  it("reads a batch array, reporting the null an unknown id leaves", () => {
    const result = readSemanticScholar(JSON.stringify([paper("p1", "One"), null]), "batch.json", OPTIONS);
    expect(result.papers).toHaveLength(1);
    expect(result.diagnostics[0]!.message).toMatch(/^record is null/);
  });

  it("reads a null data list as an empty page with a warning", () => {
    const result = readSemanticScholar(JSON.stringify({ data: null, next: null }), "nulls.json", OPTIONS);
    expect(result.diagnostics.map((d) => d.severity)).toEqual(["warning", "info"]);
  });

  it("takes DOI and arXiv ids from externalIds and the venue from journal when venue is empty", () => {
    const record = {
      ...paper("p1", "One"),
      venue: "",
      journal: { name: "Mind" },
      externalIds: { ArXiv: "2101.00001" },
    };
    expect(readSemanticScholar(JSON.stringify(record), "p.json", OPTIONS).papers[0]).toMatchObject({
      id: "arxiv:2101.00001",
      venue: "Mind",
    });
  });
});

describe("readSemanticScholar on a paper with its citations and references (Paper-turing-1000-citations.json)", () => {
  const TURING = readRealFixture("semantic-scholar/Paper-turing-1000-citations.json");

  it("reads the 1,000 citing and 14 cited papers, with their authors, as papers of the corpus", () => {
    const result = readSemanticScholar(TURING, "paper.json", OPTIONS);
    expect(result.records).toEqual({ seen: 1015, read: 1015, skipped: 0, merged: 0 });
    // 1 author of the outer paper + 3,398 of the nested ones (Python: sum of len(p["authors"])).
    expect(result.papers.reduce((sum, paper) => sum + paper.authors.length, 0)).toBe(3399);
    expect(result.papers[0]!.title).toBe("Computing Machinery and Intelligence");
    expect(result.papers[1]!.authors[0]!.ids?.semanticScholar).toMatch(/^\d+$/);
  });

  it("leaves them out when asked, saying how many", () => {
    const result = readSemanticScholar(TURING, "paper.json", { ...OPTIONS, s2Nested: "ignore" });
    expect(result.records).toEqual({ seen: 1015, read: 1, skipped: 1014, merged: 0 });
    expect(result.diagnostics.map((d) => d.message)).toEqual([
      "1000 papers citing it (citations) were left out, as --s2-nested ignore asks. --s2-nested include reads them.",
      "14 papers it cites (references) were left out, as --s2-nested ignore asks. --s2-nested include reads them.",
    ]);
  });
});

describe("readSemanticScholar on bad input", () => {
  it("reports random bytes as one error", () => {
    const rng = createRng(11);
    const noise = Array.from({ length: 50_000 }, () => String.fromCharCode(Math.floor(rng() * 256))).join("");
    expect(readSemanticScholar(noise, "noise", OPTIONS).diagnostics.map((d) => [d.severity, d.line])).toEqual([
      ["error", 0],
    ]);
  });

  it("reads the complete papers of a truncated author page and skips the one the cut went through", () => {
    const result = readSemanticScholar(AUTHOR.slice(0, 50_000), "cut.json", OPTIONS);
    // Papers whose closing brace lies before character 50,000 of Author.json (Python: json.JSONDecoder.raw_decode).
    expect(result.records).toEqual({ seen: 36, read: 35, skipped: 1, merged: 0 });
    const whole = JSON.parse(AUTHOR) as { papers: { title: string }[] };
    expect(result.papers[0]!.title).toBe(whole.papers[0]!.title);
    expect(result.diagnostics.map((d) => [d.severity, d.line])).toEqual([
      ["error", 0],
      ["error", 1],
    ]);
    expect(result.diagnostics[0]!.message).toMatch(/^not valid JSON .*The 35 complete records of its list were read/);
  });

  it("reads nothing, with an error, when forced on an OpenAlex page", () => {
    const openalex = readRealFixture("openalex/keypaper-page-1.json");
    const corpus = ingest([{ name: "page.json", text: openalex }], { ...OPTIONS, format: "semantic-scholar" });
    expect(corpus.papers).toEqual([]);
    expect(corpus.diagnostics.some((d) => d.severity === "error")).toBe(true);
  });

  it("survives data nested 100,000 levels deep", () => {
    const deep = `{"data":${"[".repeat(100_000)}${"]".repeat(100_000)}}`;
    const result = readSemanticScholar(deep, "deep.json", OPTIONS);
    expect(result.papers).toEqual([]);
    expect(result.diagnostics.map((d) => d.severity)).toEqual(["error"]);
  });
});
