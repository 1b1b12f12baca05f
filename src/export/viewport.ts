/**
 * The camera of a picture export as plain data: the viewport's size in pixels and the affine map from
 * graph coordinates to viewport pixels, so the explorer can export exactly what its camera shows (it
 * reads the map off sigma: `graphToViewport` of three points, and `scaleSize(1)` for sizes) and the
 * command line can frame the whole graph. Graph y points up, viewport y down, as in sigma.
 *
 * fitViewport frames a graph as the explorer's fitted view does (src/app/view/framing.ts): the largest
 * scale at which every disc — and on small networks every label, right of its node and at most a quarter
 * of the width — fits inside the viewport less a margin, centred. Discs and labels have a fixed pixel
 * size while positions scale, so the span is not linear in the scale and the scale is found by bisection.
 */

import { LABEL_FONT, SMALL_NETWORK } from "./drawing";
import { estimateTextWidth } from "./text-width";
import type { ExportGraph } from "./values";

export interface Viewport {
  /** Size in pixels. */
  width: number;
  height: number;
  /** Graph → viewport pixels, in SVG's matrix order: px = a·x + c·y + e, py = b·x + d·y + f. */
  matrix: readonly [a: number, b: number, c: number, d: number, e: number, f: number];
  /** Viewport pixels per unit of node `size` and link width (1 when nothing is zoomed). */
  sizeScale: number;
}

/** The viewport pixel of the graph point (x, y). */
export function project(viewport: Viewport, x: number, y: number): [number, number] {
  const [a, b, c, d, e, f] = viewport.matrix;
  return [a * x + c * y + e, b * x + d * y + f];
}

export interface FitOptions {
  width: number;
  height: number;
  /** number, default 16. Pixels kept free at each edge. */
  margin?: number;
  /** A label's width in pixels; default estimateTextWidth at the label font. Labels are fitted on small networks. */
  measure?: (label: string) => number;
}

/** A node along one axis: its position and how far it reaches before and after it, in pixels. */
export interface Reach {
  at: number;
  before: number;
  after: number;
}

/** Pixel span of the nodes along one axis at `scale` pixels per graph unit. */
export function spanAt(reaches: readonly Reach[], scale: number): { low: number; high: number } {
  let low = Infinity;
  let high = -Infinity;
  for (const { at, before, after } of reaches) {
    low = Math.min(low, scale * at - before);
    high = Math.max(high, scale * at + after);
  }
  return { low, high };
}

/**
 * The largest scale at which the span fits in `room` pixels (the span grows with the scale: bisection);
 * Infinity when every node is at one place. The explorer's framing uses it too.
 */
export function fitScale(reaches: readonly Reach[], room: number): number {
  const { low: min, high: max } = spanAt(
    reaches.map(({ at }) => ({ at, before: 0, after: 0 })),
    1,
  );
  if (max - min <= 0) return Infinity;
  let low = 0;
  let high = room / (max - min);
  for (let step = 0; step < 40; step++) {
    const middle = (low + high) / 2;
    const { low: start, high: end } = spanAt(reaches, middle);
    if (end - start <= room) low = middle;
    else high = middle;
  }
  // Labels too wide whatever the scale: still spread the nodes over part of the viewport.
  return Math.max(low, high * 0.2);
}

const finite = (value: unknown, fallback: number): number =>
  typeof value === "number" && Number.isFinite(value) ? value : fallback;

/** The viewport that frames the whole of `graph` in width × height pixels (sizes at scale 1). */
export function fitViewport(graph: ExportGraph, options: FitOptions): Viewport {
  const { width, height } = options;
  const margin = options.margin ?? 16;
  const measure = options.measure ?? ((label: string) => estimateTextWidth(label, LABEL_FONT.size));
  const withLabels = graph.order <= SMALL_NETWORK;
  const xs: Reach[] = [];
  const ys: Reach[] = [];
  graph.forEachNode((_node, attributes) => {
    const radius = finite(attributes.size, 1);
    const label =
      withLabels && typeof attributes.label === "string" && attributes.label
        ? Math.min(measure(attributes.label), width / 4) + 3
        : 0;
    const half = label > 0 ? Math.max(radius, LABEL_FONT.size / 2 + 1) : radius;
    xs.push({ at: finite(attributes.x, 0), before: radius, after: radius + label });
    ys.push({ at: -finite(attributes.y, 0), before: half, after: half });
  });
  let scale = Math.min(fitScale(xs, width - 2 * margin), fitScale(ys, height - 2 * margin));
  if (!Number.isFinite(scale)) scale = 1;
  const x = xs.length ? spanAt(xs, scale) : { low: 0, high: 0 };
  const y = ys.length ? spanAt(ys, scale) : { low: 0, high: 0 };
  const shiftX = width / 2 - (x.low + x.high) / 2;
  const shiftY = height / 2 - (y.low + y.high) / 2;
  return { width, height, matrix: [scale, 0, 0, -scale, shiftX, shiftY], sizeScale: 1 };
}
