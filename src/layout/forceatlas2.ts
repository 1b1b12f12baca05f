/**
 * ForceAtlas2 (Jacomy et al. 2014, PLoS ONE 9(6): e98679) with settings inferred from the graph.
 * The settings live in one function so that the CLI's synchronous run and the browser's worker supervisor
 * (graphology-layout-forceatlas2/worker) lay graphs out the same way. Edge attraction is weighted by the
 * edge `weight` (joint papers), linLog mode stays off (it exaggerates clusters on small coauthor graphs),
 * and Barnes–Hut's O(n log n) repulsion replaces the exact O(n²) one above BARNES_HUT_MIN_ORDER nodes.
 */

import forceAtlas2, { type ForceAtlas2Settings } from "graphology-layout-forceatlas2";
import type { OnProgress } from "../options";
import type { LayoutGraph } from "./layout-graph";

/** Node count above which repulsion uses the Barnes–Hut approximation. */
export const BARNES_HUT_MIN_ORDER = 1000;

/** Edge attribute that weights FA2's attraction (also graphology's default, stated here for the worker). */
export const FA2_EDGE_WEIGHT = "weight";

/**
 * The synchronous run is split into chunks only to report progress. Each call of the library copies the
 * graph into typed arrays again and restarts its per-node speed memory, so chunks are at least
 * MIN_CHUNK steps long: fewer, longer chunks cost less and stay closer to one uninterrupted run.
 */
const PROGRESS_CHUNKS = 10;
const MIN_CHUNK = 20;

/** FA2 settings for this graph: graphology's inferred settings, Barnes–Hut above 1,000 nodes, linLog off. */
export function forceAtlas2Settings(graph: LayoutGraph): ForceAtlas2Settings {
  return {
    ...forceAtlas2.inferSettings(graph),
    barnesHutOptimize: graph.order > BARNES_HUT_MIN_ORDER,
    linLogMode: false,
  };
}

/** Runs `iterations` synchronous FA2 steps from the nodes' current x/y and writes the result back. */
export function runForceAtlas2(graph: LayoutGraph, iterations: number, onProgress?: OnProgress): void {
  if (graph.order === 0 || iterations <= 0) return;
  const settings = forceAtlas2Settings(graph);
  const chunk = Math.max(MIN_CHUNK, Math.ceil(iterations / PROGRESS_CHUNKS));
  for (let done = 0; done < iterations; ) {
    const steps = Math.min(chunk, iterations - done);
    forceAtlas2.assign(graph, { iterations: steps, settings, getEdgeWeight: FA2_EDGE_WEIGHT });
    done += steps;
    onProgress?.("layout", done, iterations);
  }
}
