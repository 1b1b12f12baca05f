import { describe, expect, it } from "vitest";
import { generateArxivLines } from "../../src/cli/generated-records";
import { detectFormat, findReader, ingest, readArxivAtom, readArxivJson, readArxivJsonl } from "../../src/ingest";
import { createRng } from "../../src/model";
import { readRealFixture } from "../real-fixtures";
import { CHUNK, MIN_CHUNKS } from "./generated-input";

const OPTIONS = { referenceYear: 2026 };
const AUTHOR_FEED = readRealFixture("arxiv/atom-au-del-maestro.xml");
const ID_FEED = readRealFixture("arxiv/atom-id-list.xml");
const SNAPSHOT = readRealFixture("arxiv/snapshot-head-200.jsonl");

const randomText = (length: number, seed: number) => {
  const rng = createRng(seed);
  return Array.from({ length }, () => String.fromCharCode(Math.floor(rng() * 256))).join("");
};

describe("readArxivAtom on real API feeds", () => {
  const feed = readArxivAtom(AUTHOR_FEED, "au.xml", OPTIONS);

  it("reads the 10 entries of the author query and ignores the feed's own title", () => {
    expect(feed.papers).toHaveLength(10);
    expect(feed.diagnostics).toEqual([]);
    expect(feed.papers.map((p) => p.title)).not.toContain(expect.stringContaining("ArXiv Query"));
  });

  it("keeps both spellings of Adrian Del Maestro as written (6 full, 4 abbreviated) for the identity stage", () => {
    const names = feed.papers.flatMap((p) => p.authors.map((a) => a.name));
    expect(names.filter((n) => n === "Adrian Del Maestro")).toHaveLength(6);
    expect(names.filter((n) => n === "A. Del Maestro")).toHaveLength(4);
  });

  it("reads id, dates, primary category first, DOI, journal reference and a title wrapped over two lines", () => {
    const [paper] = readArxivAtom(ID_FEED, "id.xml", OPTIONS).papers;
    expect(paper).toMatchObject({
      id: "doi:10.1103/physrevb.85.115117",
      arxivId: "1111.2011v2",
      title: "Quantum Criticality for Extended Nodes on a Bethe Lattice in the Large Connectivity Limit",
      year: 2011,
      month: 11,
      day: 8,
      categories: ["cond-mat.str-el", "cond-mat.stat-mech"],
      venue: "Phys. Rev. B 85, 115117 (2012)",
      source: { file: "id.xml", line: 10 },
    });
    expect(paper!.authors.map((a) => a.name)).toEqual(["James M. Murray", "Adrian Del Maestro", "Zlatko Tesanovic"]);
  });

  it("turns the API's error entry into a diagnostic", () => {
    const error =
      '<feed xmlns="http://www.w3.org/2005/Atom"><entry>' +
      "<id>http://arxiv.org/api/errors#incorrect_id_format_for_1234</id>" +
      "<title>Error</title><summary>incorrect id format for 1234</summary></entry></feed>";
    const result = readArxivAtom(error, "err.xml", OPTIONS);
    expect(result.papers).toEqual([]);
    expect(result.diagnostics[0]!.message).toContain("incorrect id format for 1234");
  });

  it("is detected by content", () => {
    expect(detectFormat(AUTHOR_FEED, "feed.txt")).toBe("arxiv-atom");
  });
});

describe("readArxivJson on API answers saved as JSON (api-json-testing-*.json)", () => {
  const ANSWER = readRealFixture("arxiv/api-json-testing-100.json");
  const result = readArxivJson(ANSWER, "answer.json", OPTIONS);
  const names = result.papers.flatMap((paper) => paper.authors.map((author) => author.name));

  it("is told from a bare feed and reads all 100 entries of the feed inside", () => {
    expect(detectFormat(ANSWER, "answer.json")).toBe("arxiv-json");
    expect(detectFormat(AUTHOR_FEED, "feed.json")).toBe("arxiv-atom");
    expect(result.records).toEqual({ seen: 100, read: 100, skipped: 0, merged: 0 });
    expect(result.papers[0]).toMatchObject({ arxivId: "2202.12139v1", categories: ["cs.SE", "cs.LG"] });
  });

  it("repairs names whose UTF-8 was decoded as Latin-1 before saving, and says how many letters it repaired", () => {
    expect(names).toEqual(
      expect.arrayContaining(["Aurora Ramírez", "José Raúl Romero", "Katharina Götz", "Lasse Møldrup"]),
    );
    expect(names.filter((name) => /[ÃÅ]/.test(name))).toEqual([]);
    expect(result.diagnostics.map((d) => [d.severity, d.message])).toEqual([
      ["info", "the Atom feed in field body was read; its diagnostics give the feed's lines."],
      [
        "warning",
        "52 letters of the feed were UTF-8 decoded as Latin-1 before it was saved (Ã­ for í). They were repaired.",
      ],
    ]);
  });

  it("reads the 10-result answer into the 10 first entries of the 100-result one", () => {
    const ten = readArxivJson(readRealFixture("arxiv/api-json-testing-10.json"), "ten.json", OPTIONS);
    expect(ten.papers.map((paper) => paper.arxivId)).toEqual(result.papers.slice(0, 10).map((paper) => paper.arxivId));
  });

  it("says so when a JSON document holds no feed", () => {
    const none = readArxivJson(
      '{"url": "https://export.arxiv.org/api/query", "body": "not a feed"}',
      "x.json",
      OPTIONS,
    );
    expect(none.diagnostics.map((d) => [d.severity, d.line])).toEqual([["error", 1]]);
  });
});

