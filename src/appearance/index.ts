export { applyAppearance, assignAppearance } from "./assign";
export { DEFAULT_APPEARANCE, describeAppearance } from "./describe";
export type {
  AppearanceDescription,
  AppearanceGraph,
  AppearanceOptions,
  CategoricalColorLegend,
  CategoryValue,
  ColorLegend,
  SequentialColorLegend,
} from "./describe";
export { CATEGORY_PALETTE, EDGE_COLOR, OTHER_COLOR, SEQUENTIAL_STOPS, sequentialColor } from "./palette";
export { EDGE_SIZE_RANGE, NODE_SIZE_RANGE, sizeScale } from "./scales";
export type { SizeLegend } from "./scales";
