/**
 * The render graph: a copy of the shown network that sigma draws and ForceAtlas2 moves, so the analysed
 * graphs in the dataset stay untouched. Size and colour come from src/appearance (the same scales and
 * palettes as the GEXF export); the legends are drawn from the description it returns.
 */

import type Graph from "graphology";
import { assignAppearance, type AppearanceDescription } from "../../appearance";
import { topicNode } from "../../graphs";
import { NODE_METRICS } from "../../metrics";
import type { Dataset } from "../dataset";
import type { NetworkName } from "../state";

export interface Encoding {
  key: string;
  label: string;
}

/** Render-only attribute of authors: their most frequent informative topic (see mainTopics). */
export const MAIN_TOPIC = "mainTopic";

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
    { key: MAIN_TOPIC, label: "Main topic" },
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
 * Each author's most frequent topic, ignoring topics found on more than half of all papers (on a
 * one-field profile every author shares the category, which would colour everyone alike).
 */
function mainTopics(dataset: Dataset, graph: Graph): Map<string, string> {
  const common = new Set<string>();
  for (const [topic, papers] of dataset.papersByTopic) {
    if (papers.length > dataset.papers.length / 2 && dataset.papersByTopic.size > 1) common.add(topic);
  }
  const result = new Map<string, string>();
  graph.forEachNode((node) => {
    const counts = new Map<string, number>();
    for (const paperId of dataset.peopleByNode.get(node)?.paperIds ?? []) {
      for (const topic of dataset.paperTopics[paperId] ?? []) {
        if (!common.has(topicNode(topic.key))) counts.set(topic.label, (counts.get(topic.label) ?? 0) + 1);
      }
    }
    const best = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0];
    if (best) result.set(node, best[0]);
  });
  return result;
}

/**
 * Links drawn at most. Past this, the picture is a uniform grey however the graph is laid out, and each
 * frame costs seconds in software WebGL; the heaviest links carry the structure. The layout runs on the
 * drawn links too, and the downloads contain what is drawn.
 */
export const MAX_DRAWN_EDGES = 50_000;

/** A copy of `graph` with every node and its MAX_DRAWN_EDGES heaviest links (ties in graph order). */
function copyHeaviest(graph: Graph): Graph {
  if (graph.size <= MAX_DRAWN_EDGES) return graph.copy();
  const copy = graph.emptyCopy();
  const weight = (edge: string) => (graph.getEdgeAttribute(edge, "weight") as number | undefined) ?? 1;
  const edges = graph.edges().map((edge, order) => ({ edge, order, weight: weight(edge) }));
  edges.sort((a, b) => b.weight - a.weight || a.order - b.order);
  for (const { edge } of edges.slice(0, MAX_DRAWN_EDGES)) {
    copy.addEdgeWithKey(edge, graph.source(edge), graph.target(edge), { ...graph.getEdgeAttributes(edge) });
  }
  return copy;
}

/**
 * A copy of `network` for drawing (authors also get their main topic), with at most MAX_DRAWN_EDGES
 * links; the dataset graph stays as is. `totalEdges` is the size of the full network.
 */
export function buildRenderGraph(dataset: Dataset, network: NetworkName): { graph: Graph; totalEdges: number } {
  const graph = copyHeaviest(dataset.graphs[network]);
  if (network === "coauthors") {
    const topics = mainTopics(dataset, graph);
    graph.updateEachNodeAttributes((node, attributes) => ({ ...attributes, [MAIN_TOPIC]: topics.get(node) }));
  }
  return { graph, totalEdges: dataset.graphs[network].size };
}

/** The encoding actually used: the requested one when the network offers it, else the network's first. */
export function resolveEncoding(network: NetworkName, encoding: { sizeBy: string; colorBy: string }): { sizeBy: string; colorBy: string } {
  const pick = (options: Encoding[], key: string) => (options.some((option) => option.key === key) ? key : options[0]!.key);
  return { sizeBy: pick(SIZE_ENCODINGS[network], encoding.sizeBy), colorBy: pick(COLOR_ENCODINGS[network], encoding.colorBy) };
}

/** Writes node/edge size and colour on the render graph; returns the description the legends draw. */
export function encodeRenderGraph(graph: Graph, network: NetworkName, encoding: { sizeBy: string; colorBy: string }): AppearanceDescription {
  return assignAppearance(graph, resolveEncoding(network, encoding));
}
