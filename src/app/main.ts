/**
 * The explorer's entry point: builds the store with the embedded sample corpus (data/ stays the single
 * source of truth, imported as text by vite), starts the analysis worker, mounts the canvas and the
 * panels into the page shell of index.html, and runs the first analysis.
 */

import sampleText from "../../data/can-rager.profile.txt?raw";
import { createAnalysisClient } from "./analysis-client";
import { mountDownloads } from "./io/downloads";
import { mountFileInput } from "./io/file-input";
import { mountCentralityPanel } from "./panels/centrality";
import { mountClusteringPanel } from "./panels/clustering";
import { mountDetailsPanel } from "./panels/details";
import { mountDiagnosticsPanel } from "./panels/diagnostics";
import { mountFiltersPanel } from "./panels/filters";
import { mountProgress } from "./panels/progress";
import { mountSearch } from "./panels/search";
import { mountTopicsPanel } from "./panels/topics";
import { mountViewControls } from "./panels/view-controls";
import { createStore } from "./state";
import { mountCanvasControls } from "./view/canvas-controls";
import { mountRenderer } from "./view/renderer";
import "./styles.css";

const SAMPLE = [{ name: "can-rager.profile.txt", text: sampleText }];

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
  const store = createStore(SAMPLE);
  const client = createAnalysisClient(store);
  const run = () => client.run();
  const renderer = mountRenderer(byId("canvas"), byId("legends"), store);
  mountCanvasControls(byId("canvas-controls"), store, renderer);
  mountProgress(byId("status"), store);
  mountSearch(byId("search"), store);
  mountFileInput(byId("file-actions"), document.body, store, SAMPLE, run);
  mountDownloads(byId("downloads"), store, renderer);
  mountViewControls(byId("view-controls"), store);
  mountFiltersPanel(byId("filters"), store, run);
  mountTopicsPanel(byId("topics"), store);
  mountDiagnosticsPanel(byId("diagnostics"), store, (count) => {
    byId("diagnostics-count").textContent = count ? String(count) : "";
  });
  mountDetailsPanel(byId("details"), store, () => openPanel("details-panel"));
  mountCentralityPanel(byId("centrality"), store);
  mountClusteringPanel(byId("clustering"), store);
  for (const button of document.querySelectorAll<HTMLButtonElement>("[data-collapse]")) {
    button.addEventListener("click", () => {
      const side = byId(button.dataset.collapse!);
      side.classList.toggle("collapsed");
      // sigma re-measures its container on window resize.
      window.dispatchEvent(new Event("resize"));
      button.setAttribute("aria-expanded", String(!side.classList.contains("collapsed")));
    });
  }
  run();
}

main();
