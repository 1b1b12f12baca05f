import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { dedupePapers, resolveIdentities } from "../../src/identity";
import { readProfile, readWos } from "../../src/ingest";
import { readRealFixture } from "../real-fixtures";
import type { Paper } from "../../src/model";
import { paper } from "./build-papers";

const SEED = readFileSync(join(import.meta.dirname, "../../data/can-rager.profile.txt"), "utf8");
const NNSIGHT = "NNsight and NDIF: Democratizing Access to Open-Weight Foundation Model Internals";
// Hand-made record of the seed's first paper, authors as arXiv 2407.14561 lists them, in BibTeX's "Last, First".
const NNSIGHT_AUTHORS = [
  "Fiotto-Kaufman, Jaden",
  "Loftus, Alexander R.",
  "Todd, Eric",
  "Brinkmann, Jannik",
  "Pal, Koyena",
  "Troitskii, Dmitrii",
  "Ripa, Michael",
  "Belfki, Adam",
  "Rager, Can",
  "Juang, Caden",
  "Mueller, Aaron",
  "Marks, Samuel",
  "Sen Sharma, Arnab",
  "Lucchetti, Francesca",
  "Prakash, Nikhil",
  "Brodley, Carla",
  "Guha, Arjun",
  "Bell, Jonathan",
  "Wallace, Byron C.",
  "Bau, David",
];

describe("dedupePapers", () => {
  it("never merges records of the same title whose DOIs differ", () => {
    const { papers } = dedupePapers([
      paper("Introduction", ["A B"], { year: 2001, doi: "10.1/one" }),
      paper("Introduction", ["C D"], { year: 2001, doi: "10.1/two" }),
    ]);
    expect(papers).toHaveLength(2);
  });

  it("matches an arXiv DOI to the arXiv id of the same preprint", () => {
    const { papers } = dedupePapers([
      paper("Sparse Feature Circuits", ["Samuel Marks"], { arxivId: "2403.19647v2" }),
      paper("Sparse feature circuits: discovering…", ["Samuel Marks"], { doi: "10.48550/arXiv.2403.19647" }),
    ]);
    expect(papers).toHaveLength(1);
  });

  it("never merges records on an empty title", () => {
    const { papers } = dedupePapers([paper("", ["A B"]), paper("", ["C D"])]);
    expect(papers).toHaveLength(2);
  });

  it("keeps the profile owner appended to a cut-off list when the other record is also cut off before them", () => {
    const profile = paper("Agents of Chaos", ["N S", "C W", "T X", "Can Rager"], {
      year: 2026,
      authorsTruncated: true,
    });
    const bib = paper("Agents of chaos", ["S, N", "W, C", "X, T", "Y, U", "Z, V"], {
      year: 2026,
      authorsTruncated: true,
    });
    const [merged] = dedupePapers([profile, bib]).papers;
    expect(merged!.authors.map((author) => author.name)).toEqual(["S, N", "W, C", "X, T", "Y, U", "Z, V", "Can Rager"]);
    expect(merged!.authorsTruncated).toBe(true);
  });
});

describe("resolveIdentities on the seed profile with a full record of one of its papers", () => {
  const read = readProfile(SEED, "can-rager.profile.txt", { referenceYear: 2026 });
  const full = paper(NNSIGHT, NNSIGHT_AUTHORS, {
    year: 2024,
    arxivId: "2407.14561",
    source: { file: "nnsight.bib", line: 1 },
  });
  const corpus = resolveIdentities({ ...read, papers: [...read.papers, full], files: [], networks: [] });
  const before = resolveIdentities({ ...read, files: [], networks: [] });

  it("completes the cut-off author list of that paper, owner included, and merges the two records", () => {
    const merged = corpus.papers.find((entry) => entry.title === NNSIGHT)!;
    expect(corpus.papers).toHaveLength(read.papers.length);
    expect(merged.authors).toHaveLength(20);
    expect(merged.authorsTruncated).toBe(false);
    expect(merged.authors.map((author) => author.key)).toContain("can rager");
  });

  it("joins each coauthor named in both lists (`Alexander R. Loftus` and `Loftus, Alexander R.`) into one person", () => {
    const loftus = corpus.people.filter((person) => person.label.includes("Loftus"));
    expect(loftus).toHaveLength(1);
    const owner = corpus.people.find((person) => person.key === "can rager")!;
    expect(owner.paperIds).toHaveLength(read.papers.length);
    // 20 names, 7 of them already in the seed: Fiotto-Kaufman, Loftus, Todd, Rager, Brinkmann, Mueller, Marks.
    expect(corpus.people.length).toBe(before.people.length + 13);
  });

  it("finds the seed's known 35 authors on their own, with no join beyond the same name and no doubt", () => {
    expect(before.people).toHaveLength(35);
    expect(before.decisions).toEqual([]);
  });
});

