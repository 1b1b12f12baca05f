/**
 * The canvas: sigma v3 (WebGL) drawing the render graph of the current network. A new sigma instance is
 * made when the analysis or the network changes; hover, selection and topic filter only refresh it with
 * `skipIndexation` through the reducers; a new size or colour choice re-encodes the render graph.
 * A new picture is prepared in slices (tasks.ts) and a newer request abandons an older one.
 * Networks with many links draw them as one-pixel lines (sigma's line program: a third of the vertices
 * of its rectangles, which matters in software WebGL) and hide them while the camera moves.
 * Performance marks: `papergraph:first-draw` once sigma has drawn a new picture's first frame, one
 * `papergraph:frame` measure per rendered frame, and `papergraph:render-graph` / `papergraph:sigma`
 * measures of preparing the picture (for the browser tests' timings).
 */

import type { NetworkGraph } from "../../model";
import Sigma from "sigma";
import { EdgeLineProgram } from "sigma/rendering";
import type { Dataset } from "../dataset";
import { selectNode, showError, watch, type NetworkName, type Store } from "../state";
import { nextTask } from "../tasks";
import { createLabelMeasure, framingBox, type LabelFont } from "./framing";
import { cullLabels } from "./label-culling";
import { createLayoutControl, type LayoutControl } from "./layout-control";
import { renderLegends } from "./legends";
import { createEdgeReducer, createNodeReducer, nodesOnTopic } from "./reducers";
import { buildRenderGraph, COLOR_ENCODINGS, encodeRenderGraph, SIZE_ENCODINGS } from "./render-graph";

