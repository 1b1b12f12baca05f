/**
 * Nodes ranked by a metric, for the CLI's top lists and the explorer's centrality table: highest first
 * (or lowest, on request), a node without a finite value counting as −∞, ties by label and then in graph
 * order (the sort is stable).
 */

import type { AnalysedGraph } from "../model";
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
