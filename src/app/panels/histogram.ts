/**
 * Small SVG bar charts for the panels: the distribution of a metric in equal-width bins, and a degree
 * distribution with one bar per degree (binned when degrees span too many values). Axis labels give the
 * lowest and highest value and the tallest bar's count, which is all a panel of this size can carry.
 */

import { formatNumber, h, s } from "../dom";

const WIDTH = 300;
const HEIGHT = 90;
const AXIS = 16;

export interface Bar {
  /** Lower edge of the bin (or the degree itself). */
  from: number;
  to: number;
  count: number;
}

/** Lowest and highest of `values`, by a loop: spreading them into Math.min fails near 200,000 values. */
function extent(values: readonly number[]): { low: number; high: number } {
  let low = Infinity;
  let high = -Infinity;
  for (const value of values) {
    if (value < low) low = value;
    if (value > high) high = value;
  }
  return { low, high };
}

/** Counts finite `values` in `bins` equal-width bins over their range. */
export function binValues(values: number[], bins: number): Bar[] {
  const finite = values.filter(Number.isFinite);
  if (!finite.length) return [];
  const { low, high } = extent(finite);
  if (low === high) return [{ from: low, to: high, count: finite.length }];
  const width = (high - low) / bins;
  const bars = Array.from({ length: bins }, (_, i) => ({ from: low + i * width, to: low + (i + 1) * width, count: 0 }));
  for (const value of finite) bars[Math.min(bins - 1, Math.floor((value - low) / width))]!.count++;
  return bars;
}

/** One bar per integer value (degree), or at most `maxBars` equal bins when the values spread wider. */
export function countIntegers(values: number[], maxBars = 40): Bar[] {
  const finite = values.filter(Number.isFinite);
  if (!finite.length) return [];
  const { low, high } = extent(finite);
  if (high - low + 1 > maxBars) return binValues(finite, maxBars);
  const bars = Array.from({ length: high - low + 1 }, (_, i) => ({ from: low + i, to: low + i, count: 0 }));
  for (const value of finite) bars[value - low]!.count++;
  return bars;
}

/** An SVG bar chart of `bars` with a caption naming what is counted. */
export function drawBars(bars: Bar[], caption: string): HTMLElement {
  const figure = h("figure", { className: "chart" });
  if (!bars.length) return figure;
  const tallest = extent(bars.map((bar) => bar.count)).high;
  const barWidth = WIDTH / bars.length;
  const svg = s("svg", { viewBox: `0 0 ${WIDTH} ${HEIGHT + AXIS}`, role: "img", "aria-label": caption });
  bars.forEach((bar, i) => {
    const height = tallest ? (bar.count / tallest) * HEIGHT : 0;
    const rect = s("rect", {
      x: i * barWidth + 0.5,
      y: HEIGHT - height,
      width: Math.max(barWidth - 1, 0.5),
      height,
      class: "bar",
    });
    rect.append(
      s("title", {}, `${formatNumber(bar.from)}${bar.to !== bar.from ? `–${formatNumber(bar.to)}` : ""}: ${bar.count}`),
    );
    svg.append(rect);
  });
  const last = bars[bars.length - 1]!;
  svg.append(
    s("line", { x1: 0, x2: WIDTH, y1: HEIGHT + 0.5, y2: HEIGHT + 0.5, class: "axis" }),
    s("text", { x: 0, y: HEIGHT + 13, class: "tick" }, formatNumber(bars[0]!.from)),
    s("text", { x: WIDTH, y: HEIGHT + 13, class: "tick", "text-anchor": "end" }, formatNumber(last.to)),
    s("text", { x: WIDTH, y: 10, class: "tick", "text-anchor": "end" }, `tallest bar: ${tallest}`),
  );
  figure.append(svg, h("figcaption", { text: caption }));
  return figure;
}
