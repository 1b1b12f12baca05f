export { computeMetrics, computeMetricsOnCsr, assignNodeValues } from "./compute-metrics";
export type { MetricsOptions, MetricWriter } from "./compute-metrics";
export { buildCsr, csrFromEdgeList } from "./csr";
export type { CsrGraph } from "./csr";
export type { BetweennessSummary, GraphSummary, PathMetricSummary } from "./summary";
export type { MetricsGraph } from "./csr";
export {
  computeDegree,
  computeWeightedDegree,
  computeCloseness,
  computeHarmonic,
  computeEigenvector,
  computeEigenvectorDetailed,
  computePagerank,
  EIGENVECTOR_ITERATIONS,
  EIGENVECTOR_MAX_ITERATIONS,
} from "./centrality";
export type { EigenvectorMethod } from "./centrality";
export { computeBetweenness, computeSampledBetweenness } from "./betweenness";
export type { SampledBetweennessOptions } from "./betweenness";
export {
  betweennessErrorBound,
  harmonicErrorBound,
  meanDistanceErrorBound,
  MIN_COMPONENT_SOURCES,
  SAMPLING_BOUND_DELTA,
} from "./sampling";
export { SPECTRAL_TOLERANCE } from "./spectral";
export { runChunksInline, SWEEP_CHUNKS } from "./sweep";
export type { SweepRunner } from "./sweep";
export { createPoolSweepRunner } from "./sweep-pool";
export type { PoolRunnerOptions, StartSweepWorker, SweepWorker } from "./sweep-pool";
export { chunkRange, createSweepScratch, sweepChunk } from "./sweep-kernel";
export { paperCoverOf, paperCoverOfLinks } from "./paper-cover";
export type { PaperCover } from "./paper-cover";
export type { SweepInput, SweepPartial, SweepScratch, SweepSums } from "./sweep-kernel";
export {
  computeAverageClustering,
  computeClustering,
  computeClusteringDetailed,
  computeTransitivity,
} from "./clustering";
export type { ClusteringResult } from "./clustering";
export { computeCoreness } from "./coreness";
export { communitiesOnCsr, computeCommunities, computeModularity, modularityOnCsr } from "./communities";
export type { CommunityOptions } from "./communities";
export { communityRuns, communityRunsInline, stabilityOfRuns } from "./community-stability";
export type { CommunityRunner, CommunityRunsOptions, CommunityStability } from "./community-stability";
export { computeComponents } from "./components";
export type { CommunityResult } from "./communities";
export { NODE_METRICS } from "./registry";
export { nodeRanks, rankNodes, rankOfNode } from "./rank-nodes";
export type { NodeMetricAttribute, NodeMetricDescriptor, NodeMetricKey } from "./registry";
export { assignCountingRanks, compareCountingRanks } from "./rank-comparison";
export type { RankComparison, RankComparisonResult, RankedValue, RankMove } from "./rank-comparison";
