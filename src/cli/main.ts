#!/usr/bin/env -S npx tsx
/**
 * papergraph's command line: `analyze` reads files (or the embedded corpus), runs the pipeline and prints
 * the report; `bench` times the pipeline on synthetic corpora. Node only: this is where files are read
 * and written, so the core never touches the file system.
 */

import { join } from "node:path";
import { writeAnalysisJsonChunks, writeEdgesCsv, writeGexfChunks, writeNodesCsv } from "../export";
import { resolveOptions } from "../options";
import { analyse } from "../pipeline";
import type { AnalyzeCommand } from "./args";
import { parseCommand, USAGE } from "./args";
import { runBench } from "./bench";
import { analyseWithDuckDb } from "./engine/duckdb-analysis";
import { formatDuckDbReport } from "./engine/duckdb-report";
import { createThreadSweepRunner } from "./metrics-threads";
import { defaultFiles, readInputFiles, writeOutput } from "./files";
import { createProgressPrinter } from "./progress";
import { formatDiagnostics, formatReport } from "./report";

/** Writes one output file and says so on stderr. */
function save(path: string, content: string | Iterable<string>): void {
  writeOutput(path, content);
  process.stderr.write(`wrote ${path}\n`);
}

/** `analyze --engine duckdb FILE`: the DuckDB engine on one OpenAlex JSON lines file, then the report. */
async function analyzeWithDuckDb(command: AnalyzeCommand): Promise<number> {
  const file = command.files[0]!;
  const onProgress = command.quiet ? undefined : createProgressPrinter((line) => process.stderr.write(`${line}\n`));
  const analysis = await analyseWithDuckDb(file, resolveOptions(command.options), onProgress, {
    sweep: createThreadSweepRunner(),
  });
  if (analysis.projection.papers === 0) {
    process.stderr.write(`papergraph: no work could be read from ${file}.\n`);
    return 1;
  }
  process.stdout.write(`${formatDuckDbReport(file, analysis, command.top)}\n`);
  return 0;
}

async function analyzeCommand(command: AnalyzeCommand): Promise<number> {
  if (command.engine === "duckdb") return analyzeWithDuckDb(command);
  const paths = command.files.length ? command.files : defaultFiles();
  const inputs = readInputFiles(paths);
  const onProgress = command.quiet ? undefined : createProgressPrinter((line) => process.stderr.write(`${line}\n`));
  const thesaurus = command.thesaurus ? readInputFiles([command.thesaurus])[0] : undefined;
  const analysis = await analyse(inputs, { ...command.options, thesaurus }, onProgress, {
    sweep: createThreadSweepRunner(),
  });
  const diagnostics = formatDiagnostics(analysis);
  if (diagnostics) process.stderr.write(`${diagnostics}\n`);
  if (analysis.corpus.papers.length === 0 && analysis.corpus.networks.length === 0) {
    process.stderr.write(`papergraph: no paper or network could be read from ${paths.join(", ")}.\n`);
    return 1;
  }
  process.stdout.write(`${formatReport(analysis, command.top)}\n`);
  if (command.gexf) save(command.gexf, writeGexfChunks(analysis.coauthors, { title: "papergraph coauthor network" }));
  if (command.topicsGexf)
    save(command.topicsGexf, writeGexfChunks(analysis.topics, { title: "papergraph topic network" }));
  if (command.csv) {
    save(join(command.csv, "nodes.csv"), writeNodesCsv(analysis.coauthors));
    save(join(command.csv, "edges.csv"), writeEdgesCsv(analysis.coauthors));
  }
  if (command.json) save(command.json, writeAnalysisJsonChunks(analysis));
  return 0;
}

async function main(argv: string[]): Promise<number> {
  const command = parseCommand(argv);
  if (command.command === "help") {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (command.command === "bench") return runBench(command);
  return analyzeCommand(command);
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(2);
  },
);
