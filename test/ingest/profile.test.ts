import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { readProfile } from "../../src/ingest";
import { looksLikeAuthorList } from "../../src/ingest/profile-block";
import { createRng, foldText, paperId } from "../../src/model";
import type { Diagnostic, ReadResult } from "../../src/model";

const SEED = readFileSync(new URL("../../data/can-rager.profile.txt", import.meta.url), "utf8");
const OPTIONS = { referenceYear: 2026 };
const fixture = (name: string) => readFileSync(new URL(`../fixtures/profile/${name}`, import.meta.url), "utf8");
const where = (result: ReadResult) => result.diagnostics.map((d: Diagnostic) => [d.severity, d.line]);

describe("readProfile on the seed page (data/can-rager.profile.txt)", () => {
  const result = readProfile(SEED, "seed.txt", OPTIONS);
  const { papers } = result;

  it("reads the owner and the profile stats, mapping the primary category LG to cs.LG", () => {
    expect(result.profiles).toEqual([
      {
        owner: "Can Rager",
        primaryCategory: "cs.LG",
        hIndex: 55,
        paperCount: 17,
        citations: 810,
        noveltyPercent: 48,
        aiScore: 59,
        source: { file: "seed.txt", line: 1 },
      },
    ]);
  });

  it("reads all 17 papers without a single diagnostic", () => {
    expect(papers).toHaveLength(17);
    expect(result.diagnostics).toEqual([]);
  });

  it("marks the 16 cut-off author lists and the 4 papers with code", () => {
    expect(papers.filter((p) => p.authorsTruncated)).toHaveLength(16);
    expect(papers.filter((p) => p.hasCode).map((p) => p.source.line)).toEqual([12, 54, 82, 89]);
  });

  it("maps the category codes to cs.LG, cs.AI and cs.CL", () => {
    expect(new Set(papers.flatMap((p) => p.categories))).toEqual(new Set(["cs.LG", "cs.AI", "cs.CL"]));
  });

  it("starts each paper's source at its header line", () => {
    const headers = [12, 19, 26, 33, 40, 47, 54, 61, 68, 75, 82, 89, 96, 103, 110, 117, 124];
    expect(papers.map((p) => p.source.line)).toEqual(headers);
  });

  it.each([
    [12, "LGJul 18, 2024Code", 2024, 7, 18],
    [33, "AIMay 1", 2026, 5, 1],
    [47, "AIFeb 23", 2026, 2, 23],
    [89, "CLMay 23, 2025Code", 2025, 5, 23],
    [110, "LGApr 30", 2026, 4, 30],
  ])(
    "dates the header on line %i (%s) %i-%i-%i, the reference year standing in for a missing year",
    (line, _header, year, month, day) => {
      const paper = papers.find((p) => p.source.line === line)!;
      expect([paper.year, paper.month, paper.day]).toEqual([year, month, day]);
    },
  );

  it("gives every paper the owner as an author, appended after a cut-off list that does not name them", () => {
    for (const paper of papers) expect(paper.authors.map((a) => a.name)).toContain("Can Rager");
    expect(papers[0]!.authors.map((a) => a.name)).toEqual([
      "Jaden Fiotto-Kaufman",
      "Alexander R. Loftus",
      "Eric Todd",
      "Can Rager",
    ]);
    expect(papers[1]!.authors.map((a) => a.name)).toEqual(["Aaquib Syed", "Can Rager", "Arthur Conmy"]);
  });

  it("keeps names as written, accents included, and names 35 distinct people", () => {
    expect(papers[15]!.authors.map((a) => a.name)).toContain("Tilman Räuker");
    expect(new Set(papers.flatMap((p) => p.authors.map((a) => foldText(a.name)))).size).toBe(35);
  });

  it("ids each paper by its title and year, and keeps title and abstract", () => {
    for (const paper of papers) expect(paper.id).toBe(paperId({ title: paper.title, year: paper.year }));
    expect(new Set(papers.map((p) => p.id)).size).toBe(17);
    expect(papers[0]!.title).toBe("NNsight and NDIF: Democratizing Access to Open-Weight Foundation Model Internals");
    expect(papers.every((p) => (p.abstract ?? "").length > 500)).toBe(true);
  });

  it("reads the same papers from a CRLF copy with a byte-order mark", () => {
    const crlf = readProfile(`\ufeff${SEED.replace(/\n/g, "\r\n")}`, "seed.txt", OPTIONS);
    expect(crlf.papers).toEqual(papers);
    expect(crlf.profiles).toEqual(result.profiles);
    expect(crlf.diagnostics).toEqual([]);
  });

  it("warns on the count line when the page's paper count does not match what was read", () => {
    const wrong = readProfile(SEED.replace("17 Papers", "18 Papers"), "seed.txt", OPTIONS);
    expect(wrong.papers).toHaveLength(17);
    expect(where(wrong)).toEqual([["warning", 10]]);
    expect(wrong.diagnostics[0]!.message).toContain("says 18, 17 were read");
  });
});

