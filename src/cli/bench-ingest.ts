/**
 * `papergraph bench` rows for the readers: for each format a file of about `megabytes` MB is generated in
 * memory (generated-records.ts, seeded, so every run reads the same bytes), read with its reader, and timed
 * next to the bare cost of the syntax — `JSON.parse` of every line for JSON lines, a sax pass with no
 * handlers for XML, splitting into lines for the line-based formats — so the table shows what the reader
 * adds. Each reader also reads a quarter of that size: a reader that is linear in its input reads both at
 * about the same MB/s, and one that is not slows down on the larger file. Figures are printed, never judged.
 *
 * Times are CPU time of the process (user + system, process.cpuUsage), which other jobs on a shared machine
 * disturb far less than wall time, and wall time beside it: the CPU time counts the work V8 does on its
 * helper threads (the garbage collector's parallel scavenges of the papers a reader keeps, compilation),
 * which a bare parse keeping nothing hardly has, while the wall time is what a user waits on a quiet
 * machine. Each reader first reads the quarter once untimed: its first run over a few megabytes is two to
 * three times slower than the next (the engine is still compiling it and growing its heap), and a warm-up
 * on a thousand records did not cover that, so the quarter — timed first — read slower than the whole file
 * and looked like a reader that is not linear.
 *
 * A second table times the hostile cases (hostile-records.ts: one field of filler) on a field of half and of
 * the whole size: a reader linear in the field takes about twice as long on the whole, a quadratic one four
 * times as long.
 */

import { findReader, scanXml } from "../ingest";
import { buildHostile, HOSTILE_CASES } from "./hostile-records";
import {
  generateArxivLines,
  generateBibtex,
  generateCsv,
  generateDblpXml,
  generateGexf,
  generateOpenAlexLines,
  generateOpenAlexPage,
  generateRis,
} from "./generated-records";

/** One benchmark row: input size, reader and baseline throughput, and what the reader produced. */
export interface IngestBenchRow {
  format: string;
  /** What the generated input is, when the format name does not say (an API page rather than JSON lines). */
  label: string;
  records: number;
  megabytes: number;
  /** CPU seconds of the read. */
  readerSeconds: number;
  /** Reader throughput in MB per second of CPU, and of wall time. */
  readerMBps: number;
  readerWallMBps: number;
  /** Reader throughput on a quarter of the input, per second of CPU. */
  quarterMBps: number;
  /** Baseline throughput in MB per second of CPU, and of wall time. */
  baselineMBps: number;
  baselineWallMBps: number;
  baseline: Baseline;
  produced: number;
}

type Baseline = "JSON.parse per line" | "bare sax pass" | "split into lines";

const FORMATS: { format: string; label?: string; generate: (records: number) => string; baseline: Baseline }[] = [
  { format: "openalex", generate: generateOpenAlexLines, baseline: "JSON.parse per line" },
  { format: "openalex", label: "openalex page", generate: generateOpenAlexPage, baseline: "JSON.parse per line" },
  { format: "arxiv-jsonl", generate: generateArxivLines, baseline: "JSON.parse per line" },
  { format: "dblp", generate: generateDblpXml, baseline: "bare sax pass" },
  { format: "gexf", generate: generateGexf, baseline: "bare sax pass" },
  { format: "bibtex", generate: generateBibtex, baseline: "split into lines" },
  { format: "ris", generate: generateRis, baseline: "split into lines" },
  { format: "csv", generate: generateCsv, baseline: "split into lines" },
];

/** What `work` takes: CPU seconds (user + system, every thread of the process) and wall seconds. */
interface Taken {
  cpu: number;
  wall: number;
}

function timed(work: () => void): Taken {
  const wallStart = performance.now();
  const started = process.cpuUsage();
  work();
  const { user, system } = process.cpuUsage(started);
  return { cpu: (user + system) / 1e6, wall: (performance.now() - wallStart) / 1e3 };
}

function runBaseline(baseline: Baseline, text: string): void {
  if (baseline === "bare sax pass") scanXml(text);
  else if (baseline === "JSON.parse per line") for (const line of text.split("\n")) JSON.parse(line);
  else text.split(/\r\n|\r|\n/);
}

/** Reads `text` with the reader of `format`; returns the seconds taken and the papers (or edges) produced. */
function timeReader(format: string, text: string): { taken: Taken; produced: number } {
  const reader = findReader(format);
  if (!reader) throw new Error(`papergraph/bench: no reader named ${format}.`);
  let produced = 0;
  const taken = timed(() => {
    const result = reader.read(text, `generated.${format}`, { referenceYear: 2026 });
    produced = result.networks?.[0]?.edges.length ?? result.papers.length;
  });
  return { taken, produced };
}

