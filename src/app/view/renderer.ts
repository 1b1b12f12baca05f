/**
 * The canvas: sigma v3 (WebGL) drawing the render graph of the current network (sigma-setup.ts). A new
 * sigma instance is made when the analysis or the network changes; hover, selection, communities and
 * the topic filter only refresh it with `skipIndexation` through the reducers; a new size or colour
 * choice re-encodes the render graph. A new picture is prepared in slices (tasks.ts) and a newer request
 * abandons an older one. The canvas follows its container's size (panels that open and close, a phone
 * turned sideways) through a ResizeObserver.
 * Performance marks: `papergraph:first-draw` once sigma has drawn a new picture's first frame, one
 * `papergraph:frame` measure per rendered frame, and `papergraph:render-graph` / `papergraph:sigma`
 * measures of preparing the picture (for the browser tests' timings).
 */

import type { NetworkGraph } from "../../model";
import type Sigma from "sigma";
import type { Dataset } from "../dataset";
import { selectCommunity, showError, watch, type NetworkName, type Store, type ViewState } from "../state";
import { nextTask } from "../tasks";
import { focusCamera } from "./camera";
import { createLayoutControl, type LayoutControl } from "./layout-control";
import { BURST_RING, burstNodes } from "./burst-marks";
import { carryOver, isNewWindow } from "./carry-over";
// The legend names coauthor communities by their labels and follows the counting method.
import { legendExtras, legendModel, renderLegends, weightTitle, type LegendMark, type LegendModel } from "./legends";
import { createLinkedMemo } from "./linked";
import { exposeProbe } from "./probe";
import { NEW_TIE, nodesOnTopic } from "./reducers";
import { buildRenderGraph, COLOR_ENCODINGS, encodeRenderGraph, SIZE_ENCODINGS } from "./render-graph";
import { createSigmaView, type SigmaView } from "./sigma-setup";

export interface Scene {
  sigma: Sigma;
  view: SigmaView;
  graph: NetworkGraph;
  network: NetworkName;
  layout: LayoutControl;
  /** Nodes kept by the topic filter (`visible`), or undefined for all; the reducers read it. */
  filter: { visible?: Set<string> };
  /** The year window shown (the filters' range), to tell a new window from another change. */
  years: { yearFrom?: number; yearTo?: number };
  /** Links absent from the previous year window, when the picture was carried over from it. */
  newTies: ReadonlySet<string>;
  /** Where each node started, before the live layout moved it (the probe shows the carry-over with it). */
  start: ReadonlyMap<string, { x: number; y: number }>;
  /** Links in the analysed network (the render graph may draw only the heaviest). */
  totalEdges: number;
  /** What the legend says (the PNG paints it too). */
  legend?: LegendModel;
  /** Attaches this scene's label layer to another sigma (the PNG's off-screen copy). */
  decorate(other: Sigma): void;
}

export interface Renderer {
  scene(): Scene | undefined;
  /** The nodes the topic filter keeps, with the filter in words, or undefined when every node is shown. */
  viewFilter(): { nodes: string[]; description: string } | undefined;
  dispose(): void;
}

/** Writes the number of nodes and links on the canvas to `data-nodes`/`data-edges` (read by tests and tools). */
function describeShown(container: HTMLElement, scene: Scene): void {
  const { graph } = scene;
  const { visible } = scene.filter;
  container.dataset.nodes = String(visible ? visible.size : graph.order);
  container.dataset.edges = String(
    visible ? graph.filterEdges((_e, _a, s, t) => visible.has(s) && visible.has(t)).length : graph.size,
  );
  container.dataset.network = scene.network;
}

/** The marks the legend explains for `graph`: burst rings and new ties, when there are some. */
function legendMarks(graph: NetworkGraph, newTies: ReadonlySet<string>): LegendMark[] {
  const bursts = burstNodes(graph).length;
  const marks: LegendMark[] = [];
  if (bursts) marks.push({ shape: "ring", color: BURST_RING, label: "Burst of activity (Kleinberg)", count: bursts });
  if (newTies.size)
    marks.push({ shape: "line", color: NEW_TIE, label: "New tie (not in the previous years)", count: newTies.size });
  return marks;
}

