/**
 * What the canvas shows, for the browser tests and tools that cannot read WebGL pixels back cheaply:
 * `window.papergraphProbe` gives the labels the last frame drew (with the disc each one belongs to, as
 * placed), where a node is on screen now (from its current position through sigma's conversions) and in
 * which colour, and every link as sigma draws it.
 * Read-only: nothing here changes the view.
 */

import type { PlacedLabel } from "./label-layer";
import type { Scene } from "./renderer";

export interface Probe {
  labels(): readonly PlacedLabel[];
  /** The node's disc in viewport pixels now and its drawn colour, or null when it is not on the canvas. */
  node(key: string): { x: number; y: number; radius: number; color: string; hidden: boolean } | null;
  /** Every drawn link as sigma draws it now (colour with alpha, width, hidden), with its ends' colours. */
  edges(): ProbedEdge[];
  /** The node's position in graph coordinates (the layout's x and y), or null when it is not drawn. */
  position(key: string): { x: number; y: number } | null;
  /** The canvas size in CSS pixels. */
  size(): { width: number; height: number };
  /** The node's position when the picture was made, before the live layout moved it, or null. */
  startPosition(key: string): { x: number; y: number } | null;
  /** The nodes the last frame drew a burst ring around. */
  bursts(): readonly string[];
}

export interface ProbedEdge {
  edge: string;
  source: string;
  target: string;
  weight: number;
  color: string;
  size: number;
  hidden: boolean;
  sourceColor: string;
  targetColor: string;
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
      return {
        ...scene.sigma.graphToViewport({ x, y }),
        radius: scene.sigma.scaleSize(data?.size ?? 0),
        color: data?.color ?? "",
        hidden: data?.hidden ?? true,
      };
    },
    edges() {
      const scene = current();
      if (!scene) return [];
      const { sigma, graph } = scene;
      return graph.mapEdges((edge, attributes, source, target) => {
        const data = sigma.getEdgeDisplayData(edge);
        const colorOf = (node: string) => sigma.getNodeDisplayData(node)?.color ?? "";
        return {
          edge,
          source,
          target,
          weight: attributes.weight ?? 1,
          color: data?.color ?? "",
          size: data?.size ?? 0,
          hidden: data?.hidden ?? true,
          sourceColor: colorOf(source),
          targetColor: colorOf(target),
        };
      });
    },
    position(key) {
      const graph = current()?.graph;
      if (!graph?.hasNode(key)) return null;
      const { x = 0, y = 0 } = graph.getNodeAttributes(key);
      return { x, y };
    },
    size: () => current()?.sigma.getDimensions() ?? { width: 0, height: 0 },
    startPosition: (key) => current()?.start.get(key) ?? null,
    bursts: () => current()?.view.marks.drawn() ?? [],
  };
  return () => delete window.papergraphProbe;
}
