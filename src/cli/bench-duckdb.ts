/**
 * `papergraph bench --engine duckdb`: the DuckDB engine on generated OpenAlex works (synthetic-openalex.ts,
 * written to a JSON lines file first), each size in a child process with Node's default heap, printing
 * seconds per step, peak resident memory and the machine's load. With `--compare`, the child then runs
 * analyse() (the in-memory engine) on the same file and compares: the people (by OpenAlex id, in node
 * order), every coauthor link (pair, joint papers, weights, years) and every node metric, bit for bit.
 * Figures are printed, never judged.
 */

import { spawnSync } from "node:child_process";
import { rmSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { NODE_METRICS } from "../metrics";
import { resolveOptions } from "../options";
import { analyse } from "../pipeline";
import type { BenchCommand } from "./args";
import { analyseWithDuckDb } from "./engine/duckdb-analysis";
import { readInputFiles, writeOutput } from "./files";
import { createThreadSweepRunner } from "./metrics-threads";
import { generateOpenAlexWorks } from "./synthetic-openalex";

/** One row of the DuckDB benchmark. */
interface DuckDbRow {
  works: number;
  megabytes: number;
  people: number;
  links: number;
  seconds: Record<string, number>;
  peakMegabytes: number;
  load: [number, number];
  paths: string;
  comparison?: string;
}

const DUCKDB_STEPS = ["generate", "ingest", "identities", "projection", "coauthor metrics", "layout"];

/** Generates `works` works into a file and returns its path and size in MB. */
function writeWorks(works: number): { file: string; megabytes: number } {
  const file = join(tmpdir(), `papergraph-bench-duckdb-${process.pid}.jsonl`);
  let bytes = 0;
  writeOutput(
    file,
    (function* () {
      for (const line of generateOpenAlexWorks(works)) {
        bytes += line.length + 1;
        yield `${line}\n`;
      }
    })(),
  );
  return { file, megabytes: bytes / 1e6 };
}

/** The DuckDB engine on one size, in this process; the comparison with analyse() when asked. */
async function benchOneDuckDb(works: number, command: BenchCommand): Promise<DuckDbRow> {
  const loadBefore = loadavg()[0]!;
  const seconds: Record<string, number> = {};
  let started = performance.now();
  const { file, megabytes } = writeWorks(works);
  seconds.generate = (performance.now() - started) / 1000;
  const marks = new Map<string, number>();
  const options = resolveOptions(command.options);
  const duckdb = await analyseWithDuckDb(
    file,
    options,
    (stage, done) => {
      if (done === 0) marks.set(stage, performance.now());
      else seconds[stage] = (performance.now() - marks.get(stage)!) / 1000;
    },
    { sweep: createThreadSweepRunner({ threads: command.threads }) },
  );
  const peakMegabytes = process.resourceUsage().maxRSS / 1024;
  const { summary } = duckdb;
  const row: DuckDbRow = {
    works,
    megabytes,
    people: duckdb.csr.nodes.length,
    links: duckdb.projection.links.count,
    seconds,
    peakMegabytes,
    load: [loadBefore, loadavg()[0]!],
    paths:
      summary.betweenness.mode === "exact"
        ? "exact"
        : `sampled, ${summary.betweenness.samples} sources, top ${summary.betweenness.certifiedTop}/${summary.betweenness.topK} stable`,
  };
  if (command.compare) {
    started = performance.now();
    row.comparison = await compareWithMemory(file, options, duckdb, command);
    row.comparison += ` (in-memory run ${((performance.now() - started) / 1000).toFixed(0)} s)`;
  }
  rmSync(file);
  return row;
}

/** analyse() on the same file, compared with the DuckDB result: a one-line verdict. */
async function compareWithMemory(
  file: string,
  options: ReturnType<typeof resolveOptions>,
  duckdb: Awaited<ReturnType<typeof analyseWithDuckDb>>,
  command: BenchCommand,
): Promise<string> {
  const analysis = await analyse(readInputFiles([file]), { ...options, layoutIterations: 0 }, undefined, {
    sweep: createThreadSweepRunner({ threads: command.threads }),
  });
  const graph = analysis.coauthors;
  const openalexOf = new Map<string, string>();
  for (const paper of analysis.corpus.papers) {
    for (const author of paper.authors) openalexOf.set(`author:${author.key}`, author.ids?.openalex ?? "?");
  }
  const nodes = graph.nodes();
  const samePeople =
    nodes.length === duckdb.projection.people.length &&
    nodes.every((node, i) => openalexOf.get(node) === duckdb.projection.people[i]);
  if (!samePeople) return "people differ: no link or metric comparison";
  const { links } = duckdb.projection;
  let sameLinks = graph.size === links.count;
  // The projection lists joint papers by their bipartite node key.
  const paperIds = analysis.corpus.papers.map((paper) => paper.id);
  for (let i = 0; sameLinks && i < links.count; i++) {
    const edge = graph.edge(nodes[links.source[i]!]!, nodes[links.target[i]!]!);
    const attributes = edge === undefined ? undefined : graph.getEdgeAttributes(edge);
    const papers = Array.from(
      links.papers.subarray(links.paperStart[i], links.paperStart[i + 1]),
      (p) => `paper:${paperIds[p]}`,
    );
    sameLinks =
      attributes !== undefined &&
      attributes.weight === links.weight[i] &&
      attributes.fractional === links.fractional[i] &&
      attributes.papers.join("|") === papers.join("|");
  }
  const differing = [...NODE_METRICS.map((metric) => metric.key), "community" as const, "component" as const].filter(
    (key) => {
      const values = duckdb.metrics.get(key)!;
      return nodes.some((node, i) => graph.getNodeAttribute(node, key) !== values[i]);
    },
  );
  return (
    `people identical (${nodes.length}); links ${sameLinks ? "identical" : "DIFFER"} (${links.count}); ` +
    `metrics ${differing.length === 0 ? "identical bit for bit" : `differ: ${differing.join(", ")}`}`
  );
}

function formatDuckDbRows(rows: DuckDbRow[]): string {
  const header = ["works", "MB", "people", "links", ...DUCKDB_STEPS, "total s", "peak MB", "load", "path metrics"];
  const lines = rows.map((row) => {
    const total = DUCKDB_STEPS.slice(1).reduce((sum, step) => sum + (row.seconds[step] ?? 0), 0);
    return [
      String(row.works),
      row.megabytes.toFixed(0),
      String(row.people),
      String(row.links),
      ...DUCKDB_STEPS.map((step) => (row.seconds[step] ?? 0).toFixed(2)),
      total.toFixed(2),
      row.peakMegabytes.toFixed(0),
      row.load.map((load) => load.toFixed(1)).join("–"),
      row.paths,
    ];
  });
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((line) => line[i]!.length)));
  const table = [header, ...lines].map((cells) => cells.map((cell, i) => cell.padStart(widths[i]!)).join("  "));
  const comparisons = rows.flatMap((row) =>
    row.comparison ? [`${row.works} works, DuckDB against in-memory: ${row.comparison}`] : [],
  );
  return [...table, ...comparisons].join("\n");
}

