/**
 * Sigma v3 reducers: they turn the render graph's attributes plus the view state into what is drawn,
 * without writing anything to the graph. Hover shows a node's neighbours and dims the rest; the selected
 * node keeps its label; a topic filter hides authors without a paper on that topic. Edges are drawn
 * translucent, more so on large graphs, so dense regions read as shades instead of a solid hairball.
 */

import type { NetworkGraph } from "../../model";
import type { EdgeDisplayData, NodeDisplayData } from "sigma/types";
import type { Dataset } from "../dataset";
import type { ViewState } from "../state";

const DIMMED_NODE = "#e4e6ea";
const HOVER_EDGE = "#5a6270";

/** Alpha (two hex digits) of ordinary edges: 60% on small graphs down to 20% on very large ones. */
function edgeAlpha(size: number): string {
  const alpha = size < 500 ? 0.6 : size < 5000 ? 0.4 : size < 50000 ? 0.28 : 0.2;
  return Math.round(alpha * 255)
    .toString(16)
    .padStart(2, "0");
}

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
}

/** The node reducer for `context`. */
export function createNodeReducer(context: ReducerContext) {
  return (node: string, data: Partial<NodeDisplayData> & Record<string, unknown>): Partial<NodeDisplayData> => {
    const { hovered, selected } = context.state();
    const result: Partial<NodeDisplayData> = { ...data };
    if (context.visible() && !context.visible()!.has(node)) return { ...result, hidden: true };
    if (node === selected) Object.assign(result, { highlighted: true, forceLabel: true, zIndex: 3 });
    if (hovered && context.graph.hasNode(hovered)) {
      if (node === hovered) Object.assign(result, { highlighted: true, forceLabel: true, zIndex: 3 });
      else if (context.graph.areNeighbors(node, hovered))
        Object.assign(result, { forceLabel: context.graph.degree(hovered) <= 40, zIndex: 2 });
      else if (node !== selected) Object.assign(result, { color: DIMMED_NODE, label: "", zIndex: 0 });
    }
    return result;
  };
}

/** The edge reducer for `context`. */
export function createEdgeReducer(context: ReducerContext) {
  const alpha = edgeAlpha(context.graph.size);
  return (edge: string, data: Partial<EdgeDisplayData> & Record<string, unknown>): Partial<EdgeDisplayData> => {
    const { hovered, selected } = context.state();
    const [source, target] = context.graph.extremities(edge);
    const visible = context.visible();
    if (visible && (!visible.has(source) || !visible.has(target))) return { ...data, hidden: true };
    const focus = hovered && context.graph.hasNode(hovered) ? hovered : undefined;
    if (focus) {
      if (source !== focus && target !== focus) return { ...data, hidden: true };
      return { ...data, color: HOVER_EDGE, zIndex: 2 };
    }
    if (selected && (source === selected || target === selected)) return { ...data, zIndex: 1 };
    const color = typeof data.color === "string" && data.color.length === 7 ? `${data.color}${alpha}` : data.color;
    return { ...data, color };
  };
}
