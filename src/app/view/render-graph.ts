/**
 * The render graph: a copy of the shown network that sigma draws and ForceAtlas2 moves, so the analysed
 * graphs in the dataset stay untouched. Size and colour come from src/appearance (the same scales and
 * palettes as the GEXF export); the legends are drawn from the description it returns.
 */

import { assignAppearance, type AppearanceDescription } from "../../appearance";
import { backboneEdges } from "../../layout";
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
  authorTopics: [
    { key: "degree", label: "Links" },
    { key: "paperCount", label: "Papers" },
  ],
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
  authorTopics: [{ key: "kind", label: "Node kind" }],
};

/**
 * Links drawn at most. Past this, the picture is a uniform grey however the graph is laid out, and each
 * frame costs seconds in software WebGL. The layout runs on the drawn links too. A drawing matter only: the
 * downloads are written from the analysis, with every link. A page address with `?drawn-links=N` draws at most
 * N instead (a slow machine; the browser tests, which check that downloads hold the links that are not drawn).
 */
export const MAX_DRAWN_EDGES = 50_000;

/** The cap on drawn links: MAX_DRAWN_EDGES, or the page address's `drawn-links` when it is a positive number. */
export function drawnEdgeCap(): number {
  const asked = Number(new URLSearchParams(globalThis.location?.search ?? "").get("drawn-links"));
  return Number.isInteger(asked) && asked > 0 ? asked : MAX_DRAWN_EDGES;
}

/**
 * The links to draw: all of them, or past `cap` the backbone of the core (layout/backbone.ts): each node's
 * k heaviest links, k = cap / nodes (at least 1), so no node loses every link as a global weight cut-off
 * would; if even that is too many (more nodes than the cap), the backbone's heaviest links.
 */
export function heaviestEdges(graph: NetworkGraph, cap = drawnEdgeCap()): string[] {
  if (graph.size <= cap) return graph.edges();
  const backbone = backboneEdges(graph, Math.max(1, Math.floor(cap / Math.max(1, graph.order))));
  if (backbone.length <= cap) return backbone;
  const weight = (edge: string) => graph.getEdgeAttribute(edge, "weight") ?? 1;
  const order = backbone.map((edge, i) => ({ edge, i, weight: weight(edge) }));
  order.sort((a, b) => b.weight - a.weight || a.i - b.i);
  const kept = new Set(order.slice(0, cap).map(({ edge }) => edge));
  return backbone.filter((edge) => kept.has(edge));
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
