/**
 * The one-file HTML page's viewer, part 7 of 7: reads the data document from the page's
 * `<script type="application/json" id="papergraph-data">`, builds the parts and wires the input — a drag
 * or one finger pans, the wheel or two fingers zoom, hovering a node shows its links, a click opens its
 * details (Escape closes them), the search box finds names. Frames are drawn on animation frames. When
 * the first frame is drawn, `body[data-ready]` is set; `window.papergraphViewer` tells scripts (and the
 * browser tests) where a node is drawn and which labels are shown.
 */

/** Starts the viewer on the page. */
function htmlViewerMain() {
  /** @param {string} id */
  const byId = (id) => /** @type {HTMLElement} */ (document.getElementById(id));
  /** @type {ViewerData} */
  const data = JSON.parse(byId("papergraph-data").textContent || "{}");
  const canvas = /** @type {HTMLCanvasElement} */ (byId("canvas"));
  const context = /** @type {CanvasRenderingContext2D} */ (canvas.getContext("2d"));
  const model = htmlViewerModel(data);
  const camera = htmlViewerCamera(data.nodes);
  const drawFrame = htmlViewerDraw(context, data, model, camera);
  /** @type {ViewerFocus} */
  const state = {};
  /** @type {ViewerPlacedLabel[]} */
  let placed = [];
  let queued = false;

  function draw() {
    queued = false;
    placed = drawFrame(state);
    document.body.dataset.ready = "true";
  }
  function redraw() {
    if (!queued) requestAnimationFrame(draw);
    queued = true;
  }
  /** @param {number | undefined} i */
  function select(i) {
    state.selected = i;
    panels.show(i);
    redraw();
  }
  /** @param {number} i */
  function focusNode(i) {
    camera.centreOn(i);
    select(i);
  }
  const panels = htmlViewerPanels(data, model, { details: byId("details"), legend: byId("legend") }, focusNode);
  htmlViewerSearch(
    data,
    model,
    { input: /** @type {HTMLInputElement} */ (byId("search")), results: byId("results") },
    focusNode,
  );

  // Pointers: one drags (or clicks, if it hardly moved), two pinch.
  /** @type {Map<number, { x: number, y: number }>} */
  const pointers = new Map();
  let moved = 0;
  /** @param {MouseEvent} event */
  const local = (event) => {
    const box = canvas.getBoundingClientRect();
    return { x: event.clientX - box.left, y: event.clientY - box.top };
  };
  canvas.addEventListener("pointerdown", (event) => {
    canvas.setPointerCapture(event.pointerId);
    pointers.set(event.pointerId, local(event));
    moved = 0;
  });
  canvas.addEventListener("pointermove", (event) => {
    const at = local(event);
    const before = pointers.get(event.pointerId);
    if (!before) {
      const under = camera.nodeAt(at.x, at.y);
      if (under !== state.hovered) {
        state.hovered = under;
        canvas.style.cursor = under === undefined ? "grab" : "pointer";
        redraw();
      }
      return;
    }
    if (pointers.size === 2) {
      const other = /** @type {{ x: number, y: number }} */ ([...pointers.values()].find((p) => p !== before));
      const distance = Math.hypot(before.x - other.x, before.y - other.y) || 1;
      camera.zoom(Math.hypot(at.x - other.x, at.y - other.y) / distance, (at.x + other.x) / 2, (at.y + other.y) / 2);
    } else camera.pan(at.x - before.x, at.y - before.y);
    redraw();
    moved += Math.abs(at.x - before.x) + Math.abs(at.y - before.y);
    pointers.set(event.pointerId, at);
  });
  /** @param {PointerEvent} event */
  const release = (event) => {
    const isClick = pointers.size === 1 && moved < 4 && event.type === "pointerup";
    pointers.delete(event.pointerId);
    if (isClick) {
      const at = local(event);
      select(camera.nodeAt(at.x, at.y));
    }
  };
  canvas.addEventListener("pointerup", release);
  canvas.addEventListener("pointercancel", release);
  canvas.addEventListener("pointerleave", () => {
    if (state.hovered === undefined || pointers.size) return;
    state.hovered = undefined;
    redraw();
  });
  canvas.addEventListener(
    "wheel",
    (event) => {
      event.preventDefault();
      const at = local(event);
      camera.zoom(Math.exp(-event.deltaY * 0.002), at.x, at.y);
      redraw();
    },
    { passive: false },
  );
  document.addEventListener("keydown", (event) => {
    if (event.key === "Escape" && event.target !== byId("search")) select(undefined);
  });

  byId("title").textContent = data.title;
  new ResizeObserver(() => {
    const ratio = window.devicePixelRatio || 1;
    const box = canvas.getBoundingClientRect();
    camera.resize(box.width, box.height);
    canvas.width = Math.round(box.width * ratio);
    canvas.height = Math.round(box.height * ratio);
    draw();
  }).observe(canvas);
  Object.assign(window, {
    papergraphViewer: {
      /** Where the node labelled `label` is drawn, in page coordinates, or undefined. */
      positionOf(/** @type {string} */ label) {
        const i = data.nodes.findIndex((node) => node.label === label);
        if (i < 0) return undefined;
        const box = canvas.getBoundingClientRect();
        const at = camera.screenOf(i);
        return { x: box.left + at.x, y: box.top + at.y };
      },
      /** Every node's disc as drawn: index, label, centre and radius in canvas pixels. */
      discs: () =>
        data.nodes.map((node, i) => ({
          index: i,
          label: node.label,
          ...camera.screenOf(i),
          radius: node.size * camera.sizeScale(),
        })),
      /** The labels drawn in the last frame, with their boxes in canvas pixels and the node's index. */
      labels: () => placed.map((label) => ({ ...label })),
      /** The camera: centre, pixels per unit, framing, canvas size. */
      camera: () => ({
        cx: camera.cx,
        cy: camera.cy,
        k: camera.k,
        k0: camera.k0,
        width: camera.width,
        height: camera.height,
      }),
    },
  });
}
