/**
 * The one-file HTML page's viewer, part 4 of 7: one frame on the canvas — links, then discs, then the
 * labels that fit (labels.js) — in the explorer's look: each link's colour, opacity and width come
 * computed in the data (src/export/drawing.ts), widths and discs grow with the camera's size scale, and
 * past 5,000 links every link is a one-pixel line. While a node is hovered, it and its neighbours are
 * drawn in full over the others dimmed, its links alone are drawn, darker, and its neighbours' labels
 * (40 at most) come first.
 */

/** @typedef {{ hovered?: number, selected?: number }} ViewerFocus */

/**
 * The frame drawer of `data` on `context`.
 * @param {CanvasRenderingContext2D} context
 * @param {ViewerData} data
 * @param {ViewerModel} model
 * @param {ViewerCamera} camera
 */
function htmlViewerDraw(context, data, model, camera) {
  const DIMMED = "#e4e6ea";
  const HOVER_LINK = "#5a6270";
  const { nodes, links, labels: rule } = data;

  /** @param {Set<number> | undefined} focus @param {number | undefined} hovered */
  function drawLinks(focus, hovered) {
    const scale = camera.sizeScale();
    const isHairline = links.length > 5000;
    for (const group of model.linkGroups) {
      context.beginPath();
      for (const i of group.members) {
        const [source, target] = /** @type {ViewerLink} */ (links[i]);
        if (focus && source !== hovered && target !== hovered) continue;
        const from = camera.screenOf(source);
        const to = camera.screenOf(target);
        context.moveTo(from.x, from.y);
        context.lineTo(to.x, to.y);
      }
      context.strokeStyle = focus ? HOVER_LINK : group.color;
      context.globalAlpha = focus ? 0.9 : group.opacity;
      context.lineWidth = isHairline ? 1 : group.width * scale;
      context.stroke();
    }
    context.globalAlpha = 1;
  }

  /** @param {Set<number> | undefined} focus @param {number | undefined} selected */
  function drawNodes(focus, selected) {
    const scale = camera.sizeScale();
    // Dimmed nodes first, so that the focused ones are drawn over them.
    const order = focus ? [...nodes.keys()].sort((a, b) => Number(focus.has(a)) - Number(focus.has(b))) : nodes.keys();
    for (const i of order) {
      const node = /** @type {ViewerNode} */ (nodes[i]);
      const at = camera.screenOf(i);
      context.beginPath();
      context.arc(at.x, at.y, node.size * scale, 0, 2 * Math.PI);
      context.fillStyle = focus && !focus.has(i) ? DIMMED : node.color;
      context.fill();
      if (i === selected) {
        context.lineWidth = 2;
        context.strokeStyle = "#1f2430";
        context.stroke();
      }
    }
  }

  /** @param {Set<number> | undefined} focus @param {ViewerFocus} state */
  function drawLabels(focus, state) {
    const scale = camera.sizeScale();
    const around = state.hovered === undefined ? [] : (model.neighbours[state.hovered] ?? []);
    const forced = new Set(around.length <= 40 ? around.map(([other]) => other) : []);
    const candidates = model.bySize
      .filter((i) => !focus || focus.has(i))
      .map((i) => {
        const at = camera.screenOf(i);
        const node = /** @type {ViewerNode} */ (nodes[i]);
        const highlighted = i === state.hovered || i === state.selected;
        return {
          index: i,
          label: node.label,
          ...at,
          radius: node.size * scale,
          highlighted,
          forceLabel: forced.has(i),
        };
      });
    context.font = rule.font;
    context.fillStyle = rule.color;
    const placed = htmlViewerPlaceLabels(candidates, {
      width: camera.width,
      height: camera.height,
      fontSize: rule.size,
      minRadius: rule.minRadius,
      discsBlockAll: rule.discsBlockAll,
      measure: (label) => context.measureText(label).width,
    });
    // The baseline sits a third of the size below the box's middle, as sigma's label drawer sets it.
    for (const label of placed) context.fillText(label.label, label.left, label.top + rule.size / 2 + rule.size / 3);
    return placed;
  }

  /**
   * Draws a frame for the hovered and selected nodes; returns the labels drawn.
   * @param {ViewerFocus} state
   */
  return function draw(state) {
    const ratio = window.devicePixelRatio || 1;
    context.setTransform(ratio, 0, 0, ratio, 0, 0);
    context.clearRect(0, 0, camera.width, camera.height);
    const { hovered } = state;
    const focus =
      hovered === undefined
        ? undefined
        : new Set([hovered, ...(model.neighbours[hovered] ?? []).map(([other]) => other)]);
    drawLinks(focus, hovered);
    drawNodes(focus, state.selected);
    return drawLabels(focus, state);
  };
}
