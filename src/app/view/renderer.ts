/**
 * The canvas: sigma v3 (WebGL) drawing the render graph of the current network. A new sigma instance is
 * made when the analysis or the network changes; hover, selection and topic filter only refresh it with
 * `skipIndexation` through the reducers; a new size or colour choice re-encodes the render graph.
 * Performance marks: `papergraph:first-draw` after the first frame of a new analysis, and one
 * `papergraph:frame` measure per rendered frame (for the browser tests' timings).
 */

import type Graph from "graphology";
import Sigma from "sigma";
import type { Dataset } from "../dataset";
import { selectNode, watch, type NetworkName, type Store } from "../state";
import { createLayoutControl, type LayoutControl } from "./layout-control";
import { renderLegends } from "./legends";
import { createEdgeReducer, createNodeReducer, nodesOnTopic } from "./reducers";
import { buildRenderGraph, COLOR_ENCODINGS, encodeRenderGraph, SIZE_ENCODINGS } from "./render-graph";

export interface Scene {
  sigma: Sigma;
  graph: Graph;
  network: NetworkName;
  layout: LayoutControl;
  /** Nodes kept by the topic filter, or undefined for all. */
  visible?: Set<string>;
  /** Links in the analysed network (the render graph may draw only the heaviest). */
  totalEdges: number;
}

export interface Renderer {
  scene(): Scene | undefined;
  dispose(): void;
}

function createSigma(graph: Graph, container: HTMLElement, store: Store, scene: () => Scene | undefined): Sigma {
  const context = { graph, state: store.get, visible: () => scene()?.visible };
  const sigma = new Sigma(graph, container, {
    nodeReducer: createNodeReducer(context),
    edgeReducer: createEdgeReducer(context),
    labelFont: "Inter, 'Segoe UI', system-ui, sans-serif",
    labelSize: 12,
    labelWeight: "500",
    labelColor: { color: "#1f2430" },
    labelDensity: 0.6,
    labelGridCellSize: 90,
    labelRenderedSizeThreshold: graph.order > 2000 ? 9 : 6,
    zIndex: true,
    hideEdgesOnMove: graph.size > 20_000,
    minCameraRatio: 0.02,
    maxCameraRatio: 8,
    stagePadding: 70,
  });
  sigma.on("enterNode", ({ node }) => store.set({ hovered: node }));
  sigma.on("leaveNode", () => store.set({ hovered: undefined }));
  sigma.on("clickNode", ({ node }) => selectNode(store, node));
  sigma.on("clickStage", () => selectNode(store, undefined));
  let frameStart = 0;
  let isFirst = true;
  sigma.on("beforeRender", () => (frameStart = performance.now()));
  sigma.on("afterRender", () => {
    performance.measure("papergraph:frame", { start: frameStart, end: performance.now() });
    if (isFirst && graph.order > 0) performance.mark("papergraph:first-draw");
    isFirst = false;
  });
  return sigma;
}

/** Writes the number of nodes and links on the canvas to `data-nodes`/`data-edges` (read by tests and tools). */
function describeShown(container: HTMLElement, scene: Scene): void {
  const { graph, visible } = scene;
  container.dataset.nodes = String(visible ? visible.size : graph.order);
  container.dataset.edges = String(visible ? graph.filterEdges((_e, _a, s, t) => visible.has(s) && visible.has(t)).length : graph.size);
  container.dataset.network = scene.network;
}

/** Mounts the canvas in `container` and its legends in `legendElement`. */
export function mountRenderer(container: HTMLElement, legendElement: HTMLElement, store: Store): Renderer {
  let current: Scene | undefined;

  const encode = () => {
    if (!current) return;
    const { sizeBy, colorBy } = store.get();
    const description = encodeRenderGraph(current.graph, current.network, { sizeBy, colorBy });
    const drawn = current.graph.size < current.totalEdges ? `The ${current.graph.size.toLocaleString("en")} heaviest of ${current.totalEdges.toLocaleString("en")} links are drawn.` : undefined;
    renderLegends(legendElement, description, SIZE_ENCODINGS[current.network], COLOR_ENCODINGS[current.network], drawn);
  };

  const rebuild = (dataset: Dataset | undefined, network: NetworkName) => {
    current?.layout.kill();
    current?.sigma.kill();
    current = undefined;
    if (!dataset) return;
    const { graph, totalEdges } = buildRenderGraph(dataset, network);
    const layout = createLayoutControl(graph, (running) => store.set({ layoutRunning: running }));
    const scene: Scene = { graph, network, layout, totalEdges, sigma: undefined as unknown as Sigma };
    current = scene;
    encode();
    scene.visible = network === "coauthors" ? nodesOnTopic(dataset, graph, store.get().topicFilter) : undefined;
    scene.sigma = createSigma(graph, container, store, () => current);
    describeShown(container, scene);
    layout.start();
  };

  const disposers = [
    watch(store, ["dataset", "network"], (state) => rebuild(state.dataset, state.network)),
    watch(store, ["sizeBy", "colorBy"], () => {
      encode();
      current?.sigma.refresh();
    }),
    // A new run will replace the picture: free the CPU for the analysis worker.
    watch(store, ["status"], (state) => {
      if (state.status.phase === "running") current?.layout.halt();
    }),
    watch(store, ["hovered", "selected"], () => current?.sigma.refresh({ skipIndexation: true })),
    watch(store, ["topicFilter"], (state) => {
      if (!current || !state.dataset) return;
      current.visible = current.network === "coauthors" ? nodesOnTopic(state.dataset, current.graph, state.topicFilter) : undefined;
      current.sigma.refresh({ skipIndexation: true });
      describeShown(container, current);
    }),
    watch(store, ["focusRequest"], (state) => {
      if (!current || !state.selected || !current.graph.hasNode(state.selected)) return;
      const position = current.sigma.getNodeDisplayData(state.selected);
      if (position) current.sigma.getCamera().animate({ x: position.x, y: position.y, ratio: 0.4 }, { duration: 400 });
    }),
  ];

  return {
    scene: () => current,
    dispose() {
      disposers.forEach((dispose) => dispose());
      rebuild(undefined, "coauthors");
    },
  };
}
