/**
 * computeMetrics: every node metric of the contract written onto a network, plus its GraphSummary.
 *
 * It mutates node attributes only (degree, weightedDegree, betweenness, closeness, harmonic,
 * eigenvector, pagerank, clustering, coreness, community, component) and never adds or removes nodes
 * or edges. The graph is turned into CSR once (csr.ts) and every kernel reads that: one shortest-path
 * sweep gives betweenness, closeness, harmonic and the distance figures (path-metrics.ts) — exact up to
 * `exactPathWork` slot visits, sampled in rounds above, the summary says which — and PageRank,
 * eigenvector, clustering and coreness. Louvain stays graphology's (already fast: 0.1–0.2 s on ca-HepPh);
 * its runs (the reported seed and the stability seeds) go to the injected `communityRuns` runner, which
 * may make them on another thread during the sweep (src/cli/community-thread.ts), the same bits either way.
 * The sweep runs on the injected `sweep` runner (worker threads) or on this thread; the numbers are the
 * same bits either way (sweep.ts). While other threads sweep, this thread makes the metrics that read no
 * path and the community runs left to it (caller-tasks.ts), then joins the sweep. Every step is
 * deterministic for a given seed.
 * Cost: dominated by the sweep, O(n·m) exact, O(k·m) sampled.
 * Progress: ("metrics", step, 6) after each step and ("paths", sources done, sources) during the sweep.
 */

import { csrDegrees, csrOfNetwork, csrStrengths, describesGraph, type CsrGraph, type MetricsGraph } from "./csr";
import type { LinkTable } from "../model";
import type { OnProgress } from "../options";
import { eigenvectorOnCsr, pagerankOnCsr, type EigenvectorMethod } from "./centrality";
import { clusteringOnCsr } from "./clustering";
import { describePartition, type CommunityOptions } from "./communities";
import {
  communityRunsInline,
  stabilityOfRuns,
  type CommunityRunner,
  type CommunityStability,
} from "./community-stability";
import type { CommunityAlgorithm } from "../options";
import { corenessOnCsr } from "./coreness";
import { createCallerTasks } from "./caller-tasks";
import { computePathMetrics } from "./path-metrics";
import { paperCoverOf, paperCoverOfLinks, type PaperCover } from "./paper-cover";
import type { NodeMetricAttribute } from "./registry";
import { labelComponents } from "./components";
import { summarizeGraph, type GraphSummary } from "./summary";
import type { SweepRunner } from "./sweep";

/** Options of computeMetrics (the same names and defaults as AnalysisOptions, plus the sweep runner). */
export interface MetricsOptions {
  /** number. Seed of Louvain and of source sampling. */
  seed: number;
  /** number. Above this sweep work (nodes × 2 × links) betweenness, closeness and harmonic are sampled. */
  exactPathWork: number;
  /** number. Sources (about) of the first sampling round. */
  betweennessSamples: number;
  /** number, default 10. Sampling goes on until the top k of each path metric holds. */
  topK?: number;
  /** boolean, default false. Shortest paths with distance = 1/weight (more joint papers = closer). */
  weightedPaths?: boolean;
  /**
   * string, default "weight". The edge attribute that weights weighted degree, PageRank, communities and
   * weighted paths (graphology's `getEdgeWeight` given as an attribute name): "fractional" under fractional
   * counting. networkx equivalents take the same attribute as `weight=`.
   */
  getEdgeWeight?: string;
  /** "louvain" | "leiden", default "louvain". The community algorithm (communities.ts). */
  communityAlgorithm?: CommunityAlgorithm;
  /** number, default 1. Modularity's resolution γ. */
  resolution?: number;
  /** number, default 1. Communities of fewer nodes are merged into their most strongly linked neighbour. */
  minClusterSize?: number;
  /**
   * number, default 0. Further seeds the community algorithm runs with to measure each community's stability
   * (community-stability.ts); analyse() passes AnalysisOptions.stabilitySeeds (10).
   */
  stabilitySeeds?: number;
  /** SweepRunner, default: this thread. Runs the shortest-path sweep, e.g. on worker threads. */
  sweep?: SweepRunner;
  /** CommunityRunner, default: this thread. Makes the community runs (reported and stability seeds), e.g. on a worker thread. */
  communityRuns?: CommunityRunner;
}

const STEPS = 6;

/** Writes one value per node to the node attribute `attribute`. */
export function assignNodeValues(
  graph: MetricsGraph,
  attribute: NodeMetricAttribute,
  values: Record<string, number>,
): void {
  graph.forEachNode((node) => graph.setNodeAttribute(node, attribute, values[node]));
}

