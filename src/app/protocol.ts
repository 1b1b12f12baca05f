/**
 * Messages between the page and the analysis worker, as discriminated unions on `type`.
 *
 * The worker holds the workspace: the page sends the files once (`files`: add, remove, start afresh) and
 * then asks for analyses with options only (`analyse`), so a filter change sends no file text. The worker
 * answers a run with `progress` replies, the changed parts of the analysis in `chunk` replies, then one
 * `result` (or an `error`), each carrying the request's `id` so a stale run (the user changed a filter
 * meanwhile) is ignored. A part is sent only when a step that makes it ran after the run whose result the
 * page holds (`baseId`); the page keeps the others. The data crosses in chunks because one structured
 * clone of a 20,000-author network blocks the receiving thread for seconds; chunks keep every message
 * handler short. Positions travel in transferred Float32Arrays, as graphology's ForceAtlas2 supervisor
 * does with its matrices. Downloads are written in the worker from the analysis (`export`): the page only
 * saves the bytes.
 */

import type { GraphOptions, SerializedEdge, SerializedNode } from "graphology-types";
import type { GexfVersion } from "../export";
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
import type { AnalysisInsights } from "../pipeline";
import type { SessionFile } from "../session";
import type { Topic } from "../topics";
import type { NetworkName } from "./state";

/** Changes to the worker's list of files: `clear` first, then `remove` (by name), then `add` (same name replaces). */
export interface FilesRequest {
  type: "files";
  clear?: boolean;
  remove?: string[];
  add?: InputFile[];
}

/** Analyse the workspace with `options` (the worker forces layoutIterations to 0). */
export interface AnalyseRequest {
  type: "analyse";
  id: number;
  options: Partial<AnalysisOptions>;
  /** The run whose result the page holds (0: none); parts unchanged since are not sent again. */
  baseId: number;
}

export type ExportFormat = "gexf" | "nodes-csv" | "links-csv" | "json";

/** Write a download of the latest analysis. */
export interface ExportRequest {
  type: "export";
  id: number;
  network: NetworkName;
  format: ExportFormat;
  gexfVersion: GexfVersion;
  /** The nodes a view filter keeps (the topic filter), with the filter in words; all nodes when absent. */
  only?: { nodes: string[]; description: string };
}

/** Describe the workspace's files as a session records them (name, size, SHA-256 of the text). */
export interface DescribeRequest {
  type: "describe";
  id: number;
}

export type WorkerRequest = FilesRequest | AnalyseRequest | ExportRequest | DescribeRequest;

/** The parts of an analysis that are sent, and kept by the page, separately. */
export type PartName = "corpus" | "paperTopics" | NetworkName;

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
  /** The rank comparison of the counting methods, the communities' labels and stability, the bursts. */
  insights: AnalysisInsights;
  profiles: Profile[];
  files: FileReport[];
  diagnostics: Diagnostic[];
  /** Identity's joins and doubtful splits, with the evidence for and against. */
  decisions: IdentifiedCorpus["decisions"];
  /** Owners of single-person files. */
  owners: IdentifiedCorpus["owners"];
  /** The distinct years of the papers read, before the year range. */
  paperYears: number[];
  /** Milliseconds the worker spent in the analysis. */
  elapsedMs: number;
  /** The parts this run sent; the page keeps its own copy of the others. */
  sent: PartName[];
  /** The pipeline steps that ran (the others were unchanged and kept). */
  steps: string[];
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

/** A download, written: the page saves `blob` as `name`. */
export interface ExportReply {
  type: "export";
  id: number;
  name: string;
  blob: Blob;
}

/** The workspace's files, described, in the workspace's order. */
export interface DescribeReply {
  type: "describe";
  id: number;
  files: SessionFile[];
}

export type WorkerReply = ProgressReply | ChunkReply | ResultReply | ErrorReply | ExportReply | DescribeReply;
