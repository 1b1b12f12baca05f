/**
 * Which node labels to draw, and where, so that none collide: the rule of the explorer's label layer
 * (src/app/view/label-layer.ts) as a pure function of node discs in viewport pixels, which the SVG and
 * HTML exports share with the explorer. Labels are placed greedily — highlighted nodes first, then nodes
 * with a forced label, then every node by disc size (largest first, ties by key) — right of the disc,
 * else left of it, else centred above or below it. A label that would cross a placed label, a disc (every
 * disc on small networks, the discs of larger nodes on large ones) or the viewport's edge is left out;
 * a highlighted node's label is drawn right of it even then. In size order, once discs are smaller than
 * `minRadius` every later one is too, and the pass stops; it also stops after `maxLabels` labels.
 * Collisions are found in a uniform grid of placed boxes, so a pass costs O(nodes).
 */

export interface LabelCandidate {
  key: string;
  label: string;
  /** Centre of the disc in viewport pixels. */
  x: number;
  y: number;
  /** Disc radius in viewport pixels. */
  radius: number;
  /** The hovered or selected node: labelled first, even where it collides. */
  highlighted?: boolean;
  /** A node whose label goes before the others (the hovered node's neighbours). */
  forceLabel?: boolean;
}

export interface LabelPlacementOptions {
  /** Viewport size in pixels. */
  width: number;
  height: number;
  /** Label height (the font size) in pixels. */
  fontSize: number;
  /** A label's width in pixels at that font size. */
  measure: (label: string) => number;
  /** boolean. Every disc keeps labels off it (small networks), else only the discs of larger nodes. */
  discsBlockAll: boolean;
  /** number, default 0. Unforced nodes with a smaller disc get no label. */
  minRadius?: number;
  /** number, default 400. Labels placed at most. */
  maxLabels?: number;
}

/** A label placed: its text and its box in viewport pixels (the text's baseline is at top + 5/6 of height). */
export interface PlacedLabel {
  key: string;
  label: string;
  left: number;
  top: number;
  width: number;
  height: number;
}

/** Pixels kept between two labels, and between a label and a disc. */
const MARGIN = 3;
/** Gap between a disc and its label. */
const GAP = 3;
/** Grid cell of the collision index, in pixels (about a short label's width and a line's height). */
const CELL_WIDTH = 64;
const CELL_HEIGHT = 16;

interface Box {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

const crosses = (a: Box, b: Box) =>
  a.left < b.right + MARGIN && b.left < a.right + MARGIN && a.top < b.bottom + MARGIN && b.top < a.bottom + MARGIN;

/** Boxes indexed by the grid cells they cover (with the margin). */
function createGrid() {
  const cells = new Map<number, Box[]>();
  const forCells = (box: Box, visit: (key: number) => boolean): boolean => {
    const x0 = Math.floor((box.left - MARGIN) / CELL_WIDTH);
    const x1 = Math.floor((box.right + MARGIN) / CELL_WIDTH);
    const y0 = Math.floor((box.top - MARGIN) / CELL_HEIGHT);
    const y1 = Math.floor((box.bottom + MARGIN) / CELL_HEIGHT);
    for (let cy = y0; cy <= y1; cy++) for (let cx = x0; cx <= x1; cx++) if (visit(cy * 100_003 + cx)) return true;
    return false;
  };
  return {
    add(box: Box): void {
      forCells(box, (key) => {
        const cell = cells.get(key);
        if (cell) cell.push(box);
        else cells.set(key, [box]);
        return false;
      });
    },
    isFree: (box: Box, ignore?: Box): boolean =>
      !forCells(box, (key) => cells.get(key)?.some((other) => other !== ignore && crosses(box, other)) ?? false),
  };
}

const discBox = ({ x, y, radius }: LabelCandidate): Box => ({
  left: x - radius,
  right: x + radius,
  top: y - radius,
  bottom: y + radius,
});

/** The order of the greedy pass: highlighted, then forced, then by radius (largest first), ties by key. */
function passOrder(candidates: readonly LabelCandidate[]): LabelCandidate[] {
  const rank = (candidate: LabelCandidate) => (candidate.highlighted ? 2 : candidate.forceLabel ? 1 : 0);
  return [...candidates].sort(
    (a, b) => rank(b) - rank(a) || b.radius - a.radius || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0),
  );
}

/** The labels to draw among `candidates`, each with its box, in the order they were placed. */
export function placeLabels(candidates: readonly LabelCandidate[], options: LabelPlacementOptions): PlacedLabel[] {
  const { width, height, fontSize, measure, discsBlockAll } = options;
  const minRadius = options.minRadius ?? 0;
  const maxLabels = options.maxLabels ?? 400;
  const onScreen = (c: LabelCandidate) =>
    c.x + c.radius >= 0 && c.x - c.radius <= width && c.y + c.radius >= 0 && c.y - c.radius <= height;
  const grid = createGrid();
  const discs = new Map<string, Box>();
  const shown = candidates.filter(onScreen);
  if (discsBlockAll)
    for (const candidate of shown) grid.add(discs.set(candidate.key, discBox(candidate)).get(candidate.key)!);
  const placed: PlacedLabel[] = [];
  const fits = (box: Box, own: Box) =>
    box.left >= 0 && box.right <= width && box.top >= 0 && box.bottom <= height && grid.isFree(box, own);
  for (const candidate of passOrder(shown)) {
    const isForced = candidate.highlighted || candidate.forceLabel;
    if (!isForced && (candidate.radius < minRadius || placed.length >= maxLabels)) break;
    const own = discs.get(candidate.key) ?? discBox(candidate);
    if (candidate.label) {
      const { x, y, radius } = candidate;
      const textWidth = measure(candidate.label);
      const centred = x - textWidth / 2;
      const sides = [
        { left: x + radius + GAP, top: y - fontSize / 2 },
        { left: x - radius - GAP - textWidth, top: y - fontSize / 2 },
        { left: centred, top: y - radius - GAP - fontSize },
        { left: centred, top: y + radius + GAP },
      ].map(({ left, top }) => ({ left, right: left + textWidth, top, bottom: top + fontSize }));
      const box = sides.find((side) => fits(side, own)) ?? (candidate.highlighted ? sides[0] : undefined);
      if (box) {
        grid.add(box);
        placed.push({
          key: candidate.key,
          label: candidate.label,
          left: box.left,
          top: box.top,
          width: textWidth,
          height: fontSize,
        });
      }
    }
    if (!discsBlockAll) grid.add(own);
  }
  return placed;
}
