/**
 * Messages between the page and the analysis worker, as discriminated unions on `type`. The page sends
 * `analyse`; the worker answers with any number of `progress` replies and then one `result` or `error`,
 * each carrying the request's `id` so a stale run (the user changed a filter meanwhile) can be ignored.
 * Graphs cross as `graph.export()` with their x/y taken out into Float32Arrays that are transferred, not
 * copied, as graphology's ForceAtlas2 supervisor does with its matrices.
 */

import type { SerializedGraph } from "graphology-types";
import type { GraphSummary } from "../metrics";
import type { Diagnostic, FileReport, InputFile, Paper, Person, Profile } from "../model";
import type { AnalysisOptions } from "../options";
import type { Topic } from "../topics";

/** Start an analysis of `files` with `options` (the worker forces layoutIterations to 0). */
export interface AnalyseRequest {
  type: "analyse";
  id: number;
  files: InputFile[];
  options: Partial<AnalysisOptions>;
}

export type WorkerRequest = AnalyseRequest;

/** A graph ready to cross the worker boundary: attributes without x/y, positions as [x0, y0, x1, y1, …]. */
export interface PackedGraph {
  graph: SerializedGraph;
  positions: Float32Array;
}

/** Everything the page shows, as plain data. */
export interface AnalysisPayload {
  options: AnalysisOptions;
  coauthors: PackedGraph;
  topics: PackedGraph;
  bipartite: PackedGraph;
  coauthorSummary: GraphSummary;
  topicSummary: GraphSummary;
  papers: Paper[];
  people: Person[];
  profiles: Profile[];
  files: FileReport[];
  diagnostics: Diagnostic[];
  paperTopics: Record<string, Topic[]>;
  /** Milliseconds the worker spent in analyse(). */
  elapsedMs: number;
}

export interface ProgressReply {
  type: "progress";
  id: number;
  stage: string;
  done: number;
  total: number;
}

export interface ResultReply {
  type: "result";
  id: number;
  payload: AnalysisPayload;
}

export interface ErrorReply {
  type: "error";
  id: number;
  message: string;
}

export type WorkerReply = ProgressReply | ResultReply | ErrorReply;
