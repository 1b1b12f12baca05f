import { describe, expect, it } from "vitest";
import { buildHostile, HOSTILE_CASES } from "../../src/cli/hostile-records";
import { findReader } from "../../src/ingest";
import type { ReadResult } from "../../src/model";

/** A megabyte of filler in one field: what a fuzzing pass fed the readers (issue 11, item 11). */
const SIZE = 1_000_000;

const names = (result: ReadResult) => result.papers.map((paper) => paper.authors.map((author) => author.name));

/** Records a case's reader must skip (the line the filler spoils), by `format field`; none for the others. */
const SKIPPED: Record<string, number> = { "edge-list weight": 1 };

/** What each case must read, by `format field`; the size of the filler never changes it. */
const EXPECTED: Record<string, (result: ReadResult) => void> = {
  "profile author line": (result) => {
    expect(names(result)).toEqual([["Bob Smith", "Carl Jones", "Ada Owner"]]);
    expect(result.papers[0]!.authorsTruncated).toBe(true);
  },
  "bibtex author": (result) => expect(names(result)).toEqual([["Ada Lovelace", "Bob Smith"]]),
  "bibtex eprint": (result) => expect(result.papers[0]!.arxivId).toBeUndefined(),
  "bibtex title (accent over blanks)": (result) => expect(result.papers[0]!.title).toBe("Cafés and xy"),
  "csv authors": (result) => {
    expect(names(result)).toEqual([["Ada Lovelace", "Bob Smith"]]);
    expect(result.papers[0]!.keywords).toEqual(["graphs", "networks"]);
  },
  "scopus Authors": (result) => {
    expect(names(result)).toEqual([["Smith, J.", "Jones, K."]]);
    expect(result.papers[0]!.authors.map((author) => author.ids?.scopus)).toEqual(["1", "2"]);
  },
  "scopus Authors (initials)": (result) => {
    expect(names(result)[0]![1]).toBe("Jones, K.");
    expect(names(result)[0]![0]).toMatch(/^Smith A\.A\.A\..*x$/);
  },
  "ieee Authors": (result) => expect(names(result)).toEqual([["A. Hayashi", "V. Sarkar"]]),
  "ris AU": (result) => expect(names(result)[0]).toHaveLength(2),
  "wos OI": (result) => {
    expect(result.papers[0]!.authors.map((author) => author.ids?.orcid)).toEqual(["0000-0002-1825-0097", undefined]);
  },
  "openalex raw_author_name": (result) => expect(names(result)[0]).toHaveLength(2),
  "semantic-scholar name": (result) => expect(names(result)[0]).toHaveLength(1),
  "arxiv-jsonl authors (without authors_parsed)": (result) => {
    expect(names(result)).toEqual([
      ["A. B", "C. D"],
      ["A. B", "C. D"],
    ]);
    expect(result.papers.every((paper) => paper.authorsTruncated)).toBe(true);
  },
  "arxiv-jsonl authors (nested parentheses)": (result) =>
    expect(names(result)).toEqual([
      ["A. B", "C. D"],
      ["A. B", "C. D"],
    ]),
  "dblp author": (result) => expect(names(result)).toEqual([["Ada Lovelace"]]),
  "arxiv-atom name": (result) => expect(names(result)).toEqual([["Ada Lovelace"]]),
  "edge-list line": (result) => expect(result.networks?.[0]?.edges).toHaveLength(2),
  "edge-list weight": (result) => {
    expect(result.networks?.[0]?.edges).toEqual([
      { source: "1", target: "2", weight: 1 },
      { source: "3", target: "4", weight: 2 },
    ]);
    expect(result.diagnostics.map((item) => item.line)).toEqual([3]);
  },
  "openalex landing_page_url": (result) => expect(result.papers[0]!.arxivId).toBe("2401.00001"),
  "gexf label": (result) => {
    expect(result.networks?.[0]?.nodes.map((node) => node.label.length)).toEqual([1000, 1]);
    expect(result.diagnostics.map((item) => item.message)).toEqual([
      "node labels longer than 1000 characters cut to their first 1000: 1 (the first on this line).",
    ]);
  },
};

describe("hostile input: one field of a megabyte", () => {
  it("has an expectation for every hostile case", () => {
    expect(HOSTILE_CASES.map((c) => `${c.format} ${c.field}`).sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  it.each(HOSTILE_CASES.map((c) => [`${c.format} ${c.field}`, c] as const))(
    "%s: every record is read whole or skipped on its line, the other fields intact",
    (name, hostile) => {
      const result = findReader(hostile.format)!.read(buildHostile(hostile, SIZE), "hostile", { referenceYear: 2026 });
      expect(result.records.seen).toBeGreaterThan(0);
      const skipped = SKIPPED[name] ?? 0;
      expect(result.records).toEqual({
        seen: result.records.seen,
        read: result.records.seen - skipped,
        skipped,
        merged: 0,
      });
      EXPECTED[name]!(result);
    },
  );
});