describe("readArxivJsonl on the real snapshot head", () => {
  const snapshot = readArxivJsonl(SNAPSHOT, "snap.jsonl", OPTIONS);
  const byId = (id: string) => snapshot.papers.find((p) => p.arxivId === id)!;

  it("reads all 200 records with their 537 authors from authors_parsed", () => {
    expect(snapshot.papers).toHaveLength(200);
    expect(snapshot.diagnostics).toEqual([]);
    expect(snapshot.papers.reduce((sum, p) => sum + p.authors.length, 0)).toBe(537);
  });

  it("is not broken by affiliation numbering such as (1 and 2)", () => {
    expect(byId("0704.0025").authors.map((a) => a.name)).toEqual(["A. S. Mishchenko", "N. Nagaosa"]);
  });

  it("keeps accents, suffixes and hyphenated initials, and marks 'et al' lists as cut off (2 records)", () => {
    expect(byId("0704.0001").authors.map((a) => a.name)).toEqual([
      "C. Balázs",
      "E. L. Berger",
      "P. M. Nadolsky",
      "C.-P. Yuan",
    ]);
    expect(byId("0704.0009").authors.map((a) => a.name)).toContain("Neal J. Evans II");
    expect(byId("0704.0020")).toMatchObject({
      authorsTruncated: true,
      authors: [{ name: "The BABAR Collaboration" }, { name: "B. Aubert" }],
    });
    expect(snapshot.papers.filter((p) => p.authorsTruncated)).toHaveLength(2);
  });

  it("dates a paper by its first version and splits space-separated categories", () => {
    expect(byId("0704.0001")).toMatchObject({
      year: 2007,
      month: 4,
      day: 2,
      categories: ["hep-ph"],
      source: { line: 1 },
    });
    expect(byId("0704.0002").categories).toEqual(["math.CO", "cs.CG"]);
  });

  it("splits the authors string, with a warning, only when authors_parsed is missing", () => {
    const line = JSON.stringify({
      id: "0704.9999",
      title: "T",
      authors: "A. B\\'ez (1 and 2) and C. Dee (1) ((1) Uni, (2) Lab)",
      categories: "cs.LG",
    });
    const result = readArxivJsonl(line, "x.jsonl", OPTIONS);
    expect(result.papers[0]!.authors.map((a) => a.name)).toEqual(["A. Béz", "C. Dee"]);
    expect(result.diagnostics.map((d) => d.severity)).toEqual(["warning"]);
  });

  it("is detected by content", () => {
    expect(detectFormat(SNAPSHOT, "snap.json")).toBe("arxiv-jsonl");
  });
});

describe("arXiv readers on bad input", () => {
  it("report random bytes without papers or a throw", () => {
    for (const format of ["arxiv-atom", "arxiv-jsonl"]) {
      const result = findReader(format)!.read(randomText(50_000, 3), "noise", OPTIONS);
      expect(result.papers).toEqual([]);
      expect(result.diagnostics.some((d) => d.severity === "error")).toBe(true);
    }
  });

  it("keep what precedes the cut of a truncated snapshot and report the cut line", () => {
    const cut = SNAPSHOT.slice(0, SNAPSHOT.indexOf('"id":"0704.0011"') + 40);
    const result = readArxivJsonl(cut, "cut.jsonl", OPTIONS);
    expect(result.papers).toHaveLength(10);
    expect(result.diagnostics.map((d) => [d.severity, d.line])).toEqual([["error", 11]]);
  });

  it("keep the entries before the cut of a truncated feed", () => {
    const cut = AUTHOR_FEED.slice(0, AUTHOR_FEED.indexOf("<entry>", AUTHOR_FEED.indexOf("<entry>") + 1) + 200);
    const result = readArxivAtom(cut, "cut.xml", OPTIONS);
    expect(result.papers).toHaveLength(1);
    expect(result.diagnostics.some((d) => d.severity === "error" && d.line === 49)).toBe(true);
  });

  it("read nothing, with an error, when forced on a DBLP page", () => {
    const dblp = readRealFixture("dblp/person-95-7448-1.xml");
    for (const format of ["arxiv-atom", "arxiv-jsonl"]) {
      const corpus = ingest([{ name: "dblp.xml", text: dblp }], { ...OPTIONS, format });
      expect(corpus.papers).toEqual([]);
      expect(corpus.diagnostics.some((d) => d.severity === "error")).toBe(true);
    }
  });

  it("survive 100,000 levels of nesting in JSON and XML", () => {
    const json = readArxivJsonl(`${"[".repeat(100_000)}${"]".repeat(100_000)}`, "deep.json", OPTIONS);
    expect(json.papers).toEqual([]);
    expect(json.diagnostics).toHaveLength(1);
    const xml = readArxivAtom(`<feed>${"<entry>".repeat(100_000)}`, "deep.xml", OPTIONS);
    expect(xml.papers).toEqual([]);
  });

  it("read every record of a generated 2 MB snapshot, each from its line", () => {
    const text = generateArxivLines(5_000);
    expect(text.length).toBeGreaterThan(MIN_CHUNKS * CHUNK);
    const result = readArxivJsonl(text, "big.jsonl", OPTIONS);
    expect(result.diagnostics).toEqual([]);
    expect(result.papers.map((p) => p.source.line)).toEqual(Array.from({ length: 5_000 }, (_, i) => i + 1));
    const authors = text.split("\n").map((line) => (JSON.parse(line) as { authors_parsed: unknown[] }).authors_parsed);
    expect(result.papers.map((p) => p.authors.length)).toEqual(authors.map((list) => list.length));
  });
});
