/**
 * computeMetrics: every node metric of the contract written onto a network, plus its GraphSummary.
 *
 * It mutates node attributes only (degree, weightedDegree, betweenness, closeness, harmonic,
 * eigenvector, pagerank, clustering, coreness, community, component) and never adds or removes nodes
 * or edges. Betweenness is exact up to `exactBetweennessMaxNodes` nodes and sampled above (see
 * betweenness.ts); the summary says which. Every step is deterministic for a given seed.
 * Cost: dominated by the all-pairs passes (closeness, harmonic + distances, exact betweenness), O(n·m).
 * Progress: ("metrics", step, 8) after each step, ("distances", sources, n) during the BFS pass and,
 * when betweenness is sampled, ("betweenness", sources, k).
 */

import type Graph from "graphology";
import { createRng } from "../model";
import type { OnProgress } from "../options";
import { indexAdjacency } from "./adjacency";
import { betweennessErrorBound, computeBetweenness, computeSampledBetweenness } from "./betweenness";
import {
  computeCloseness,
  computeDegree,
  computeEigenvectorDetailed,
  computePagerank,
  computeWeightedDegree,
} from "./centrality";
import { computeClusteringDetailed } from "./clustering";
import { computeCommunities, computeComponentList, indexComponents } from "./communities";
import { computeCoreness } from "./coreness";
import { componentDistances, computeDistanceProfile } from "./distances";
import type { NodeMetricAttribute } from "./registry";
import { summarizeGraph, type BetweennessSummary, type GraphSummary } from "./summary";

/** Options of computeMetrics (the same names and defaults as AnalysisOptions). */
export interface MetricsOptions {
  /** number. Seed of Louvain and of betweenness sampling. */
  seed: number;
  /** number. Above this many nodes betweenness is estimated from sampled sources. */
  exactBetweennessMaxNodes: number;
  /** number. Sources sampled when betweenness is estimated. */
  betweennessSamples: number;
}

const STEPS = 8;

/** Writes one value per node to the node attribute `attribute`. */
export function assignNodeValues(graph: Graph, attribute: NodeMetricAttribute, values: Record<string, number>): void {
  graph.forEachNode((node) => graph.setNodeAttribute(node, attribute, values[node]));
}

/** Computes and assigns every node metric on `graph` (attributes only) and returns its summary. */
export function computeMetrics(graph: Graph, options: MetricsOptions, onProgress?: OnProgress): GraphSummary {
  checkOptions(options);
  const progress = (done: number) => onProgress?.("metrics", done, STEPS);
  progress(0);
  assignNodeValues(graph, "degree", computeDegree(graph));
  assignNodeValues(graph, "weightedDegree", computeWeightedDegree(graph));
  assignNodeValues(graph, "closeness", computeCloseness(graph));
  progress(1);
  const adjacency = indexAdjacency(graph);
  const profile = computeDistanceProfile(adjacency, onProgress);
  const harmonic = Object.fromEntries(adjacency.nodes.map((node, i) => [node, profile.harmonic[i]]));
  assignNodeValues(graph, "harmonic", harmonic);
  progress(2);
  const betweenness = computeBetweennessFor(graph, options, onProgress);
  assignNodeValues(graph, "betweenness", betweenness.values);
  progress(3);
  const eigenvector = computeEigenvectorDetailed(graph);
  assignNodeValues(graph, "eigenvector", eigenvector.values);
  assignNodeValues(graph, "pagerank", computePagerank(graph));
  progress(4);
  const clustering = computeClusteringDetailed(graph);
  assignNodeValues(graph, "clustering", clustering.local);
  assignNodeValues(graph, "coreness", computeCoreness(graph));
  progress(5);
  const components = computeComponentList(graph);
  assignNodeValues(graph, "component", indexComponents(components));
  progress(6);
  const communities = computeCommunities(graph, { seed: options.seed });
  assignNodeValues(graph, "community", communities.communities);
  progress(7);
  const position = new Map(adjacency.nodes.map((node, i) => [node, i]));
  const largest = (components[0] ?? []).map((node) => position.get(node)!);
  const summary = summarizeGraph(graph, {
    components,
    clustering,
    communities,
    largestComponent: componentDistances(profile, largest),
    betweenness: betweenness.summary,
    eigenvector: eigenvector.method,
  });
  progress(STEPS);
  return summary;
}

/** Exact betweenness up to the threshold; above it, k sampled sources unless k ≥ n (then exact anyway). */
function computeBetweennessFor(
  graph: Graph,
  options: MetricsOptions,
  onProgress?: OnProgress,
): { values: Record<string, number>; summary: BetweennessSummary } {
  const n = graph.order;
  const k = options.betweennessSamples;
  if (n <= options.exactBetweennessMaxNodes || k >= n) {
    return { values: computeBetweenness(graph), summary: { mode: "exact" } };
  }
  // A separate stream from Louvain's, so changing the sample size never changes the communities.
  const rng = createRng(options.seed ^ 0x5eed);
  return {
    values: computeSampledBetweenness(graph, { samples: k, rng, onProgress }),
    summary: { mode: "sampled", samples: k, errorBound: betweennessErrorBound(n, k) },
  };
}

function checkOptions(options: MetricsOptions): void {
  for (const name of ["exactBetweennessMaxNodes", "betweennessSamples"] as const) {
    const value = options[name];
    if (!Number.isInteger(value) || value < 1) {
      throw new Error(`papergraph/metrics: ${name} must be a positive integer (got ${value}). Pass e.g. 500.`);
    }
  }
  if (!Number.isInteger(options.seed)) {
    throw new Error(`papergraph/metrics: seed must be an integer (got ${options.seed}). Pass e.g. 42.`);
  }
}
