import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { dedupePapers, resolveIdentities } from "../../src/identity";
import { readProfile } from "../../src/ingest";
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
