/**
 * What the canvas shows, for the browser tests and tools that cannot read WebGL pixels back cheaply:
 * `window.papergraphProbe` gives the labels the last frame drew (with the disc each one belongs to, as
 * placed) and where a node is on screen now, from its current position through sigma's conversions.
 * Read-only: nothing here changes the view.
 */

import type { PlacedLabel } from "./label-layer";
import type { Scene } from "./renderer";

export interface Probe {
  labels(): readonly PlacedLabel[];
  /** The node's disc in viewport pixels now, or null when it is not on the canvas. */
  node(key: string): { x: number; y: number; radius: number } | null;
  /** The canvas size in CSS pixels. */
  size(): { width: number; height: number };
}

declare global {
  interface Window {
    papergraphProbe?: Probe;
  }
}

/** Puts the probe on `window` for the scene `current()` returns; returns the function that takes it off. */
export function exposeProbe(current: () => Scene | undefined): () => void {
  window.papergraphProbe = {
    labels: () => current()?.view.labels.placed() ?? [],
    node(key) {
      const scene = current();
      if (!scene?.graph.hasNode(key)) return null;
      const { x = 0, y = 0 } = scene.graph.getNodeAttributes(key);
      const data = scene.sigma.getNodeDisplayData(key);
      return { ...scene.sigma.graphToViewport({ x, y }), radius: scene.sigma.scaleSize(data?.size ?? 0) };
    },
    size: () => current()?.sigma.getDimensions() ?? { width: 0, height: 0 },
  };
  return () => delete window.papergraphProbe;
}