describe("readProfile on malformed pages (test/fixtures/profile, hand-made)", () => {
  it("skips garbage lines between blocks with a warning each and still loads both papers", () => {
    const result = readProfile(fixture("garbage-between-blocks.txt"), "g.txt", OPTIONS);
    expect(result.papers.map((p) => p.title)).toEqual(["First Paper Title", "Second Paper Title"]);
    expect(result.papers[0]!.abstract).toBe("Abstract one.");
    expect(where(result)).toEqual([
      ["warning", 8],
      ["warning", 17],
      ["warning", 19],
    ]);
  });

  it("keeps a block cut after its title, skips a bare header with an error, and loads the papers after them", () => {
    const result = readProfile(fixture("cut-block.txt"), "c.txt", OPTIONS);
    expect(result.papers.map((p) => p.title)).toEqual([
      "Complete Paper One",
      "A Paper Cut After Its Title",
      "Complete Paper Two",
      "Complete Paper Three",
    ]);
    const cut = result.papers[1]!;
    expect(cut.authors).toEqual([{ name: "Ada Example" }]);
    expect(cut.abstract).toBeUndefined();
    expect(result.papers[3]!.authors.map((a) => a.name)).toEqual(["Eve Online", "Ada Example"]);
    expect(where(result)).toEqual([
      ["warning", 13],
      ["error", 22],
      ["warning", 3],
    ]);
  });

  it("keeps an unknown category code as written with a warning, and maps ML and qualified codes", () => {
    const result = readProfile(fixture("unknown-category.txt"), "u.txt", OPTIONS);
    expect(result.profiles[0]!.primaryCategory).toBe("QQ");
    expect(result.papers.map((p) => p.categories)).toEqual([["XY"], ["stat.ML"], ["stat.ME"], []]);
    expect(result.papers[3]!.day).toBeUndefined();
    expect(where(result)).toEqual([
      ["warning", 2],
      ["warning", 4],
      ["warning", 19],
      ["warning", 19],
    ]);
    expect(result.diagnostics[1]!.message).toContain("unknown category code (XY)");
  });

  it("tolerates extra blank lines, a missing abstract, a missing author line and parts on adjacent lines", () => {
    const result = readProfile(fixture("missing-parts.txt"), "m.txt", OPTIONS);
    const [noAbstract, noAuthors, adjacent] = result.papers;
    expect(result.profiles[0]!.source.line).toBe(3);
    expect(noAbstract!.abstract).toBeUndefined();
    expect(noAbstract!.authors.map((a) => a.name)).toEqual(["Bob Builder", "Ada Example"]);
    expect(noAbstract!.authorsTruncated).toBe(true);
    expect(noAuthors!.authors.map((a) => a.name)).toEqual(["Ada Example"]);
    expect(noAuthors!.abstract).toBe("We show that missing author lines are tolerated.");
    expect(adjacent!.authors.map((a) => a.name)).toEqual(["Carol Danvers", "Dan Dare", "Ada Example"]);
    expect([adjacent!.year, adjacent!.hasCode, adjacent!.abstract]).toEqual([
      2026,
      true,
      "An abstract right after the authors.",
    ]);
    expect(where(result)).toEqual([["warning", 15]]);
  });

  it("reads papers without an owner line, warning on line 1", () => {
    const result = readProfile("LGJan 5, 2024\nA Title\n\nBob Builder\n", "o.txt", OPTIONS);
    expect(result.profiles).toEqual([]);
    expect(result.papers[0]!.authors).toEqual([{ name: "Bob Builder" }]);
    expect(where(result)).toEqual([["warning", 1]]);
  });

  it.each([
    ["an empty file", ""],
    ["a file of blank lines", "\n  \r\n\n"],
  ])("gives one whole-file diagnostic and no papers for %s", (_what, text) => {
    const result = readProfile(text, "e.txt", OPTIONS);
    expect(result.papers).toEqual([]);
    expect(where(result)).toEqual([["warning", 0]]);
  });

  it("gives one error and no papers for text with no paper header at all", () => {
    const result = readProfile("Just a name\nand some prose about it.\n", "n.txt", OPTIONS);
    expect(result.papers).toEqual([]);
    expect(where(result)).toEqual([["error", 0]]);
  });

  it("reads a profile that lists no papers without a diagnostic", () => {
    const result = readProfile("Ada Example\nh-index0\n\n0 Papers\n", "z.txt", OPTIONS);
    expect(result.papers).toEqual([]);
    expect(result.profiles[0]).toMatchObject({ owner: "Ada Example", hIndex: 0 });
    expect(result.diagnostics).toEqual([]);
  });

  it.each([
    ["random bytes 0–255", 0],
    ["random bytes 1–255 (no NUL)", 1],
  ])("gives one error and no papers for a binary file of %s", (_what, lowest) => {
    const rng = createRng(7);
    const bytes = Uint8Array.from({ length: 4096 }, () => lowest + Math.floor(rng() * (256 - lowest)));
    const result = readProfile(new TextDecoder("utf-8").decode(bytes), "b.bin", OPTIONS);
    expect(result.papers).toEqual([]);
    expect(where(result)).toEqual([["error", 0]]);
  });
});

describe("looksLikeAuthorList", () => {
  it.each([
    ["Jaden Fiotto-Kaufman, Alexander R. Loftus, Eric Todd et al.", true],
    ["Ekdeep Singh Lubana, Can Rager, Sai Sumedh R. Hindupur et al.", true],
    ["Ludwig van Beethoven, Maria da Silva and J.R.R. Tolkien", true],
    ["Tilman Räuker", true],
    ["We introduce NNsight and NDIF, technologies that work in tandem.", false],
    ["Transformers.", false],
    ["et al.", false],
  ])("tells %j → %s", (line, expected) => {
    expect(looksLikeAuthorList(line)).toBe(expected);
  });
});
