/**
 * Framing of the fitted view: sigma fits the nodes' bounding box into the canvas with one padding on every
 * side, which clips labels (they extend to the right of their node) and puts nodes under the legend.
 * Here the box is chosen instead (sigma's custom bounding box): the largest scale at which every node disc,
 * and on small networks every label, fits inside the canvas less a margin and less the band the legend
 * takes at the bottom, centred in that free area. The box is exactly the visible area, so sigma's own
 * camera (reset, zoom) works unchanged. Labels have a fixed pixel size, so the fit is solved in pixels.
 */

import { fitScale, spanAt, type Reach } from "../../export/viewport";
import type { NetworkGraph } from "../../model";

/** Pixels kept free at each edge of the canvas. */
const MARGIN = 14;
/** Pixels kept free at the top, under the status line. */
const TOP_BAND = 44;
/** Gap sigma leaves between a node's disc and its label. */
const LABEL_GAP = 3;

export interface LabelFont {
  size: number;
  font: string;
  weight: string;
}

/** Widths of label strings in pixels, cached (the same labels are measured at every layout frame). */
export function createLabelMeasure(font: LabelFont): (label: string) => number {
  const context = document.createElement("canvas").getContext("2d");
  const cache = new Map<string, number>();
  return (label) => {
    let width = cache.get(label);
    if (width === undefined) {
      if (context) context.font = `${font.weight} ${font.size}px ${font.font}`;
      width = context ? context.measureText(label).width : label.length * font.size * 0.6;
      cache.set(label, width);
    }
    return width;
  };
}

export interface FramingInput {
  graph: NetworkGraph;
  width: number;
  height: number;
  /** Height of the band at the bottom the legend covers. */
  bottomBand: number;
  /** Label width in pixels, or undefined when labels are not fitted (large networks). */
  labelWidth?: (label: string) => number;
  labelSize: number;
}

/** The graph-space box sigma should fit to the canvas, or undefined for an empty graph. */
export function framingBox(input: FramingInput): { x: [number, number]; y: [number, number] } | undefined {
  const { graph, width, height, labelWidth, labelSize } = input;
  if (graph.order === 0 || width <= 0 || height <= 0) return undefined;
  const xs: Reach[] = [];
  const ys: Reach[] = [];
  graph.forEachNode((_node, attributes) => {
    const radius = typeof attributes.size === "number" ? attributes.size : 1;
    // Long labels (paper titles in the bipartite view) would shrink the whole picture: a quarter of the width at most.
    const label =
      labelWidth && attributes.label ? Math.min(labelWidth(String(attributes.label)), width / 4) + LABEL_GAP : 0;
    const half = label > 0 ? Math.max(radius, labelSize / 2 + 1) : radius;
    xs.push({ at: attributes.x as number, before: radius, after: radius + label });
    // Screen y grows downwards, graph y upwards.
    ys.push({ at: -(attributes.y as number), before: half, after: half });
  });
  const room = {
    left: MARGIN,
    right: width - MARGIN,
    top: TOP_BAND,
    bottom: Math.max(height - MARGIN - input.bottomBand, height / 2),
  };
  let scale = Math.min(fitScale(xs, room.right - room.left), fitScale(ys, room.bottom - room.top));
  if (!Number.isFinite(scale)) scale = 1;
  // Pixel = scale * position + shift, with the span centred in the free area; the box is the whole canvas.
  const x = spanAt(xs, scale);
  const y = spanAt(ys, scale);
  const shiftX = (room.left + room.right) / 2 - (x.low + x.high) / 2;
  const shiftY = (room.top + room.bottom) / 2 - (y.low + y.high) / 2;
  const left = -shiftX / scale;
  const top = -shiftY / scale;
  return { x: [left, left + width / scale], y: [-(top + height / scale), -top] };
}
