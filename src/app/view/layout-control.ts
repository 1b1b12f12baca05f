/**
 * Live layout of the render graph: ForceAtlas2 runs in graphology's worker supervisor with the settings
 * of src/layout (the same ones the CLI uses), from the seeded start positions the worker computed, so a
 * given corpus always starts alike. It stops by itself after a time that grows with the graph, then
 * noverlap (also in a worker) pushes overlapping discs apart.
 * Both workers move a light layout graph (positions, sizes, weights) that sigma does not watch; the
 * positions are copied to the render graph once per frame on small graphs and less often on large ones,
 * because each copy makes sigma re-index and redraw every node and link (on a 20,000-author network
 * about 150 ms of script plus the WebGL frame), while the worker sends several steps per second.
 */

import Graph from "graphology";
import FA2Layout from "graphology-layout-forceatlas2/worker";
import NoverlapLayout from "graphology-layout-noverlap/worker";
import { DEFAULT_NODE_SIZE, FA2_EDGE_WEIGHT, forceAtlas2Settings } from "../../layout";
import type { NetworkGraph } from "../../model";

/** The light graph the layout workers move: positions, disc sizes and link weights only. */
type LightGraph = Graph<{ x: number; y: number; size: number }, { weight?: number }>;

/** How long FA2 runs before stopping by itself: 2 s plus 1 s per 1,000 nodes, at most 20 s. */
function autoStopMs(order: number): number {
  return Math.min(20_000, 2_000 + order);
}

/** Milliseconds between two copies of the positions to the render graph: each frame to 1,000 nodes, 1 s at 20,000. */
export function applyIntervalMs(order: number): number {
  return Math.min(1_000, Math.max(0, order / 20));
}

/** noverlap stops when no discs overlap, or after this long on a graph too dense to get there. */
const NOVERLAP_MAX_MS = 3_000;

export interface LayoutControl {
  isRunning(): boolean;
  /** Starts FA2 (stopping itself after a while), or resumes it. */
  start(): void;
  /** Stops FA2 and removes overlaps. */
  stop(): void;
  /** Stops FA2 and overlap removal without a last pass (the picture is about to be replaced). */
  halt(): void;
  /** Stops the layout and puts the nodes named in `positions` there (undo and redo of a layout run). */
  place(positions: ReadonlyMap<string, readonly [number, number]>): void;
  kill(): void;
}

/** The graph the layout workers move: every node's x, y and size and every link's FA2 weight. */
function layoutGraphOf(graph: NetworkGraph): LightGraph {
  const light: LightGraph = new Graph({ type: graph.type, multi: graph.multi });
  graph.forEachNode((node, { x = 0, y = 0, size = DEFAULT_NODE_SIZE }) => light.addNode(node, { x, y, size }));
  graph.forEachEdge((edge, attributes, source, target) => {
    light.addEdgeWithKey(edge, source, target, { weight: attributes.weight });
  });
  return light;
}

/**
 * Copies the layout graph's positions to the render graph at most every `interval` ms while `active()`.
 * When a copy and the frame it causes took long (software WebGL), the next copy waits twice that long, so
 * the page is idle at least half the time. The cost is what the copy itself took plus the duration of the
 * frame sigma drew after it (`lastFrameMs`), never the time since the previous copy: after a pause that
 * time is idleness, and taking it for a cost held the next copy back for twice the pause ("Run layout"
 * a second time drew nothing).
 */
function createCopier(
  light: LightGraph,
  graph: NetworkGraph,
  interval: number,
  active: () => boolean,
  lastFrameMs: () => number,
  onStill: () => void,
) {
  let frame: number | undefined;
  let last = -Infinity;
  let copyMs = 0;
  const copy = () => {
    const started = performance.now();
    graph.updateEachNodeAttributes(
      (node, attributes) => {
        attributes.x = light.getNodeAttribute(node, "x");
        attributes.y = light.getNodeAttribute(node, "y");
        return attributes;
      },
      { attributes: ["x", "y"] },
    );
    last = performance.now();
    copyMs = last - started;
  };
  const stopTicking = () => {
    if (frame !== undefined) cancelAnimationFrame(frame);
    frame = undefined;
  };
  const tick = () => {
    frame = undefined;
    if (!active()) {
      copy();
      return onStill();
    }
    const cost = copyMs + lastFrameMs();
    if (performance.now() - last >= Math.max(interval, cost > 50 ? 2 * cost : 0)) copy();
    frame = requestAnimationFrame(tick);
  };
  return {
    /** Starts copying; the first copy comes with the next frame. */
    start: () => {
      last = -Infinity;
      frame ??= requestAnimationFrame(tick);
    },
    /** Copies once more (the final positions) and stops. */
    flush: () => {
      stopTicking();
      copy();
    },
    cancel: stopTicking,
  };
}

/**
 * What the layout is doing: ForceAtlas2 at work, overlap removal after it, or nothing (the positions
 * on screen are final).
 */
export type LayoutPhase = "forces" | "overlaps" | "still";

/**
 * A layout controller for `graph`; `onPhase` is called whenever the layout's phase changes, and
 * `lastFrameMs()` tells how long sigma's last frame took.
 */
export function createLayoutControl(
  graph: NetworkGraph,
  onPhase: (phase: LayoutPhase) => void,
  lastFrameMs: () => number,
): LayoutControl {
  const light = layoutGraphOf(graph);
  const fa2 = new FA2Layout(light, { settings: forceAtlas2Settings(light), getEdgeWeight: FA2_EDGE_WEIGHT });
  let noverlap: NoverlapLayout | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const copier = createCopier(
    light,
    graph,
    applyIntervalMs(graph.order),
    () => fa2.isRunning() || (noverlap?.isRunning() ?? false),
    lastFrameMs,
    () => onPhase("still"),
  );

  const removeOverlaps = () => {
    noverlap?.kill();
    // Sizes follow the current "size by" choice.
    graph.forEachNode((node, { size = DEFAULT_NODE_SIZE }) => light.setNodeAttribute(node, "size", size));
    noverlap = new NoverlapLayout(light);
    noverlap.start();
    copier.start();
    const running = noverlap;
    setTimeout(() => running.stop(), NOVERLAP_MAX_MS);
  };

  const control: LayoutControl = {
    isRunning: () => fa2.isRunning(),
    start() {
      if (graph.order === 0) return onPhase("still");
      if (fa2.isRunning()) return;
      noverlap?.stop();
      fa2.start();
      copier.start();
      onPhase("forces");
      clearTimeout(timer);
      timer = setTimeout(() => control.stop(), autoStopMs(graph.order));
    },
    stop() {
      clearTimeout(timer);
      if (!fa2.isRunning()) return;
      fa2.stop();
      copier.flush();
      removeOverlaps();
      onPhase("overlaps");
    },
    halt() {
      clearTimeout(timer);
      fa2.stop();
      noverlap?.stop();
      copier.cancel();
      onPhase("still");
    },
    place(positions) {
      control.halt();
      for (const [node, [x, y]] of positions) {
        if (!graph.hasNode(node)) continue;
        light.mergeNodeAttributes(node, { x, y });
        graph.mergeNodeAttributes(node, { x, y });
      }
    },
    kill() {
      clearTimeout(timer);
      fa2.kill();
      noverlap?.kill();
      copier.cancel();
    },
  };
  return control;
}
