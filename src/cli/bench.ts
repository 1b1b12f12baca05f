/**
 * `papergraph bench`: times every pipeline step on synthetic corpora of growing size and reports peak
 * memory. Two corpus shapes: scholar-profile pages (synthetic-corpus.ts) and OpenAlex works as JSON lines
 * (synthetic-openalex.ts), the latter written to a file and run as `papergraph analyze works.jsonl --gexf
 * out.gexf` would be — read the file, analyse, write the GEXF file. Each size runs in a child process with
 * Node's default heap, so the peak resident set size is that size's alone. Step times come from the
 * pipeline's own progress events (the first and last event of each step), so the benchmark times exactly
 * the code the CLI and the browser run. The machine's load average is printed with every row: on a shared
 * machine it says how far the figures are from an idle one's.
 */

import { spawnSync } from "node:child_process";
import { rmSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { writeGexfBytes } from "../export";
import type { InputFile } from "../model";
import { analyse } from "../pipeline";
import type { BenchCommand, BenchCorpus } from "./args";
import { benchHostile, benchIngest, formatHostileBench, formatIngestBench } from "./bench-ingest";
import { runIdentityBench } from "./bench-identity";
import { formatGraphBench, measureGraph } from "./bench-graph";
import { benchTopics, formatTopicsBench } from "./bench-topics";
import { readInputFiles, writeOutput } from "./files";
import { createThreadCommunityRunner } from "./community-thread";
import { createThreadSweepRunner } from "./metrics-threads";
import { STEPS, timeSteps } from "./step-timer";
import { generateCorpus } from "./synthetic-corpus";
import { generateOpenAlexWorks } from "./synthetic-openalex";

interface BenchRow {
  corpus: BenchCorpus;
  papers: number;
  megabytes: number;
  gexfMegabytes: number;
  authors: number;
  links: number;
  betweenness: string;
  seconds: Record<string, number>;
  peakMegabytes: number;
  /** The 1-minute load average before and after the run. */
  load: [number, number];
}

/** Seconds since `started` (a performance.now() value). */
const since = (started: number) => (performance.now() - started) / 1000;

/** Characters of filler in the hostile field (and half of it): a megabyte, as the reader tests feed. */
const HOSTILE_FIELD = 1_000_000;

/** Megabytes of generated titles and abstracts in the key-phrase rows. */
const TOPICS_MEGABYTES = 10;

/** The corpus of one row: profile pages in memory, or OpenAlex works written to a file and read back. */
function benchInputs(corpus: BenchCorpus, papers: number, seconds: Record<string, number>): InputFile[] {
  let started = performance.now();
  if (corpus === "profile") {
    const inputs = generateCorpus(papers);
    seconds.generate = since(started);
    return inputs;
  }
  const file = join(tmpdir(), `papergraph-bench-${process.pid}.jsonl`);
  writeOutput(
    file,
    (function* () {
      for (const line of generateOpenAlexWorks(papers)) yield `${line}\n`;
    })(),
  );
  seconds.generate = since(started);
  started = performance.now();
  const inputs = readInputFiles([file]);
  rmSync(file);
  seconds["read file"] = since(started);
  return inputs;
}

async function benchOne(corpus: BenchCorpus, papers: number, command: BenchCommand): Promise<BenchRow> {
  const loadBefore = loadavg()[0]!;
  const seconds: Record<string, number> = {};
  const inputs = benchInputs(corpus, papers, seconds);
  const megabytes = inputs.reduce((sum, file) => sum + file.text.length, 0) / 1e6;
  const analysis = await analyse(inputs, command.options, timeSteps(seconds), {
    sweep: createThreadSweepRunner({ threads: command.threads }),
    communityRuns: createThreadCommunityRunner({ threads: command.threads }),
  });
  inputs.length = 0;
  const started = performance.now();
  let gexfBytes = 0;
  const out = join(tmpdir(), `papergraph-bench-${process.pid}.gexf`);
  writeOutput(
    out,
    (function* () {
      for (const piece of writeGexfBytes(analysis.coauthors, {})) {
        gexfBytes += piece.length;
        yield piece;
      }
    })(),
  );
  rmSync(out);
  seconds["export gexf"] = since(started);
  const summary = analysis.coauthorSummary;
  return {
    corpus,
    papers,
    megabytes,
    gexfMegabytes: gexfBytes / 1e6,
    authors: summary.nodes,
    links: summary.edges,
    betweenness:
      summary.betweenness.mode === "exact"
        ? "exact"
        : `sampled k=${summary.betweenness.samples}, ε≤${summary.betweenness.errorBound?.toFixed(3)}`,
    seconds,
    peakMegabytes: process.resourceUsage().maxRSS / 1024,
    load: [loadBefore, loadavg()[0]!],
  };
}

/** One size of one corpus in a child process (its own peak memory, Node's default heap). */
function runChild(corpus: BenchCorpus, size: number): BenchRow {
  process.stderr.write(`bench: ${size} ${corpus === "profile" ? "papers on profile pages" : "OpenAlex works"}…\n`);
  const repeated = new Set(["--sizes", "--corpus"]);
  const args = [
    ...process.execArgv.filter((arg) => !arg.startsWith("--max-old-space-size")),
    process.argv[1]!,
    "bench",
    "--single",
    "--sizes",
    String(size),
    "--corpus",
    corpus,
    ...process.argv.slice(3).filter((arg, i, all) => !repeated.has(arg) && !repeated.has(all[i - 1]!)),
  ];
  const child = spawnSync(process.execPath, args, {
    encoding: "utf8",
    stdio: ["ignore", "pipe", "inherit"],
    maxBuffer: 1 << 26,
  });
  if (child.status !== 0) {
    throw new Error(`papergraph/bench: the ${corpus} run with ${size} papers failed (exit ${child.status}).`);
  }
  return JSON.parse(child.stdout.trim().split("\n").pop()!) as BenchRow;
}

function formatRows(rows: BenchRow[]): string {
  const columns = [
    "generate",
    "read file",
    ...STEPS.filter((step) => rows.some((row) => row.seconds[step] !== undefined)),
    "export gexf",
  ];
  const header = [
    "corpus",
    "papers",
    "MB",
    "authors",
    "links",
    ...columns,
    "total s",
    "peak MB",
    "GEXF MB",
    "load",
    "path metrics",
  ];
  const lines = rows.map((row) => {
    const total = columns.filter((c) => c !== "generate").reduce((sum, c) => sum + (row.seconds[c] ?? 0), 0);
    return [
      row.corpus,
      row.papers,
      row.megabytes.toFixed(1),
      row.authors,
      row.links,
      ...columns.map((c) => (row.seconds[c] ?? 0).toFixed(2)),
      total.toFixed(2),
      row.peakMegabytes.toFixed(0),
      row.gexfMegabytes.toFixed(0),
      row.load.map((load) => load.toFixed(1)).join("–"),
      row.betweenness,
    ].map(String);
  });
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((line) => line[i]!.length)));
  const format = (cells: string[]) => cells.map((cell, i) => cell.padStart(widths[i]!)).join("  ");
  return [format(header), ...lines.map(format)].join("\n");
}

