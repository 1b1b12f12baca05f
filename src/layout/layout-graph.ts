/**
 * The layout stage: seeded start positions, ForceAtlas2, then overlap removal. It only writes node `x`
 * and `y` (and the graph attribute `layoutIterations`, the FA2 steps actually run); the same graph, seed
 * and iteration count always give the same positions.
 *
 * Large graphs get fewer iterations than asked: one FA2 step visits every node and edge, so the steps are
 * capped at LAYOUT_BUDGET / (nodes + edges), but never below MIN_ITERATIONS. Overlap removal is skipped
 * above MAX_OVERLAP_NODES nodes: measured on a 37k-node synthetic network it took 13 s and 0.8 GB, twice
 * the FA2 steps, for discs too small to see at that scale. On this 2-core machine that bounds the CLI's
 * layout to roughly ten seconds; the browser refines the picture live in a worker anyway.
 */

import type Graph from "graphology";
import type { NetworkEdgeAttributes, NetworkGraphAttributes, NodeDisplay } from "../model";
import type { OnProgress } from "../options";
import { runForceAtlas2 } from "./forceatlas2";
import { removeOverlaps } from "./overlap";
import { assignSeedPositions } from "./seed-positions";

/**
 * A network as the layout stage sees it: nodes with a position to write (and a disc size overlap removal
 * reads), links whose `weight` pulls their ends together, and the graph attribute `layoutIterations`.
 */
export type LayoutGraph = Graph<NodeDisplay, NetworkEdgeAttributes, NetworkGraphAttributes>;

export interface LayoutOptions {
  /** number, required. Seed of the start positions (and of tie-breaks in overlap removal). */
  seed: number;
  /** number, required. ForceAtlas2 iterations; 0 keeps the seeded start positions only. */
  iterations: number;
}

/** Node and edge visits the synchronous layout may spend (steps × (nodes + edges)). */
export const LAYOUT_BUDGET = 2e7;
/** The fewest FA2 steps a non-empty layout gets, whatever its size. */
export const MIN_ITERATIONS = 20;
/** Above this many nodes overlap removal is skipped (see the header). */
export const MAX_OVERLAP_NODES = 10_000;

/** The FA2 steps to run on this graph: the requested count, capped by the layout budget. */
export function effectiveIterations(graph: LayoutGraph, requested: number): number {
  if (requested === 0) return 0;
  const affordable = Math.floor(LAYOUT_BUDGET / Math.max(1, graph.order + graph.size));
  return Math.min(requested, Math.max(MIN_ITERATIONS, affordable));
}

/** Assigns x/y to every node: seeded start, `iterations` FA2 steps, overlap removal (mutates attributes only). */
export function layoutGraph(graph: LayoutGraph, options: LayoutOptions, onProgress?: OnProgress): void {
  const { seed, iterations } = options;
  if (!Number.isInteger(seed)) {
    throw new Error(`papergraph/layout: seed must be an integer (${seed}). Pass the analysis seed.`);
  }
  if (!Number.isInteger(iterations) || iterations < 0) {
    throw new Error(`papergraph/layout: iterations must be 0 or a positive integer (${iterations}). Fix the option.`);
  }
  assignSeedPositions(graph, seed);
  const steps = effectiveIterations(graph, iterations);
  graph.setAttribute("layoutIterations", steps);
  if (steps === 0) return;
  runForceAtlas2(graph, steps, onProgress);
  if (graph.order <= MAX_OVERLAP_NODES) removeOverlaps(graph, seed);
}
