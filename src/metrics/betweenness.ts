/**
 * Betweenness centrality, exact or estimated from sampled sources.
 *
 * Definition: B(v) = Σ_{s≠v≠t} σ_st(v) / σ_st over ordered pairs, unweighted (every edge has length 1),
 * normalised by 1/((n − 1)(n − 2)) — networkx `betweenness_centrality(G, normalized=True)` on an
 * undirected graph, whose values lie in [0, 1] (1 for the centre of a star).
 *
 * Exact: graphology-metrics `betweenness` with `getEdgeWeight: null` (Brandes 2001), O(n·m).
 * Sampled (Brandes & Pich 2007, networkx `betweenness_centrality(G, k)`): k distinct sources are drawn
 * with the seeded rng, their dependencies δ_s(v) are accumulated by our own Brandes BFS kernel (graphology
 * exposes no per-source entry point) and scaled by n/k, which makes the estimate unbiased. O(k·m).
 *
 * Error bound of the sampled estimate. With X_i = δ_{s_i}(v)/(n − 2) ∈ [0, 1], the estimate is
 * (n/(n − 1))·mean(X_i). Hoeffding's inequality (it also holds for sampling without replacement,
 * Hoeffding 1963 §6) with a union bound over the n nodes gives, with probability at least 1 − δ,
 *     |B̂(v) − B(v)| ≤ ε = (n/(n − 1))·sqrt(ln(2n/δ) / (2k))   for every node v at once,
 * on the normalised values, with δ = 0.05. When k ≥ n every node is a source and the result is exact.
 *
 * References: U. Brandes, "A faster algorithm for betweenness centrality", J. Math. Sociol. 25 (2001);
 * U. Brandes & C. Pich, "Centrality estimation in large networks", IJBC 17 (2007);
 * W. Hoeffding, "Probability inequalities for sums of bounded random variables", JASA 58 (1963).
 */

import type Graph from "graphology";
import betweennessCentrality from "graphology-metrics/centrality/betweenness.js";
import type { Rng } from "../model";
import type { OnProgress } from "../options";
import { indexAdjacency, type IndexedAdjacency } from "./adjacency";

/** Failure probability δ of the sampled-betweenness error bound (the bound holds with 95% confidence). */
export const BETWEENNESS_BOUND_DELTA = 0.05;

/** Exact normalised betweenness, as networkx `betweenness_centrality(G)` (unweighted). */
export function computeBetweenness(graph: Graph): Record<string, number> {
  // graphology's indexed Brandes cannot allocate its stack for zero nodes.
  if (graph.order === 0) return {};
  return betweennessCentrality(graph, { getEdgeWeight: null, normalized: true });
}

/** Options of computeSampledBetweenness. */
export interface SampledBetweennessOptions {
  /** number, required. Sources to sample (k); k ≥ n gives the exact values. */
  samples: number;
  /** Rng, required. Draws the sources, so the same seed gives the same estimate. */
  rng: Rng;
  /** OnProgress, optional. Called as ("betweenness", sources done, k). */
  onProgress?: OnProgress;
}

/** Normalised betweenness estimated from k sampled sources (Brandes & Pich 2007), scaled by n/k. */
export function computeSampledBetweenness(
  graph: Graph,
  options: SampledBetweennessOptions,
): Record<string, number> {
  const adjacency = indexAdjacency(graph);
  const n = adjacency.nodes.length;
  const sources = sampleSources(n, options.samples, options.rng);
  const centrality = accumulateDependencies(adjacency, sources, options.onProgress);
  const scale = n > 2 ? n / sources.length / ((n - 1) * (n - 2)) : 1;
  return Object.fromEntries(adjacency.nodes.map((node, i) => [node, centrality[i] * scale]));
}

/** ε of the header: the largest deviation from exact betweenness, w.p. ≥ 1 − δ, with k of n sources. */
export function betweennessErrorBound(n: number, k: number, delta = BETWEENNESS_BOUND_DELTA): number {
  if (k >= n || n < 3) return 0;
  return (n / (n - 1)) * Math.sqrt(Math.log((2 * n) / delta) / (2 * k));
}

/** k distinct node indices out of n, by a partial Fisher–Yates shuffle driven by the rng. */
function sampleSources(n: number, k: number, rng: Rng): Int32Array {
  const pool = Int32Array.from({ length: n }, (_, i) => i);
  const count = Math.min(k, n);
  for (let i = 0; i < count; i++) {
    const j = i + Math.floor(rng() * (n - i));
    const swap = pool[i];
    pool[i] = pool[j];
    pool[j] = swap;
  }
  return pool.subarray(0, count);
}

/**
 * Brandes' accumulation for unweighted graphs: from each source, a BFS counts shortest paths (sigma)
 * and the nodes are then revisited farthest first, pushing dependencies to neighbours one step closer.
 * Predecessors are recognised by distance instead of being stored, which keeps memory at O(n).
 * Kept as one loop on typed arrays because it is the hot path of the metrics stage.
 */
function accumulateDependencies(
  adjacency: IndexedAdjacency,
  sources: Int32Array,
  onProgress?: OnProgress,
): Float64Array {
  const n = adjacency.nodes.length;
  const centrality = new Float64Array(n);
  const distance = new Int32Array(n);
  const sigma = new Float64Array(n);
  const delta = new Float64Array(n);
  const order = new Int32Array(n);
  const every = Math.max(1, Math.floor(sources.length / 100));
  sources.forEach((source, done) => {
    distance.fill(-1);
    sigma.fill(0);
    delta.fill(0);
    distance[source] = 0;
    sigma[source] = 1;
    order[0] = source;
    let head = 0;
    let tail = 1;
    while (head < tail) {
      const v = order[head++];
      for (const w of adjacency.neighbors[v]) {
        if (distance[w] === -1) {
          distance[w] = distance[v] + 1;
          order[tail++] = w;
        }
        if (distance[w] === distance[v] + 1) sigma[w] += sigma[v];
      }
    }
    for (let i = tail - 1; i > 0; i--) {
      const w = order[i];
      const share = (1 + delta[w]) / sigma[w];
      for (const v of adjacency.neighbors[w]) {
        if (distance[v] === distance[w] - 1) delta[v] += sigma[v] * share;
      }
      centrality[w] += delta[w];
    }
    if (onProgress && ((done + 1) % every === 0 || done + 1 === sources.length)) {
      onProgress("betweenness", done + 1, sources.length);
    }
  });
  return centrality;
}
