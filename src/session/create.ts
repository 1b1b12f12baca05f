/**
 * Making a session document: the files as describeFile recorded them, the analysis options (the resolved
 * ones, so defaults that change with time — the reference year — are pinned), the view and each
 * network's node positions, then its JSON text. Positions are written one node to a line so that a
 * session of a large network stays readable and diffable; numbers are JSON's, which read back to the
 * same doubles, so replayed positions are exact.
 */

import { DEFAULT_APPEARANCE } from "../appearance";
import type { AnalysisOptions } from "../options";
import { SESSION_FORMAT, type Session, type SessionFile, type SessionPositions, type SessionView } from "./schema";
import type Graph from "graphology";

export interface SessionInput {
  files: readonly SessionFile[];
  /** The analysis options, as Analysis.options holds them. */
  options: Partial<AnalysisOptions>;
  /** The view; default: the coauthor network in the appearance stage's default size and colour. */
  view?: Partial<SessionView>;
  positions?: SessionPositions;
  /** Who writes it, e.g. "papergraph 0.1.0 (command line)". */
  createdBy?: string;
}

/** A network whose nodes may carry a position. */
type PositionedGraph = Graph<{ x?: number; y?: number }, object, object>;

/** Node key → [x, y] of every node of `graph` that has a finite position. */
export function graphPositions(graph: PositionedGraph): Record<string, [number, number]> {
  const positions: Record<string, [number, number]> = {};
  graph.forEachNode((node, { x, y }) => {
    if (typeof x === "number" && typeof y === "number" && Number.isFinite(x) && Number.isFinite(y))
      positions[node] = [x, y];
  });
  return positions;
}

/** The session of `input`, as plain JSON data (options left unset are absent). */
export function createSession(input: SessionInput): Session {
  const options = JSON.parse(JSON.stringify(input.options)) as Partial<AnalysisOptions>;
  const view: SessionView = {
    network: input.view?.network ?? "coauthors",
    sizeBy: input.view?.sizeBy ?? DEFAULT_APPEARANCE.sizeBy,
    colorBy: input.view?.colorBy ?? DEFAULT_APPEARANCE.colorBy,
    ...(input.view?.camera ? { camera: { ...input.view.camera } } : {}),
    ...(input.view?.selected !== undefined ? { selected: input.view.selected } : {}),
    ...(input.view?.topicFilter !== undefined ? { topicFilter: input.view.topicFilter } : {}),
  };
  return {
    ...SESSION_FORMAT,
    ...(input.createdBy ? { createdBy: input.createdBy } : {}),
    files: input.files.map(({ name, size, sha256 }) => ({ name, size, sha256 })),
    options,
    view,
    positions: input.positions ?? {},
  };
}

/** The session as JSON text: indented, each node position on a line of its own. */
export function writeSession(session: Session): string {
  const { positions, ...rest } = session;
  const head = JSON.stringify(rest, null, 2).slice(0, -2);
  const networks = Object.entries(positions).map(([network, table]) => {
    const lines = Object.entries(table ?? {}).map(
      ([node, point]) => `      ${JSON.stringify(node)}: ${JSON.stringify(point)}`,
    );
    return `    ${JSON.stringify(network)}: {${lines.length ? `\n${lines.join(",\n")}\n    ` : ""}}`;
  });
  return `${head},\n  "positions": {${networks.length ? `\n${networks.join(",\n")}\n  ` : ""}}\n}\n`;
}
