/**
 * The render graph: a copy of the shown network that sigma draws and ForceAtlas2 moves, so the analysed
 * graphs in the dataset stay untouched. Size and colour come from src/appearance (the same scales and
 * palettes as the GEXF export); the legends are drawn from the description it returns.
 */

import { assignAppearance, type AppearanceDescription } from "../../appearance";
import { NODE_METRICS } from "../../metrics";
import type { NetworkGraph } from "../../model";
import { shownGraph, type Dataset } from "../dataset";
import type { NetworkName } from "../state";
import { forEachSliced, nextTask } from "../tasks";

export interface Encoding {
  key: string;
  label: string;
}

const METRIC_ENCODINGS: Encoding[] = [
  ...NODE_METRICS.map(({ key, label }) => ({ key, label })),
  { key: "paperCount", label: "Papers" },
];

/** The attributes a user may size by, per network. */
export const SIZE_ENCODINGS: Record<NetworkName, Encoding[]> = {
  coauthors: METRIC_ENCODINGS,
  topics: METRIC_ENCODINGS,
  bipartite: [{ key: "degree", label: "Links" }],
};

/** The attributes a user may colour by, per network. */
export const COLOR_ENCODINGS: Record<NetworkName, Encoding[]> = {
  coauthors: [
    { key: "community", label: "Community (Louvain)" },
    { key: "mainTopic", label: "Main topic" },
    { key: "firstYear", label: "Year of first paper" },
    { key: "component", label: "Component" },
  ],
  topics: [
    { key: "community", label: "Community (Louvain)" },
    { key: "topicKind", label: "Category or phrase" },
    { key: "component", label: "Component" },
  ],
  bipartite: [{ key: "kind", label: "Node kind" }],
};

/**
 * Links drawn at most. Past this, the picture is a uniform grey however the graph is laid out, and each
 * frame costs seconds in software WebGL; the heaviest links carry the structure. The layout runs on the
 * drawn links too. A drawing matter only: the downloads are written from the analysis, with every link.
 * A page address with `?drawn-links=N` draws at most N instead (a slow machine; the browser tests, which
 * check that downloads hold the links that are not drawn).
 */
export const MAX_DRAWN_EDGES = 50_000;

/** The cap on drawn links: MAX_DRAWN_EDGES, or the page address's `drawn-links` when it is a positive number. */
export function drawnEdgeCap(): number {
  const asked = Number(new URLSearchParams(globalThis.location?.search ?? "").get("drawn-links"));
  return Number.isInteger(asked) && asked > 0 ? asked : MAX_DRAWN_EDGES;
}

/**
 * The `cap` heaviest links of `graph` (ties in graph order), or all of them. Found by counting links per
 * weight rather than sorting 300,000 of them: every link above the cut-off weight, then the first ones at
 * the cut-off until the budget is spent.
 */
export function heaviestEdges(graph: NetworkGraph, cap = drawnEdgeCap()): string[] {
  const edges = graph.edges();
  if (edges.length <= cap) return edges;
  const weights = edges.map((edge) => graph.getEdgeAttribute(edge, "weight") ?? 1);
  const counts = new Map<number, number>();
  for (const weight of weights) counts.set(weight, (counts.get(weight) ?? 0) + 1);
  let cutoff = -Infinity;
  let room = cap;
  for (const weight of [...counts.keys()].sort((a, b) => b - a)) {
    const count = counts.get(weight)!;
    cutoff = weight;
    if (count >= room) break;
    room -= count;
  }
  return edges.filter((_edge, i) => weights[i]! > cutoff || (weights[i] === cutoff && room-- > 0));
}

/**
 * A copy of `network` for drawing, with at most drawnEdgeCap() links; the dataset graph stays as is.
 * `totalEdges` is the size of the full network. The copy is made in slices (see tasks.ts) so that a large
 * network does not freeze the page.
 */
export async function buildRenderGraph(
  dataset: Dataset,
  network: NetworkName,
): Promise<{ graph: NetworkGraph; totalEdges: number }> {
  const source = shownGraph(dataset, network);
  const graph = source.emptyCopy();
  await nextTask();
  await forEachSliced(heaviestEdges(source), (edge) => {
    graph.addEdgeWithKey(edge, source.source(edge), source.target(edge), { ...source.getEdgeAttributes(edge) });
  });
  return { graph, totalEdges: source.size };
}

/** The encoding actually used: the requested one when the network offers it, else the network's first. */
export function resolveEncoding(
  network: NetworkName,
  encoding: { sizeBy: string; colorBy: string },
): { sizeBy: string; colorBy: string } {
  const pick = (options: Encoding[], key: string) =>
    options.some((option) => option.key === key) ? key : options[0]!.key;
  return {
    sizeBy: pick(SIZE_ENCODINGS[network], encoding.sizeBy),
    colorBy: pick(COLOR_ENCODINGS[network], encoding.colorBy),
  };
}

/** Writes node/edge size and colour on the render graph; returns the description the legends draw. */
export function encodeRenderGraph(
  graph: NetworkGraph,
  network: NetworkName,
  encoding: { sizeBy: string; colorBy: string },
): AppearanceDescription {
  return assignAppearance(graph, resolveEncoding(network, encoding));
}
