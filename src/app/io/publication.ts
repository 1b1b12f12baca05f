/**
 * The publication downloads of the explorer: an SVG picture of the canvas as it is — the same camera (the
 * affine map read off sigma with graphToViewport, and its size scale), the same hidden and dimmed nodes
 * (sigma's display data, which the reducers made), the same label rule, the legend — written by the
 * core's writeSvg; and the one-file HTML page of the network shown, with the positions, sizes and colours
 * on screen (the render graph), written by the core's writeHtml with the viewer's parts (imported as text
 * when first asked for, so they cost the page nothing until then).
 */

import { HTML_VIEWER_FILES, htmlNetworkOf, joinViewerScript, LABEL_FONT, writeHtml, writeSvg } from "../../export";
import type { Viewport } from "../../export";
import { metricsNetwork, type Store } from "../state";
import type { Renderer, Scene } from "../view/renderer";
import { resolveEncoding } from "../view/render-graph";
import { saveFile } from "./downloads";

const TITLES = { coauthors: "papergraph coauthor network", topics: "papergraph topic network" } as const;

/** The viewport sigma draws `scene` in: its size, the graph → pixel map and the size scale. */
function sceneViewport(scene: Scene): Viewport {
  const { sigma } = scene;
  const { width, height } = sigma.getDimensions();
  const origin = sigma.graphToViewport({ x: 0, y: 0 });
  const unitX = sigma.graphToViewport({ x: 1, y: 0 });
  const unitY = sigma.graphToViewport({ x: 0, y: 1 });
  return {
    width,
    height,
    matrix: [unitX.x - origin.x, unitX.y - origin.y, unitY.x - origin.x, unitY.y - origin.y, origin.x, origin.y],
    sizeScale: sigma.scaleSize(1),
  };
}

/** A label's width in the canvas's label font. */
function labelMeasure(): (label: string) => number {
  const context = document.createElement("canvas").getContext("2d");
  if (!context) throw new Error("papergraph/app: the browser gives no 2D canvas to measure labels.");
  context.font = `${LABEL_FONT.weight} ${LABEL_FONT.size}px ${LABEL_FONT.family}`;
  return (label) => context.measureText(label).width;
}

/** Saves the canvas as an SVG picture (`${name}.svg`); nothing when nothing is drawn. */
export function saveSvg(renderer: Renderer, name: string): void {
  const scene = renderer.scene();
  if (!scene) return;
  const { sigma } = scene;
  const svg = writeSvg(scene.graph, {
    viewport: sceneViewport(scene),
    legend: scene.legend,
    measureLabel: labelMeasure(),
    title: `papergraph ${scene.network} network`,
    nodeDisplay: (node) => {
      const shown = sigma.getNodeDisplayData(node);
      if (!shown) return undefined;
      const { hidden, color, size, label, highlighted, forceLabel, zIndex } = shown;
      return { hidden, color, size, label: label ?? "", highlighted, forceLabel, zIndex };
    },
    edgeDisplay: (edge) => (sigma.getEdgeDisplayData(edge)?.hidden ? { hidden: true } : undefined),
  });
  saveFile({ name: `${name}.svg`, blob: new Blob([svg], { type: "image/svg+xml" }) });
}

/** The viewer's script, joined from its parts once. */
let viewer: Promise<string> | undefined;
function viewerScript(): Promise<string> {
  const loaders = import.meta.glob<string>("../html-viewer/*.js", { query: "?raw", import: "default" });
  viewer ??= Promise.all(
    HTML_VIEWER_FILES.map(async (file) => {
      const load = loaders[`../html-viewer/${file}`];
      if (!load) throw new Error(`papergraph/app: the HTML viewer's part ${file} is not in the build.`);
      return [file, await load()] as const;
    }),
  ).then((parts) => joinViewerScript(Object.fromEntries(parts)));
  return viewer;
}

/** Saves the network on the canvas as one self-contained HTML page (`${name}.html`). */
export async function saveHtml(renderer: Renderer, store: Store, name: string): Promise<void> {
  const scene = renderer.scene();
  const { dataset, sizeBy, colorBy } = store.get();
  if (!scene || !dataset) return;
  if (scene.network === "bipartite" || scene.network === "authorTopics")
    throw new Error("the page shows the coauthor or the topic network: switch to one of them first");
  const network = metricsNetwork(scene.network);
  const shown = { [network]: scene.graph } as Record<typeof network, typeof scene.graph>;
  const page = htmlNetworkOf(
    { corpus: { papers: dataset.papers }, ...dataset.graphs, ...shown, options: dataset.options },
    network,
    resolveEncoding(network, { sizeBy, colorBy }),
  );
  const html = await writeHtml(page, { viewerScript: await viewerScript(), title: TITLES[network] });
  saveFile({ name: `${name}.html`, blob: new Blob([html], { type: "text/html" }) });
}
