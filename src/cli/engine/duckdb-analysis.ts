/**
 * `--engine duckdb`: DuckDB does ingest, identity blocking and the projection out of core
 * (duckdb-engine.ts); the edge list it returns goes straight to the core's CSR form, metrics and layout
 * (computeMetricsOnCsr, layoutPositions) — the same functions analyse() runs, with no graphology graph in
 * between, so a network of tens of millions of links costs typed arrays only. Results stay per node index.
 */

import {
  computeMetricsOnCsr,
  csrFromEdgeList,
  paperCoverOfLinks,
  type CsrGraph,
  type GraphSummary,
  type CommunityRunner,
  type SweepRunner,
} from "../../metrics";
import type { NodeMetricAttribute } from "../../metrics";
import { layoutPositions } from "../../layout";
import { COUNTED_WEIGHT } from "../../model";
import type { AnalysisOptions, OnProgress } from "../../options";
import { projectWithDuckDb, type DuckDbProjection } from "./duckdb-engine";

/** A network analysed by the DuckDB engine: the projection, its CSR, every metric and the positions. */
export interface DuckDbAnalysis {
  projection: DuckDbProjection;
  csr: CsrGraph;
  metrics: Map<NodeMetricAttribute, ArrayLike<number>>;
  summary: GraphSummary;
  x: Float64Array;
  y: Float64Array;
}

/** Runs the DuckDB engine on OpenAlex JSON lines; `onProgress` hears each step's start and end. */
export async function analyseWithDuckDb(
  file: string,
  options: AnalysisOptions,
  onProgress: OnProgress = () => {},
  runtime: { sweep?: SweepRunner; communityRuns?: CommunityRunner } = {},
): Promise<DuckDbAnalysis> {
  const step = async <T>(name: string, work: () => Promise<T> | T): Promise<T> => {
    onProgress(name, 0, 1);
    const result = await work();
    onProgress(name, 1, 1);
    return result;
  };
  const projection = await projectWithDuckDb(file, options, step);
  const { links } = projection;
  // The link weight under the counting method, as analyse() takes it (COUNTED_WEIGHT).
  const weights = options.counting === "fractional" ? links.fractional : Float64Array.from(links.weight);
  const csr = csrFromEdgeList(
    projection.people.map((person) => `author:${person}`),
    links.source,
    links.target,
    weights,
  );
  const metrics = new Map<NodeMetricAttribute, ArrayLike<number>>();
  const summary = await step("coauthor metrics", () =>
    computeMetricsOnCsr(csr, (attribute, values) => metrics.set(attribute, values), {
      ...options,
      getEdgeWeight: COUNTED_WEIGHT[options.counting],
      sweep: runtime.sweep,
      communityRuns: runtime.communityRuns,
      // The links' joint papers, for hop searches on papers, as computeMetrics reads them from a graph.
      cover: options.weightedPaths
        ? null
        : paperCoverOfLinks(csr.nodes.length, links.source, links.target, links.paperStart, links.papers),
    }),
  );
  const community = metrics.get("community")!;
  const { x, y } = await step("layout", () =>
    layoutPositions(
      csr.nodes.length,
      { sources: links.source, targets: links.target, weights },
      Array.from(community),
      { seed: options.seed, iterations: options.layoutIterations },
    ),
  );
  return { projection, csr, metrics, summary, x, y };
}
