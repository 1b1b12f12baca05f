/**
 * Sigma v3 reducers: they turn the render graph's attributes plus the view state into what is drawn,
 * without writing anything to the graph. Hover shows a node's neighbours and dims the rest; the selected
 * node keeps its label; a selected community is drawn with its members and the rest dimmed; a selected
 * link is drawn dark; a topic filter hides authors without a paper on that topic.
 * Links within one colour group keep the group's colour; links between groups (grey in the analysis) are
 * drawn a darker neutral grey, so the bridges between communities show. Opacity grows with the link's
 * weight and is lower on large graphs, so dense regions read as shades instead of a solid hairball.
 */

import { EDGE_COLOR } from "../../appearance";
import type { NetworkGraph } from "../../model";
import type { EdgeDisplayData, NodeDisplayData } from "sigma/types";
import type { Dataset } from "../dataset";
import type { ViewState } from "../state";
import { burstYears } from "./burst-marks";
import type { Linked } from "./linked";

const DIMMED_NODE = "#e4e6ea";
const HOVER_EDGE = "#5a6270";
const SELECTED_EDGE = "#1f2430";
/** Links between colour groups: darker than the analysis's light grey, which vanished on white. */
const BRIDGE_EDGE = "#8d94a1";
/** Width of the thinnest link drawn, in pixels. */
const MIN_EDGE_SIZE = 1;

/** Opacity range of ordinary links: [lightest link, heaviest link], lower on larger graphs. */
function alphaRange(size: number): [number, number] {
  if (size < 500) return [0.45, 0.9];
  if (size < 5000) return [0.3, 0.8];
  if (size < 50000) return [0.18, 0.6];
  return [0.12, 0.45];
}

/** Two hex digits of an opacity in [0, 1]. */
const hexAlpha = (alpha: number) =>
  Math.round(Math.min(1, Math.max(0, alpha)) * 255)
    .toString(16)
    .padStart(2, "0");

/** The author nodes that have a paper on `topic` (all nodes when no topic filter applies). */
export function nodesOnTopic(
  dataset: Dataset,
  graph: NetworkGraph,
  topic: string | undefined,
): Set<string> | undefined {
  if (!topic) return undefined;
  const papers = new Set(dataset.papersByTopic.get(topic) ?? []);
  const nodes = new Set<string>();
  graph.forEachNode((node) => {
    if (dataset.peopleByNode.get(node)?.paperIds.some((id) => papers.has(id))) nodes.add(node);
  });
  return nodes;
}

export interface ReducerContext {
  graph: NetworkGraph;
  state: () => ViewState;
  /** Nodes kept by the topic filter, or undefined for all. */
  visible: () => Set<string> | undefined;
  /** The linked views' highlight (an author's topics, a topic's authors), or undefined. */
  linked: () => Linked | undefined;
  /** Links absent from the previous year window (carry-over.ts), drawn in NEW_TIE; empty otherwise. */
  newTies: () => ReadonlySet<string>;
}

/** Colour of a new tie: a link formed in the year window shown, absent from the previous one. */
export const NEW_TIE = "#c2255c";

/** Whether `node` is outside the selected community (when one is selected). */
function isOutsideCommunity(context: ReducerContext, node: string): boolean {
  const { community } = context.state();
  return community !== undefined && context.graph.getNodeAttribute(node, "community") !== community;
}

/**
 * A node under the linked highlight: a source is highlighted; a linked node is drawn larger the more
 * papers join it to the sources (up to twice its size) with the count after its label; the rest is dimmed.
 */
function linkedNode(linked: Linked, node: string, data: Partial<NodeDisplayData>): Partial<NodeDisplayData> {
  if (linked.sourceSet.has(node)) return { highlighted: true, forceLabel: true, zIndex: 3 };
  const weight = linked.weights.get(node);
  if (!weight) return { color: DIMMED_NODE, label: "", zIndex: 0 };
  return {
    size: (data.size ?? 1) * (1 + weight / linked.heaviest),
    label: `${data.label ?? node} · ${weight}`,
    forceLabel: 2 * weight >= linked.heaviest,
    zIndex: 2,
  };
}

