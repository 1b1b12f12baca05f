/**
 * Camera moves asked for by the panels: centre on the selected node (search, table row, neighbour link)
 * or frame the selected community. The target is computed from the node's current position in the
 * render graph through sigma's own conversions, not from the display data of the last frame, which lags
 * one frame behind the layout. The fitted framing is frozen first: the view must not move again under
 * the user once the camera has been placed for them.
 */

import type { ViewState } from "../state";
import type { Scene } from "./renderer";

/** Zoom ratio a node is shown at, unless the camera is already closer. */
const NODE_RATIO = 0.35;
/** Room around a framed community, as a share of its extent. */
const COMMUNITY_MARGIN = 1.3;
const DURATION_MS = 400;

/** Where `node` is in sigma's framed-graph coordinates (camera space). */
function framedPosition(scene: Scene, node: string): { x: number; y: number } {
  const { x = 0, y = 0 } = scene.graph.getNodeAttributes(node);
  return scene.sigma.viewportToFramedGraph(scene.sigma.graphToViewport({ x, y }));
}

/** Moves the camera to what `state` selects: the selected node, else the selected community. */
export function focusCamera(scene: Scene, state: ViewState): void {
  const camera = scene.sigma.getCamera();
  if (state.selected && scene.graph.hasNode(state.selected)) {
    scene.view.freezeFraming();
    const target = framedPosition(scene, state.selected);
    // A camera animation resolves when it ends and never rejects: nothing to wait for.
    void camera.animate({ ...target, ratio: Math.min(camera.ratio, NODE_RATIO) }, { duration: DURATION_MS });
    return;
  }
  if (state.community === undefined) return;
  const members = scene.graph.filterNodes((_node, attributes) => attributes.community === state.community);
  if (!members.length) return;
  scene.view.freezeFraming();
  const points = members.map((node) => framedPosition(scene, node));
  const xs = points.map((point) => point.x);
  const ys = points.map((point) => point.y);
  const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const extent = Math.max(maxX - minX, maxY - minY) * COMMUNITY_MARGIN;
  void camera.animate(
    { x: (minX + maxX) / 2, y: (minY + maxY) / 2, ratio: Math.min(1, Math.max(extent, 0.05)) },
    { duration: DURATION_MS },
  );
}
