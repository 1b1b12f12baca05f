/**
 * Node centralities other than betweenness and harmonic (see betweenness.ts and distances.ts), each as
 * networkx computes it with its defaults, so an exported value can be checked against networkx:
 * - degree: number of neighbours, networkx `G.degree()`. O(n).
 * - weightedDegree: Σ `weight` of incident edges (1 when missing), networkx `G.degree(weight="weight")`. O(m).
 * - closeness: C(u) = (r − 1)/Σ d(u, v) · (r − 1)/(n − 1) over the r nodes reachable from u (u included),
 *   0 for an isolated node — networkx `closeness_centrality(G)` with wf_improved=True (Wasserman & Faust
 *   1994, p. 201). graphology-metrics computes the same with `wassermanFaust: true`: count/total ·
 *   count/(N − 1) with count = r − 1, also on disconnected graphs. O(n·m).
 * - eigenvector: unweighted, power iteration on A + I from the uniform vector, L2-normalised, stopping when
 *   Σ|x − x'| < n·1e-6 within 100 iterations — networkx `eigenvector_centrality(G)`, which
 *   graphology-metrics reproduces step for step. O(iterations·m).
 * - pagerank: alpha 0.85, weighted by `weight`, uniform teleport and dangling redistribution, tolerance
 *   n·1e-6 within 100 iterations — networkx `pagerank(G, alpha=0.85, weight="weight")`. O(iterations·m).
 * References: Bonacich, "Power and centrality", AJS 92 (1986); Page, Brin, Motwani & Winograd,
 * "The PageRank citation ranking" (1999); Freeman, "Centrality in networks", Social Networks 1 (1979).
 */

import type Graph from "graphology";
import closenessCentrality from "graphology-metrics/centrality/closeness.js";
import eigenvectorCentrality from "graphology-metrics/centrality/eigenvector.js";
import pagerankCentrality from "graphology-metrics/centrality/pagerank.js";
import { weightedDegree } from "graphology-metrics/node/weighted-degree.js";

/** networkx's eigenvector_centrality and pagerank defaults. */
const MAX_ITERATIONS = 100;
const TOLERANCE = 1e-6;
/** Iterations of the second eigenvector attempt, for graphs whose spectral gap is small (long paths). */
const EXTENDED_ITERATIONS = 1000;

/** Raw degree of every node, as networkx `G.degree()`. */
export function computeDegree(graph: Graph): Record<string, number> {
  return Object.fromEntries(graph.mapNodes((node) => [node, graph.degree(node)]));
}

/** Sum of incident edge weights (`weight`, 1 when missing), as networkx `G.degree(weight="weight")`. */
export function computeWeightedDegree(graph: Graph): Record<string, number> {
  return Object.fromEntries(graph.mapNodes((node) => [node, weightedDegree(graph, node, "weight")]));
}

/** Closeness with the Wasserman–Faust correction, as networkx `closeness_centrality(G)`. */
export function computeCloseness(graph: Graph): Record<string, number> {
  // graphology's BFS queue cannot be allocated for zero nodes.
  if (graph.order === 0) return {};
  return closenessCentrality(graph, { wassermanFaust: true });
}

/** How the eigenvector centrality was obtained (see computeEigenvectorDetailed). */
export type EigenvectorMethod = "power-iteration" | "extended-power-iteration" | "degree";

/**
 * Eigenvector centrality with a defined fallback. networkx raises when the power iteration has not
 * converged after 100 steps; we then retry with 1,000 steps (the values networkx gives with
 * max_iter=1000), and if that fails too we return the degree vector scaled to unit L2 norm — the
 * first-order approximation of the eigenvector — and say so in `method`. A graph without edges
 * converges at once to 1/√n for every node, as in networkx; an empty graph gives an empty map.
 */
export function computeEigenvectorDetailed(graph: Graph): {
  values: Record<string, number>;
  method: EigenvectorMethod;
} {
  if (graph.order === 0) return { values: {}, method: "power-iteration" };
  const attempts: Array<[EigenvectorMethod, number]> = [
    ["power-iteration", MAX_ITERATIONS],
    ["extended-power-iteration", EXTENDED_ITERATIONS],
  ];
  for (const [method, maxIterations] of attempts) {
    try {
      const values = eigenvectorCentrality(graph, { getEdgeWeight: null, maxIterations, tolerance: TOLERANCE });
      return { values, method };
    } catch {
      // graphology throws only on non-convergence; the next attempt or the fallback handles it.
    }
  }
  return { values: unitDegreeVector(graph), method: "degree" };
}

/** Unweighted eigenvector centrality, as networkx `eigenvector_centrality(G)` (fallback: see above). */
export function computeEigenvector(graph: Graph): Record<string, number> {
  return computeEigenvectorDetailed(graph).values;
}

/** PageRank with alpha 0.85 weighted by `weight`, as networkx `pagerank(G, alpha=0.85, weight="weight")`. */
export function computePagerank(graph: Graph): Record<string, number> {
  if (graph.order === 0) return {};
  try {
    return pagerankCentrality(graph, {
      alpha: 0.85,
      getEdgeWeight: "weight",
      maxIterations: MAX_ITERATIONS,
      tolerance: TOLERANCE,
    });
  } catch {
    throw new Error(
      `papergraph/metrics: PageRank did not converge (${graph.order} nodes, ${graph.size} edges). ` +
        "Check that every edge weight is a positive number.",
    );
  }
}

function unitDegreeVector(graph: Graph): Record<string, number> {
  const norm = Math.sqrt(graph.reduceNodes((sum, node) => sum + graph.degree(node) ** 2, 0));
  return Object.fromEntries(graph.mapNodes((node) => [node, norm > 0 ? graph.degree(node) / norm : 0]));
}
