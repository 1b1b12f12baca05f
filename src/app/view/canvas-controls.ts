/**
 * Buttons over the canvas: zoom in, zoom out, reset the camera, and start/stop ForceAtlas2 (which also
 * runs by itself after each analysis and then removes overlaps).
 */

import { h, replaceChildren } from "../dom";
import { watch, type Store } from "../state";
import type { Renderer } from "./renderer";

/** Mounts the canvas buttons in `element`; returns the dispose function. */
export function mountCanvasControls(element: HTMLElement, store: Store, renderer: Renderer): () => void {
  const camera = () => renderer.scene()?.sigma.getCamera();
  const layoutButton = h("button", {
    className: "layout-toggle",
    on: {
      click: () => {
        const layout = renderer.scene()?.layout;
        if (!layout) return;
        if (layout.isRunning()) layout.stop();
        else layout.start();
      },
    },
  });
  // Camera animations resolve when they end and never reject: nothing to wait for.
  replaceChildren(
    element,
    h("button", {
      text: "+",
      title: "Zoom in",
      attrs: { "aria-label": "Zoom in" },
      on: { click: () => void camera()?.animatedZoom({ duration: 250 }) },
    }),
    h("button", {
      text: "−",
      title: "Zoom out",
      attrs: { "aria-label": "Zoom out" },
      on: { click: () => void camera()?.animatedUnzoom({ duration: 250 }) },
    }),
    h("button", {
      text: "⤢",
      title: "Fit the whole network",
      attrs: { "aria-label": "Reset view" },
      on: { click: () => void camera()?.animatedReset({ duration: 300 }) },
    }),
    layoutButton,
  );
  return watch(store, ["layoutRunning"], ({ layoutRunning }) => {
    layoutButton.textContent = layoutRunning ? "Stop layout" : "Run layout";
    layoutButton.title = layoutRunning
      ? "Stop ForceAtlas2 and remove overlaps"
      : "Run ForceAtlas2 again from the current positions";
  });
}
