/**
 * The data a one-file HTML page carries for its viewer (html-viewer.js), as one JSON document: every node
 * with its label, position, size, colour, the values its details panel lists and the papers it stands
 * for; the links — at most `maxLinks`, the heaviest, ties in graph order — each with its weight, its
 * style from the drawing rules (colour, opacity, width: drawing.ts, as the explorer draws it) and its
 * shared papers; the papers (title, year, venue, DOI) referred to by index; and the legend. Nodes and
 * papers are referred to by their index in these lists, which keeps the file small.
 */

import type Graph from "graphology";
import { describeAppearance, type AppearanceOptions } from "../appearance";
import { paperNode } from "../graphs";
import { NODE_METRICS } from "../metrics";
import type { CommunityAlgorithm } from "../options";
import { createLinkStyle, LABEL_COLOR, LABEL_FONT, labelSizeThreshold, SMALL_NETWORK } from "./drawing";
import { communityLegendOptions, describeLegend, type LegendModel } from "./legend";
import type { ExportGraph } from "./values";

/** What the page shows of a paper. */
export interface HtmlPaper {
  id: string;
  title: string;
  year?: number;
  venue?: string;
  doi?: string;
}

/** A network and what its page shows besides the graph. */
export interface HtmlNetwork {
  /** The network: label, x, y, size and colour on its nodes (layout and appearance stages), weights on its links. */
  graph: ExportGraph;
  /** The papers nodes and links refer to by id (a link's `papers` attribute, `nodePapers`). */
  papers?: readonly HtmlPaper[];
  /** Node → ids of its papers (an author's papers, a topic's papers). */
  nodePapers?: Readonly<Record<string, readonly string[]>>;
  /** The legend drawn under the network (see describeLegend). */
  legend?: LegendModel;
  /** What a link's weight counts, e.g. "joint papers". */
  weightTitle?: string;
}

/** One value the details panel lists: its attribute, its title, and how its numbers are written. */
export interface HtmlField {
  key: string;
  label: string;
  /** "integer": 1,234; "decimal": four significant digits; "year": 2024; "text": as it is. */
  kind: "integer" | "decimal" | "year" | "text";
}

/** The viewer's data document. */
export interface HtmlViewerData {
  format: "papergraph-html";
  version: 1;
  title: string;
  fields: HtmlField[];
  nodes: {
    label: string;
    x: number;
    y: number;
    size: number;
    color: string;
    values: (number | string | null)[];
    papers: number[];
  }[];
  /** [source index, target index, weight, colour, opacity, width, paper indices]. */
  links: [number, number, number, string, number, number, number[]][];
  papers: Omit<HtmlPaper, "id">[];
  weightTitle: string;
  legend?: LegendModel;
  /** Said under the legend, e.g. that only the heaviest links are included. */
  note?: string;
  /** The label rule's font (CSS shorthand), size, colour and thresholds (drawing.ts, label-placement.ts). */
  labels: { font: string; size: number; color: string; minRadius: number; discsBlockAll: boolean };
}

/** Identifies the data document; bump the version when a field changes meaning. */
export const HTML_DATA_FORMAT = { format: "papergraph-html", version: 1 } as const;

/** The fields the details panel lists, in this order, when the network has them. */
const FIELDS: readonly HtmlField[] = [
  { key: "paperCount", label: "Papers", kind: "integer" },
  ...NODE_METRICS.map(
    ({ key, label, isInteger }): HtmlField => ({ key, label, kind: isInteger ? "integer" : "decimal" }),
  ),
  { key: "community", label: "Community", kind: "integer" },
  { key: "component", label: "Component", kind: "integer" },
  { key: "firstYear", label: "First paper", kind: "year" },
  { key: "lastYear", label: "Last paper", kind: "year" },
  { key: "mainTopic", label: "Main topic", kind: "text" },
  { key: "topicKind", label: "Kind", kind: "text" },
];

/** Community and component ids are shown from 1, as the legend numbers them. */
const NUMBERED_FROM_ONE = new Set(["community", "component"]);

const finite = (value: unknown, fallback: number): number =>
  typeof value === "number" && Number.isFinite(value) ? value : fallback;

/** The `maxLinks` heaviest links (ties in graph order), or all of them, in graph order. */
function keptLinks(graph: ExportGraph, maxLinks: number): string[] {
  const edges = graph.edges();
  if (edges.length <= maxLinks) return edges;
  const weight = (edge: string) => finite(graph.getEdgeAttribute(edge, "weight"), 1);
  const order = edges.map((_edge, i) => i).sort((a, b) => weight(edges[b]!) - weight(edges[a]!) || a - b);
  const kept = new Set(order.slice(0, maxLinks));
  return edges.filter((_edge, i) => kept.has(i));
}

