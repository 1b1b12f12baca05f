import { describe, expect, it } from "vitest";
import { dedupePapers, normalizeName, resolveAuthors, resolveIdentities } from "../../src/identity";
import type { Paper } from "../../src/model";
import { titleId } from "../../src/model";

const paper = (title: string, authors: string[], extra: Partial<Paper> = {}): Paper => ({
  id: titleId(title, extra.year),
  title,
  authors: authors.map((name) => ({ name })),
  authorsTruncated: false,
  categories: [],
  source: { file: "test.txt", line: 1 },
  ...extra,
});

describe("normalizeName", () => {
  it("folds case, white space, punctuation and diacritics", () => {
    expect(normalizeName("Tilman  Räuker")).toBe("tilman rauker");
    expect(normalizeName("TILMAN RAUKER")).toBe("tilman rauker");
    expect(normalizeName("Jean-Luc Picard")).toBe("jean luc picard");
  });

  it("turns a single 'Last, First' into 'First Last'", () => {
    expect(normalizeName("Räuker, Tilman")).toBe("tilman rauker");
  });

  it("does not expand initials: an initial and a full first name stay apart", () => {
    expect(normalizeName("A. Karvonen")).not.toBe(normalizeName("Adam Karvonen"));
  });
});

describe("resolveAuthors", () => {
  it("gives Räuker and Rauker one key and keeps the accented spelling as the label", () => {
    const { people } = resolveAuthors([paper("One", ["Tilman Räuker", "X Y"]), paper("Two", ["Tilman Rauker"])]);
    const tilman = people.find((person) => person.key === "tilman rauker")!;
    expect(tilman.label).toBe("Tilman Räuker");
    expect(tilman.variants.sort()).toEqual(["Tilman Rauker", "Tilman Räuker"]);
    expect(tilman.paperIds).toHaveLength(2);
  });

  it("counts a person named twice on one paper once, with a note", () => {
    const { papers, diagnostics } = resolveAuthors([paper("Twice", ["G. Kalbe", "G. Kalbe", "H. Other"])]);
    expect(papers[0]!.authors.map((author) => author.key)).toEqual(["g kalbe", "h other"]);
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]!.message).toContain("listed twice");
  });
});

describe("dedupePapers", () => {
  it("merges the same title and year into one paper with the fuller author list", () => {
    const cut = paper("Sparse Feature Circuits", ["Samuel Marks", "Can Rager"], {
      year: 2024,
      authorsTruncated: true,
      hasCode: true,
    });
    const full = paper(
      "Sparse feature circuits.",
      ["Samuel Marks", "Can Rager", "Eric J. Michaud", "Yonatan Belinkov"],
      {
        year: 2024,
        doi: "10.1/ABC",
        source: { file: "other.bib", line: 7 },
      },
    );
    const { papers, mergedByFile, diagnostics } = dedupePapers([cut, full]);
    expect(papers).toHaveLength(1);
    expect(papers[0]!.authors).toHaveLength(4);
    expect(papers[0]!.authorsTruncated).toBe(false);
    expect(papers[0]!.hasCode).toBe(true);
    expect(papers[0]!.id).toBe("doi:10.1/abc");
    expect(mergedByFile.get("other.bib")).toBe(1);
    expect(diagnostics[0]!.line).toBe(7);
  });

  it("keeps papers of the same title in different years apart", () => {
    const { papers } = dedupePapers([
      paper("Introduction", ["A B"], { year: 2001 }),
      paper("Introduction", ["A B"], { year: 2002 }),
    ]);
    expect(papers).toHaveLength(2);
  });

  it("matches a record without a year to a dated record of the same title", () => {
    const { papers } = dedupePapers([
      paper("Agents of Chaos", ["N S"], { year: 2026 }),
      paper("Agents of chaos", ["N S", "C W"]),
    ]);
    expect(papers).toHaveLength(1);
    expect(papers[0]!.year).toBe(2026);
  });
});

describe("resolveIdentities", () => {
  it("moves merged records from read to merged in the file reports and keys every author", () => {
    const corpus = resolveIdentities({
      papers: [paper("A", ["X Y"]), paper("a", ["X Y", "Z W"], { source: { file: "b.txt", line: 3 } })],
      profiles: [],
      diagnostics: [],
      files: [{ file: "b.txt", format: "profile", seen: 1, read: 1, papers: 1, skipped: 0, merged: 0 }],
      networks: [],
    });
    expect(corpus.files[0]).toMatchObject({ seen: 1, read: 0, papers: 0, merged: 1 });
    expect(corpus.papers[0]!.authors.every((author) => author.key)).toBe(true);
    expect(corpus.people.map((person) => person.key).sort()).toEqual(["x y", "z w"]);
  });
});