describe("dedupePapers on records that share a title and a year", () => {
  const twelve = ["Pandolfi, JM", "Bradbury, RH", "Sala, E", "Hughes, TP", "Bjorndal, KA", "Cooke, RG"];
  const sixteen = ["Hughes, TP", "Baird, AH", "Bellwood, DR", "Connolly, SR", "Folke, C", "Pandolfi, JM", "Rosen, B"];

  it("keeps apart two records whose author lists share less than half of the shorter list, with a note", () => {
    const result = dedupePapers([
      paper("Causes of coral reef degradation - Response", sixteen, { year: 2003, source: { file: "a", line: 2 } }),
      paper("Causes of coral reef degradation - Response", twelve, { year: 2003, source: { file: "a", line: 3 } }),
    ]);
    expect(result.papers.map((kept) => kept.authors.length)).toEqual([7, 6]);
    expect(new Set(result.papers.map((kept) => kept.id)).size).toBe(2);
    expect(result.mergedByFile.size).toBe(0);
    expect(result.diagnostics).toEqual([
      expect.objectContaining({
        severity: "info",
        line: 3,
        message:
          '"Causes of coral reef degradation - Response" has the title and year of a:2 but 2 of the 6 authors of ' +
          "the shorter list are in the other; they are kept apart as two papers.",
      }),
    ]);
  });

  it("merges them when most of the shorter list is in the longer one, whatever the order and spelling", () => {
    const result = dedupePapers([
      paper("Reef futures", ["Pandolfi, John M.", "Sala, Enric", "Hughes, Terry P.", "Baird, AH"], { year: 2003 }),
      paper("Reef futures", ["T. P. Hughes", "J. M. Pandolfi", "Bellwood, DR"], { year: 2003 }),
    ]);
    expect(result.papers).toHaveLength(1);
  });

  it("merges a list cut off after its first authors into the full list", () => {
    const cut = paper("Reef futures", ["Hughes, TP", "Baird, AH"], { year: 2003, authorsTruncated: true });
    const result = dedupePapers([cut, paper("Reef futures", sixteen, { year: 2003 })]);
    expect(result.papers.map((kept) => kept.authors.length)).toEqual([7]);
    expect(result.papers[0]!.authorsTruncated).toBe(false);
  });

  it("reads a name written the other way round as the same author (Zhang Wei, Wei Zhang)", () => {
    const result = dedupePapers([
      paper("Graph learning", ["Zhang Wei", "Li Na"], { year: 2020 }),
      paper("Graph learning", ["Wei Zhang", "Na Li"], { year: 2020 }),
    ]);
    expect(result.papers).toHaveLength(1);
  });

  it("merges a record without authors into any record of its title and year", () => {
    const result = dedupePapers([
      paper("Reef futures", [], { year: 2003 }),
      paper("Reef futures", twelve, { year: 2003 }),
    ]);
    expect(result.papers).toHaveLength(1);
  });

  it("keeps apart records with the same authors whose WoS or OpenAlex ids differ, and merges equal ids", () => {
    const record = (line: number, recordIds: Paper["recordIds"]) =>
      paper("Reef futures", twelve, { year: 2003, recordIds, source: { file: "a", line } });
    const apart = dedupePapers([record(1, { wos: "WOS:1" }), record(2, { wos: "WOS:2" })]);
    expect(apart.papers).toHaveLength(2);
    expect(apart.diagnostics[0]!.message).toContain("different WoS ids (WOS:1, WOS:2)");
    expect(dedupePapers([record(1, { openalex: "W1" }), record(2, { openalex: "W2" })]).papers).toHaveLength(2);
    const merged = dedupePapers([
      record(1, { wos: "WOS:1" }),
      record(2, { openalex: "W2" }),
      record(3, { wos: "WOS:1" }),
    ]);
    expect(merged.papers).toHaveLength(1);
    expect(merged.papers[0]!.recordIds).toEqual({ wos: "WOS:1", openalex: "W2" });
  });

  it("matches a record without a year to its title's record of any year, one with a year only to that year's", () => {
    const records = [
      paper("Reef futures", twelve, { year: 2003, source: { file: "a", line: 1 } }),
      paper("Reef futures", twelve, { year: 2004, source: { file: "a", line: 2 } }),
      paper("Reef futures", twelve, { source: { file: "a", line: 3 } }),
    ];
    const result = dedupePapers(records);
    expect(result.papers.map((kept) => kept.year)).toEqual([2003, 2004]);
    expect(result.diagnostics.map((note) => note.line)).toEqual([3]);
  });

  it("finds a merged record by the keys the merge gave it (a DOI one of its records had)", () => {
    const records = [
      paper("Reef futures", twelve, { year: 2003, source: { file: "a", line: 1 } }),
      paper("Reef futures", twelve, { year: 2003, doi: "10.1/reef", source: { file: "a", line: 2 } }),
      paper("Reef futures: erratum", twelve, { year: 2005, doi: "10.1/REEF", source: { file: "a", line: 3 } }),
    ];
    const result = dedupePapers(records);
    expect(result.papers).toHaveLength(1);
    expect(result.diagnostics.map((note) => note.line)).toEqual([2, 3]);
  });

  it("finds a later duplicate of the second of two namesakes kept apart", () => {
    const records = [
      paper("Reply", ["A, B", "C, D"], { year: 2010 }),
      paper("Reply", ["E, F", "G, H"], { year: 2010 }),
      paper("Reply", ["G, H", "E, F"], { year: 2010 }),
    ];
    expect(dedupePapers(records).papers.map((kept) => kept.authors[0]!.name)).toEqual(["A, B", "E, F"]);
  });

  it("keeps apart the two real letters titled '… - Response' and the two WoS records of one paper (pandolfi-lab-same-titles.txt)", () => {
    const read = readWos(readRealFixture("wos/pandolfi-lab-same-titles.txt"), "wos.txt", { referenceYear: 2026 });
    expect(read.papers).toHaveLength(4);
    const { papers, diagnostics } = dedupePapers(read.papers);
    expect(papers.map((kept) => [kept.source.line, kept.authors.length])).toEqual([
      [2, 16],
      [3, 12],
      [4, 1],
      [5, 1],
    ]);
    expect(diagnostics.map((note) => [note.line, note.message.replace(/^.* but /, "")])).toEqual([
      [3, "different WoS ids (WOS:000186802200017, WOS:000186802200016); they are kept apart as two papers."],
      [5, "different WoS ids (WOS:A1995TA76700006, WOS:A1995BF05T00006); they are kept apart as two papers."],
    ]);
  });

  it("keeps the real letters apart by their author lists alone when their ids are gone", () => {
    const read = readWos(readRealFixture("wos/pandolfi-lab-same-titles.txt"), "wos.txt", { referenceYear: 2026 });
    const letters = read.papers.slice(0, 2).map(({ recordIds: _ids, ...rest }) => rest);
    const { papers, diagnostics } = dedupePapers(letters);
    expect(papers).toHaveLength(2);
    expect(diagnostics[0]!.message).toContain("3 of the 12 authors of the shorter list are in the other");
  });
});

describe("dedupePapers with colliding ids", () => {
  it("keeps different papers that share an id apart, with a suffix and a warning", () => {
    const base = {
      authors: [{ name: "A B" }],
      authorsTruncated: false,
      categories: [],
      source: { file: "x.txt", line: 4 },
    };
    const result = dedupePapers([
      { ...base, id: "title:0000000000abcd", title: "First paper", year: 2020 },
      { ...base, id: "title:0000000000abcd", title: "Another paper entirely", year: 2021 },
    ]);
    expect(result.papers.map((paper) => paper.id)).toEqual(["title:0000000000abcd", "title:0000000000abcd~2"]);
    expect(result.diagnostics).toEqual([expect.objectContaining({ severity: "warning", line: 4 })]);
  });
});