/** Runs the benchmark; with --single it measures one size and prints its row as JSON for the parent. */
export async function runBench(command: BenchCommand): Promise<number> {
  if (command.graph) {
    const result = await measureGraph({
      file: command.graph,
      threads: command.threads,
      igraph: command.igraph,
      options: command.options,
    });
    process.stdout.write(`${formatGraphBench(command.graph, result)}\n`);
    return 0;
  }
  // The DuckDB engine (an optional dependency) is loaded only when asked for.
  if (command.engine === "duckdb") return (await import("./bench-duckdb")).runDuckDbBench(command);
  if (command.identityOnly) {
    process.stdout.write(`${runIdentityBench(command.identityData)}\n`);
    return 0;
  }
  if (command.single) {
    const row = await benchOne(command.corpora[0]!, command.sizes[0]!, command);
    process.stdout.write(`${JSON.stringify(row)}\n`);
    return 0;
  }
  const rows: BenchRow[] = [];
  for (const corpus of command.corpora) {
    for (const size of command.sizes) rows.push(runChild(corpus, size));
  }
  process.stdout.write(`${formatRows(rows)}\n`);
  if (command.ingestMegabytes > 0) {
    const rows = benchIngest(command.ingestMegabytes, (format) =>
      process.stderr.write(`bench: the ${format} reader on ${command.ingestMegabytes} MB of generated records…\n`),
    );
    process.stdout.write(`\n${formatIngestBench(rows)}\n`);
    process.stderr.write("bench: the readers on hostile input (one field of filler)…\n");
    process.stdout.write(`\n${formatHostileBench(benchHostile(HOSTILE_FIELD), HOSTILE_FIELD)}\n`);
    process.stderr.write(`bench: key phrases from ${TOPICS_MEGABYTES} MB of generated abstracts…\n`);
    process.stdout.write(`\n${formatTopicsBench(benchTopics(TOPICS_MEGABYTES))}\n`);
  }
  process.stderr.write("bench: identity evaluation…\n");
  process.stdout.write(`\n${runIdentityBench(command.identityData)}\n`);
  return 0;
}
