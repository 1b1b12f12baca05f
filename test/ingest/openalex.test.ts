import { describe, expect, it } from "vitest";
import { generateOpenAlexLines } from "../../src/cli/generated-records";
import { detectFormat, ingest, readOpenAlex, rebuildAbstract } from "../../src/ingest";
import { createRng } from "../../src/model";
import { readRealFixture } from "../real-fixtures";
import { CHUNK, MIN_CHUNKS } from "./generated-input";

const OPTIONS = { referenceYear: 2026 };
const read = (name: string) => readRealFixture(`openalex/${name}`);
const KEYPAPER = read("keypaper-page-1.json");
const CITED = read("cited-page-1.json");
const EMPTY = read("cited-page-2-empty.json");

describe("readOpenAlex on real API pages", () => {
  const cited = readOpenAlex(CITED, "cited.json", OPTIONS);

  it("reads the 15 results of a page, keeping BERT's NAACL paper, whose title is null, under its DOI", () => {
    expect(cited.papers).toHaveLength(15);
    expect(cited.diagnostics).toEqual([
      {
        severity: "warning",
        file: "cited.json",
        line: 1,
        message: "work W2963341956 has no title. It is kept, titled by its DOI (10.18653/v1/n19-1423).",
      },
    ]);
    expect(cited.papers.find((p) => p.doi === "10.18653/v1/n19-1423")).toMatchObject({
      title: "10.18653/v1/n19-1423",
      id: "doi:10.18653/v1/n19-1423",
      year: 2019,
    });
    expect(cited.papers.find((p) => p.doi === "10.18653/v1/n19-1423")!.authors.map((a) => a.name)).toEqual([
      "Jacob Devlin",
      "Ming-Wei Chang",
      "Kenton Lee",
      "Kristina Toutanova",
    ]);
  });

  it("leaves out an author whose name is a number, with a warning naming the position", () => {
    const page = JSON.parse(CITED) as { results: { title: string; authorships: Record<string, unknown>[] }[] };
    const glove = page.results.find((work) => work.title?.startsWith("Glove"))!;
    glove.authorships[1] = { ...glove.authorships[1], raw_author_name: 12345, author: { display_name: 12345 } };
    const result = readOpenAlex(JSON.stringify(page), "numbers.json", OPTIONS);
    const paper = result.papers.find((p) => p.title.startsWith("Glove"))!;
    expect(paper.authors.map((a) => a.name)).toEqual(["Jeffrey Pennington", "Christopher Manning"]);
    expect(result.diagnostics.map((d) => d.message)).toContain(
      `author 2 of "${paper.title}" has a number for a name (12345). It was left out.`,
    );
  });

  it("keeps all 82 authorships, in order, with bare OpenAlex ids, ORCIDs and institutions", () => {
    // 82 = authorships of the 15 works (Python json).
    expect(cited.papers.reduce((sum, p) => sum + p.authors.length, 0)).toBe(82);
    const glove = cited.papers.find((p) => p.title.startsWith("Glove"))!;
    expect(glove.authors).toEqual([
      { name: "Jeffrey Pennington", ids: { openalex: "A5010225522" }, affiliations: ["Stanford University"] },
      // No institution and no raw affiliation string in the record: no affiliations.
      { name: "Richard Socher", ids: { openalex: "A5059955534", orcid: "0000-0002-3577-639X" } },
      {
        name: "Christopher Manning",
        ids: { openalex: "A5046006076", orcid: "0000-0001-6155-649X" },
        affiliations: ["Stanford University"],
      },
    ]);
    expect(glove).toMatchObject({ id: "doi:10.3115/v1/d14-1162", year: 2014, citations: 32732 });
  });

  it("rebuilds abstracts from the inverted index and leaves the 2 null ones without abstract", () => {
    const glove = cited.papers.find((p) => p.title.startsWith("Glove"))!;
    expect(glove.abstract).toMatch(
      /^Recent methods for learning vector space representations of words have succeeded in capturing/,
    );
    expect(cited.papers.filter((p) => p.abstract === undefined)).toHaveLength(2);
  });

  it("reads names with diacritics as the paper wrote them, the venue, keywords and the arXiv id of a location", () => {
    const [first, second] = readOpenAlex(KEYPAPER, "key.json", OPTIONS).papers;
    expect(first!.authors[1]!.name).toBe("Michael Färber");
    expect(first).toMatchObject({ year: 2020, month: 8, day: 1 });
    expect(first!.keywords).toContain("Altmetrics");
    expect(second).toMatchObject({
      venue: "arXiv (Cornell University)",
      arxivId: "2007.14454",
      id: "doi:10.48550/arxiv.2007.14454",
    });
  });

  it("reads the empty last page as zero papers with an info diagnostic", () => {
    const result = readOpenAlex(EMPTY, "empty.json", OPTIONS);
    expect(result.papers).toEqual([]);
    expect(result.diagnostics.map((d) => d.severity)).toEqual(["info"]);
  });

  it("detects all three pages as OpenAlex, the empty one included", () => {
    expect([KEYPAPER, CITED, EMPTY].map((text) => detectFormat(text, "x.json"))).toEqual([
      "openalex",
      "openalex",
      "openalex",
    ]);
  });
});

