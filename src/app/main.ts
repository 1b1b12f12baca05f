/**
 * The explorer's entry point: builds the store, starts the analysis worker, mounts the canvas and the
 * panels into the page shell of index.html, and opens the workspace on the embedded sample (data/ stays
 * the single source of truth, imported as text by vite) as a removable example.
 */

import sampleText from "../../data/can-rager.profile.txt?raw";
import { createAnalysisClient } from "./analysis-client";
import { mountDownloads } from "./io/downloads";
import { createFilePicker, mountDropZone } from "./io/file-input";
import { mountCentralityPanel } from "./panels/centrality";
import { mountClusteringPanel } from "./panels/clustering";
import { mountDetailsPanel } from "./panels/details";
import { mountDiagnosticsPanel } from "./panels/diagnostics";
import { mountFilesPanel } from "./panels/files";
import { mountFiltersPanel } from "./panels/filters";
import { mountIdentityPanel } from "./panels/identity";
import { mountProgress } from "./panels/progress";
import { mountSearch } from "./panels/search";
import { mountTopicsPanel } from "./panels/topics";
import { mountViewControls } from "./panels/view-controls";
import { mountLinkedSelectionPanel } from "./panels/linked-selection";
import { mountBurstsPanel } from "./panels/bursts";
import { mountYearBrush } from "./panels/year-brush";
import { createHistory } from "./history";
import { mountHistoryButtons } from "./panels/history-buttons";
import { openSession } from "./io/session-file";
import { createStore, showError } from "./state";
import { syncChoicesWithAddress } from "./url-state";
import { mountCanvasControls } from "./view/canvas-controls";
import { mountRenderer } from "./view/renderer";
import { mountShell } from "./shell";
import { createWorkspace } from "./workspace";
// excount: the counting switch, the community controls and the rank comparison.
import { mountCommunityControls } from "./panels/community-controls";
import { mountCountingSwitch } from "./panels/counting";
import { mountRankComparison } from "./panels/rank-comparison";
import { h, replaceChildren } from "./dom";
import "./styles/base.css";
import "./styles/shell.css";
import "./styles/canvas.css";
import "./styles/panels.css";
import "./styles/identity.css";
import "./styles/narrow.css";
// excount
import "./styles/analytics.css";

const SAMPLE = { name: "can-rager.profile.txt", text: sampleText };

function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const element = document.getElementById(id);
  if (!element) throw new Error(`papergraph/app: the page has no #${id}. Check index.html.`);
  return element as T;
}

/** Opens the `<details>` panel holding `element` (used when a selection fills the details panel). */
function openPanel(id: string): void {
  const panel = byId<HTMLDetailsElement>(id);
  panel.open = true;
}

function main(): void {
  const store = createStore();
  // The address's choices (filters, network, size, colour, topic) apply before the first run.
  syncChoicesWithAddress(store);
  const client = createAnalysisClient(store);
  const run = () => client.run();
  const history = createHistory(store, run);
  mountHistoryButtons(byId("history"), history);
  const workspace = createWorkspace(store, client, SAMPLE);
  const renderer = mountRenderer(byId("canvas"), byId("legends"), store);
  mountCanvasControls(byId("canvas-controls"), byId("canvas"), store, renderer, history);
  mountProgress(byId("status"), store);
  mountSearch(byId("search"), store);
  const opener = createFilePicker(store, "open-input", "Open files", workspace.open);
  const adder = createFilePicker(store, "file-input", "Add files", workspace.add);
  const sessionPicker = createFilePicker(store, "session-input", "Open session", (files) => {
    openSession(store, client, workspace, files).catch((error: unknown) =>
      showError(store, "papergraph/app: the session could not be opened", error),
    );
  });
  replaceChildren(
    byId("file-actions"),
    opener.input,
    adder.input,
    sessionPicker.input,
    h("button", {
      text: "Open files…",
      title: "Start a new workspace of your files: profile pages, BibTeX, OpenAlex, DBLP, arXiv, CSV or GEXF",
      on: { click: opener.pick },
    }),
    h("button", {
      text: "Open session…",
      title: "Reopen a saved session: choose its JSON file, with its data files (or alone for the files open)",
      attrs: { "data-action": "open-session" },
      on: { click: sessionPicker.pick },
    }),
  );
  mountDropZone(document.body, store, workspace.add);
  mountFilesPanel(byId("files"), store, workspace, adder.pick);
  mountDownloads(byId("downloads"), store, client, renderer);
  mountViewControls(byId("view-controls"), store);
  mountFiltersPanel(byId("filters"), store, run);
  mountTopicsPanel(byId("topics"), store);
  mountIdentityPanel(byId("identity"), store, run, (count) => {
    byId("identity-count").textContent = count ? String(count) : "";
  });
  mountDiagnosticsPanel(byId("diagnostics"), store, (count) => {
    byId("diagnostics-count").textContent = count ? String(count) : "";
  });
  mountDetailsPanel(byId("details"), store, () => openPanel("details-panel"));
  mountCentralityPanel(byId("centrality"), store);
  mountClusteringPanel(byId("clustering"), store);
  // excount
  mountCountingSwitch(byId("counting"), store, run);
  mountCommunityControls(byId("community-controls"), store, run);
  mountRankComparison(byId("rank-comparison"), store, run);
  // Issue 12's linked views, year brush and bursts.
  mountLinkedSelectionPanel(byId("linked"), store);
  mountBurstsPanel(byId("bursts"), store);
  mountYearBrush(byId("year-brush"), store, run, history);
  mountShell(store);
  workspace.loadSample(true);
}

main();
