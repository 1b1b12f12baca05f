#!/usr/bin/env -S npx tsx
/**
 * papergraph's command line: `analyze` reads files (or the embedded corpus), runs the pipeline and prints
 * the report; `bench` times the pipeline on synthetic corpora. Node only: this is where files are read
 * and written, so the core never touches the file system.
 */

import { join } from "node:path";
import { writeAnalysisJsonChunks, writeEdgesCsv, writeGexfChunks, writeNodesCsv } from "../export";
import { analyse } from "../pipeline";
import type { AnalyzeCommand } from "./args";
import { parseCommand, USAGE } from "./args";
import { runBench } from "./bench";
import { createThreadSweepRunner } from "./metrics-threads";
import { checkOutputs, defaultFiles, readInputFiles, readOptionFile, writeOutput } from "./files";
import { nothingRead } from "./outcome";
import { createProgressPrinter } from "./progress";
import { printable } from "./terminal-text";
import { formatDiagnostics, formatReport } from "./report";

/** Writes one output file and says so on stderr. */
function save(path: string, content: string | Iterable<string>): void {
  writeOutput(path, content);
  process.stderr.write(`wrote ${printable(path)}\n`);
}

async function analyzeCommand(command: AnalyzeCommand): Promise<number> {
  const paths = command.files.length ? command.files : defaultFiles();
  const csv = command.csv === undefined ? [] : ["nodes.csv", "edges.csv"].map((name) => join(command.csv!, name));
  checkOutputs(paths, [
    ["--gexf", command.gexf],
    ["--topics-gexf", command.topicsGexf],
    ["--json", command.json],
    ...csv.map((path): [string, string] => ["--csv", path]),
  ]);
  const inputs = readInputFiles(paths);
  const onProgress = command.quiet ? undefined : createProgressPrinter((line) => process.stderr.write(`${line}\n`));
  const thesaurus = command.thesaurus ? readOptionFile("--thesaurus", command.thesaurus) : undefined;
  const analysis = await analyse(inputs, { ...command.options, thesaurus }, onProgress, {
    sweep: createThreadSweepRunner(),
  });
  const diagnostics = formatDiagnostics(analysis);
  if (diagnostics) process.stderr.write(`${diagnostics}\n`);
  const empty = nothingRead(analysis, paths);
  if (empty) {
    process.stderr.write(`${printable(empty)}\n`);
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
    process.stderr.write(`${printable(error instanceof Error ? error.message : String(error))}\n`);
    process.exit(2);
  },
);