describe("readOpenAlex on the other shapes", () => {
  const works = (JSON.parse(KEYPAPER) as { results: unknown[] }).results;

  it("reads a single work, an array of works and JSON lines alike", () => {
    const single = readOpenAlex(JSON.stringify(works[0], null, 2), "one.json", OPTIONS).papers;
    const array = readOpenAlex(JSON.stringify(works), "array.json", OPTIONS).papers;
    const lines = readOpenAlex(works.map((w) => JSON.stringify(w)).join("\n"), "works.jsonl", OPTIONS);
    expect(single.map((p) => p.id)).toEqual(["doi:10.1145/3383583.3398584"]);
    expect(array.map((p) => p.id)).toEqual(lines.papers.map((p) => p.id));
    expect(lines.papers.map((p) => p.source.line)).toEqual([1, 2]);
    expect(detectFormat(works.map((w) => JSON.stringify(w)).join("\n"), "w.jsonl")).toBe("openalex");
  });

  it("finds the line of each work in a pretty-printed page", () => {
    const pretty = JSON.stringify({ meta: {}, results: works }, null, 1);
    const lines = pretty.split("\n");
    const expected = works.map((w) => lines.findIndex((l) => l.includes((w as { id: string }).id)) + 1);
    expect(readOpenAlex(pretty, "pretty.json", OPTIONS).papers.map((p) => p.source.line)).toEqual(expected);
  });

  it("marks a work whose authorships OpenAlex truncated", () => {
    const work = { ...(works[0] as object), is_authors_truncated: true };
    expect(readOpenAlex(JSON.stringify(work), "t.json", OPTIONS).papers[0]!.authorsTruncated).toBe(true);
  });

  it("writes each word of an inverted index at every one of its positions", () => {
    expect(rebuildAbstract({ the: [0, 3], cat: [1], saw: [2], dog: [4] })).toBe("the cat saw the dog");
    expect(rebuildAbstract(null)).toBeUndefined();
  });
});

describe("readOpenAlex line numbers", () => {
  const works = generateOpenAlexLines(300)
    .split("\n")
    .map((line) => JSON.parse(line) as { id: string });
  const pretty = JSON.stringify({ meta: { count: 300 }, results: works }, null, 2);

  it("gives each work of a pretty-printed page the line of its id", () => {
    const lines = pretty.split("\n");
    const expected = works.map((work) => lines.findIndex((line) => line.includes(`"id": "${work.id}"`)) + 1);
    expect(readOpenAlex(pretty, "page.json", OPTIONS).papers.map((paper) => paper.source.line)).toEqual(expected);
  });

  it("puts every work of a page written on one line on line 1, and one whose id is written escaped on the last line found", () => {
    expect(
      new Set(readOpenAlex(JSON.stringify({ results: works }), "page.json", OPTIONS).papers.map((p) => p.source.line)),
    ).toEqual(new Set([1]));
    const escaped = pretty.replace(`"id": "${works[150]!.id}"`, `"id": "${works[150]!.id.replace(/\//g, "\\/")}"`);
    const found = readOpenAlex(escaped, "page.json", OPTIONS).papers.map((paper) => paper.source.line);
    expect(found[150]).toBe(found[149]);
    expect(found[151]).toBeGreaterThan(found[150]!);
  });
});

describe("readOpenAlex on bad input", () => {
  it("reports random bytes as one error", () => {
    const rng = createRng(5);
    const noise = Array.from({ length: 50_000 }, () => String.fromCharCode(Math.floor(rng() * 256))).join("");
    const result = readOpenAlex(noise, "noise.json", OPTIONS);
    expect(result.papers).toEqual([]);
    expect(result.diagnostics.map((d) => [d.severity, d.line])).toEqual([["error", 0]]);
  });

  it("reads the complete works of a truncated page and every line of truncated JSON lines but the cut one", () => {
    const page = readOpenAlex(CITED.slice(0, CITED.length / 2), "cut.json", OPTIONS);
    // 8 works end before the middle of cited-page-1.json (Python: json.JSONDecoder.raw_decode over `results`);
    // one of them, kept under its DOI, has no title.
    expect(page.records).toEqual({ seen: 9, read: 8, skipped: 1, merged: 0 });
    expect(page.diagnostics[0]!.message).toMatch(/^not valid JSON .*The 8 complete records of its list were read/);
    expect(page.diagnostics[1]!.message).toBe("record cut off by the end of the file. It was skipped.");
    const lines = generateOpenAlexLines(20);
    const result = readOpenAlex(lines.slice(0, lines.length - 100), "cut.jsonl", OPTIONS);
    expect(result.papers).toHaveLength(19);
    expect(result.diagnostics.map((d) => [d.severity, d.line])).toEqual([["error", 20]]);
  });

  it("reads nothing, with an error, when forced on a BibTeX file", () => {
    const bib = readRealFixture("bibtex/amos-cv.bib");
    const corpus = ingest([{ name: "cv.bib", text: bib }], { ...OPTIONS, format: "openalex" });
    expect(corpus.papers).toEqual([]);
    expect(corpus.diagnostics.map((d) => d.severity)).toEqual(["error"]);
  });

  it("survives results nested 100,000 levels deep", () => {
    const deep = `{"results":${"[".repeat(100_000)}${"]".repeat(100_000)}}`;
    const result = readOpenAlex(deep, "deep.json", OPTIONS);
    expect(result.papers).toEqual([]);
    expect(result.diagnostics.length).toBe(1);
  });

  it("reads every work of 2 MB of generated JSON lines, each from its line", () => {
    const text = generateOpenAlexLines(2_500);
    expect(text.length).toBeGreaterThan(MIN_CHUNKS * CHUNK);
    const result = readOpenAlex(text, "big.jsonl", OPTIONS);
    expect(result.diagnostics).toEqual([]);
    expect(result.papers.map((p) => p.source.line)).toEqual(Array.from({ length: 2_500 }, (_, i) => i + 1));
    expect(result.papers.map((p) => p.id)).toEqual(Array.from({ length: 2_500 }, (_, i) => `doi:10.5555/${i}`));
  });
});
