export { computeMetrics, assignNodeValues } from "./compute-metrics";
export type { MetricsOptions } from "./compute-metrics";
export type { BetweennessSummary, GraphSummary } from "./summary";
export {
  computeDegree,
  computeWeightedDegree,
  computeCloseness,
  computeEigenvector,
  computeEigenvectorDetailed,
  computePagerank,
} from "./centrality";
export type { EigenvectorMethod } from "./centrality";
export {
  BETWEENNESS_BOUND_DELTA,
  betweennessErrorBound,
  computeBetweenness,
  computeSampledBetweenness,
} from "./betweenness";
export type { SampledBetweennessOptions } from "./betweenness";
export { computeHarmonic } from "./distances";
export {
  computeAverageClustering,
  computeClustering,
  computeClusteringDetailed,
  computeTransitivity,
} from "./clustering";
export type { ClusteringResult } from "./clustering";
export { computeCoreness } from "./coreness";
export {
  computeCommunities,
  computeComponentList,
  computeComponents,
  computeModularity,
  indexComponents,
} from "./communities";
export type { CommunityResult } from "./communities";
export { NODE_METRICS } from "./registry";
export type { NodeMetricAttribute, NodeMetricDescriptor, NodeMetricKey } from "./registry";