/** Runs the DuckDB benchmark: each size in a child (--single), then the table. */
export async function runDuckDbBench(command: BenchCommand): Promise<number> {
  if (command.single) {
    process.stdout.write(`${JSON.stringify(await benchOneDuckDb(command.sizes[0]!, command))}\n`);
    return 0;
  }
  const rows: DuckDbRow[] = [];
  for (const size of command.sizes) {
    process.stderr.write(`bench: ${size} OpenAlex works through DuckDB…\n`);
    const args = [
      ...process.execArgv.filter((arg) => !arg.startsWith("--max-old-space-size")),
      process.argv[1]!,
      "bench",
      "--single",
      "--sizes",
      String(size),
      ...process.argv.slice(3).filter((arg, i, all) => arg !== "--sizes" && all[i - 1] !== "--sizes"),
    ];
    const child = spawnSync(process.execPath, args, { encoding: "utf8", stdio: ["ignore", "pipe", "inherit"] });
    if (child.status !== 0) {
      throw new Error(`papergraph/bench: the DuckDB run with ${size} works failed (exit ${child.status}).`);
    }
    rows.push(JSON.parse(child.stdout.trim().split("\n").pop()!) as DuckDbRow);
  }
  process.stdout.write(`${formatDuckDbRows(rows)}\n`);
  return 0;
}
