/**
 * The layout stage: seeded start positions, ForceAtlas2, then overlap removal. It only writes node `x`
 * and `y`; the same graph, seed and iteration count always give the same positions.
 */

import type Graph from "graphology";
import type { OnProgress } from "../options";
import { runForceAtlas2 } from "./forceatlas2";
import { removeOverlaps } from "./overlap";
import { assignSeedPositions } from "./seed-positions";

export interface LayoutOptions {
  /** number, required. Seed of the start positions (and of tie-breaks in overlap removal). */
  seed: number;
  /** number, required. ForceAtlas2 iterations; 0 keeps the seeded start positions only. */
  iterations: number;
}

/** Assigns x/y to every node: seeded start, `iterations` FA2 steps, overlap removal (mutates attributes only). */
export function layoutGraph(graph: Graph, options: LayoutOptions, onProgress?: OnProgress): void {
  const { seed, iterations } = options;
  if (!Number.isInteger(seed)) {
    throw new Error(`papergraph/layout: seed must be an integer (${seed}). Pass the analysis seed.`);
  }
  if (!Number.isInteger(iterations) || iterations < 0) {
    throw new Error(`papergraph/layout: iterations must be 0 or a positive integer (${iterations}). Fix the option.`);
  }
  assignSeedPositions(graph, seed);
  if (iterations === 0) return;
  runForceAtlas2(graph, iterations, onProgress);
  removeOverlaps(graph, seed);
}
