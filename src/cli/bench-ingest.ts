/**
 * `papergraph bench` rows for the streaming readers: for each of OpenAlex JSON lines, arXiv snapshot JSON
 * lines, DBLP XML and GEXF, a file of `records` records is generated in memory (seeded, so every run reads the
 * same bytes), read with its reader, and timed next to the bare cost of the syntax alone — `JSON.parse` of
 * every line for JSON lines, a sax pass with no handlers for XML — so the table shows what the reader adds.
 * The generators are exported for load tests.
 */

import { findReader, scanXml } from "../ingest";
import { createRng } from "../model";
import type { Rng } from "../model";

/** One benchmark row: input size, reader and baseline throughput, and what the reader produced. */
export interface IngestBenchRow {
  format: string;
  records: number;
  megabytes: number;
  readerSeconds: number;
  readerMBps: number;
  baselineMBps: number;
  baseline: string;
  produced: number;
}

const WORDS = [
  "sparse",
  "graph",
  "neural",
  "causal",
  "quantum",
  "bayesian",
  "spectral",
  "robust",
  "temporal",
  "convex",
  "models",
  "networks",
  "inference",
  "kernels",
];
const CATEGORIES = ["cs.LG", "cs.AI", "cs.CL", "stat.ML", "hep-ph", "cond-mat.str-el"];

const pick = <T>(rng: Rng, items: readonly T[]): T => items[Math.floor(rng() * items.length)]!;
const title = (rng: Rng) => Array.from({ length: 6 }, () => pick(rng, WORDS)).join(" ");
/** Authors of record i: 1–6 drawn from a pool a tenth the size of the file, so names repeat as in real data. */
const authorsOf = (rng: Rng, records: number) =>
  Array.from({ length: 1 + Math.floor(rng() * 6) }, () => Math.floor(rng() * Math.max(10, records / 10)));

/** OpenAlex works as JSON lines, one work per line, with authorships, ids, concepts and an inverted abstract. */
export function generateOpenAlexLines(records: number, seed = 1): string {
  const rng = createRng(seed);
  const lines: string[] = [];
  for (let i = 0; i < records; i++) {
    const authorships = authorsOf(rng, records).map((a) => ({
      author: { id: `https://openalex.org/A${a}`, display_name: `Author ${a}`, orcid: null },
      raw_author_name: `Author ${a}`,
    }));
    const work = {
      id: `https://openalex.org/W${i}`,
      doi: `https://doi.org/10.5555/${i}`,
      title: title(rng),
      publication_year: 2000 + (i % 25),
      publication_date: `${2000 + (i % 25)}-03-01`,
      authorships,
      keywords: [{ display_name: pick(rng, WORDS), score: 0.6 }],
      primary_location: { source: { display_name: "Journal of Tests" } },
      abstract_inverted_index: { We: [0], study: [1], graphs: [2] },
      cited_by_count: i % 50,
    };
    lines.push(JSON.stringify(work));
  }
  return lines.join("\n");
}

/** arXiv metadata snapshot records as JSON lines. */
export function generateArxivLines(records: number, seed = 2): string {
  const rng = createRng(seed);
  const lines: string[] = [];
  for (let i = 0; i < records; i++) {
    const authors = authorsOf(rng, records);
    lines.push(
      JSON.stringify({
        id: `${1000 + (i % 9000)}.${String(i).padStart(5, "0")}`,
        submitter: `Author ${authors[0]}`,
        authors: authors.map((a) => `A. Author${a}`).join(", "),
        title: title(rng),
        categories: `${pick(rng, CATEGORIES)} ${pick(rng, CATEGORIES)}`,
        doi: null,
        abstract: `  ${title(rng)}.\n`,
        versions: [{ version: "v1", created: "Mon, 2 Apr 2007 19:18:42 GMT" }],
        update_date: "2008-11-26",
        authors_parsed: authors.map((a) => [`Author${a}`, "A.", ""]),
      }),
    );
  }
  return lines.join("\n");
}

