/**
 * Node labels by importance, without collisions, at every size of network. Sigma's own label pass is
 * off (renderLabels: false): its grid keeps one label per cell, but a label reaches far beyond its node's
 * cell, so neighbours collide ("C. D. AntonopoClo M. Stein"). Instead, after sigma has drawn a frame
 * (`afterRender`, when that frame's camera matrix and node data are the ones on screen — placing labels
 * in `beforeRender` used the previous frame's matrix, so labels drifted off their discs after a zoom or a
 * drag), labels are placed greedily: highlighted and forced ones first, then by node size (the size
 * metric), right of the node, else left of it, else centred above or below it. A label that would cross a placed label, the disc of a
 * more important node (on small networks, of any node) or the canvas edge is left out.
 * Collisions are found in a uniform grid of placed boxes, so a frame costs O(visible nodes): a few
 * milliseconds at 20,000 nodes (each pass is a `papergraph:labels` performance measure, which
 * `npm run bench:explorer` prints). The order by size is sorted once per sigma process, not per frame.
 */

import type Sigma from "sigma";
import type { NodeDisplayData } from "sigma/types";
import type { LabelFont } from "./framing";

/** Pixels kept between two labels, and between a label and a disc. */
const MARGIN = 3;
/** Gap between a disc and its label, as sigma's own label drawer leaves. */
const GAP = 3;
/** Grid cell of the collision index, in pixels (about a short label's width and a line's height). */
const CELL_WIDTH = 64;
const CELL_HEIGHT = 16;
/** Labels drawn at most per frame: past this the canvas is text, and a frame costs more than it shows. */
const MAX_LABELS = 400;

export interface PlacedLabel {
  node: string;
  label: string;
  /** The label's box in viewport pixels. */
  left: number;
  top: number;
  width: number;
  height: number;
  /** The node's disc in viewport pixels when the label was placed. */
  x: number;
  y: number;
  radius: number;
}

