/**
 * Messages between the page and the analysis worker, as discriminated unions on `type`. The page sends
 * `analyse`; the worker answers with `progress` replies, then the data in `chunk` replies, then one
 * `result` (or an `error`), each carrying the request's `id` so a stale run (the user changed a filter
 * meanwhile) is ignored. The data crosses in chunks because one structured clone of a 20,000-author
 * network (hundreds of thousands of edges with their paper lists) blocks the receiving thread for
 * seconds; chunks keep every message handler short. Positions travel in transferred Float32Arrays, as
 * graphology's ForceAtlas2 supervisor does with its matrices.
 */

import type { GraphOptions, SerializedEdge, SerializedNode } from "graphology-types";
import type { GraphSummary } from "../metrics";
import type {
  Diagnostic,
  FileReport,
  IdentifiedCorpus,
  InputFile,
  NetworkEdgeAttributes,
  NetworkGraphAttributes,
  NetworkNodeAttributes,
  Paper,
  Person,
  Profile,
} from "../model";
import type { AnalysisOptions } from "../options";
import type { Topic } from "../topics";
import type { NetworkName } from "./state";

/** Start an analysis of `files` with `options` (the worker forces layoutIterations to 0). */
export interface AnalyseRequest {
  type: "analyse";
  id: number;
  files: InputFile[];
  options: Partial<AnalysisOptions>;
}

export type WorkerRequest = AnalyseRequest;

/** One piece of the analysis. A network's `graph` part comes first, then its nodes, then its edges. */
export type DataPart =
  | { kind: "graph"; network: NetworkName; options: GraphOptions; attributes: NetworkGraphAttributes }
  /** Nodes without x/y; `positions` holds [x0, y0, x1, y1, …] in the same order. */
  | { kind: "nodes"; network: NetworkName; nodes: SerializedNode<NetworkNodeAttributes>[]; positions: Float32Array }
  | { kind: "edges"; network: NetworkName; edges: SerializedEdge<NetworkEdgeAttributes>[] }
  | { kind: "papers"; papers: Paper[] }
  | { kind: "people"; people: Person[] }
  | { kind: "paperTopics"; entries: [string, Topic[]][] };

/** The small remainder of the analysis, sent last. */
export interface AnalysisMeta {
  options: AnalysisOptions;
  coauthorSummary: GraphSummary;
  topicSummary: GraphSummary;
  profiles: Profile[];
  files: FileReport[];
  diagnostics: Diagnostic[];
  /** Identity's joins and doubtful splits, with the evidence for and against. */
  decisions: IdentifiedCorpus["decisions"];
  /** Owners of single-person files. */
  owners: IdentifiedCorpus["owners"];
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

export interface ChunkReply {
  type: "chunk";
  id: number;
  part: DataPart;
}

export interface ResultReply {
  type: "result";
  id: number;
  meta: AnalysisMeta;
}

export interface ErrorReply {
  type: "error";
  id: number;
  message: string;
}

export type WorkerReply = ProgressReply | ChunkReply | ResultReply | ErrorReply;
