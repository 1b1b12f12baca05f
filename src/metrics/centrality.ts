/**
 * Node centralities one at a time, each as networkx computes it with its defaults, so an exported value
 * can be checked against networkx (computeMetrics computes them together, sharing one CSR and one sweep):
 * - degree: number of distinct neighbours, networkx `G.degree()` on the simple graph. O(n + m), from the CSR.
 * - weightedDegree: Σ `weight` of incident edges (1 when missing), networkx `G.degree(weight="weight")`. O(n + m).
 * - closeness: C(u) = ((r − 1)/Σ d(u, v)) · ((r − 1)/(n − 1)) over the r nodes reachable from u (u
 *   included), 0 for an isolated node — networkx `closeness_centrality(G)`, wf_improved=True (Wasserman &
 *   Faust 1994, p. 201). O(n·m), from the sweep of path-metrics.ts.
 * - harmonic: Σ_{v≠u} 1/d(u, v), unnormalised — networkx `harmonic_centrality(G)`. O(n·m), same sweep.
 * - eigenvector: unweighted power iteration on A + I from the uniform vector, L2-normalised, to the tight
 *   tolerance of spectral.ts — networkx `eigenvector_centrality(G, tol=1e-12)`. O(iterations·m).
 * - pagerank: alpha 0.85 weighted by `weight`, networkx `pagerank(G, weight="weight", tol=1e-12)`.
 * References: Bonacich, "Power and centrality", AJS 92 (1986); Freeman, "Centrality in networks", Social
 * Networks 1 (1979); Marchiori & Latora, "Harmony in the small-world", Physica A 285 (2000).
 */

import { buildCsr, csrDegrees, csrStrengths, toNodeMap, type CsrGraph, type MetricsGraph } from "./csr";
import { derivePathMetrics, preparePathSweep, type PathMetrics } from "./path-metrics";
import { labelComponents } from "./components";
import { eigenvectorVector, pagerankVector } from "./spectral";
import { sweepInline } from "./sweep";

/** Power-iteration steps that count as ordinary convergence; past them the method says "extended". */
export const EIGENVECTOR_ITERATIONS = 1000;
/** Hard cap of the eigenvector iteration before falling back to the degree vector. */
export const EIGENVECTOR_MAX_ITERATIONS = 10_000;

/** Distinct neighbours of every node, as networkx `G.degree()` (csrDegrees, what computeMetrics writes). */
export function computeDegree(graph: MetricsGraph): Record<string, number> {
  const csr = buildCsr(graph);
  return toNodeMap(csr, csrDegrees(csr));
}

/** Σ `weight` of each node's links (1 when missing), as networkx `G.degree(weight="weight")` (csrStrengths). */
export function computeWeightedDegree(graph: MetricsGraph): Record<string, number> {
  const csr = buildCsr(graph);
  return toNodeMap(csr, csrStrengths(csr));
}

/** Exact unweighted path metrics of a graph on this thread (the single-metric functions share it). */
function exactPaths(graph: MetricsGraph): { csr: CsrGraph; paths: PathMetrics } {
  const csr = buildCsr(graph);
  const components = labelComponents(csr);
  const prepared = preparePathSweep(csr, components, { exactWork: Infinity, samples: 1, seed: 0, weighted: false });
  return { csr, paths: derivePathMetrics(components, prepared, sweepInline(prepared.input)) };
}

/** Closeness with the Wasserman–Faust correction, as networkx `closeness_centrality(G)`. */
export function computeCloseness(graph: MetricsGraph): Record<string, number> {
  const { csr, paths } = exactPaths(graph);
  return toNodeMap(csr, paths.closeness);
}

/** Harmonic centrality, as networkx `harmonic_centrality(G)` (unweighted, unnormalised). */
export function computeHarmonic(graph: MetricsGraph): Record<string, number> {
  const { csr, paths } = exactPaths(graph);
  return toNodeMap(csr, paths.harmonic);
}

/** How the eigenvector centrality was obtained (see eigenvectorOnCsr). */
export type EigenvectorMethod = "power-iteration" | "extended-power-iteration" | "degree";

/**
 * Eigenvector centrality with a defined fallback: converged within EIGENVECTOR_ITERATIONS steps is
 * "power-iteration"; within EIGENVECTOR_MAX_ITERATIONS "extended-power-iteration" (graphs with a small
 * spectral gap, such as long paths, where networkx's default 100 steps raise); otherwise the degree vector
 * scaled to unit L2 norm — the first-order approximation of the eigenvector — with method "degree".
 */
export function eigenvectorOnCsr(csr: CsrGraph): { values: Float64Array; method: EigenvectorMethod } {
  const result = eigenvectorVector(csr, EIGENVECTOR_MAX_ITERATIONS);
  if (result) {
    const method = result.iterations <= EIGENVECTOR_ITERATIONS ? "power-iteration" : "extended-power-iteration";
    return { values: result.vector, method };
  }
  const degrees = csrDegrees(csr);
  const norm = Math.sqrt(degrees.reduce((sum, d) => sum + d * d, 0));
  return { values: Float64Array.from(degrees, (d) => (norm > 0 ? d / norm : 0)), method: "degree" };
}

/** Eigenvector centrality with its method (see eigenvectorOnCsr); an empty graph gives an empty map. */
export function computeEigenvectorDetailed(graph: MetricsGraph): {
  values: Record<string, number>;
  method: EigenvectorMethod;
} {
  const csr = buildCsr(graph);
  if (csr.nodes.length === 0) return { values: {}, method: "power-iteration" };
  const { values, method } = eigenvectorOnCsr(csr);
  return { values: toNodeMap(csr, values), method };
}

/** Unweighted eigenvector centrality, as networkx `eigenvector_centrality(G)` (fallback: see above). */
export function computeEigenvector(graph: MetricsGraph): Record<string, number> {
  return computeEigenvectorDetailed(graph).values;
}

/** PageRank on a CSR graph; throws a papergraph/metrics error when it does not converge. */
export function pagerankOnCsr(csr: CsrGraph): Float64Array {
  const values = pagerankVector(csr);
  if (!values) {
    throw new Error(
      `papergraph/metrics: PageRank did not converge (${csr.nodes.length} nodes, ${csr.targets.length / 2} links). ` +
        "Check that every edge weight is a positive number.",
    );
  }
  return values;
}

/** PageRank with alpha 0.85 weighted by `weight`, as networkx `pagerank(G, alpha=0.85, weight="weight")`. */
export function computePagerank(graph: MetricsGraph): Record<string, number> {
  const csr = buildCsr(graph);
  return csr.nodes.length === 0 ? {} : toNodeMap(csr, pagerankOnCsr(csr));
}
