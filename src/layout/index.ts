export {
  budgetedIterations,
  layoutGraph,
  inputLinks,
  layoutPositions,
  LAYOUT_SHARE,
  MAX_ITERATIONS,
  MAX_LAYOUT_VISITS,
  MAX_OVERLAP_NODES,
  MIN_ITERATIONS,
  startLayout,
} from "./layout-graph";
export type { LayoutGraph, LayoutInput, LayoutOptions, LayoutResult, LayoutRunner } from "./layout-graph";
export { BARNES_HUT_MIN_ORDER, FA2_EDGE_WEIGHT, fa2SettingsFor, forceAtlas2Settings } from "./forceatlas2";
export { DEFAULT_NODE_SIZE, removeOverlaps } from "./overlap";
export { assignSeedPositions, computeSeedPositions } from "./seed-positions";
export { backboneEdges, backboneLinks, BACKBONE_LINKS } from "./backbone";
export type { LayoutLinks } from "./backbone";