export interface Scene {
  sigma: Sigma;
  graph: NetworkGraph;
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

/** Up to this many nodes, every node may carry its label. */
const SMALL_GRAPH = 200;

/** Above this many links, links are thin lines hidden while the camera moves. */
const MANY_EDGES = 5_000;

const LABEL_FONT: LabelFont = { size: 12, font: "Inter, 'Segoe UI', system-ui, sans-serif", weight: "500" };
const measureLabel = createLabelMeasure(LABEL_FONT);

/**
 * Frames the fitted view before sigma indexes the graph: labels inside the canvas and nothing under the
 * legend (see framing.ts). Small networks fit their labels and draw them without overlaps.
 */
function frameView(sigma: Sigma, graph: NetworkGraph, legend: HTMLElement): void {
  const small = graph.order <= SMALL_GRAPH;
  sigma.on("beforeProcess", () => {
    const { width, height } = sigma.getDimensions();
    const bottomBand = legend.offsetHeight > 0 ? legend.offsetHeight + 12 : 0;
    const box = framingBox({
      graph,
      width,
      height,
      bottomBand,
      labelSize: LABEL_FONT.size,
      labelWidth: small ? measureLabel : undefined,
    });
    sigma.setCustomBBox(box ?? null);
  });
  if (small) cullLabels(sigma, measureLabel, LABEL_FONT.size);
  sigma.refresh();
}

function createSigma(
  graph: NetworkGraph,
  container: HTMLElement,
  legend: HTMLElement,
  store: Store,
  scene: () => Scene | undefined,
): Sigma {
  const context = { graph, state: () => store.get(), visible: () => scene()?.visible };
  const manyEdges = graph.size > MANY_EDGES;
  const edgeReducer = createEdgeReducer(context);
  const sigma = new Sigma(graph, container, {
    nodeReducer: createNodeReducer(context),
    edgeReducer: manyEdges ? (edge, data) => ({ ...edgeReducer(edge, data), type: "line" }) : edgeReducer,
    edgeProgramClasses: { line: EdgeLineProgram },
    labelFont: LABEL_FONT.font,
    labelSize: LABEL_FONT.size,
    labelWeight: LABEL_FONT.weight,
    labelColor: { color: "#1f2430" },
    // Small networks offer every label to the overlap check (label-culling.ts); large ones only the biggest, one per
    // grid cell.
    labelDensity: graph.order <= SMALL_GRAPH ? 100 : 0.6,
    labelGridCellSize: graph.order <= SMALL_GRAPH ? 50 : 90,
    labelRenderedSizeThreshold: graph.order <= SMALL_GRAPH ? 0 : graph.order > 2000 ? 9 : 6,
    zIndex: true,
    hideEdgesOnMove: manyEdges,
    minCameraRatio: 0.02,
    maxCameraRatio: 8,
    // framing.ts keeps the margins.
    stagePadding: 0,
  });
  frameView(sigma, graph, legend);
  sigma.on("enterNode", ({ node }) => store.set({ hovered: node }));
  sigma.on("leaveNode", () => store.set({ hovered: undefined }));
  sigma.on("clickNode", ({ node }) => selectNode(store, node));
  sigma.on("clickStage", () => selectNode(store, undefined));
  // The constructor has drawn the first frame (the WebGL driver may still be rasterising it).
  if (graph.order > 0) performance.mark("papergraph:first-draw");
  let frameStart = 0;
  sigma.on("beforeRender", () => (frameStart = performance.now()));
  sigma.on("afterRender", () => performance.measure("papergraph:frame", { start: frameStart, end: performance.now() }));
  return sigma;
}

/** Writes the number of nodes and links on the canvas to `data-nodes`/`data-edges` (read by tests and tools). */
function describeShown(container: HTMLElement, scene: Scene): void {
  const { graph, visible } = scene;
  container.dataset.nodes = String(visible ? visible.size : graph.order);
  container.dataset.edges = String(
    visible ? graph.filterEdges((_e, _a, s, t) => visible.has(s) && visible.has(t)).length : graph.size,
  );
  container.dataset.network = scene.network;
}

/** Mounts the canvas in `container` and its legends in `legendElement`. */
export function mountRenderer(container: HTMLElement, legendElement: HTMLElement, store: Store): Renderer {
  let current: Scene | undefined;

  const encode = (scene: Pick<Scene, "graph" | "network" | "totalEdges">) => {
    const { sizeBy, colorBy } = store.get();
    const description = encodeRenderGraph(scene.graph, scene.network, { sizeBy, colorBy });
    const drawn =
      scene.graph.size < scene.totalEdges
        ? `The backbone is drawn: each author's heaviest links, ${scene.graph.size.toLocaleString("en")} of ` +
          `${scene.totalEdges.toLocaleString("en")} links.`
        : undefined;
    renderLegends(legendElement, description, SIZE_ENCODINGS[scene.network], COLOR_ENCODINGS[scene.network], drawn);
  };

  let generation = 0;
  const rebuild = async (dataset: Dataset | undefined, network: NetworkName) => {
    const mine = ++generation;
    current?.layout.kill();
    current?.sigma.kill();
    current = undefined;
    if (!dataset) return;
    const started = performance.now();
    const { graph, totalEdges } = await buildRenderGraph(dataset, network);
    if (mine !== generation) return;
    performance.measure("papergraph:render-graph", { start: started, end: performance.now() });
    await nextTask();
    encode({ graph, network, totalEdges });
    const visible = network === "coauthors" ? nodesOnTopic(dataset, graph, store.get().topicFilter) : undefined;
    await nextTask();
    if (mine !== generation) return;
    const layout = createLayoutControl(graph, (running) => store.set({ layoutRunning: running }));
    await nextTask();
    if (mine !== generation) return layout.kill();
    const sigmaStart = performance.now();
    const scene: Scene = { graph, network, layout, totalEdges, visible, sigma: undefined as unknown as Sigma };
    scene.sigma = createSigma(graph, container, legendElement, store, () => scene);
    current = scene;
    performance.measure("papergraph:sigma", { start: sigmaStart, end: performance.now() });
    describeShown(container, scene);
    // The first frame is on screen before the layout worker starts.
    await nextTask();
    if (mine === generation) layout.start();
  };

  /** Rebuilds the picture; a failure (no WebGL, say) shows in the status line. */
  const show = (dataset: Dataset | undefined, network: NetworkName) => {
    rebuild(dataset, network).catch((error: unknown) =>
      showError(store, "papergraph/app: the network could not be drawn", error),
    );
  };

  // Opening or closing the legend changes the band the fitted view keeps free.
  const onLegendToggle = () => current?.sigma.refresh();
  legendElement.addEventListener("toggle", onLegendToggle, true);
  const disposers = [
    () => legendElement.removeEventListener("toggle", onLegendToggle, true),
    watch(store, ["dataset", "network"], (state) => show(state.dataset, state.network)),
    watch(store, ["sizeBy", "colorBy"], () => {
      if (!current) return;
      encode(current);
      current.sigma.refresh();
    }),
    // A new run will replace the picture: free the CPU for the analysis worker.
    watch(store, ["status"], (state) => {
      if (state.status.phase === "running") current?.layout.halt();
    }),
    watch(store, ["hovered", "selected"], () => current?.sigma.refresh({ skipIndexation: true })),
    watch(store, ["topicFilter"], (state) => {
      if (!current || !state.dataset) return;
      current.visible =
        current.network === "coauthors" ? nodesOnTopic(state.dataset, current.graph, state.topicFilter) : undefined;
      current.sigma.refresh({ skipIndexation: true });
      describeShown(container, current);
    }),
    watch(store, ["focusRequest"], (state) => {
      if (!current || !state.selected || !current.graph.hasNode(state.selected)) return;
      const position = current.sigma.getNodeDisplayData(state.selected);
      // A camera animation resolves when it ends and never rejects: nothing to wait for.
      if (position)
        void current.sigma.getCamera().animate({ x: position.x, y: position.y, ratio: 0.4 }, { duration: 400 });
    }),
  ];

  return {
    scene: () => current,
    dispose() {
      disposers.forEach((dispose) => dispose());
      show(undefined, "coauthors");
    },
  };
}