interface Box {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/** Boxes indexed by the grid cells they cover. */
function createGrid() {
  const cells = new Map<number, Box[]>();
  const keys = (box: Box, visit: (key: number) => boolean | void): boolean => {
    const x0 = Math.floor((box.left - MARGIN) / CELL_WIDTH);
    const x1 = Math.floor((box.right + MARGIN) / CELL_WIDTH);
    const y0 = Math.floor((box.top - MARGIN) / CELL_HEIGHT);
    const y1 = Math.floor((box.bottom + MARGIN) / CELL_HEIGHT);
    for (let cy = y0; cy <= y1; cy++)
      for (let cx = x0; cx <= x1; cx++) if (visit(cy * 100_003 + cx) === true) return true;
    return false;
  };
  const crosses = (a: Box, b: Box) =>
    a.left < b.right + MARGIN && b.left < a.right + MARGIN && a.top < b.bottom + MARGIN && b.top < a.bottom + MARGIN;
  return {
    add: (box: Box) => void keys(box, (key) => void (cells.get(key) ?? cells.set(key, []).get(key)!).push(box)),
    isFree: (box: Box, ignore?: Box) =>
      !keys(box, (key) => cells.get(key)?.some((other) => other !== ignore && crosses(box, other))),
  };
}

export interface LabelLayer {
  /** The labels of the last frame, for the browser tests (see probe.ts). */
  placed(): readonly PlacedLabel[];
}

/**
 * Draws `sigma`'s node labels after every frame as the header says. `measure` gives a label's width;
 * `discsBlockAll`: every disc blocks labels (small networks), else only the discs of larger nodes.
 */
export function attachLabelLayer(
  sigma: Sigma,
  font: LabelFont,
  measure: (label: string) => number,
  discsBlockAll: boolean,
): LabelLayer {
  let bySize: string[] = [];
  let placed: PlacedLabel[] = [];
  sigma.on("afterProcess", () => {
    const size = (node: string) => sigma.getNodeDisplayData(node)?.size ?? 0;
    bySize = sigma
      .getGraph()
      .nodes()
      .sort((a, b) => size(b) - size(a) || (a < b ? -1 : 1));
  });

  const draw = () => {
    const started = performance.now();
    placed = [];
    const context = sigma.getCanvases().labels?.getContext("2d");
    if (!context) return;
    const settings = sigma.getSettings();
    const { width, height } = sigma.getDimensions();
    const grid = createGrid();
    const onScreen = (x: number, y: number, radius: number) =>
      x + radius >= 0 && x - radius <= width && y + radius >= 0 && y - radius <= height;
    const disc = (x: number, y: number, radius: number): Box => ({
      left: x - radius,
      right: x + radius,
      top: y - radius,
      bottom: y + radius,
    });
    const visible = (node: string) => {
      const data = sigma.getNodeDisplayData(node);
      return data && !data.hidden ? data : undefined;
    };
    // Highlighted nodes (hovered, selected) first, then forced ones, then everything by size.
    const forced = bySize.filter((node) => visible(node)?.highlighted || visible(node)?.forceLabel);
    forced.sort((a, b) => Number(visible(b)!.highlighted) - Number(visible(a)!.highlighted));
    const discs = new Map<string, Box>();
    if (discsBlockAll)
      for (const node of bySize) {
        const data = visible(node);
        if (!data) continue;
        const { x, y } = sigma.framedGraphToViewport(data);
        const radius = sigma.scaleSize(data.size);
        if (onScreen(x, y, radius)) grid.add(discs.set(node, disc(x, y, radius)).get(node)!);
      }
    context.font = `${font.weight} ${font.size}px ${font.font}`;
    context.fillStyle = settings.labelColor.color ?? "#000";
    const done = new Set<string>();
    const place = (node: string, data: NodeDisplayData, x: number, y: number, radius: number, own: Box) => {
      const textWidth = measure(data.label!);
      const top = y - font.size / 2;
      // Right of the disc, left of it, then centred above and below it.
      const across = [x + radius + GAP, x - radius - GAP - textWidth].map((left) => ({ left, top }));
      const centred = x - textWidth / 2;
      const sides = [
        ...across,
        { left: centred, top: y - radius - GAP - font.size },
        { left: centred, top: y + radius + GAP },
      ].map((at) => ({ left: at.left, right: at.left + textWidth, top: at.top, bottom: at.top + font.size }));
      const fits = (box: Box) => box.left >= 0 && box.right <= width && grid.isFree(box, own);
      const box = sides.find(fits) ?? (data.highlighted ? sides[0] : undefined);
      if (!box) return;
      grid.add(box);
      // The baseline sits a third of the size below the box's middle, as in sigma's own drawer.
      context.fillText(data.label!, box.left, box.top + font.size / 2 + font.size / 3);
      placed.push({
        node,
        label: data.label!,
        left: box.left,
        top: box.top,
        width: textWidth,
        height: font.size,
        x,
        y,
        radius,
      });
    };
    const visit = (node: string, isForced: boolean): boolean => {
      if (done.has(node)) return true;
      done.add(node);
      const data = visible(node);
      if (!data) return true;
      const radius = sigma.scaleSize(data.size);
      // In size order, once discs are below the threshold every later one is too.
      if (!isForced && radius < settings.labelRenderedSizeThreshold) return false;
      const { x, y } = sigma.framedGraphToViewport(data);
      if (!onScreen(x, y, radius)) return true;
      const own = discs.get(node) ?? disc(x, y, radius);
      if (data.label) place(node, data, x, y, radius, own);
      if (!discsBlockAll) grid.add(own);
      return placed.length < MAX_LABELS;
    };
    for (const node of forced) visit(node, true);
    for (const node of bySize) if (!visit(node, false)) break;
    // One measure per frame: the benchmark prints what the pass costs the main thread.
    performance.measure("papergraph:labels", { start: started, end: performance.now() });
  };
  sigma.on("afterRender", draw);
  return { placed: () => placed };
}