/**
 * Writes per-index values (indexed like the CSR) to the node attribute `attribute`, in one pass over the
 * graph's nodes (updateEachNodeAttributes: one event, where setNodeAttribute per node looked each node up
 * and emitted an event object each; ca-GrQc's first three writes 28 → 5 ms in a fresh process). The
 * attributes object is changed in place, so its keys keep the order setNodeAttribute gave them. The CSR
 * numbers the nodes in the graph's order; a node elsewhere is looked up.
 */
function assignIndexed(
  graph: MetricsGraph,
  csr: CsrGraph,
  attribute: NodeMetricAttribute,
  values: ArrayLike<number>,
): void {
  const { nodes } = csr;
  let index: Map<string, number> | undefined;
  let i = 0;
  graph.updateEachNodeAttributes(
    (node, attributes) => {
      const at = nodes[i] === node ? i : (index ??= new Map(nodes.map((key, k) => [key, k]))).get(node)!;
      i++;
      attributes[attribute] = values[at];
      return attributes;
    },
    { attributes: [attribute] },
  );
}

/**
 * Computes and assigns every node metric on `graph` (attributes only) and returns its summary. `links`, the
 * graph's links as typed arrays in its own order (the projection's), spare walking its links. `onCsr` is
 * handed the CSR form once every metric is written: nothing here reads it after, so the caller may reuse its
 * arrays (the counting comparison rewrites its weights).
 */
export async function computeMetrics(
  graph: MetricsGraph,
  options: MetricsOptions & { links?: LinkTable; onCsr?: (csr: CsrGraph) => void },
  onProgress?: OnProgress,
): Promise<GraphSummary> {
  // The CSR form and the links' joint papers (for hop searches on papers, paper-cover.ts; weighted paths
  // walk the links) come from the network's link table when it has one, else from its graphology links.
  // A threaded runner may start its threads now: they load beside the CSR, the split and the other metrics.
  options.sweep?.prepare?.(graph.order * 2 * graph.size);
  const links = options.links && describesGraph(options.links, graph) ? options.links : undefined;
  const csr = csrOfNetwork(graph, options.getEdgeWeight, links);
  // A network whose links list no paper (an imported one: ca-GrQc) gets no cover: its cover would be every
  // link as a clique of two, which never pays (paper-cover.ts), and took 29 ms to build on ca-GrQc.
  const cover =
    options.weightedPaths || !(links ? links.papers.length > 0 : listsPapers(graph))
      ? null
      : links
        ? paperCoverOfLinks(csr.nodes.length, links.source, links.target, links.paperStart, links.papers)
        : paperCoverOf(graph, csr);
  const summary = await computeMetricsOnCsr(
    csr,
    (attribute, values) => assignIndexed(graph, csr, attribute, values),
    { ...options, edges: graph.size, cover },
    onProgress,
  );
  options.onCsr?.(csr);
  return summary;
}

/** Whether any link of `graph` lists a joint paper (its `papers`). */
function listsPapers(graph: MetricsGraph): boolean {
  return graph.someEdge((_edge, attributes) => {
    const papers = (attributes as { papers?: unknown }).papers;
    return Array.isArray(papers) && papers.length > 0;
  });
}

/** Where computeMetricsOnCsr writes: one value per CSR node index for each metric attribute. */
export type MetricWriter = (attribute: NodeMetricAttribute, values: ArrayLike<number>) => void;

/**
 * Every node metric of a CSR form, handed to `write` metric by metric, and the summary: what computeMetrics
 * does on a graphology graph, for networks that never become one (the DuckDB engine's). `edges` is the
 * link count the summary states (the graph's size; the CSR's slots / 2 by default); `cover` the network's
 * papers as cliques of its links, in the CSR's numbering (paper-cover.ts), for the hop searches.
 */
