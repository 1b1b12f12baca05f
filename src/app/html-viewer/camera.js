/**
 * The one-file HTML page's viewer, part 2 of 7: the camera. A graph point (cx, cy) sits at the canvas's
 * centre and one graph unit is k pixels (y up, as in the layout); k0 frames the whole network, and disc
 * sizes grow with the square root of the zoom k / k0, as sigma's do, so the page looks like the explorer.
 */

/** @typedef {ReturnType<typeof htmlViewerCamera>} ViewerCamera */

/**
 * The camera over `nodes`, with the canvas's size in CSS pixels once `resize` has been called.
 * @param {ViewerNode[]} nodes
 */
function htmlViewerCamera(nodes) {
  const camera = {
    cx: 0,
    cy: 0,
    k: 1,
    k0: 1,
    width: 0,
    height: 0,

    /** Takes the canvas's new size; the first size frames the network. */
    resize(/** @type {number} */ width, /** @type {number} */ height) {
      const first = camera.width === 0;
      camera.width = width;
      camera.height = height;
      if (first) camera.fit();
    },

    /** Frames every node, with room for the largest disc and a margin. */
    fit() {
      if (!nodes.length) return;
      const xs = nodes.map((node) => node.x);
      const ys = nodes.map((node) => node.y);
      const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
      const largest = Math.max(...nodes.map((node) => node.size));
      const roomX = Math.max(camera.width - 2 * (largest + 24), 10);
      const roomY = Math.max(camera.height - 2 * (largest + 24), 10);
      camera.k = Math.min(roomX / (maxX - minX || 1), roomY / (maxY - minY || 1));
      camera.k0 = camera.k;
      camera.cx = (minX + maxX) / 2;
      camera.cy = (minY + maxY) / 2;
    },

    /** Where node `i` is drawn, in canvas pixels. */
    screenOf(/** @type {number} */ i) {
      const node = /** @type {ViewerNode} */ (nodes[i]);
      return {
        x: (node.x - camera.cx) * camera.k + camera.width / 2,
        y: -(node.y - camera.cy) * camera.k + camera.height / 2,
      };
    },

    /** Factor of disc sizes and link widths at this zoom. */
    sizeScale: () => Math.sqrt(camera.k / camera.k0),

    /** Zooms by `factor` (within 1/20 and 60 times the framing) keeping the canvas point (x, y) still. */
    zoom(/** @type {number} */ factor, /** @type {number} */ x, /** @type {number} */ y) {
      const k = Math.min(Math.max(camera.k * factor, camera.k0 / 20), camera.k0 * 60);
      const gx = camera.cx + (x - camera.width / 2) / camera.k;
      const gy = camera.cy - (y - camera.height / 2) / camera.k;
      camera.k = k;
      camera.cx = gx - (x - camera.width / 2) / k;
      camera.cy = gy + (y - camera.height / 2) / k;
    },

    /** Moves the picture by (dx, dy) canvas pixels. */
    pan(/** @type {number} */ dx, /** @type {number} */ dy) {
      camera.cx -= dx / camera.k;
      camera.cy += dy / camera.k;
    },

    /** Brings node `i` to the centre, zoomed in to twice the framing if the view is wider. */
    centreOn(/** @type {number} */ i) {
      const node = /** @type {ViewerNode} */ (nodes[i]);
      camera.cx = node.x;
      camera.cy = node.y;
      camera.k = Math.max(camera.k, camera.k0 * 2);
    },

    /** The topmost node whose disc (two pixels wider) holds the canvas point (x, y), if any. */
    nodeAt(/** @type {number} */ x, /** @type {number} */ y) {
      const scale = camera.sizeScale();
      /** @type {number | undefined} */
      let found;
      nodes.forEach((node, i) => {
        const at = camera.screenOf(i);
        if ((at.x - x) ** 2 + (at.y - y) ** 2 <= (node.size * scale + 2) ** 2) found = i;
      });
      return found;
    },
  };
  return camera;
}
