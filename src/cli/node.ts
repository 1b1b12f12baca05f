/**
 * `papergraph/node`: the library's Node entry, for scripts and notebooks that work with files. It adds
 * to the pure entry (`papergraph`) what only Node has — reading input files, the shortest-path sweep on
 * worker_threads, writing the exports to disk — and is what the command line itself is built on, so a
 * script gets exactly what `papergraph analyze` computes.
 *
 * @module papergraph/node
 */

import { join } from "node:path";
import { writeAnalysisJsonChunks, writeEdgesCsv, writeGexfChunks, writeNodesCsv } from "../export";
import type { ExportGraph, GexfOptions } from "../export";
import type { AnalysisOptions, OnProgress } from "../options";
import { analyse, type Analysis } from "../pipeline";
import { readInputFiles, writeOutput } from "./files";
import { createThreadSweepRunner, type ThreadRunnerOptions } from "./metrics-threads";

export { DATA_DIR, defaultFiles, readInputFiles, UnreadableFileError, writeOutput } from "./files";
export { createThreadSweepRunner, MIN_THREADED_WORK } from "./metrics-threads";
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
  return analyse(readInputFiles(paths), options, onProgress, { sweep: createThreadSweepRunner(threads) });
}

/** Writes a network as GEXF 1.3 to `path` (folders made as needed), in pieces so any size fits. */
export function writeGexfFile(path: string, graph: ExportGraph, options: GexfOptions = {}): void {
  writeOutput(path, writeGexfChunks(graph, options));
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
