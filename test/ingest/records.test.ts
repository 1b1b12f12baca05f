import { describe, expect, it } from "vitest";
import { readArxivJsonl, readOpenAlex } from "../../src/ingest";
import { RecordLog } from "../../src/ingest/records";
import { createPaper } from "../../src/model";

const paper = (title: string, names: string[], line = 1) =>
  createPaper({
    title,
    authors: names.map((name) => ({ name })),
    authorsTruncated: false,
    categories: [],
    source: { file: "f", line },
  });

describe("RecordLog", () => {
  it("counts every record once as read, skipped or merged, so the three add up to seen", () => {
    const log = new RecordLog("f");
    log.keep(paper("A", ["X"]));
    log.skip(2, "no title");
    log.skipMany(3, 4, "nested papers left out");
    log.merge(2, 5, "duplicates");
    log.keepItem();
    expect(log.records).toEqual({ seen: 8, read: 2, skipped: 4, merged: 2 });
    expect(log.result().diagnostics.map((d) => [d.severity, d.line])).toEqual([
      ["error", 2],
      ["warning", 4],
      ["info", 5],
    ]);
  });

  it("removes bidirectional overrides from titles and names, which would reverse the text shown around them", () => {
    const log = new RecordLog("f");
    log.keep(paper("Graphs\u202e reversed\u202c", ["Ada\u2067 Lovelace\u2069"]));
    expect([log.papers[0]!.title, log.papers[0]!.authors[0]!.name]).toEqual(["Graphs reversed", "Ada Lovelace"]);
  });

  it("skips a record holding a NUL character instead of reading it", () => {
    const log = new RecordLog("f");
    expect(log.keep(paper("T", ["Ada\u0000"], 7))).toBeUndefined();
    expect(log.records).toEqual({ seen: 1, read: 0, skipped: 1, merged: 0 });
    expect(log.diagnostics[0]).toMatchObject({ severity: "error", line: 7 });
  });

  it("has the JSON readers skip a record whose text escapes a NUL character, and keep one that writes \\u0000", () => {
    const options = { referenceYear: 2026 };
    const openalex = (name: string) =>
      `{"id":"https://openalex.org/W1","title":"T","authorships":[{"raw_author_name":${JSON.stringify(name)}}]}`;
    const arxiv = (name: string) =>
      `{"id":"0704.0001","title":"T","authors_parsed":[[${JSON.stringify(name)},"A",""]]}`;
    for (const [read, line] of [
      [readOpenAlex, openalex],
      [readArxivJsonl, arxiv],
    ] as const) {
      const text = [line("Ada"), line("Ada\u0000"), line("Ada\\u0000")].join("\n");
      const { papers, records, diagnostics } = read(text, "f.jsonl", options);
      expect(records).toEqual({ seen: 3, read: 2, skipped: 1, merged: 0 });
      expect(diagnostics.map((d) => d.line)).toEqual([2]);
      expect(papers[1]!.authors[0]!.name).toContain("0000");
    }
  });
});
