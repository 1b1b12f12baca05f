/**
 * One sigma v3 instance for a render graph: its settings, reducers, events and decorations (the fitted
 * view of framing.ts and the label layer of label-layer.ts). Labels are drawn by the label layer, never
 * by sigma (renderLabels: false). A container that has no size yet (a collapsed panel, a phone's first
 * layout pass) is allowed: sigma then draws into 1 px and redraws when the container is measured again.
 * Networks with many links draw them as one-pixel lines (sigma's line program: a third of the vertices of
 * its rectangles, which matters in software WebGL), hide them while the camera moves, and are not in
 * sigma's picking buffer (picking 50,000 links costs a second per frame in software WebGL): a click on
 * the stage near a link takes it instead (link-hit.ts), which also makes thin links easy to hit.
 */

import Sigma from "sigma";
import { EdgeLineProgram } from "sigma/rendering";
import type { NetworkGraph } from "../../model";
import { selectEdge, selectNode, type Store } from "../state";
import { createLabelMeasure, framingBox, type LabelFont } from "./framing";
import { attachBurstMarks, type BurstMarks } from "./burst-marks";
import { attachLabelLayer, type LabelLayer } from "./label-layer";
import { linkNear } from "./link-hit";
import type { Linked } from "./linked";
import { createEdgeReducer, createNodeReducer } from "./reducers";

/** Up to this many nodes every label may be drawn, and every disc keeps labels off it. */
export const SMALL_GRAPH = 200;
/** Above this many links, links are thin lines hidden while the camera moves, and sigma does not pick them. */
export const MANY_EDGES = 5_000;

export const LABEL_FONT: LabelFont = { size: 12, font: "Inter, 'Segoe UI', system-ui, sans-serif", weight: "500" };
const measureLabel = createLabelMeasure(LABEL_FONT);

export interface SigmaView {
  sigma: Sigma;
  labels: LabelLayer;
  /** The burst rings (burst-marks.ts). */
  marks: BurstMarks;
  /** Stops following the graph's extent: the user has placed the camera (until `refit`). */
  freezeFraming(): void;
  /** How many times the user has moved the camera by hand (wheel, drag, touch) so far. */
  userMoves(): number;
  /** Follows the graph's extent again and fits it into the canvas. */
  refit(): void;
  /** Attaches the label layer to another sigma drawing the same graph (the PNG's off-screen copy). */
  decorate(other: Sigma): void;
  /** Milliseconds sigma spent on its last frame. */
  lastFrameMs(): number;
}

export interface SigmaContext {
  graph: NetworkGraph;
  container: HTMLElement;
  legend: HTMLElement;
  store: Store;
  /** Nodes kept by the topic filter, or undefined for all. */
  visible: () => Set<string> | undefined;
  /** The linked views' highlight (view/linked.ts), or undefined. */
  linked: () => Linked | undefined;
  /** Links new in this year window (carry-over.ts). */
  newTies: () => ReadonlySet<string>;
}

function labelThreshold(order: number): number {
  return order <= SMALL_GRAPH ? 0 : order > 2000 ? 9 : 6;
}

/** Creates sigma on `context.graph` in `context.container`. */
export function createSigmaView(context: SigmaContext): SigmaView {
  const { graph, container, legend, store } = context;
  const reducerContext = {
    graph,
    state: () => store.get(),
    visible: context.visible,
    linked: context.linked,
    newTies: context.newTies,
  };
  const manyEdges = graph.size > MANY_EDGES;
  const edgeReducer = createEdgeReducer(reducerContext);
  const sigma = new Sigma(graph, container, {
    nodeReducer: createNodeReducer(reducerContext),
    edgeReducer: manyEdges ? (edge, data) => ({ ...edgeReducer(edge, data), type: "line" }) : edgeReducer,
    edgeProgramClasses: { line: EdgeLineProgram },
    labelFont: LABEL_FONT.font,
    labelSize: LABEL_FONT.size,
    labelWeight: LABEL_FONT.weight,
    labelColor: { color: "#1f2430" },
    renderLabels: false,
    labelRenderedSizeThreshold: labelThreshold(graph.order),
    enableEdgeEvents: !manyEdges,
    allowInvalidContainer: true,
    zIndex: true,
    hideEdgesOnMove: manyEdges,
    minCameraRatio: 0.02,
    maxCameraRatio: 8,
    // framing.ts keeps the margins.
    stagePadding: 0,
  });

  // The fitted view follows the graph while the layout moves it, until the user places the camera.
  let isFramingFrozen = false;
  sigma.on("beforeProcess", () => {
    if (isFramingFrozen) return;
    const { width, height } = sigma.getDimensions();
    const bottomBand = legend.offsetHeight > 0 ? legend.offsetHeight + 12 : 0;
    const labelWidth = graph.order <= SMALL_GRAPH ? measureLabel : undefined;
    const box = framingBox({ graph, width, height, bottomBand, labelSize: LABEL_FONT.size, labelWidth });
    sigma.setCustomBBox(box ?? null);
  });
  const freezeFraming = () => void (isFramingFrozen = true);
  let moves = 0;
  const onUserMove = () => {
    moves++;
    freezeFraming();
  };
  for (const type of ["wheel", "pointerdown", "touchstart"]) container.addEventListener(type, onUserMove);
  sigma.on("kill", () => {
    for (const type of ["wheel", "pointerdown", "touchstart"]) container.removeEventListener(type, onUserMove);
  });

  // Burst rings first: the labels are drawn over them.
  const marks = attachBurstMarks(sigma);
  const labels = attachLabelLayer(sigma, LABEL_FONT, measureLabel, graph.order <= SMALL_GRAPH);
  sigma.on("enterNode", ({ node }) => store.set({ hovered: node }));
  sigma.on("leaveNode", () => store.set({ hovered: undefined }));
  sigma.on("clickNode", ({ node }) => selectNode(store, node));
  sigma.on("clickEdge", ({ edge }) => selectEdge(store, edge));
  sigma.on("clickStage", ({ event }) => {
    const link = linkNear(sigma, graph, event);
    if (link) selectEdge(store, link);
    else selectNode(store, undefined);
  });

  let frameStart = 0;
  let frameMs = 0;
  sigma.on("beforeRender", () => (frameStart = performance.now()));
  sigma.on("afterRender", () => {
    const end = performance.now();
    frameMs = end - frameStart;
    performance.measure("papergraph:frame", { start: frameStart, end });
  });
  sigma.refresh();
  return {
    sigma,
    labels,
    marks,
    freezeFraming,
    userMoves: () => moves,
    refit() {
      isFramingFrozen = false;
      sigma.refresh();
      void sigma.getCamera().animatedReset({ duration: 300 });
    },
    decorate(other) {
      attachBurstMarks(other);
      attachLabelLayer(other, LABEL_FONT, measureLabel, graph.order <= SMALL_GRAPH);
    },
    lastFrameMs: () => frameMs,
  };
}
