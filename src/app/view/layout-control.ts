/**
 * Live layout of the render graph: ForceAtlas2 runs in graphology's worker supervisor with the settings
 * of src/layout (the same ones the CLI uses), from the seeded start positions the worker computed, so a
 * given corpus always starts alike. It stops by itself after a time that grows with the graph, then
 * noverlap (also in a worker) pushes overlapping discs apart. The main thread only receives positions.
 */

import type Graph from "graphology";
import FA2Layout from "graphology-layout-forceatlas2/worker";
import NoverlapLayout from "graphology-layout-noverlap/worker";
import { DEFAULT_NODE_SIZE, FA2_EDGE_WEIGHT, forceAtlas2Settings } from "../../layout";

/** How long FA2 runs before stopping by itself: 2 s plus 1 s per 1,000 nodes, at most 20 s. */
function autoStopMs(order: number): number {
  return Math.min(20_000, 2_000 + order);
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
  kill(): void;
}

/** A layout controller for `graph`; `onChange(running)` is called whenever it starts or stops. */
export function createLayoutControl(graph: Graph, onChange: (running: boolean) => void): LayoutControl {
  const fa2 = new FA2Layout(graph, { settings: forceAtlas2Settings(graph), getEdgeWeight: FA2_EDGE_WEIGHT });
  let noverlap: NoverlapLayout | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const removeOverlaps = () => {
    noverlap?.kill();
    noverlap = new NoverlapLayout(graph, {
      inputReducer: (_key, attributes) => ({
        x: attributes.x,
        y: attributes.y,
        size: typeof attributes.size === "number" ? attributes.size : DEFAULT_NODE_SIZE,
      }),
    });
    noverlap.start();
    const running = noverlap;
    setTimeout(() => running.stop(), NOVERLAP_MAX_MS);
  };

  const control: LayoutControl = {
    isRunning: () => fa2.isRunning(),
    start() {
      if (graph.order === 0 || fa2.isRunning()) return;
      noverlap?.stop();
      fa2.start();
      onChange(true);
      clearTimeout(timer);
      timer = setTimeout(() => control.stop(), autoStopMs(graph.order));
    },
    stop() {
      clearTimeout(timer);
      if (!fa2.isRunning()) return;
      fa2.stop();
      removeOverlaps();
      onChange(false);
    },
    halt() {
      clearTimeout(timer);
      fa2.stop();
      noverlap?.stop();
      onChange(false);
    },
    kill() {
      clearTimeout(timer);
      fa2.kill();
      noverlap?.kill();
    },
  };
  return control;
}
