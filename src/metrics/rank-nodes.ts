/**
 * Nodes ranked by a metric, for the CLI's top lists and the explorer's centrality table: highest first
 * (or lowest, on request), a node without a finite value counting as −∞, ties by label and then in graph
 * order (the sort is stable); and ranks where ties share a rank, of one node (the details panel) or of
 * every node at once (the identity review's "moves C. Wang from rank 1 to rank 14").
 */

import type { AnalysedGraph, NetworkGraph } from "../model";
import type { NodeMetricKey } from "./registry";

/** Node keys of `graph` sorted by `attribute`, highest first unless `descending` is false. */
export function rankNodes(graph: AnalysedGraph, attribute: NodeMetricKey | "paperCount", descending = true): string[] {
  const sign = descending ? -1 : 1;
  const rows = graph.mapNodes((node, attributes) => {
    const value = attributes[attribute];
    return { node, label: attributes.label, value: value !== undefined && Number.isFinite(value) ? value : -Infinity };
  });
  rows.sort((a, b) => sign * (a.value - b.value) || a.label.localeCompare(b.label));
  return rows.map((row) => row.node);
}

/** 1 + the number of nodes with a strictly higher `attribute` (ties share a rank); undefined without a finite value. */
export function rankOfNode(graph: NetworkGraph, node: string, attribute: NodeMetricKey): number | undefined {
  const value = graph.getNodeAttribute(node, attribute);
  if (value === undefined || !Number.isFinite(value)) return undefined;
  let higher = 0;
  graph.forEachNode((_other, attributes) => {
    if ((attributes[attribute] ?? NaN) > value) higher++;
  });
  return higher + 1;
}

/** Every node's rank by `attribute`, as rankOfNode gives it, in O(n log n); nodes without a finite value are left out. */
export function nodeRanks(graph: NetworkGraph, attribute: NodeMetricKey): Map<string, number> {
  const rows: { node: string; value: number }[] = [];
  graph.forEachNode((node, attributes) => {
    const value = attributes[attribute];
    if (value !== undefined && Number.isFinite(value)) rows.push({ node, value });
  });
  rows.sort((a, b) => b.value - a.value);
  const ranks = new Map<string, number>();
  rows.forEach((row, index) => {
    const previous = rows[index - 1];
    ranks.set(row.node, previous && previous.value === row.value ? ranks.get(previous.node)! : index + 1);
  });
  return ranks;
}
