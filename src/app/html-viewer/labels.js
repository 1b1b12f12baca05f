/**
 * The one-file HTML page's viewer, part 3 of 7: which labels to draw and where — the explorer's rule,
 * src/export/label-placement.ts, written again in plain JavaScript because the page has no build step to
 * bring the TypeScript in; the browser test (test/e2e/html-page.test.ts) checks that both place the same
 * labels on the same discs. Greedy: highlighted nodes, then forced ones, then by radius (largest first,
 * ties by index); right of the disc, else left, else centred above or below; never over a placed label,
 * a blocking disc or the canvas's edge (a highlighted node's label goes right of it even then). In size
 * order, the pass stops at the first disc under `minRadius` and after 400 labels. A grid of placed boxes
 * finds collisions, so a frame's pass costs O(nodes).
 */

/** @typedef {{ left: number, right: number, top: number, bottom: number }} ViewerBox */
/** @typedef {{ index: number, label: string, x: number, y: number, radius: number, highlighted: boolean, forceLabel: boolean }} ViewerLabelCandidate */
/** @typedef {{ index: number, label: string, left: number, top: number, width: number, height: number }} ViewerPlacedLabel */

/**
 * The labels to draw among `candidates` on a `width` × `height` canvas, each with its box.
 * @param {ViewerLabelCandidate[]} candidates
 * @param {{ width: number, height: number, fontSize: number, minRadius: number, discsBlockAll: boolean, measure: (label: string) => number }} options
 * @returns {ViewerPlacedLabel[]}
 */
function htmlViewerPlaceLabels(candidates, options) {
  const { width, height, fontSize, minRadius, discsBlockAll, measure } = options;
  const MARGIN = 3;
  const GAP = 3;
  /** @type {Map<number, ViewerBox[]>} */
  const cells = new Map();
  /** @param {ViewerBox} box @param {(key: number) => boolean} visit */
  const forCells = (box, visit) => {
    for (let cy = Math.floor((box.top - MARGIN) / 16); cy <= Math.floor((box.bottom + MARGIN) / 16); cy++)
      for (let cx = Math.floor((box.left - MARGIN) / 64); cx <= Math.floor((box.right + MARGIN) / 64); cx++)
        if (visit(cy * 100003 + cx)) return true;
    return false;
  };
  /** @param {ViewerBox} box */
  const add = (box) =>
    forCells(box, (key) => {
      const cell = cells.get(key);
      if (cell) cell.push(box);
      else cells.set(key, [box]);
      return false;
    });
  /** @param {ViewerBox} a @param {ViewerBox} b */
  const crosses = (a, b) =>
    a.left < b.right + MARGIN && b.left < a.right + MARGIN && a.top < b.bottom + MARGIN && b.top < a.bottom + MARGIN;
  /** @param {ViewerBox} box @param {ViewerBox} own */
  const fits = (box, own) =>
    box.left >= 0 &&
    box.right <= width &&
    box.top >= 0 &&
    box.bottom <= height &&
    !forCells(box, (key) => (cells.get(key) ?? []).some((other) => other !== own && crosses(box, other)));
  /** @param {ViewerLabelCandidate} c @returns {ViewerBox} */
  const discBox = (c) => ({ left: c.x - c.radius, right: c.x + c.radius, top: c.y - c.radius, bottom: c.y + c.radius });

  const shown = candidates.filter(
    (c) => c.x + c.radius >= 0 && c.x - c.radius <= width && c.y + c.radius >= 0 && c.y - c.radius <= height,
  );
  /** @type {Map<number, ViewerBox>} */
  const discs = new Map();
  if (discsBlockAll)
    for (const c of shown) {
      const box = discBox(c);
      discs.set(c.index, box);
      add(box);
    }
  /** @param {ViewerLabelCandidate} c */
  const rank = (c) => (c.highlighted ? 2 : c.forceLabel ? 1 : 0);
  const order = [...shown].sort((a, b) => rank(b) - rank(a) || b.radius - a.radius || a.index - b.index);
  /** @type {ViewerPlacedLabel[]} */
  const placed = [];
  for (const c of order) {
    if (!c.highlighted && !c.forceLabel && (c.radius < minRadius || placed.length >= 400)) break;
    const own = discs.get(c.index) ?? discBox(c);
    if (c.label) {
      const textWidth = measure(c.label);
      const centred = c.x - textWidth / 2;
      const sides = [
        { left: c.x + c.radius + GAP, top: c.y - fontSize / 2 },
        { left: c.x - c.radius - GAP - textWidth, top: c.y - fontSize / 2 },
        { left: centred, top: c.y - c.radius - GAP - fontSize },
        { left: centred, top: c.y + c.radius + GAP },
      ].map(({ left, top }) => ({ left, right: left + textWidth, top, bottom: top + fontSize }));
      const box = sides.find((side) => fits(side, own)) ?? (c.highlighted ? sides[0] : undefined);
      if (box) {
        add(box);
        placed.push({
          index: c.index,
          label: c.label,
          left: box.left,
          top: box.top,
          width: textWidth,
          height: fontSize,
        });
      }
    }
    if (!discsBlockAll) add(own);
  }
  return placed;
}