export async function computeMetricsOnCsr(
  csr: CsrGraph,
  write: MetricWriter,
  options: MetricsOptions & { edges?: number; cover?: PaperCover | null },
  onProgress?: OnProgress,
): Promise<GraphSummary> {
  checkOptions(options);
  options.sweep?.prepare?.(csr.nodes.length * csr.targets.length);
  const progress = (done: number) => onProgress?.("metrics", done, STEPS);
  progress(0);
  const components = labelComponents(csr);
  progress(1);
  const communityOptions: Required<CommunityOptions> = {
    seed: options.seed,
    algorithm: options.communityAlgorithm ?? "louvain",
    resolution: options.resolution ?? 1,
    minClusterSize: options.minClusterSize ?? 1,
  };
  // The metrics that read no shortest path, and the community runs (the reported seed and the stability
  // seeds), which need only the CSR: the calling thread makes them while other threads sweep when the
  // sweep runs on threads (caller-tasks.ts), else after it; a threaded community runner makes its runs on
  // its own threads.
  const tasks = createCallerTasks();
  // The first writes wait for the sweep's start too: they come before the sweep's input (the plan and the
  // split at cut vertices), which another thread waits for. Still written first, as the path metrics are
  // written after every task has run, so the attributes keep their order.
  tasks.add(() => {
    write("degree", csrDegrees(csr));
    write("weightedDegree", csrStrengths(csr));
    write("component", components.componentOf);
  });
  const n = csr.nodes.length;
  let eigenvector: { values: ArrayLike<number>; method: EigenvectorMethod } = { values: [], method: "power-iteration" };
  let pagerank: Float64Array | undefined;
  let clustering: ReturnType<typeof clusteringOnCsr> | undefined;
  let coreness: Int32Array | undefined;
  tasks.add(() => {
    if (n > 0) eigenvector = eigenvectorOnCsr(csr);
  });
  tasks.add(() => {
    if (n > 0) pagerank = pagerankOnCsr(csr);
  });
  tasks.add(() => (clustering = clusteringOnCsr(csr)));
  tasks.add(() => (coreness = corenessOnCsr(csr)));
  const communityRuns = (options.communityRuns ?? communityRunsInline).start(
    csr,
    { ...communityOptions, seeds: options.stabilitySeeds ?? 0 },
    (done, total) => onProgress?.("community stability", done, total),
    tasks,
  );
  // The reported partition described and the runs' stability as soon as the runs are made: queued after
  // them, so that a calling thread making them beside the sweep does this there too, not after the sweep
  // (ca-GrQc: 14 ms while the sweep's thread idled). The same values wherever they are computed.
  let described: Promise<{ communities: ReturnType<typeof describePartition>; stability: CommunityStability }>;
  tasks.add(() => {
    described = communityRuns().then(([reported, ...further]) => {
      const communities = describePartition(csr, reported!);
      return { communities, stability: stabilityOfRuns(communities.values, communities.count, further) };
    });
    // A failed run rejects where the result is awaited below, not as an unhandled rejection now.
    described.catch(() => {});
  });
  const weightedPaths = options.weightedPaths ?? false;
  const paths = await computePathMetrics(csr, components, {
    exactWork: options.exactPathWork,
    samples: options.betweennessSamples,
    topK: options.topK,
    seed: options.seed,
    weighted: weightedPaths,
    cover: options.cover,
    sweep: options.sweep,
    tasks,
    onProgress,
  });
  tasks.drain();
  write("betweenness", paths.betweenness);
  write("closeness", paths.closeness);
  write("harmonic", paths.harmonic);
  progress(2);
  write("eigenvector", eigenvector.values);
  if (pagerank) write("pagerank", pagerank);
  progress(3);
  write("clustering", clustering!.values);
  write("coreness", coreness!);
  progress(4);
  const { communities, stability } = await described!;
  write("community", communities.values);
  progress(5);
  const nodes = n;
  const edges = options.edges ?? csr.targets.length / 2;
  const summary = summarizeGraph({
    nodes,
    edges,
    // networkx density(G): 2m / (n(n − 1)), 0 below two nodes (graphology-metrics' density).
    density: nodes > 1 ? (2 * edges) / (nodes * (nodes - 1)) : 0,
    componentSizes: components.sizes,
    clustering: clustering!,
    communities: { ...communities, ...communityOptions, stability },
    largestComponent: paths.largestComponent,
    weightedPaths,
    edgeWeight: options.getEdgeWeight ?? "weight",
    paths: paths.summary,
    eigenvector: eigenvector.method,
  });
  progress(STEPS);
  return summary;
}

function checkOptions(options: MetricsOptions): void {
  for (const name of ["exactPathWork", "betweennessSamples"] as const) {
    const value = options[name];
    if (!Number.isInteger(value) || value < 1) {
      throw new Error(`papergraph/metrics: ${name} must be a positive integer (got ${value}). Pass e.g. 500.`);
    }
  }
  if (!Number.isInteger(options.seed)) {
    throw new Error(`papergraph/metrics: seed must be an integer (got ${options.seed}). Pass e.g. 42.`);
  }
}
