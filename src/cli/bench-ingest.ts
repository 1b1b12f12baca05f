/**
 * `papergraph bench` rows for the readers: for each format a file of about `megabytes` MB is generated in
 * memory (generated-records.ts, seeded, so every run reads the same bytes), read with its reader, and timed
 * next to the bare cost of the syntax — `JSON.parse` of every line for JSON lines, a sax pass with no
 * handlers for XML, splitting into lines for the line-based formats — so the table shows what the reader
 * adds. Each reader also reads a quarter of that size: a reader that is linear in its input reads both at
 * about the same MB/s, and one that is not slows down on the larger file. Figures are printed, never judged.
 */

import { findReader, scanXml } from "../ingest";
import {
  generateArxivLines,
  generateBibtex,
  generateCsv,
  generateDblpXml,
  generateGexf,
  generateOpenAlexLines,
  generateRis,
} from "./generated-records";

/** One benchmark row: input size, reader and baseline throughput, and what the reader produced. */
export interface IngestBenchRow {
  format: string;
  records: number;
  megabytes: number;
  readerSeconds: number;
  readerMBps: number;
  /** Reader throughput on a quarter of the input. */
  quarterMBps: number;
  baselineMBps: number;
  baseline: Baseline;
  produced: number;
}

type Baseline = "JSON.parse per line" | "bare sax pass" | "split into lines";

const FORMATS: { format: string; generate: (records: number) => string; baseline: Baseline }[] = [
  { format: "openalex", generate: generateOpenAlexLines, baseline: "JSON.parse per line" },
  { format: "arxiv-jsonl", generate: generateArxivLines, baseline: "JSON.parse per line" },
  { format: "dblp", generate: generateDblpXml, baseline: "bare sax pass" },
  { format: "gexf", generate: generateGexf, baseline: "bare sax pass" },
  { format: "bibtex", generate: generateBibtex, baseline: "split into lines" },
  { format: "ris", generate: generateRis, baseline: "split into lines" },
  { format: "csv", generate: generateCsv, baseline: "split into lines" },
];

function seconds(work: () => void): number {
  const started = performance.now();
  work();
  return (performance.now() - started) / 1000;
}

function runBaseline(baseline: Baseline, text: string): void {
  if (baseline === "bare sax pass") scanXml(text);
  else if (baseline === "JSON.parse per line") for (const line of text.split("\n")) JSON.parse(line);
  else text.split(/\r\n|\r|\n/);
}

/** Reads `text` with the reader of `format`; returns the seconds taken and the papers (or edges) produced. */
function timeReader(format: string, text: string): { seconds: number; produced: number } {
  const reader = findReader(format);
  if (!reader) throw new Error(`papergraph/bench: no reader named ${format}.`);
  let produced = 0;
  const taken = seconds(() => {
    const result = reader.read(text, `generated.${format}`, { referenceYear: 2026 });
    produced = result.networks?.[0]?.edges.length ?? result.papers.length;
  });
  return { seconds: taken, produced };
}

/** Times every reader on a generated input of about `megabytes` MB (and a quarter of it), next to its baseline. */
export function benchIngest(megabytes: number, onFormat?: (format: string) => void): IngestBenchRow[] {
  return FORMATS.map(({ format, generate, baseline }) => {
    onFormat?.(format);
    // A sample of 1,000 records sizes the input and warms the reader up, so that neither timed run pays
    // for compiling it.
    const sample = generate(1000);
    timeReader(format, sample);
    const records = Math.max(1, Math.round((megabytes * 1e6) / (sample.length / 1000)));
    const quarter = generate(Math.max(1, Math.round(records / 4)));
    const quarterRun = timeReader(format, quarter);
    const text = generate(records);
    const size = text.length / 1e6;
    const baselineSeconds = seconds(() => runBaseline(baseline, text));
    const run = timeReader(format, text);
    return {
      format,
      records,
      megabytes: size,
      readerSeconds: run.seconds,
      readerMBps: size / run.seconds,
      quarterMBps: quarter.length / 1e6 / quarterRun.seconds,
      baselineMBps: size / baselineSeconds,
      baseline,
      produced: run.produced,
    };
  });
}

/** The rows as an aligned text table for the terminal. */
export function formatIngestBench(rows: IngestBenchRow[]): string {
  const header = [
    "format",
    "records",
    "MB",
    "read s",
    "read MB/s",
    "MB/s on ¼",
    "baseline MB/s",
    "baseline",
    "papers/edges",
  ];
  const lines = rows.map((r) => [
    r.format,
    String(r.records),
    r.megabytes.toFixed(1),
    r.readerSeconds.toFixed(2),
    r.readerMBps.toFixed(1),
    r.quarterMBps.toFixed(1),
    r.baselineMBps.toFixed(1),
    r.baseline,
    String(r.produced),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((line) => line[i]?.length ?? 0)));
  return [header, ...lines].map((cells) => cells.map((cell, i) => cell.padStart(widths[i] ?? 0)).join("  ")).join("\n");
}