/** Mounts the canvas in `container` and its legends in `legendElement`. */
export function mountRenderer(container: HTMLElement, legendElement: HTMLElement, store: Store): Renderer {
  let current: Scene | undefined;
  /** The last picture drawn, until its successor is (a newer run may abandon that one): the next carries it over. */
  let carried: Scene | undefined;

  /** Sizes and colours the render graph as the store asks, draws the legend and returns what it says. */
  const encode = (
    {
      graph,
      network,
      totalEdges,
      filter,
      newTies,
    }: Pick<Scene, "graph" | "network" | "totalEdges" | "filter" | "newTies">,
    dataset: Dataset,
  ): LegendModel => {
    const { sizeBy, colorBy } = store.get();
    const description = encodeRenderGraph(graph, network, { sizeBy, colorBy });
    const drawn =
      graph.size < totalEdges
        ? `The backbone is drawn (each author's heaviest links): ${graph.size.toLocaleString("en")} of ` +
          `${totalEdges.toLocaleString("en")} links; downloads hold them all.`
        : undefined;
    const encodings = [...COLOR_ENCODINGS[network], ...SIZE_ENCODINGS[network]];
    const shownBy = description.nodeColor.attribute;
    const valueOf = (node: string): unknown => (graph.getNodeAttributes(node) as Record<string, unknown>)[shownBy];
    const shown = filter.visible && [...filter.visible].map(valueOf);
    const title = weightTitle(dataset, network);
    const legend = legendModel(description, encodings, title, drawn, shown, legendExtras(dataset, network));
    legend.marks = legendMarks(graph, newTies);
    const isCommunities =
      description.nodeColor.attribute === "community" && network !== "bipartite" && network !== "authorTopics";
    renderLegends(
      legendElement,
      legend,
      isCommunities ? (entry) => selectCommunity(store, Number(entry.value), true) : undefined,
    );
    return legend;
  };

  /**
   * A focus asked for before its scene exists (a search that switches network) waits for the scene; a
   * focus made while the layout still moves the nodes is made again when they are still, unless the user
   * has moved the camera since.
   */
  let focusPending = false;
  let refocus: { scene: Scene; moves: number } | undefined;
  const focus = (scene: Scene) => {
    focusCamera(scene, store.get());
    refocus = container.dataset.layout !== "still" ? { scene, moves: scene.view.userMoves() } : undefined;
  };
  /** The focus made while the nodes still moved, made again now that they are still. */
  const refocusWhenStill = () => {
    const again = refocus;
    refocus = undefined;
    const state = store.get();
    if (again && again.scene === current && again.scene.view.userMoves() === again.moves && canFocus(current, state))
      focusCamera(current, state);
  };
  const canFocus = (scene: Scene | undefined, state: ViewState) =>
    scene !== undefined && (state.selected ? scene.graph.hasNode(state.selected) : state.community !== undefined);

  let generation = 0;
  const rebuild = async (dataset: Dataset | undefined, network: NetworkName) => {
    const mine = ++generation;
    // The picture before, whose positions a new year window starts from (carry-over.ts).
    const before = current ?? carried;
    carried = before;
    container.dataset.layout = "waiting";
    current?.layout.kill();
    current?.sigma.kill();
    current = undefined;
    if (!dataset) return;
    const started = performance.now();
    const { graph, totalEdges } = await buildRenderGraph(dataset, network);
    if (mine !== generation) return;
    // A session's positions replace the live layout (and its camera the framing) for the network it showed.
    const saved = store.get().savedView;
    const restored = saved?.network === network ? saved : undefined;
    if (restored)
      graph.updateEachNodeAttributes((node, attributes) => {
        const point = restored.positions[node];
        return point ? { ...attributes, x: point[0], y: point[1] } : attributes;
      });
    const years = { yearFrom: dataset.options.yearFrom, yearTo: dataset.options.yearTo };
    const isCarried = !restored && before?.network === network && isNewWindow(before.years, years);
    const newTies = isCarried ? carryOver(graph, before.graph) : new Set<string>();
    const start = new Map(graph.mapNodes((node, { x = 0, y = 0 }) => [node, { x, y }] as const));
    performance.measure("papergraph:render-graph", { start: started, end: performance.now() });
    await nextTask();
    const filter = {
      visible: network === "coauthors" ? nodesOnTopic(dataset, graph, store.get().topicFilter) : undefined,
    };
    const legend = encode({ graph, network, totalEdges, filter, newTies }, dataset);
    await nextTask();
    if (mine !== generation) return;
    const sigmaStart = performance.now();
    const linkedNow = createLinkedMemo(network);
    const view = createSigmaView({
      graph,
      container,
      legend: legendElement,
      store,
      visible: () => filter.visible,
      linked: () => linkedNow(store.get()),
      newTies: () => newTies,
    });
    // The constructor has drawn the first frame (the WebGL driver may still be rasterising it).
    if (graph.order > 0) performance.mark("papergraph:first-draw");
    performance.measure("papergraph:sigma", { start: sigmaStart, end: performance.now() });
    // The layout's phase shows on the canvas as data-layout ("forces", "overlaps", "still") for tests and tools.
    const layout = createLayoutControl(
      graph,
      (phase) => {
        container.dataset.layout = phase;
        store.set({ layoutRunning: phase === "forces" });
        if (phase === "still") refocusWhenStill();
      },
      () => view.lastFrameMs(),
    );
    const scene: Scene = {
      sigma: view.sigma,
      view,
      graph,
      network,
      layout,
      filter,
      years,
      newTies,
      start,
      totalEdges,
      legend,
      decorate: (other) => view.decorate(other),
    };
    current = scene;
    carried = undefined;
    describeShown(container, scene);
    // The first frame is on screen before the layout worker starts.
    await nextTask();
    if (mine !== generation) return;
    if (restored) {
      if (restored.camera) view.sigma.getCamera().setState(restored.camera);
      container.dataset.layout = "still";
      store.set({ savedView: undefined });
    } else layout.start();
    if (focusPending && canFocus(scene, store.get())) focus(scene);
    focusPending = false;
  };

  /** Rebuilds the picture; a failure (no WebGL, say) shows in the status line. */
  const show = (dataset: Dataset | undefined, network: NetworkName) => {
    rebuild(dataset, network).catch((error: unknown) =>
      showError(store, "papergraph/app: the network could not be drawn", error),
    );
  };

  // The canvas follows its container (panels collapsing, small screens); legend toggles change the free band.
  const resize = new ResizeObserver(() => current?.sigma.refresh());
  resize.observe(container);
  const onLegendToggle = () => current?.sigma.refresh();
  legendElement.addEventListener("toggle", onLegendToggle, true);
  const renderer: Renderer = {
    scene: () => current,
    viewFilter() {
      const { topicFilter, dataset } = store.get();
      const visible = current?.filter.visible;
      if (!visible || !topicFilter || !dataset) return undefined;
      const label = dataset.graphs.topics.hasNode(topicFilter)
        ? dataset.graphs.topics.getNodeAttribute(topicFilter, "label")
        : topicFilter;
      return { nodes: [...visible], description: `authors with a paper on "${label}"` };
    },
    dispose() {
      disposers.forEach((dispose) => dispose());
      show(undefined, "coauthors");
    },
  };
  const disposers = [
    () => resize.disconnect(),
    () => legendElement.removeEventListener("toggle", onLegendToggle, true),
    exposeProbe(() => current),
    watch(store, ["dataset", "network"], (state) => show(state.dataset, state.network)),
    watch(store, ["sizeBy", "colorBy"], (state) => {
      if (!current || !state.dataset) return;
      current.legend = encode(current, state.dataset);
      current.sigma.refresh();
    }),
    // A new run will replace the picture: free the CPU for the analysis worker.
    watch(store, ["status"], (state) => {
      if (state.status.phase === "running") current?.layout.halt();
    }),
    watch(store, ["hovered", "selected", "selectedEdge", "community", "linkedCommunity"], () =>
      current?.sigma.refresh({ skipIndexation: true }),
    ),
    watch(store, ["topicFilter"], (state) => {
      if (!current || !state.dataset) return;
      current.filter.visible =
        current.network === "coauthors" ? nodesOnTopic(state.dataset, current.graph, state.topicFilter) : undefined;
      current.legend = encode(current, state.dataset);
      current.sigma.refresh({ skipIndexation: true });
      describeShown(container, current);
    }),
    watch(store, ["focusRequest"], (state) => {
      if (current && canFocus(current, state)) focus(current);
      else focusPending = true;
    }),
  ];
  return renderer;
}
