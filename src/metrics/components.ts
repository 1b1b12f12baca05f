/**
 * Connected components, numbered for display: `component` is the index of the node's component when
 * components are ordered by size, largest first (0 is the largest component).
 *
 * Components come from graphology-components `connectedComponents` (BFS, O(n + m)), which lists them
 * in the order of their first node in the graph's node order. Ties in size keep that order (the sort is
 * stable), so the numbering depends only on the graph, never on chance — networkx
 * `connected_components(G)` gives the same sets.
 */

import type Graph from "graphology";
import { connectedComponents } from "graphology-components";

/** Connected components as node lists, largest first, ties in first-node order. */
export function computeComponentList(graph: Graph): string[][] {
  return connectedComponents(graph).sort((a, b) => b.length - a.length);
}

/** Maps each node of a component list to the index of its component. */
export function indexComponents(components: readonly string[][]): Record<string, number> {
  const result: Record<string, number> = {};
  components.forEach((members, index) => {
    for (const node of members) result[node] = index;
  });
  return result;
}

/** Index of each node's component in computeComponentList order (0 = largest). */
export function computeComponents(graph: Graph): Record<string, number> {
  return indexComponents(computeComponentList(graph));
}
