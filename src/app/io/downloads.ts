/**
 * The download menu. GEXF (1.3 for Gephi, 1.2 for networkx), nodes and links CSV and the JSON analysis
 * are written by the worker from the analysis itself (worker-exports.ts): every node and link with every
 * attribute, never what the canvas draws, filtered as the user filtered and saying so. The page only
 * saves the bytes. The PNG is the picture on the canvas (picture.ts); the SVG picture and the one-file HTML
 * page are written in the page from what the canvas shows (publication.ts).
 */

import type { GexfVersion } from "../../export";
import type { AnalysisClient, DownloadFile } from "../analysis-client";
import { h, replaceChildren } from "../dom";
import type { ExportFormat } from "../protocol";
import { showError, type Store } from "../state";
import type { Renderer } from "../view/renderer";
import { PICTURE_SCALES, savePicture } from "./picture";
import { saveHtml, saveSvg } from "./publication";
import { saveSession } from "./session-file";

/** Saves `file` through a temporary object URL. */
export function saveFile({ name, blob }: DownloadFile): void {
  const url = URL.createObjectURL(blob);
  const link = h("a", { attrs: { href: url, download: name } });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

const FORMATS: { format: ExportFormat; text: string; title: string }[] = [
  {
    format: "gexf",
    text: "GEXF",
    title: "The network with every node, link and metric, positions, colours and sizes (Gephi, networkx)",
  },
  { format: "nodes-csv", text: "Nodes CSV", title: "Every node of the network with every metric" },
  { format: "links-csv", text: "Links CSV", title: "Every link of the network with its weight and papers" },
  { format: "json", text: "JSON", title: "The whole analysis: papers, people, both networks, diagnostics" },
];

/** Mounts the download menu in `element`; returns the dispose function. */
export function mountDownloads(
  element: HTMLElement,
  store: Store,
  client: AnalysisClient,
  renderer: Renderer,
): () => void {
  const version = h(
    "select",
    { attrs: { name: "gexfVersion", "aria-label": "GEXF version" }, title: "GEXF version" },
    h("option", { text: "GEXF 1.3 (Gephi)", attrs: { value: "1.3" } }),
    h("option", { text: "GEXF 1.2 (networkx)", attrs: { value: "1.2" } }),
  );
  const scale = h(
    "select",
    { attrs: { name: "pngScale", "aria-label": "PNG scale" }, title: "PNG scale: times the canvas's size" },
    ...PICTURE_SCALES.map((factor) => h("option", { text: `PNG ${factor}×`, attrs: { value: String(factor) } })),
  );
  scale.value = "2";
  const download = (format: ExportFormat) => {
    const { network, dataset } = store.get();
    if (!dataset) return;
    client
      .download({ network, format, gexfVersion: version.value as GexfVersion, only: renderer.viewFilter() })
      .then(saveFile)
      .catch((error: unknown) => showError(store, "papergraph/app: the download could not be written", error));
  };
  replaceChildren(
    element,
    ...FORMATS.map(({ format, text, title }) =>
      h("button", { text, title, attrs: { "data-format": format }, on: { click: () => download(format) } }),
    ),
    version,
    h("button", {
      text: "SVG",
      title: "A vector picture of the canvas as it is (camera, labels as text, legend): browsers, Inkscape",
      attrs: { "data-format": "svg" },
      on: {
        click: () => {
          try {
            saveSvg(renderer, `papergraph-${store.get().network}`);
          } catch (error) {
            showError(store, "papergraph/app: the SVG picture could not be saved", error);
          }
        },
      },
    }),
    h("button", {
      text: "HTML",
      title: "One self-contained page of this network to share: opens from disk, no server, no network",
      attrs: { "data-format": "html" },
      on: {
        click: () =>
          void saveHtml(renderer, store, `papergraph-${store.get().network}`).catch((error: unknown) =>
            showError(store, "papergraph/app: the HTML page could not be saved", error),
          ),
      },
    }),
    h("button", {
      text: "Session",
      title:
        "The files' fingerprints, every option, the view and the positions: replay it with papergraph analyze --session",
      attrs: { "data-format": "session" },
      on: {
        click: () =>
          void saveSession(store, client, renderer).catch((error: unknown) =>
            showError(store, "papergraph/app: the session could not be saved", error),
          ),
      },
    }),
    h("button", {
      text: "PNG",
      title: "A picture of the canvas at the chosen scale (1×, 2× or 4× its size), with the legend",
      attrs: { "data-format": "png" },
      on: {
        click: () =>
          void savePicture(renderer, `papergraph-${store.get().network}`, Number(scale.value)).catch((error: unknown) =>
            showError(store, "papergraph/app: the picture could not be saved", error),
          ),
      },
    }),
    scale,
  );
  return () => replaceChildren(element);
}
