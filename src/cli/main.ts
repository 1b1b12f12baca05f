/**
 * papergraph's command line: `analyze` reads files (or the embedded corpus), runs the pipeline and prints
 * the report; `bench` times the pipeline on synthetic corpora; `help` and `--version` say what it is. Node
 * only: this is where files are read and written, so the core never touches the file system. The exit
 * status is one of help.ts's EXIT codes. The build (test/package/build-lib.ts) makes this dist/lib/cli.js,
 * the package's `papergraph` command.
 */

import { resolveOptions } from "../options";
import type { AnalyzeCommand } from "./args";
import { parseCommand, UsageError } from "./args";
import { runBench } from "./bench";
import { join } from "node:path";
import { checkOutputs, defaultFiles, packageVersion, readOptionFile, UnreadableFileError } from "./files";
import { EXIT, helpText } from "./help";
import { createMessages, type Messages } from "./messages";
import { writeThesaurus } from "../identity";
import { createThreadCommunityRunner } from "./community-thread";
import { createThreadSweepRunner } from "./metrics-threads";
import { MIN_THREADED_GEXF_LINKS, startGexfThread } from "./gexf-export-thread";
import { analyseFiles, writeAnalysisJsonFile, writeCsvFiles, writeGexfFile, writeOutput } from "./node";
import { nothingRead } from "./outcome";
import { publicationPaths, timedStage, writePublicationOutputs } from "./outputs";
import { formatDiagnostics, formatReport } from "./report";
import { replaySession, SessionMismatchError } from "./session-run";
import { printable } from "./terminal-text";

const writeLine = (line: string) => process.stderr.write(`${line}\n`);

/**
 * `analyze --engine duckdb FILE`: the DuckDB engine on one OpenAlex JSON lines file, then the report. The
 * engine is imported only here, so the optional dependency is needed only by those who ask for it.
 */
async function analyzeWithDuckDb(command: AnalyzeCommand, messages: Messages): Promise<number> {
  const { analyseWithDuckDb } = await import("./engine/duckdb-analysis");
  const { formatDuckDbReport } = await import("./engine/duckdb-report");
  const file = command.files[0]!;
  const analysis = await analyseWithDuckDb(file, resolveOptions(command.options), messages.progress, {
    sweep: createThreadSweepRunner({ threads: command.threads }),
    communityRuns: createThreadCommunityRunner({ threads: command.threads }),
  });
  if (analysis.projection.papers === 0) {
    messages.error(`papergraph: no work could be read from ${file}.`, EXIT.NOTHING_READ);
    return EXIT.NOTHING_READ;
  }
  process.stdout.write(`${formatDuckDbReport(file, analysis, command.top)}\n`);
  return EXIT.OK;
}

async function analyzeCommand(command: AnalyzeCommand, messages: Messages): Promise<number> {
  if (command.engine === "duckdb") return analyzeWithDuckDb(command, messages);
  // A session replays its own options on its own files (session-run.ts); args.ts refused analysis flags beside it.
  const replay =
    command.session === undefined
      ? undefined
      : await replaySession(command.session, command.files, messages.progress, command.threads);
  const paths =
    replay?.session.files.map((file) => file.name) ?? (command.files.length ? command.files : defaultFiles());
  const csv = command.csv === undefined ? [] : ["nodes.csv", "edges.csv"].map((name) => join(command.csv!, name));
  checkOutputs(paths, [
    ["--gexf", command.gexf],
    ["--topics-gexf", command.topicsGexf],
    ["--json", command.json],
    ...csv.map((path): [string, string] => ["--csv", path]),
    ...publicationPaths(command),
  ]);
  const thesaurus = command.thesaurus === undefined ? undefined : readOptionFile(command.thesaurus);
  const analysis =
    replay?.analysis ??
    (await analyseFiles(paths, { ...command.options, thesaurus }, messages.progress, { threads: command.threads }));
  messages.diagnostics(analysis.corpus.diagnostics, formatDiagnostics(analysis));
  const empty = nothingRead(analysis, paths);
  if (empty) {
    messages.error(printable(empty), EXIT.NOTHING_READ);
    return EXIT.NOTHING_READ;
  }
  // The GEXF thread loads its modules while this thread writes the report.
  const gexfThread =
    command.gexf !== undefined && analysis.coauthors.size >= MIN_THREADED_GEXF_LINKS ? startGexfThread() : undefined;
  const report = timedStage(messages.progress, "report", () => formatReport(analysis, command.top));
  process.stdout.write(`${report}\n`);
  const save = (stage: string, path: string | undefined, write: (path: string) => void) => {
    if (path === undefined) return;
    timedStage(messages.progress, stage, () => write(path));
    messages.wrote(path);
  };
  const version = command.gexfVersion;
  const coauthorsGexf = { title: "papergraph coauthor network", version };
  if (gexfThread) {
    messages.progress?.("gexf", 0, 1);
    await gexfThread.write(command.gexf!, analysis.coauthors, coauthorsGexf);
    messages.progress?.("gexf", 1, 1);
    messages.wrote(command.gexf!);
  } else save("gexf", command.gexf, (path) => writeGexfFile(path, analysis.coauthors, coauthorsGexf));
  save("topics gexf", command.topicsGexf, (path) =>
    writeGexfFile(path, analysis.topics, { title: "papergraph topic network", version }),
  );
  if (command.csv) {
    const written = timedStage(messages.progress, "csv", () => writeCsvFiles(command.csv!, analysis.coauthors));
    for (const path of written) messages.wrote(path);
  }
  save("json", command.json, (path) => writeAnalysisJsonFile(path, analysis));
  save("thesaurus", command.thesaurusOut, (path) => writeOutput(path, writeThesaurus(analysis.corpus)));
  await writePublicationOutputs(command, analysis, paths, replay, messages);
  return EXIT.OK;
}

async function main(argv: string[]): Promise<number> {
  let messages = createMessages(writeLine);
  try {
    const command = parseCommand(argv);
    if (command.command === "help") process.stdout.write(`${helpText(packageVersion(), command.topic)}\n`);
    if (command.command === "version") process.stdout.write(`${packageVersion()}\n`);
    if (command.command === "help" || command.command === "version") return EXIT.OK;
    if (command.command === "bench") return await runBench(command);
    messages = createMessages(writeLine, { format: command.progress, quiet: command.quiet });
    return await analyzeCommand(command, messages);
  } catch (error) {
    const isUsage =
      error instanceof UsageError || error instanceof UnreadableFileError || error instanceof SessionMismatchError;
    const exitCode = isUsage ? EXIT.USAGE : EXIT.FAILED;
    messages.error(printable(error instanceof Error ? error.message : String(error)), exitCode);
    return exitCode;
  }
}

// Exit at once with the status: nothing started by a run (worker threads included) outlives it.
process.exit(await main(process.argv.slice(2)));