/** The page's data for `network`; `maxLinks` caps the links included (the heaviest are kept). */
export function buildHtmlData(network: HtmlNetwork, title: string, maxLinks: number): HtmlViewerData {
  const { graph } = network;
  const fields = FIELDS.filter(({ key }) => graph.someNode((_node, attributes) => attributes[key] !== undefined));
  // Links of the projections name their papers by bipartite node key (`paper:<id>`); both forms are found.
  const paperIndex = new Map(
    (network.papers ?? []).flatMap((paper, i) => [[paper.id, i] as const, [paperNode(paper.id), i] as const]),
  );
  const indicesOf = (ids: unknown): number[] =>
    Array.isArray(ids)
      ? ids.flatMap((id) => (paperIndex.has(id as string) ? [paperIndex.get(id as string)!] : []))
      : [];
  const nodeIndex = new Map<string, number>();
  const nodes = graph.mapNodes((node, attributes) => {
    nodeIndex.set(node, nodeIndex.size);
    const values = fields.map(({ key }) => {
      const value = attributes[key];
      if (typeof value === "number" && Number.isFinite(value)) return NUMBERED_FROM_ONE.has(key) ? value + 1 : value;
      return typeof value === "string" ? value : null;
    });
    return {
      // A node without a label is shown by its key, as the Pajek and VOSviewer files write it.
      label: typeof attributes.label === "string" && attributes.label !== "" ? attributes.label : node,
      x: finite(attributes.x, 0),
      y: finite(attributes.y, 0),
      size: finite(attributes.size, 3),
      color: typeof attributes.color === "string" ? attributes.color : "#b4b4b4",
      values,
      papers: indicesOf(network.nodePapers?.[node]),
    };
  });
  const kept = keptLinks(graph, maxLinks);
  const weights = kept.map((edge) => finite(graph.getEdgeAttribute(edge, "weight"), 1));
  const lightest = weights.reduce((low, w) => Math.min(low, w), Infinity);
  const heaviest = weights.reduce((high, w) => Math.max(high, w), -Infinity);
  const styleOf = createLinkStyle(lightest, heaviest, kept.length);
  const links = kept.map((edge, i): HtmlViewerData["links"][number] => {
    const attributes = graph.getEdgeAttributes(edge);
    const style = styleOf(attributes);
    const [source, target] = graph.extremities(edge);
    const opacity = Math.round(style.opacity * 1000) / 1000;
    return [
      nodeIndex.get(source)!,
      nodeIndex.get(target)!,
      weights[i]!,
      style.color,
      opacity,
      style.width,
      indicesOf(attributes.papers),
    ];
  });
  const papers = (network.papers ?? []).map(({ title: paperTitle, year, venue, doi }) => ({
    title: paperTitle,
    year,
    venue,
    doi,
  }));
  const note =
    kept.length < graph.size
      ? `The ${kept.length.toLocaleString("en")} heaviest of ${graph.size.toLocaleString("en")} links are included.`
      : undefined;
  return {
    ...HTML_DATA_FORMAT,
    title,
    fields,
    nodes,
    links,
    papers,
    weightTitle: network.weightTitle ?? "joint papers",
    labels: {
      font: `${LABEL_FONT.weight} ${LABEL_FONT.size}px ${LABEL_FONT.family}`,
      size: LABEL_FONT.size,
      color: LABEL_COLOR,
      minRadius: labelSizeThreshold(graph.order),
      discsBlockAll: graph.order <= SMALL_NETWORK,
    },
    ...(network.legend ? { legend: network.legend } : {}),
    ...(note ? { note } : {}),
  };
}

/** The parts of an analysis a page of one of its networks reads (the pipeline's Analysis satisfies it). */
export interface HtmlAnalysisInput {
  corpus: { papers: readonly HtmlPaper[] };
  /** The author–paper–topic graph: a node's papers are its paper neighbours there. */
  bipartite: Graph<Record<string, unknown>, Record<string, unknown>, Record<string, unknown>>;
  coauthors: ExportGraph;
  topics: ExportGraph;
  /** The analysis options the legend names the community algorithm by (default Louvain). */
  options?: { communityAlgorithm: CommunityAlgorithm };
}

/**
 * The page of the coauthor or topic network of `analysis`: its papers, each node's papers (its paper
 * neighbours in the bipartite graph) and the legend of `appearance`, the options the network was sized
 * and coloured with (default: the appearance stage's, as analyse() applies them).
 */
export function htmlNetworkOf(
  analysis: HtmlAnalysisInput,
  network: "coauthors" | "topics",
  appearance: AppearanceOptions = {},
): HtmlNetwork {
  const graph = analysis[network];
  const nodePapers: Record<string, string[]> = {};
  graph.forEachNode((node) => {
    if (!analysis.bipartite.hasNode(node)) return;
    nodePapers[node] = analysis.bipartite
      .filterNeighbors(node, (_neighbour, attributes) => attributes.kind === "paper")
      .map((paper) => paper.slice("paper:".length));
  });
  const weightTitle = network === "coauthors" ? "joint papers" : "shared papers";
  const legend = describeLegend(describeAppearance(graph, appearance), {
    weightTitle,
    ...communityLegendOptions(graph, analysis.options?.communityAlgorithm),
  });
  return { graph, papers: analysis.corpus.papers, nodePapers, legend, weightTitle };
}
