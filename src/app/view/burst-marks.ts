/**
 * Burst marks: a ring around every node with a Kleinberg burst of activity (analytics/bursts.ts writes
 * `burstStart`, `burstEnd` and `burstWeight` on the coauthor and topic networks). The rings are drawn on
 * sigma's 2D label canvas after each frame, before the labels (label-layer.ts), so they follow the
 * discs through zooms and layout steps and go into the PNG with them. A frame costs O(nodes with a burst).
 */

import type Sigma from "sigma";
import type { NetworkGraph } from "../../model";

/** The ring's colour: an orange no community palette entry uses, so a ring never reads as a category. */
export const BURST_RING = "#e8590c";
/** Ring width and gap to the disc, in pixels. */
const RING_WIDTH = 2;
const RING_GAP = 2;

/** The nodes of `graph` with a burst. */
export function burstNodes(graph: NetworkGraph): string[] {
  return graph.filterNodes((_node, attributes) => "burstStart" in attributes && attributes.burstStart !== undefined);
}

/** A node's burst years in words ("burst 2023–2024"), or undefined without one. */
export function burstYears(attributes: Record<string, unknown>): string | undefined {
  const { burstStart, burstEnd } = attributes;
  if (typeof burstStart !== "number" || typeof burstEnd !== "number") return undefined;
  return burstStart === burstEnd ? `burst ${burstStart}` : `burst ${burstStart}–${burstEnd}`;
}

export interface BurstMarks {
  /** The nodes ringed in the last frame (for the browser tests, see probe.ts). */
  drawn(): readonly string[];
}

/** Rings the burst nodes of `sigma`'s graph after every frame; attach it before the label layer. */
export function attachBurstMarks(sigma: Sigma): BurstMarks {
  let nodes: string[] = [];
  let drawn: string[] = [];
  sigma.on("afterProcess", () => (nodes = burstNodes(sigma.getGraph() as NetworkGraph)));
  sigma.on("afterRender", () => {
    drawn = [];
    const context = sigma.getCanvases().labels?.getContext("2d");
    if (!context || !nodes.length) return;
    context.save();
    context.strokeStyle = BURST_RING;
    context.lineWidth = RING_WIDTH;
    for (const node of nodes) {
      const data = sigma.getNodeDisplayData(node);
      if (!data || data.hidden) continue;
      const { x, y } = sigma.framedGraphToViewport(data);
      context.beginPath();
      context.arc(x, y, sigma.scaleSize(data.size) + RING_GAP + RING_WIDTH / 2, 0, 2 * Math.PI);
      context.stroke();
      drawn.push(node);
    }
    context.restore();
  });
  return { drawn: () => drawn };
}
