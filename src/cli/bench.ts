/**
 * `papergraph bench`: times every pipeline step on synthetic corpora of growing size and reports peak
 * memory. Each size runs in a child process, so the peak resident set size is that size's alone. Step
 * times come from the pipeline's own progress events (the first and last event of each step), so the
 * benchmark times exactly the code the CLI and the browser run.
 */

import { spawnSync } from "node:child_process";
import { writeGexfChunks } from "../export";
import { analyse } from "../pipeline";
import type { BenchCommand } from "./args";
import { benchHostile, benchIngest, formatHostileBench, formatIngestBench } from "./bench-ingest";
import { runIdentityBench } from "./bench-identity";
import { formatGraphBench, measureGraph } from "./bench-graph";
import { createThreadSweepRunner } from "./metrics-threads";
import { STEPS, timeSteps } from "./step-timer";
import { generateCorpus } from "./synthetic-corpus";

interface BenchRow {
  papers: number;
  megabytes: number;
  gexfMegabytes: number;
  authors: number;
  links: number;
  betweenness: string;
  seconds: Record<string, number>;
  peakMegabytes: number;
}

/**
 * Heap limit of each size's run. Node's default (about 4 GB here) is below what the 100k-paper corpus
 * needs (its peak is printed in the table); the machine has 24 GB.
 */
const HEAP_MB = 12_288;

/** Characters of filler in the hostile field (and half of it): a megabyte, as the reader tests feed. */
const HOSTILE_FIELD = 1_000_000;

async function benchOne(papers: number, command: BenchCommand): Promise<BenchRow> {
  const seconds: Record<string, number> = {};
  let started = performance.now();
  const inputs = generateCorpus(papers);
  seconds.generate = (performance.now() - started) / 1000;
  const analysis = await analyse(inputs, command.options, timeSteps(seconds), {
    sweep: createThreadSweepRunner({ threads: command.threads }),
  });
  started = performance.now();
  let gexfCharacters = 0;
  for (const piece of writeGexfChunks(analysis.coauthors, {})) gexfCharacters += piece.length;
  seconds["export gexf"] = (performance.now() - started) / 1000;
  const summary = analysis.coauthorSummary;
  return {
    papers,
    megabytes: inputs.reduce((sum, file) => sum + file.text.length, 0) / 1e6,
    gexfMegabytes: gexfCharacters / 1e6,
    authors: summary.nodes,
    links: summary.edges,
    betweenness:
      summary.betweenness.mode === "exact"
        ? "exact"
        : `sampled k=${summary.betweenness.samples}, ε≤${summary.betweenness.errorBound?.toFixed(3)}`,
    seconds,
    peakMegabytes: process.resourceUsage().maxRSS / 1024,
  };
}

function formatRows(rows: BenchRow[]): string {
  const columns = [
    "generate",
    ...STEPS.filter((step) => rows.some((row) => row.seconds[step] !== undefined)),
    "export gexf",
  ];
  const header = ["papers", "MB", "authors", "links", ...columns, "total s", "peak MB", "GEXF MB", "path metrics"];
  const lines = rows.map((row) => {
    const total = columns.filter((c) => c !== "generate").reduce((sum, c) => sum + (row.seconds[c] ?? 0), 0);
    return [
      row.papers,
      row.megabytes.toFixed(1),
      row.authors,
      row.links,
      ...columns.map((c) => (row.seconds[c] ?? 0).toFixed(2)),
      total.toFixed(2),
      row.peakMegabytes.toFixed(0),
      row.gexfMegabytes.toFixed(0),
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
  if (command.identityOnly) {
    process.stdout.write(`${runIdentityBench(command.identityData)}\n`);
    return 0;
  }
  if (command.single) {
    process.stdout.write(`${JSON.stringify(await benchOne(command.sizes[0]!, command))}\n`);
    return 0;
  }
  const rows: BenchRow[] = [];
  for (const size of command.sizes) {
    process.stderr.write(`bench: ${size} papers…\n`);
    const args = [
      ...process.execArgv,
      `--max-old-space-size=${HEAP_MB}`,
      process.argv[1]!,
      "bench",
      "--single",
      "--sizes",
      String(size),
      ...process.argv.slice(3).filter((arg, i, all) => arg !== "--sizes" && all[i - 1] !== "--sizes"),
    ];
    const child = spawnSync(process.execPath, args, {
      encoding: "utf8",
      stdio: ["ignore", "pipe", "inherit"],
      maxBuffer: 1 << 26,
    });
    if (child.status !== 0)
      throw new Error(`papergraph/bench: the run with ${size} papers failed (exit ${child.status}).`);
    rows.push(JSON.parse(child.stdout.trim().split("\n").pop()!) as BenchRow);
  }
  process.stdout.write(`${formatRows(rows)}\n`);
  if (command.ingestMegabytes > 0) {
    const rows = benchIngest(command.ingestMegabytes, (format) =>
      process.stderr.write(`bench: the ${format} reader on ${command.ingestMegabytes} MB of generated records…\n`),
    );
    process.stdout.write(`\n${formatIngestBench(rows)}\n`);
    process.stderr.write("bench: the readers on hostile input (one field of filler)…\n");
    process.stdout.write(`\n${formatHostileBench(benchHostile(HOSTILE_FIELD), HOSTILE_FIELD)}\n`);
  }
  process.stderr.write("bench: identity evaluation…\n");
  process.stdout.write(`\n${runIdentityBench(command.identityData)}\n`);
  return 0;
}
