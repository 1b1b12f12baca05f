/**
 * Which sources the shortest-path sweep starts from, and how far sampled estimates can be off.
 *
 * Exact: every node is a source, each with weight 1 (for hop distances, shared-searches.ts runs fewer).
 * Sampled (above `exactMaxNodes` nodes): sources are drawn per connected component C of size c, without
 * replacement, k_C = min(c, max(MIN_COMPONENT_SOURCES, ⌈k·c/n⌉)) of them, each weighted c/k_C. Since
 * betweenness dependencies and distances from outside C are zero, this is Brandes & Pich's (2007) and
 * Eppstein & Wang's (2004) uniform source sampling done within each component: every estimate
 * (betweenness, harmonic, distance sum) is unbiased, and small components (c ≤ MIN_COMPONENT_SOURCES)
 * stay exact. Drawing per component also guarantees every node has a source in its component, which
 * closeness needs (its reachable count r comes exactly from the component size).
 *
 * Error bounds (Hoeffding 1963, which §6 extends to sampling without replacement, with a union bound
 * over the n nodes; each bound holds for all nodes at once with probability ≥ 1 − δ, δ = 0.05), with
 * t_C = sqrt(ln(2n/δ) / (2k_C)) for a sampled component and 0 for an exact one:
 * - betweenness (normalised): δ_s(v) ≤ c − 2, so |B̂ − B| ≤ c(c − 2)/((n − 1)(n − 2)) · t_C;
 * - harmonic (unnormalised): 1/d ≤ 1, so |Ĥ − H| ≤ c · t_C;
 * - closeness, as the mean distance to the reachable nodes D/(c − 1): d ≤ Δ ≤ 2·ecc(s) for any source s,
 *   so |D̂ − D|/(c − 1) ≤ c·Δ̄_C·t_C/(c − 1) with Δ̄_C = 2 · the smallest sampled eccentricity in C.
 * The summary reports the largest bound over the components.
 * References: D. Eppstein & J. Wang, "Fast approximation of centrality", JGAA 8 (2004); U. Brandes &
 * C. Pich, "Centrality estimation in large networks", IJBC 17 (2007).
 */

import type { Rng } from "../model";
import type { ComponentLabels } from "./components";

/** Failure probability δ of every sampled-estimate error bound (bounds hold with 95% confidence). */
export const SAMPLING_BOUND_DELTA = 0.05;
/** Components with at most this many nodes are swept from every node (exact), even in sampled mode. */
export const MIN_COMPONENT_SOURCES = 8;

/** The sources of a sweep with their weights, and how many were drawn in each component. */
export interface SourcePlan {
  sources: Int32Array;
  scales: Float64Array;
  /** k_C per component (equal to the size where the component is exact). */
  perComponent: number[];
  /** Leaves whose search each source's carries (shared-searches.ts); none when absent. */
  leaves?: Float64Array;
  /** What to add to each node's harmonic and distance sums after a sweep of shared searches. */
  corrections?: { harmonic: Float64Array; distance: Float64Array };
}

/** Every node once, weight 1: the exact sweep. */
export function planExact(n: number, components: ComponentLabels): SourcePlan {
  return {
    sources: Int32Array.from({ length: n }, (_, i) => i),
    scales: new Float64Array(n).fill(1),
    perComponent: [...components.sizes],
  };
}

/** About k sources drawn per component as described in the header, in component then draw order. */
export function planSampled(components: ComponentLabels, k: number, rng: Rng): SourcePlan {
  const n = components.componentOf.length;
  const members = components.sizes.map(() => [] as number[]);
  components.componentOf.forEach((c, v) => members[c]!.push(v));
  const perComponent = components.sizes.map((c) =>
    Math.min(c, Math.max(MIN_COMPONENT_SOURCES, Math.ceil((k * c) / n))),
  );
  const sources: number[] = [];
  const scales: number[] = [];
  members.forEach((pool, c) => {
    const count = perComponent[c]!;
    // Partial Fisher–Yates: the first `count` entries become a uniform sample without replacement.
    for (let i = 0; i < count; i++) {
      const j = i + Math.floor(rng() * (pool.length - i));
      const drawn = pool[j]!;
      pool[j] = pool[i]!;
      pool[i] = drawn;
      sources.push(drawn);
      scales.push(pool.length / count);
    }
  });
  return { sources: Int32Array.from(sources), scales: Float64Array.from(scales), perComponent };
}

/** Hoeffding half-width t_C of the header for k_C of c sources among n nodes (0 when exact). */
export function samplingHalfWidth(n: number, c: number, kC: number, delta = SAMPLING_BOUND_DELTA): number {
  return kC >= c ? 0 : Math.sqrt(Math.log((2 * n) / delta) / (2 * kC));
}

/** ε for normalised betweenness: the largest deviation from exact over all nodes, w.p. ≥ 1 − δ. */
export function componentBetweennessBound(
  n: number,
  sizes: readonly number[],
  perComponent: readonly number[],
): number {
  if (n < 3) return 0;
  // c(c − 2)/((n − 1)(n − 2)) written as (c/(n − 1))·((c − 2)/(n − 2)): for c = n it is exactly
  // n/(n − 1).
  const bound = (c: number, i: number) =>
    (c / (n - 1)) * ((c - 2) / (n - 2)) * samplingHalfWidth(n, c, perComponent[i]!);
  return largest(sizes, bound);
}

/** ε of componentBetweennessBound for a connected graph of n nodes and k sources (0 when k ≥ n). */
export function betweennessErrorBound(n: number, k: number, delta = SAMPLING_BOUND_DELTA): number {
  if (k >= n || n < 3) return 0;
  return (n / (n - 1)) * samplingHalfWidth(n, n, k, delta);
}

/** ε for harmonic centrality (unnormalised, in the metric's own units), w.p. ≥ 1 − δ. */
export function harmonicErrorBound(n: number, sizes: readonly number[], perComponent: readonly number[]): number {
  return largest(sizes, (c, i) => c * samplingHalfWidth(n, c, perComponent[i]!));
}

/** ε for each node's mean distance D/(c − 1) to its reachable nodes, given Δ̄_C of each component. */
export function meanDistanceErrorBound(
  n: number,
  sizes: readonly number[],
  perComponent: readonly number[],
  diameterBounds: readonly number[],
): number {
  return largest(sizes, (c, i) =>
    c < 2 ? 0 : (c * diameterBounds[i]! * samplingHalfWidth(n, c, perComponent[i]!)) / (c - 1),
  );
}

/**
 * The largest of f over the components, 0 for none (a loop: a spread of 100k sizes overflows the stack).
 * Per-component arrays (perComponent, diameter bounds) are parallel to `sizes`, so f may index them by i.
 */
function largest(sizes: readonly number[], f: (c: number, i: number) => number): number {
  let max = 0;
  sizes.forEach((c, i) => (max = Math.max(max, f(c, i))));
  return max;
}
