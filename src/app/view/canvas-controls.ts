/**
 * Buttons over the canvas: zoom in, zoom out, fit the network, and start/stop ForceAtlas2 (which also
 * runs by itself after each analysis and then removes overlaps); and the same moves from the keyboard
 * on the focused canvas: + and − zoom, the arrow keys pan by a tenth of the view, 0 fits the network.
 * A layout run started here is a step of undo and redo (layout-undo.ts).
 */

import type { Camera } from "sigma";
import { h, replaceChildren } from "../dom";
import type { History } from "../history";
import { watch, type Store } from "../state";
import { recordLayoutRun } from "./layout-undo";
import type { Renderer } from "./renderer";

/** Share of the visible width or height an arrow key pans by. */
const PAN_STEP = 0.1;

/**
 * Mounts the canvas buttons in `element` and the keys on `canvas`, recording layout runs in `history`;
 * returns the dispose function.
 */
export function mountCanvasControls(
  element: HTMLElement,
  canvas: HTMLElement,
  store: Store,
  renderer: Renderer,
  history: History,
): () => void {
  /** A camera move asked for by the user: the fitted framing stops following the layout. */
  const zoom = (move: (camera: Camera) => Promise<unknown>) => {
    const scene = renderer.scene();
    if (!scene) return;
    scene.view.freezeFraming();
    // Camera animations resolve when they end and never reject: nothing to wait for.
    void move(scene.sigma.getCamera());
  };
  const pan = (dx: number, dy: number) =>
    zoom((camera) => {
      const { x, y, ratio } = camera.getState();
      return camera.animate({ x: x + dx * PAN_STEP * ratio, y: y + dy * PAN_STEP * ratio }, { duration: 150 });
    });
  const KEYS: Record<string, () => void> = {
    "+": () => zoom((camera) => camera.animatedZoom({ duration: 150 })),
    "=": () => zoom((camera) => camera.animatedZoom({ duration: 150 })),
    "-": () => zoom((camera) => camera.animatedUnzoom({ duration: 150 })),
    "−": () => zoom((camera) => camera.animatedUnzoom({ duration: 150 })),
    ArrowLeft: () => pan(-1, 0),
    ArrowRight: () => pan(1, 0),
    ArrowUp: () => pan(0, 1),
    ArrowDown: () => pan(0, -1),
    "0": () => renderer.scene()?.view.refit(),
  };
  const onKey = (event: KeyboardEvent) => {
    const move = KEYS[event.key];
    if (!move || event.ctrlKey || event.metaKey || event.altKey) return;
    event.preventDefault();
    move();
  };
  canvas.addEventListener("keydown", onKey);
  const layoutButton = h("button", {
    className: "layout-toggle",
    on: {
      click: () => {
        const layout = renderer.scene()?.layout;
        if (!layout) return;
        if (layout.isRunning()) return layout.stop();
        recordLayoutRun(history, renderer);
        layout.start();
      },
    },
  });
  replaceChildren(
    element,
    h("button", {
      text: "+",
      title: "Zoom in",
      attrs: { "aria-label": "Zoom in" },
      on: { click: () => zoom((camera) => camera.animatedZoom({ duration: 250 })) },
    }),
    h("button", {
      text: "−",
      title: "Zoom out",
      attrs: { "aria-label": "Zoom out" },
      on: { click: () => zoom((camera) => camera.animatedUnzoom({ duration: 250 })) },
    }),
    h("button", {
      text: "⤢",
      title: "Fit the whole network",
      attrs: { "aria-label": "Reset view" },
      on: { click: () => renderer.scene()?.view.refit() },
    }),
    layoutButton,
  );
  const stopWatching = watch(store, ["layoutRunning"], ({ layoutRunning }) => {
    layoutButton.textContent = layoutRunning ? "Stop layout" : "Run layout";
    layoutButton.title = layoutRunning
      ? "Stop ForceAtlas2 and remove overlaps"
      : "Run ForceAtlas2 again from the current positions";
  });
  return () => {
    stopWatching();
    canvas.removeEventListener("keydown", onKey);
  };
}
