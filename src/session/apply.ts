/**
 * Replaying a session on a finished analysis: the node positions it saved replace the layout's, and the
 * network it showed gets the sizes and colours it showed (the appearance stage with the view's sizeBy and
 * colorBy), so every export of the replay — GEXF above all — is what the session's author saw. Nodes the
 * session has no position for keep the layout's, and saved positions of nodes the analysis no longer has
 * are counted, so the caller can say so.
 */

import { assignAppearance, type AppearanceGraph } from "../appearance";
import type { AnalysisOptions } from "../options";
import { SESSION_NETWORKS, type Session, type SessionNetwork } from "./schema";

/** How the saved positions met one network's nodes. */
export interface PositionsApplied {
  /** Nodes given their saved position. */
  applied: number;
  /** Nodes without a saved position (they keep the layout's). */
  missing: number;
  /** Saved positions of nodes the network does not have. */
  unknown: number;
}

/** The analysis options of the session, for analyse(). */
export function sessionAnalysisOptions(session: Session): Partial<AnalysisOptions> {
  return { ...session.options };
}

/** Puts the saved positions on `graph`'s nodes (x and y attributes, in place). */
export function applyPositions(
  graph: AppearanceGraph,
  positions: Record<string, [number, number]> = {},
): PositionsApplied {
  let applied = 0;
  graph.updateEachNodeAttributes((node, attributes) => {
    const point = positions[node];
    if (!point) return attributes;
    applied++;
    attributes.x = point[0];
    attributes.y = point[1];
    return attributes;
  });
  return { applied, missing: graph.order - applied, unknown: Object.keys(positions).length - applied };
}

/** The session's view applied to the analysed networks: positions on each, sizes and colours on the one shown. */
export function applySessionView(
  networks: Partial<Record<SessionNetwork, AppearanceGraph>>,
  session: Session,
): Partial<Record<SessionNetwork, PositionsApplied>> {
  const { network, sizeBy, colorBy } = session.view;
  const shown = networks[network];
  if (shown && network !== "bipartite") assignAppearance(shown, { sizeBy, colorBy });
  const report: Partial<Record<SessionNetwork, PositionsApplied>> = {};
  for (const name of SESSION_NETWORKS) {
    const graph = networks[name];
    const positions = session.positions[name];
    if (graph && positions) report[name] = applyPositions(graph, positions);
  }
  return report;
}
