import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ingest } from "../../src/ingest";
import { REAL_FIXTURES } from "../real-fixtures";

const FIXTURES = join(import.meta.dirname, "../fixtures");

/**
 * Every fixture with the number of records in it, counted outside papergraph (Python 3 on the files: BibTeX
 * `@type{` openings other than @string/@comment/@preamble, csv.reader rows after the header, `TY  - ` and
 * `PT ` lines, JSON lines, `<entry>`, `<r>` and DBLP record elements, `results`/`papers` list lengths, GEXF
 * and GraphML `<edge>` elements, profile paper-header lines), and how many of them the reader skips or merges
 * (each skip is a broken record the format's own tests describe).
 */
const CASES: [path: string, format: string, records: number, skipped: number, merged: number][] = [
  ["bibtex/edge-cases.bib", "bibtex", 6, 2, 0],
  ["real/bibtex/amos-cv.bib", "bibtex", 79, 0, 0], // one entry is written `@@inproceedings`
  ["real/bibtex/plai-group.bib", "bibtex", 85, 2, 0],
  ["real/bibtex/sparse-feature-circuits.bib", "bibtex", 1, 0, 0],
  ["csv/papers.tsv", "csv", 2, 0, 0],
  ["real/ieee/ieee.csv", "ieee", 10, 0, 0],
  ["real/scopus/scopus.csv", "scopus", 10, 0, 0],
  ["ris/zotero-edge.ris", "ris", 3, 1, 0],
  ["real/ris/example.ris", "ris", 25, 0, 0],
  ["wos/plain-text.txt", "wos", 3, 1, 0],
  ["real/wos/pandolfi-lab-tab-delimited.txt", "wos", 65, 0, 0],
  ["real/wos/wosfile-tab-win-utf8-head.txt", "wos", 3, 0, 0],
  ["real/springer/litstudy-springer.csv", "springer", 1000, 0, 0],
  ["real/springer/tasd-springer-excerpt.csv", "springer", 3, 1, 0],
  ["real/springer/cna-second-search-all-excerpt.csv", "springer", 5, 0, 0],
  ["real/arxiv/snapshot-head-200.jsonl", "arxiv-jsonl", 200, 0, 0],
  ["real/arxiv/atom-au-del-maestro.xml", "arxiv-atom", 10, 0, 0],
  ["real/arxiv/atom-id-list.xml", "arxiv-atom", 1, 0, 0],
  ["real/arxiv/api-json-testing-100.json", "arxiv-json", 100, 0, 0],
  ["real/openalex/cited-page-1.json", "openalex", 15, 0, 0],
  ["real/openalex/cited-page-2-empty.json", "openalex", 0, 0, 0],
  ["real/openalex/keypaper-page-1.json", "openalex", 2, 0, 0],
  ["real/semantic-scholar/Author.json", "semantic-scholar", 60, 0, 0],
  ["real/semantic-scholar/Paper-turing-1000-citations.json", "semantic-scholar", 1015, 0, 0],
  ["real/semantic-scholar/PaperWithNullValues.json", "semantic-scholar", 1, 1, 0],
  ["dblp/homonyms-stream.xml", "dblp", 5, 1, 0],
  ["real/dblp/person-95-7448-1.xml", "dblp", 8, 0, 0],
  ["gexf/repairs.gexf", "gexf", 7, 2, 2],
  ["gexf/small.graphml", "graphml", 3, 0, 1],
  ["real/graphs/ca-grqc.gexf", "gexf", 14484, 0, 0],
  ["real/edge-lists/snap-CA-GrQc.txt", "edge-list", 28980, 12, 14484],
  ["real/edge-lists/karate-hash-header.txt", "edge-list", 61, 0, 0],
  ["real/edge-lists/vosviewer-excerpt.txt", "edge-list", 12, 0, 1],
  ["profile/cut-block.txt", "profile", 5, 1, 0],
  ["profile/garbage-between-blocks.txt", "profile", 2, 0, 0],
  ["profile/missing-parts.txt", "profile", 3, 0, 0],
  ["profile/unknown-category.txt", "profile", 4, 0, 0],
];

describe("record accounting", () => {
  it.each(CASES)(
    "%s: each of its records is read, skipped or merged (%s, %i records, %i skipped, %i merged)",
    (path, format, records, skipped, merged) => {
      const text = readFileSync(join(path.startsWith("real/") ? join(REAL_FIXTURES, "..") : FIXTURES, path), "utf8");
      const corpus = ingest([{ name: path, text }], { referenceYear: 2026 });
      const [report] = corpus.files;
      const network = format === "gexf" || format === "graphml" || format === "edge-list";
      expect(report).toEqual({
        file: path,
        format,
        seen: records,
        read: records - skipped - merged,
        skipped,
        merged,
        papers: network ? 0 : records - skipped - merged,
      });
    },
  );
});
