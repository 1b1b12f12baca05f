/**
 * Betweenness centrality on its own, exact or from sampled sources, for callers that want only this
 * metric (computeMetrics gets it from the shared sweep in path-metrics.ts, with closeness and harmonic).
 *
 * Definition: B(v) = Σ_{s≠v≠t} σ_st(v) / σ_st over ordered pairs, unweighted, normalised by
 * 1/((n − 1)(n − 2)) — networkx `betweenness_centrality(G, normalized=True)`, values in [0, 1].
 * Exact: Brandes' BFS accumulation from every node (sweep-kernel.ts), O(n·m).
 * Sampled: sources drawn per component with the seeded rng and weighted |C|/k_C (sampling.ts, after
 * Brandes & Pich 2007), unbiased, O(k·m), with the Hoeffding bound of sampling.ts.
 * References: U. Brandes, J. Math. Sociol. 25 (2001); U. Brandes & C. Pich, IJBC 17 (2007).
 */

import { buildCsr, toNodeMap, type MetricsGraph } from "./csr";
import type { Rng } from "../model";
import { derivePathMetrics, preparePathSweep } from "./path-metrics";
import { labelComponents } from "./components";
import { planSampled } from "./sampling";
import { SWEEP_CHUNKS, sweepInline } from "./sweep";

/** Exact normalised betweenness, as networkx `betweenness_centrality(G)` (unweighted). */
export function computeBetweenness(graph: MetricsGraph): Record<string, number> {
  const csr = buildCsr(graph);
  const components = labelComponents(csr);
  const prepared = preparePathSweep(csr, components, { exactWork: Infinity, samples: 1, seed: 0, weighted: false });
  return toNodeMap(csr, derivePathMetrics(components, prepared, sweepInline(prepared.input)).betweenness);
}

/** Options of computeSampledBetweenness. */
export interface SampledBetweennessOptions {
  /** number, required. Sources to sample (about k, drawn per component); k ≥ n gives the exact values. */
  samples: number;
  /** Rng, required. Draws the sources, so the same seed gives the same estimate. */
  rng: Rng;
}

/** Normalised betweenness estimated from about k sampled sources (Brandes & Pich 2007), unbiased. */
export function computeSampledBetweenness(
  graph: MetricsGraph,
  options: SampledBetweennessOptions,
): Record<string, number> {
  const csr = buildCsr(graph);
  const components = labelComponents(csr);
  const plan = planSampled(components, options.samples, options.rng);
  const input = {
    offsets: csr.offsets,
    targets: csr.targets,
    lengths: null,
    ...plan,
    chunkCount: Math.min(SWEEP_CHUNKS, Math.max(1, plan.sources.length)),
  };
  const sums = sweepInline(input);
  return toNodeMap(csr, derivePathMetrics(components, { input, plan, isSampled: true }, sums).betweenness);
}