/** Times every reader on a generated input of about `megabytes` MB (and a quarter of it), next to its baseline. */
export function benchIngest(megabytes: number, onFormat?: (format: string) => void): IngestBenchRow[] {
  return FORMATS.map(({ format, label = format, generate, baseline }) => {
    onFormat?.(label);
    // A sample of 1,000 records sizes the input; an untimed run over the quarter warms the reader up, so that
    // neither timed run pays for compiling it.
    const sample = generate(1000);
    const records = Math.max(1, Math.round((megabytes * 1e6) / (sample.length / 1000)));
    const quarter = generate(Math.max(1, Math.round(records / 4)));
    timeReader(format, quarter);
    const quarterRun = timeReader(format, quarter);
    const text = generate(records);
    const size = text.length / 1e6;
    // The better of two runs: the baseline is cheap, and its first run over the text also pays for warming up.
    const baselineRuns = [timed(() => runBaseline(baseline, text)), timed(() => runBaseline(baseline, text))];
    const run = timeReader(format, text);
    return {
      format,
      label,
      records,
      megabytes: size,
      readerSeconds: run.taken.cpu,
      readerMBps: size / run.taken.cpu,
      readerWallMBps: size / run.taken.wall,
      quarterMBps: quarter.length / 1e6 / quarterRun.taken.cpu,
      baselineMBps: size / Math.min(...baselineRuns.map((taken) => taken.cpu)),
      baselineWallMBps: size / Math.min(...baselineRuns.map((taken) => taken.wall)),
      baseline,
      produced: run.produced,
    };
  });
}

/** One hostile case timed on a field of half and of the whole size. */
export interface HostileBenchRow {
  reader: string;
  field: string;
  halfSeconds: number;
  wholeSeconds: number;
}

/** Times every hostile case on a field of `size / 2` and `size` characters (best of three runs each). */
export function benchHostile(size: number): HostileBenchRow[] {
  return HOSTILE_CASES.map((hostile) => {
    const time = (characters: number) => {
      const text = buildHostile(hostile, characters);
      return Math.min(...[0, 1, 2].map(() => timeReader(hostile.format, text).taken.cpu));
    };
    return { reader: hostile.format, field: hostile.field, halfSeconds: time(size / 2), wholeSeconds: time(size) };
  });
}

/** The hostile rows as a table: seconds on half and whole the field, and their ratio (2 = linear). */
export function formatHostileBench(rows: HostileBenchRow[], size: number): string {
  const header = ["reader", "field", `s on ${size / 2e6} MB`, `s on ${size / 1e6} MB`, "ratio"];
  const lines = rows.map((r) => [
    r.reader,
    r.field,
    r.halfSeconds.toFixed(3),
    r.wholeSeconds.toFixed(3),
    (r.wholeSeconds / r.halfSeconds).toFixed(1),
  ]);
  return alignTable([header, ...lines]);
}

/** Rows of cells padded to their column's width. */
function alignTable(rows: string[][]): string {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((row) => row[i]?.length ?? 0)));
  return rows.map((cells) => cells.map((cell, i) => cell.padStart(widths[i] ?? 0)).join("  ")).join("\n");
}

const percent = (share: number) => `${Math.round(share * 100)}%`;

/** The rows as an aligned text table for the terminal; a share is the reader's MB/s over its baseline's. */
export function formatIngestBench(rows: IngestBenchRow[]): string {
  const header = [
    "format",
    "records",
    "MB",
    "read CPU s",
    "read MB/s CPU",
    "read MB/s wall",
    "MB/s on ¼ CPU",
    "baseline MB/s CPU",
    "baseline MB/s wall",
    "share CPU",
    "share wall",
    "baseline",
    "papers/edges",
  ];
  const lines = rows.map((r) => [
    r.label,
    String(r.records),
    r.megabytes.toFixed(1),
    r.readerSeconds.toFixed(2),
    r.readerMBps.toFixed(1),
    r.readerWallMBps.toFixed(1),
    r.quarterMBps.toFixed(1),
    r.baselineMBps.toFixed(1),
    r.baselineWallMBps.toFixed(1),
    percent(r.readerMBps / r.baselineMBps),
    percent(r.readerWallMBps / r.baselineWallMBps),
    r.baseline,
    String(r.produced),
  ]);
  return alignTable([header, ...lines]);
}