/** A DBLP dump-like `<dblp>` stream of `<article>` and `<inproceedings>` records, homonym numbers included. */
export function generateDblpXml(records: number, seed = 3): string {
  const rng = createRng(seed);
  const parts = ['<?xml version="1.0" encoding="UTF-8"?>\n<dblp>'];
  for (let i = 0; i < records; i++) {
    const tag = i % 2 === 0 ? "article" : "inproceedings";
    const authors = authorsOf(rng, records)
      .map((a) => `<author>M&uuml;ller ${a}${a % 7 === 0 ? " 0001" : ""}</author>`)
      .join("");
    const venue = tag === "article" ? "<journal>J. Tests</journal>" : "<booktitle>ICT</booktitle>";
    parts.push(
      `<${tag} key="journals/t/${i}" mdate="2020-01-01">${authors}<title>${title(rng)}.</title><year>${2000 + (i % 25)}</year>${venue}<ee>https://doi.org/10.5555/${i}</ee></${tag}>`,
    );
  }
  parts.push("</dblp>");
  return parts.join("\n");
}

/** A GEXF 1.2 coauthor network with `records` edges over records/4 nodes (duplicates included). */
export function generateGexf(records: number, seed = 4): string {
  const rng = createRng(seed);
  const nodes = Math.max(2, Math.floor(records / 4));
  const parts = [
    '<?xml version="1.0" encoding="UTF-8"?>\n<gexf xmlns="http://gexf.net/1.2" version="1.2"><graph defaultedgetype="undirected"><nodes>',
  ];
  for (let n = 0; n < nodes; n++) parts.push(`<node id="${n}" label="author ${n}"/>`);
  parts.push("</nodes><edges>");
  for (let e = 0; e < records; e++) {
    const source = Math.floor(rng() * nodes);
    const target = (source + 1 + Math.floor(rng() * (nodes - 1))) % nodes;
    parts.push(`<edge id="${e}" source="${source}" target="${target}" weight="1.0"/>`);
  }
  parts.push("</edges></graph></gexf>");
  return parts.join("\n");
}

const FORMATS: {
  format: string;
  generate: (records: number) => string;
  baseline: "JSON.parse per line" | "bare sax pass";
}[] = [
  { format: "openalex", generate: generateOpenAlexLines, baseline: "JSON.parse per line" },
  { format: "arxiv-jsonl", generate: generateArxivLines, baseline: "JSON.parse per line" },
  { format: "dblp", generate: generateDblpXml, baseline: "bare sax pass" },
  { format: "gexf", generate: generateGexf, baseline: "bare sax pass" },
];

/** Times every streaming reader on a generated input of `records` records, next to its syntax-only baseline. */
export function benchIngest(records: number): IngestBenchRow[] {
  return FORMATS.map(({ format, generate, baseline }) => {
    const text = generate(records);
    const megabytes = text.length / 1e6;
    let started = performance.now();
    if (baseline === "bare sax pass") scanXml(text);
    else for (const line of text.split("\n")) JSON.parse(line);
    const baselineSeconds = (performance.now() - started) / 1000;
    started = performance.now();
    const result = findReader(format)!.read(text, `generated.${format}`, { referenceYear: 2026 });
    const readerSeconds = (performance.now() - started) / 1000;
    const produced = result.networks?.[0]?.edges.length ?? result.papers.length;
    return {
      format,
      records,
      megabytes,
      readerSeconds,
      readerMBps: megabytes / readerSeconds,
      baselineMBps: megabytes / baselineSeconds,
      baseline,
      produced,
    };
  });
}

/** The rows as an aligned text table for the terminal. */
export function formatIngestBench(rows: IngestBenchRow[]): string {
  const header = ["format", "records", "MB", "read s", "read MB/s", "baseline MB/s", "baseline", "papers/edges"];
  const lines = rows.map((r) => [
    r.format,
    String(r.records),
    r.megabytes.toFixed(1),
    r.readerSeconds.toFixed(2),
    r.readerMBps.toFixed(1),
    r.baselineMBps.toFixed(1),
    r.baseline,
    String(r.produced),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((line) => line[i]!.length)));
  return [header, ...lines].map((cells) => cells.map((cell, i) => cell.padStart(widths[i]!)).join("  ")).join("\n");
}
