/**
 * A papergraph session as a JSON document: enough to replay an analysis and reopen the view it was shown
 * in — the input files by name, size and SHA-256 (the files themselves stay with the user), every
 * analysis option and decision (filters, counting, seed, the names thesaurus with the identity decisions
 * made in the explorer, the reference year, so that a replay next year gives the same numbers), the view
 * (which network, what sizes and colours the nodes, the camera, the selection) and the node positions of
 * each network (the live layout the user saw). `format` and `version` let a reader refuse a document it
 * does not understand; bump the version when a field changes meaning.
 */

import type { AnalysisOptions } from "../options";

/** Identifies a session document. */
export const SESSION_FORMAT = { format: "papergraph-session", version: 1 } as const;

/** An input file as the session remembers it. */
export interface SessionFile {
  /** The name the analysis gave the file (diagnostics and paper sources cite it). */
  name: string;
  /** Bytes. */
  size: number;
  /** SHA-256 of the bytes, 64 lowercase hexadecimal digits (what `sha256sum` prints). */
  sha256: string;
}

/** The networks a view may show. */
export type SessionNetwork = "coauthors" | "topics" | "bipartite" | "authorTopics";

export const SESSION_NETWORKS: readonly SessionNetwork[] = ["coauthors", "topics", "bipartite", "authorTopics"];

/** Sigma's camera state: the centre in framed-graph coordinates, the zoom ratio and the rotation. */
export interface SessionCamera {
  x: number;
  y: number;
  ratio: number;
  angle: number;
}

/** What the user was looking at. */
export interface SessionView {
  network: SessionNetwork;
  /** Node attribute sizing the nodes (the appearance stage's sizeBy). */
  sizeBy: string;
  /** Node attribute colouring the nodes (the appearance stage's colorBy). */
  colorBy: string;
  camera?: SessionCamera;
  /** Key of the selected node. */
  selected?: string;
  /** Key of the topic whose authors alone are shown. */
  topicFilter?: string;
}

/** Node key → [x, y], per network. */
export type SessionPositions = Partial<Record<SessionNetwork, Record<string, [number, number]>>>;

/** The analysis options as JSON holds them (every field of AnalysisOptions, those left unset absent). */
export type SessionOptions = Partial<AnalysisOptions>;

export interface Session {
  format: typeof SESSION_FORMAT.format;
  version: number;
  /** The program that wrote it, e.g. "papergraph 0.1.0 (command line)". */
  createdBy?: string;
  files: SessionFile[];
  options: SessionOptions;
  view: SessionView;
  positions: SessionPositions;
}
