import { describe, expect, it } from "vitest";
import { MAX_COAUTHOR_LIST } from "../../src/identity/evidence/weights";
import { buildOccurrences } from "../../src/identity/occurrences/build-occurrences";
import { indexThesaurus } from "../../src/identity/thesaurus";
import { paper } from "./build-papers";

/** A paper's run of a column: entries `start[p]` to `start[p + 1] - 1`. */
const run = (start: readonly number[], values: readonly number[], p: number) => values.slice(start[p], start[p + 1]);

describe("paper contexts as columns", () => {
  // Family names of letters only (digits are dropped from names): one distinct person per slot.
  const letter = (n: number) => String.fromCharCode(97 + n);
  const many = Array.from(
    { length: MAX_COAUTHOR_LIST + 1 },
    (_, i) => `Ann Fam${letter(i % 26)}${letter(Math.floor(i / 26))}`,
  );
  const records = [
    paper("Graphs", ["Ada Lovelace", "Charles Babbage"], {
      year: 1843,
      venue: "Notes",
      categories: ["Mathematics", "Computing", "Mathematics"],
      keywords: ["engines", "computing", "analysis"],
      source: { file: "a.txt", line: 1 },
    }),
    paper("Big collaboration", many, { source: { file: "b.txt", line: 7 } }),
  ];
  const table = buildOccurrences(records, indexThesaurus([]));
  const { papers: contexts, words } = table;

  it("keeps each paper's id, file, year and venue at its index", () => {
    expect(contexts.id).toEqual(records.map((record) => record.id));
    expect(contexts.file).toEqual(["a.txt", "b.txt"]);
    expect(contexts.year).toEqual([1843, undefined]);
    expect(words.text(contexts.venue[0]!)).toBe("v:notes");
    expect(contexts.venue[1]).toBe(-1);
  });

  it("lists a paper's distinct subjects with its categories first, and counts those as its fields", () => {
    const subjects = run(contexts.subjectStart, contexts.subjects, 0).map((id) => words.text(id));
    expect(subjects).toEqual(["s:mathematics", "s:computing", "s:engines", "s:analysis"]);
    expect(contexts.fieldCount[0]).toBe(2);
    expect(run(contexts.subjectStart, contexts.subjects, 1)).toEqual([]);
  });

  it("lists the coauthor keys of each paper, and none for a paper of more than MAX_COAUTHOR_LIST authors", () => {
    const coauthors = run(contexts.coauthorStart, contexts.coauthors, 0).map((id) => words.text(id));
    expect(coauthors).toEqual(["c:lovelace|a", "c:babbage|c"]);
    expect(run(contexts.coauthorStart, contexts.coauthors, 1)).toEqual([]);
    expect(contexts.coauthorStart).toHaveLength(records.length + 1);
  });
});
