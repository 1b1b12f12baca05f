/**
 * Sessions in the explorer (src/session): *Save session* writes the workspace's files as the worker
 * describes them (name, size, SHA-256 of the text), the options of the analysis on screen, the view
 * (network, size, colour, sigma's camera, the selection, the topic filter) and every node's position —
 * the live layout's for the network on the canvas, the analysis's for the other — so that
 * `papergraph analyze --session` replays what the user saw.
 */

import { createSession, graphPositions, writeSession, type SessionPositions } from "../../session";
import type { AnalysisClient } from "../analysis-client";
import type { Store } from "../state";
import type { Renderer } from "../view/renderer";
import { resolveEncoding } from "../view/render-graph";
import { saveFile } from "./downloads";

/** Saves the session of what is on screen as `papergraph-session.json`; nothing before the first analysis. */
export async function saveSession(store: Store, client: AnalysisClient, renderer: Renderer): Promise<void> {
  const { dataset, network, sizeBy, colorBy, selected, topicFilter } = store.get();
  if (!dataset) return;
  const scene = renderer.scene();
  const files = await client.describeFiles();
  const positions: SessionPositions = {
    coauthors: graphPositions(dataset.graphs.coauthors),
    topics: graphPositions(dataset.graphs.topics),
  };
  if (scene) positions[scene.network] = graphPositions(scene.graph);
  const camera = scene?.sigma.getCamera().getState();
  const session = createSession({
    files,
    options: dataset.options,
    view: { network, ...resolveEncoding(network, { sizeBy, colorBy }), camera, selected, topicFilter },
    positions,
    createdBy: "papergraph explorer",
  });
  saveFile({ name: "papergraph-session.json", blob: new Blob([writeSession(session)], { type: "application/json" }) });
}
