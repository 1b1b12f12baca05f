/**
 * `papergraph/node`: the library's Node entry, for scripts and notebooks that work with files. It adds
 * to the pure entry (`papergraph`) what only Node has — reading input files, the shortest-path sweep on
 * worker_threads, writing the exports to disk — and is what the command line itself is built on, so a
 * script gets exactly what `papergraph analyze` computes.
 *
 * @module papergraph/node
 */

import { join } from "node:path";
import {
  writeAnalysisJsonChunks,
  writeEdgesCsv,
  writeGexfBytes,
  writeGraphmlChunks,
  writeHtml,
  writeNodesCsv,
  writePajek,
  writeSvgChunks,
  writeVosviewer,
} from "../export";
import type {
  ExportGraph,
  GexfOptions,
  GraphmlOptions,
  HtmlNetwork,
  HtmlOptions,
  PajekOptions,
  SvgOptions,
} from "../export";
import type { AnalysisOptions, OnProgress } from "../options";
import { analyse, type Analysis } from "../pipeline";
import { readInputFiles, writeOutput } from "./files";
import { readHtmlViewer } from "./html-viewer";
import { createThreadCommunityRunner } from "./community-thread";
import { createThreadLayoutRunner } from "./layout-thread";
import { createThreadSweepRunner, type ThreadRunnerOptions } from "./metrics-threads";
import { createThreadTypoRunner } from "./identity-thread";
import { startSweepAhead } from "./sweep-ahead";
import { createThreadLinksRunner, createThreadTopicsRunner } from "./step-threads";

export {
  DATA_DIR,
  defaultFiles,
  readInputFiles,
  UnreadableFileError,
  writeOutput,
} from "./files";
export { readHtmlViewer } from "./html-viewer";
export { createThreadSweepRunner, MIN_THREADED_WORK } from "./metrics-threads";
export { describePaths, readSessionFile, replaySession, saveSessionFile, SessionMismatchError } from "./session-run";
export type { Replay } from "./session-run";
export type { ThreadRunnerOptions } from "./metrics-threads";

/**
 * Reads the files at `paths` (UTF-8, UTF-16 or Windows-1252, see decodeBytes) and analyses them as `analyse()` does, the shortest-path sweep of large
 * networks shared out over worker threads — what `papergraph analyze` runs.
 *
 * @param paths - files in any supported format; one that cannot be read (missing, a folder, too large) becomes
 *   an error diagnostic of its own and the others are analysed
 * @param options - as for `analyse()`
 * @param onProgress - as for `analyse()`
 * @param threads - how many worker threads, and below how much work the sweep stays on this thread
 */
export async function analyseFiles(
  paths: readonly string[],
  options: Partial<AnalysisOptions> = {},
  onProgress?: OnProgress,
  threads: ThreadRunnerOptions = {},
): Promise<Analysis> {
  const inputs = readInputFiles(paths);
  const sweep = createThreadSweepRunner(threads);
  startSweepAhead(sweep, inputs);
  return analyse(inputs, options, onProgress, {
    sweep,
    communityRuns: createThreadCommunityRunner({ threads: threads.threads }),
    layout: threads.threads === 1 ? undefined : createThreadLayoutRunner(),
    topics: createThreadTopicsRunner({ threads: threads.threads }),
    coauthorLinks: createThreadLinksRunner({ threads: threads.threads }),
    typoCandidates: createThreadTypoRunner({ threads: threads.threads }),
  });
}

/** Writes a network as GEXF 1.3 to `path` (folders made as needed), in pieces so any size fits. */
export function writeGexfFile(path: string, graph: ExportGraph, options: GexfOptions = {}): void {
  writeOutput(path, writeGexfBytes(graph, options));
}

/** Writes `nodes.csv` and `edges.csv` of a network into the folder `dir`; returns the two paths. */
export function writeCsvFiles(dir: string, graph: ExportGraph): [nodes: string, edges: string] {
  const nodes = join(dir, "nodes.csv");
  const edges = join(dir, "edges.csv");
  writeOutput(nodes, writeNodesCsv(graph));
  writeOutput(edges, writeEdgesCsv(graph));
  return [nodes, edges];
}

/** Writes the whole analysis as one JSON document to `path` (see writeAnalysisJson). */
export function writeAnalysisJsonFile(path: string, analysis: Analysis): void {
  writeOutput(path, writeAnalysisJsonChunks(analysis));
}

/** Writes a network as GraphML to `path` (typed keys, weights, yEd graphics; see writeGraphml). */
export function writeGraphmlFile(path: string, graph: ExportGraph, options: GraphmlOptions = {}): void {
  writeOutput(path, writeGraphmlChunks(graph, options));
}

/** Writes a network as a Pajek `.net` file to `path` (see writePajek). */
export function writePajekFile(path: string, graph: ExportGraph, options: PajekOptions = {}): void {
  writeOutput(path, writePajek(graph, options));
}

/**
 * Writes a network as VOSviewer map and network files: `PREFIX-map.txt` and `PREFIX-network.txt`, or
 * `map.txt` and `network.txt` inside PREFIX when it ends with a slash. Returns the two paths.
 */
export function writeVosviewerFiles(prefix: string, graph: ExportGraph): [map: string, network: string] {
  const { map, network } = writeVosviewer(graph);
  const paths = vosviewerPaths(prefix);
  writeOutput(paths[0], map);
  writeOutput(paths[1], network);
  return paths;
}

/** The paths of the VOSviewer map and network files of `prefix` (see writeVosviewerFiles). */
export function vosviewerPaths(prefix: string): [map: string, network: string] {
  const start = /[/\\]$/.test(prefix) ? prefix : `${prefix}-`;
  return [`${start}map.txt`, `${start}network.txt`];
}

/** Writes a network as an SVG picture to `path` (see writeSvg). */
export function writeSvgFile(path: string, graph: ExportGraph, options: SvgOptions = {}): void {
  writeOutput(path, writeSvgChunks(graph, options));
}

/** Writes a network as one self-contained HTML file to `path`, with the package's viewer (see writeHtml). */
export async function writeHtmlFile(
  path: string,
  network: HtmlNetwork,
  options: Omit<HtmlOptions, "viewerScript"> = {},
): Promise<void> {
  writeOutput(path, await writeHtml(network, { ...options, viewerScript: readHtmlViewer() }));
}
