export { effectiveIterations, LAYOUT_BUDGET, layoutGraph, MAX_OVERLAP_NODES, MIN_ITERATIONS } from "./layout-graph";
export type { LayoutGraph, LayoutOptions } from "./layout-graph";
export { BARNES_HUT_MIN_ORDER, FA2_EDGE_WEIGHT, forceAtlas2Settings, runForceAtlas2 } from "./forceatlas2";
export { DEFAULT_NODE_SIZE, removeOverlaps } from "./overlap";
export { assignSeedPositions, computeSeedPositions } from "./seed-positions";
