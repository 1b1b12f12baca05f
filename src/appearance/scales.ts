/**
 * Size scales (d3-scale). Node size is a square-root scale of a metric, so a node's disc *area* grows
 * linearly with the metric; edge width is linear in the edge `weight`. Both domains start at zero (or at
 * the minimum when it is negative) so that sizes compare to "nothing" rather than to the weakest node,
 * and both clamp, so a value outside the domain never yields a size outside the range.
 */

import { scaleLinear, scaleSqrt } from "d3-scale";

/** Node sizes in pixels: the smallest and the largest node. */
export const NODE_SIZE_RANGE: readonly [number, number] = [3, 20];
/** Edge widths in pixels: the lightest and the heaviest edge. */
export const EDGE_SIZE_RANGE: readonly [number, number] = [0.5, 4];

/** Number of ticks asked of d3 for size legends (d3 may return a few more or less). */
const LEGEND_TICKS = 4;

/** How a numeric attribute maps to a size; plain data, so it crosses a worker boundary as is. */
export interface SizeLegend {
  /** Node or edge attribute read. */
  attribute: string;
  /** d3 scale type used between domain and range. */
  scale: "sqrt" | "linear";
  domain: [number, number];
  range: [number, number];
  /** Values and their sizes, for a legend. */
  ticks: { value: number; size: number }[];
}

/** The [lowest, highest] finite number among `values`, or undefined when there is none. */
export function numericExtent(values: Iterable<unknown>): [number, number] | undefined {
  let extent: [number, number] | undefined;
  for (const value of values) {
    if (typeof value !== "number" || !Number.isFinite(value)) continue;
    if (!extent) extent = [value, value];
    else if (value < extent[0]) extent[0] = value;
    else if (value > extent[1]) extent[1] = value;
  }
  return extent;
}

/** A clamped d3 scale for a size legend; a one-point domain maps every value to the middle of the range. */
export function sizeScale(legend: Pick<SizeLegend, "scale" | "domain" | "range">): (value: number) => number {
  const scale = legend.scale === "sqrt" ? scaleSqrt() : scaleLinear();
  return scale.domain(legend.domain).range(legend.range).clamp(true);
}

/** Describes the size mapping of `attribute` over values whose numericExtent is `extent`. */
export function describeSize(
  attribute: string,
  extent: [number, number] | undefined,
  scale: "sqrt" | "linear",
  range: readonly [number, number],
): SizeLegend {
  const [low, high] = extent ?? [0, 0];
  const domain: [number, number] = [Math.min(0, low), high];
  const legend = { attribute, scale, domain, range: [range[0], range[1]] as [number, number] };
  const toSize = sizeScale(legend);
  const d3scale = scaleLinear().domain(legend.domain);
  const ticks = d3scale.ticks(LEGEND_TICKS).map((value) => ({ value, size: toSize(value) }));
  return { ...legend, ticks };
}
