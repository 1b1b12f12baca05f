/**
 * The view state: one small typed object holding what the page shows (which network, hover, selection,
 * search, filters, sizing and colouring, the run status and the last analysis). Actions change it with
 * `set`; renderers and panels subscribe and redraw. Analysis data is never changed here, only replaced.
 */

import type { Review } from "../identity";
import { DEFAULT_FILTERS, type AnalysisOptions, type FilterOptions } from "../options";
// excount: the counting and community options the explorer edits.
import { DEFAULT_ANALYTICS, type AnalyticsOptions } from "../options";
import type { SessionCamera } from "../session";
import type { Dataset } from "./dataset";

/** `authorTopics`: authors linked to the topics they publish on (the linked views, graphs/author-topics.ts). */
export type NetworkName = "coauthors" | "topics" | "bipartite" | "authorTopics";

export interface RunStatus {
  phase: "idle" | "running" | "ready" | "error";
  stage: string;
  done: number;
  total: number;
  message: string;
}

/** A file of the workspace as the page lists it (its text lives in the analysis worker). */
export interface WorkspaceFile {
  name: string;
  bytes: number;
  /** The embedded sample corpus. */
  isSample: boolean;
}

/** Positions and camera of a network to draw as a session saved them, instead of running the layout. */
export interface SavedView {
  network: NetworkName;
  positions: Readonly<Record<string, readonly [number, number]>>;
  camera?: SessionCamera;
}

export interface ViewState {
  /** The workspace: the files analysed together, in the order they were added. */
  files: WorkspaceFile[];
  /** The sample is only the page's opening example: the user's first files replace it. */
  isSamplePlaceholder: boolean;
  /** The analysis options the filter panel edits; changing them re-runs the analysis. */
  filters: FilterOptions;
  /** The user's verdicts on identity decisions, in order: the analysis runs with them as a thesaurus. */
  reviews: Review[];
  /**
   * The other analysis options (seed, identity mode, a thesaurus…), as an opened session set them; none by
   * default. Verdicts of the user's own (`reviews`) replace a session's thesaurus.
   */
  analysisOptions: Partial<AnalysisOptions>;
  /** Set when a session's analysis arrives: the next picture of its network takes these positions. */
  savedView?: SavedView;
  status: RunStatus;
  dataset?: Dataset;
  network: NetworkName;
  /** Node attribute mapped to size (sqrt scale) and to colour. */
  sizeBy: string;
  colorBy: string;
  hovered?: string;
  /** The selected node (a click, a table row, a search). */
  selected?: string;
  /** The selected link (its shared papers are listed). */
  selectedEdge?: string;
  /** The selected community of the metrics network: its members drawn, the others dimmed, the table filtered. */
  community?: number;
  /** Incremented to ask the canvas to centre on `selected`. */
  focusRequest: number;
  /** Topic node key: the coauthor view then shows only authors with a paper on that topic. */
  topicFilter?: string;
  layoutRunning: boolean;
  // excount: the counting method, rank metric and community options; changing them re-runs the analysis.
  /** The analysis options of the counting and community panels (a choice, like the filters). */
  analytics: AnalyticsOptions;
  // Linked views (view/linked.ts): a community selected in one network, kept when the user switches to
  // another network so that it highlights what the community works on, or who carries its topics.
  linkedCommunity?: { network: "coauthors" | "topics"; community: number };
}

export type Listener = (state: ViewState, previous: ViewState) => void;

export interface Store {
  get(): ViewState;
  set(patch: Partial<ViewState>): void;
  /** Calls `listener` after every change; returns the unsubscribe function. */
  subscribe(listener: Listener): () => void;
}

/** Creates the store with the page's initial state (no files yet). */
export function createStore(): Store {
  let state: ViewState = {
    files: [],
    isSamplePlaceholder: false,
    filters: { ...DEFAULT_FILTERS },
    reviews: [],
    analysisOptions: {},
    status: { phase: "idle", stage: "", done: 0, total: 0, message: "" },
    network: "coauthors",
    sizeBy: "weightedDegree",
    colorBy: "community",
    focusRequest: 0,
    layoutRunning: false,
    // excount: counting and communities as the pipeline's defaults set them.
    analytics: { ...DEFAULT_ANALYTICS },
  };
  const listeners = new Set<Listener>();
  return {
    get: () => state,
    set(patch) {
      const previous = state;
      state = { ...state, ...patch };
      for (const listener of [...listeners]) listener(state, previous);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/**
 * Shows a failure in the status line (which mirrors it as `data-status="error"`): `message` with the
 * error's own message when there is one, e.g. a file the browser could not read or a picture sigma could
 * not draw. Asynchronous work started by an event handler ends here instead of in an unhandled rejection.
 */
export function showError(store: Store, message: string, error?: unknown): void {
  const reason = error instanceof Error ? error.message : typeof error === "string" ? error : undefined;
  const text = reason === undefined ? message : `${message} (${reason})`;
  store.set({ status: { phase: "error", stage: "", done: 0, total: 0, message: text } });
}

/** Selects a node (or clears the selection) and, when `centre` is set, asks the canvas to centre on it. */
export function selectNode(store: Store, node: string | undefined, centre = false): void {
  const { focusRequest } = store.get();
  store.set({
    selected: node,
    selectedEdge: undefined,
    focusRequest: centre && node ? focusRequest + 1 : focusRequest,
  });
}

/** Selects a link (its papers show in the details panel); the node selection is cleared. */
export function selectEdge(store: Store, edge: string | undefined): void {
  store.set({ selectedEdge: edge, selected: undefined });
}

/** Selects a community (or clears it) and, when `focus` is set, asks the canvas to frame its members. */
export function selectCommunity(store: Store, community: number | undefined, focus = false): void {
  const { focusRequest } = store.get();
  store.set({
    community,
    selected: undefined,
    selectedEdge: undefined,
    focusRequest: focus && community !== undefined ? focusRequest + 1 : focusRequest,
  });
}

/** Clears every selection: node, link and community (Escape). */
export function clearSelection(store: Store): void {
  store.set({ selected: undefined, selectedEdge: undefined, community: undefined, linkedCommunity: undefined });
}

/** Subscribes `listener` to changes of the listed keys only (plus one immediate call). */
export function watch(store: Store, keys: (keyof ViewState)[], listener: (state: ViewState) => void): () => void {
  listener(store.get());
  return store.subscribe((state, previous) => {
    if (keys.some((key) => state[key] !== previous[key])) listener(state);
  });
}

/**
 * The network whose metrics the panels describe while `network` is on the canvas: the bipartite view has
 * no metrics of its own (it is what the projections are made from), so the panels keep to the coauthors.
 */
export function metricsNetwork(network: NetworkName): "coauthors" | "topics" {
  return network === "topics" ? "topics" : "coauthors";
}
