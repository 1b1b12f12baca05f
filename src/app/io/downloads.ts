/**
 * Downloads of what is shown: GEXF of the render graph (positions, colours, sizes and every metric, for
 * Gephi) without the nodes a topic filter hides, CSV of the nodes table and of the links (src/export
 * writes all three, so the CLI and the page export alike), and PNG of the canvas (@sigma/export-image).
 */

import type { NetworkGraph } from "../../model";
import { downloadAsPNG } from "@sigma/export-image";
import { writeEdgesCsv, writeGexf, writeNodesCsv } from "../../export";
import { h, replaceChildren } from "../dom";
import { showError, type Store } from "../state";
import type { Renderer } from "../view/renderer";

/** Saves `text` as a file named `name` through a temporary object URL. */
export function saveText(text: string, name: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = h("a", { attrs: { href: url, download: name } });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** The render graph without the nodes the view hides. */
export function shownGraph(renderer: Renderer): NetworkGraph | undefined {
  const scene = renderer.scene();
  if (!scene) return undefined;
  if (!scene.visible) return scene.graph;
  const copy = scene.graph.copy();
  copy.forEachNode((node) => {
    if (!scene.visible!.has(node)) copy.dropNode(node);
  });
  return copy;
}

/** Mounts the download buttons in `element`; returns the dispose function. */
export function mountDownloads(element: HTMLElement, store: Store, renderer: Renderer): () => void {
  const base = () => `papergraph-${store.get().network}`;
  const withGraph = (write: (graph: NetworkGraph) => void) => () => {
    const graph = shownGraph(renderer);
    if (graph) write(graph);
  };
  replaceChildren(
    element,
    h("button", {
      text: "GEXF",
      title: "The network as shown, with positions, colours, sizes and every metric (opens in Gephi)",
      on: {
        click: withGraph((graph) =>
          saveText(
            writeGexf(graph, { title: `papergraph ${store.get().network} network` }),
            `${base()}.gexf`,
            "application/xml",
          ),
        ),
      },
    }),
    h("button", {
      text: "Nodes CSV",
      title: "The table of nodes with every metric",
      on: { click: withGraph((graph) => saveText(writeNodesCsv(graph), `${base()}-nodes.csv`, "text/csv")) },
    }),
    h("button", {
      text: "Links CSV",
      title: "The links with their weights",
      on: { click: withGraph((graph) => saveText(writeEdgesCsv(graph), `${base()}-links.csv`, "text/csv")) },
    }),
    h("button", {
      text: "PNG",
      title: "An image of the canvas",
      on: {
        click: () => {
          const scene = renderer.scene();
          if (!scene) return;
          downloadAsPNG(scene.sigma, { fileName: base(), backgroundColor: "#ffffff" }).catch((error: unknown) =>
            showError(store, "papergraph/app: the picture could not be saved", error),
          );
        },
      },
    }),
  );
  return () => replaceChildren(element);
}
