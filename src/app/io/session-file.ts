/**
 * Sessions in the explorer (src/session): *Save session* writes the workspace's files as the worker
 * describes them (name, size, SHA-256 of the text), the options of the analysis on screen, the view
 * (network, size, colour, sigma's camera, the selection, the topic filter) and every node's position —
 * the live layout's for the network on the canvas, the analysis's for the other — so that
 * `papergraph analyze --session` replays what the user saw. *Open session* takes a session file, with
 * its data files or alone for the files already open: the files must be the session's (by name and
 * hash, or by content under another name), else the message names what differs and nothing on screen
 * changes; then the session's options and view are set, the analysis runs, and its network is drawn at
 * the saved positions under the saved camera instead of being laid out again.
 */

import type { InputFile } from "../../model";
import {
  DEFAULT_ANALYTICS,
  DEFAULT_FILTERS,
  type AnalysisOptions,
  type AnalyticsOptions,
  type FilterOptions,
} from "../../options";
import {
  createSession,
  describeFile,
  graphPositions,
  matchSessionFiles,
  readSession,
  writeSession,
  type Session,
  type SessionPositions,
} from "../../session";
import type { AnalysisClient } from "../analysis-client";
import type { Store } from "../state";
import type { Workspace } from "../workspace";
import type { Renderer } from "../view/renderer";
import { resolveEncoding } from "../view/render-graph";
import { saveFile } from "./downloads";
import { isAnalyticsOption } from "../analytics-address";

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

const FILTER_KEYS = Object.keys(DEFAULT_FILTERS) as (keyof FilterOptions)[];

/** The session's options split into the filter panel's and the others (the worker always skips the layout). */
function splitOptions(options: Session["options"]): {
  filters: FilterOptions;
  analytics: AnalyticsOptions;
  others: Partial<AnalysisOptions>;
} {
  const filters: FilterOptions = { ...DEFAULT_FILTERS };
  const analytics: AnalyticsOptions = { ...DEFAULT_ANALYTICS };
  const others: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(options)) {
    if (FILTER_KEYS.includes(key as keyof FilterOptions)) Object.assign(filters, { [key]: value });
    else if (isAnalyticsOption(key)) Object.assign(analytics, { [key]: value });
    else if (key !== "layoutIterations") others[key] = value;
  }
  return { filters, analytics, others };
}

/**
 * Opens the session among `picked` (with its data files, or alone for the workspace's files). Throws, with
 * nothing changed, when there is not exactly one session, when it cannot be read, or when the files differ.
 */
export async function openSession(
  store: Store,
  client: AnalysisClient,
  workspace: Workspace,
  picked: InputFile[],
): Promise<void> {
  const isSession = (file: InputFile) => /"format"\s*:\s*"papergraph-session"/.test(file.text.slice(0, 400));
  const sessions = picked.filter(isSession);
  if (sessions.length !== 1)
    throw new Error(
      `papergraph/app: choose one session file (papergraph-session JSON) with its files; ${sessions.length} were chosen.`,
    );
  const file = sessions[0]!;
  const session = readSession(file.text, file.name);
  const data = picked.filter((other) => other !== file);
  const given = data.length ? await Promise.all(data.map(describeFile)) : await client.describeFiles();
  const { order, problems } = matchSessionFiles(session, given);
  if (problems.length)
    throw new Error(
      `papergraph/session: the files do not match ${file.name}: ${problems.join("; ")}. ` +
        (data.length ? "Choose the files the session was made from." : "Choose the session together with its files."),
    );
  const { filters, analytics, others } = splitOptions(session.options);
  const { network, sizeBy, colorBy, topicFilter, selected, camera } = session.view;
  const positions = session.positions[network] ?? {};
  // The saved positions wait for the session's analysis: the picture of the analysis on screen keeps its own.
  const stop = store.subscribe((state, previous) => {
    if (state.status.phase === "error" && previous.status.phase !== "error") stop();
    if (state.dataset === previous.dataset || !state.dataset) return;
    stop();
    const isShown = selected !== undefined && state.dataset.graphs[network].hasNode(selected);
    store.set({ savedView: { network, positions, camera }, selected: isShown ? selected : undefined });
  });
  // The session's thesaurus holds its identity decisions; verdicts given before it belong to the old view.
  store.set({
    filters,
    analytics,
    analysisOptions: others,
    reviews: [],
    network,
    sizeBy,
    colorBy,
    topicFilter,
    selected: undefined,
    selectedEdge: undefined,
    hovered: undefined,
    community: undefined,
  });
  if (data.length) workspace.open(order.map((at, i) => ({ name: session.files[i]!.name, text: data[at]!.text })));
  else client.run();
}
