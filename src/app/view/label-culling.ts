/**
 * Labels without overlaps on small networks. Sigma's label grid keeps one label per grid cell, but a label
 * reaches far beyond its node's cell, so neighbouring labels still collide. Before each frame the labels
 * are placed greedily, the selected and hovered nodes first and then by node size, right of the node or
 * else left of it; a label that would cross an already placed label, another node's disc (plus a small
 * margin) or the canvas edge on both sides is left out. The label drawer draws only the placed ones. Large
 * networks keep sigma's grid (labels are sparse there).
 */

import type Sigma from "sigma";
import type { Settings } from "sigma/settings";
import type { NodeDisplayData } from "sigma/types";

/** Pixels kept between two labels, and between a label and a disc. */
const LABEL_MARGIN = 3;

interface Box {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

const overlaps = (a: Box, b: Box) =>
  a.left < b.right + LABEL_MARGIN &&
  b.left < a.right + LABEL_MARGIN &&
  a.top < b.bottom + LABEL_MARGIN &&
  b.top < a.bottom + LABEL_MARGIN;

/** Where the labels that fit without overlaps in this frame start (pixel x), from sigma's node display data. */
function placeLabels(sigma: Sigma, labelWidth: (label: string) => number, labelSize: number): Map<string, number> {
  const shown: { node: string; data: NodeDisplayData; x: number; y: number; radius: number }[] = [];
  for (const node of sigma.getGraph().nodes()) {
    const data = sigma.getNodeDisplayData(node);
    if (!data || data.hidden) continue;
    const { x, y } = sigma.framedGraphToViewport(data);
    shown.push({ node, data, x, y, radius: sigma.scaleSize(data.size) });
  }
  const discs: Box[] = shown.map(({ x, y, radius }) => ({
    left: x - radius,
    right: x + radius,
    top: y - radius,
    bottom: y + radius,
  }));
  const priority = (data: NodeDisplayData) => (data.highlighted ? 2 : data.forceLabel ? 1 : 0);
  const order = shown
    .map((_entry, i) => i)
    .sort((a, b) => priority(shown[b]!.data) - priority(shown[a]!.data) || shown[b]!.radius - shown[a]!.radius);
  const placed: Box[] = [];
  const result = new Map<string, number>();
  const { width } = sigma.getDimensions();
  for (const i of order) {
    const { node, data, x, y, radius } = shown[i]!;
    if (!data.label) continue;
    const textWidth = labelWidth(data.label);
    const top = y - labelSize / 2;
    const sides = [x + radius + 3, x - radius - 3 - textWidth].map((left) => ({
      left,
      right: left + textWidth,
      top,
      bottom: top + labelSize,
    }));
    const free = (box: Box) =>
      box.left >= 0 &&
      box.right <= width &&
      !placed.some((other) => overlaps(box, other)) &&
      !discs.some((disc, j) => j !== i && overlaps(box, disc));
    const box = sides.find(free) ?? (priority(data) === 2 ? sides[0] : undefined);
    if (!box) continue;
    placed.push(box);
    result.set(node, box.left);
  }
  return result;
}

/** Makes `sigma` draw only non-overlapping labels, placed anew before every frame. */
export function cullLabels(sigma: Sigma, labelWidth: (label: string) => number, labelSize: number): void {
  let placed = new Map<string, number>();
  sigma.on("beforeRender", () => (placed = placeLabels(sigma, labelWidth, labelSize)));
  sigma.setSetting("defaultDrawNodeLabel", (context: CanvasRenderingContext2D, data, settings: Settings) => {
    // sigma hands the node key along in `data` (typed `any` there).
    const node: unknown = data.key;
    const left = typeof node === "string" ? placed.get(node) : undefined;
    if (left === undefined || !data.label) return;
    // As sigma's own disc label drawer, at the chosen side.
    context.fillStyle = settings.labelColor.color ?? "#000";
    context.font = `${settings.labelWeight} ${settings.labelSize}px ${settings.labelFont}`;
    context.fillText(data.label, left, data.y + settings.labelSize / 3);
  });
}