/** The node reducer for `context`. */
export function createNodeReducer(context: ReducerContext) {
  return (node: string, data: Partial<NodeDisplayData> & Record<string, unknown>): Partial<NodeDisplayData> => {
    const { hovered, selected } = context.state();
    const result: Partial<NodeDisplayData> = { ...data };
    if (context.visible() && !context.visible()!.has(node)) return { ...result, hidden: true };
    if (node === selected) Object.assign(result, { highlighted: true, forceLabel: true, zIndex: 3 });
    if (hovered && context.graph.hasNode(hovered)) {
      if (node === hovered) {
        // The hovered node's label says its burst years (the ring marks that it has one).
        const burst = burstYears(data);
        const label = burst && result.label ? `${result.label} · ${burst}` : result.label;
        Object.assign(result, { highlighted: true, forceLabel: true, zIndex: 3, label });
      } else if (context.graph.areNeighbors(node, hovered))
        Object.assign(result, { forceLabel: context.graph.degree(hovered) <= 40, zIndex: 2 });
      else if (node !== selected) Object.assign(result, { color: DIMMED_NODE, label: "", zIndex: 0 });
    } else if (context.linked()) {
      Object.assign(result, linkedNode(context.linked()!, node, data));
    } else if (isOutsideCommunity(context, node) && node !== selected) {
      Object.assign(result, { color: DIMMED_NODE, label: "", zIndex: 0 });
    }
    return result;
  };
}

/** Whether a link end is drawn under the linked highlight (a source, or a node linked to one). */
const isLinkedEnd = (linked: Linked, node: string) => linked.sourceSet.has(node) || linked.weights.has(node);

/** The edge reducer for `context`. */
export function createEdgeReducer(context: ReducerContext) {
  let lightest = Infinity;
  let heaviest = -Infinity;
  context.graph.forEachEdge((_edge, { weight = 1 }) => {
    lightest = Math.min(lightest, weight);
    heaviest = Math.max(heaviest, weight);
  });
  const [low, high] = alphaRange(context.graph.size);
  const alphaOf = (weight: number) =>
    heaviest > lightest ? low + ((high - low) * (weight - lightest)) / (heaviest - lightest) : (low + high) / 2;
  return (edge: string, data: Partial<EdgeDisplayData> & Record<string, unknown>): Partial<EdgeDisplayData> => {
    const { hovered, selected, selectedEdge } = context.state();
    const [source, target] = context.graph.extremities(edge);
    const visible = context.visible();
    if (visible && (!visible.has(source) || !visible.has(target))) return { ...data, hidden: true };
    if (edge === selectedEdge) return { ...data, color: SELECTED_EDGE, zIndex: 3, size: Math.max(2, data.size ?? 1) };
    const focus = hovered && context.graph.hasNode(hovered) ? hovered : undefined;
    if (focus) {
      if (source !== focus && target !== focus) return { ...data, hidden: true };
      return { ...data, color: HOVER_EDGE, zIndex: 2 };
    }
    const linked = context.linked();
    if (linked && !(isLinkedEnd(linked, source) && isLinkedEnd(linked, target))) return { ...data, hidden: true };
    if (!linked && (isOutsideCommunity(context, source) || isOutsideCommunity(context, target)))
      return { ...data, hidden: true };
    if (context.newTies().has(edge))
      return { ...data, color: NEW_TIE, zIndex: 2, size: Math.max(2, data.size ?? MIN_EDGE_SIZE) };
    if (selected && (source === selected || target === selected)) return { ...data, zIndex: 1 };
    const base = data.color === EDGE_COLOR || typeof data.color !== "string" ? BRIDGE_EDGE : data.color;
    const weight = context.graph.getEdgeAttribute(edge, "weight") ?? 1;
    // At least a pixel wide: thinner links neither show on white nor take a click.
    const size = Math.max(MIN_EDGE_SIZE, data.size ?? MIN_EDGE_SIZE);
    return { ...data, size, color: base.length === 7 ? `${base}${hexAlpha(alphaOf(weight))}` : base };
  };
}
