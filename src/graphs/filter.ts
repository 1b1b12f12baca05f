/**
 * Filters of the coauthor network, applied in this order: drop the profile owners (an ego network
 * without its centre shows the structure among the coauthors), drop the group authors (collaborations,
 * consortia: not people, and each links everyone who signed with it), drop links whose weight under the
 * counting method is below `minLinkWeight` (joint papers under full counting, Σ 1/(n − 1) under
 * fractional), drop authors with fewer than `minDegree` coauthors (one pass, on the
 * degrees left by the earlier filters), keep only the largest connected component. The year range is not
 * here but in select-years.ts: it selects papers before the projection, so weights count only papers in range.
 */

import { largestConnectedComponent } from "graphology-components";
import { COUNTED_WEIGHT, type CoauthorGraph, type CountingMethod } from "../model";
import { useHashTableAdjacency } from "./adjacency";

export interface CoauthorFilter {
  hideOwners: boolean;
  hideGroups: boolean;
  minLinkWeight: number;
  /** CountingMethod, default "full". Which link weight minLinkWeight is compared with. */
  counting?: CountingMethod;
  minDegree: number;
  largestComponentOnly: boolean;
}

/**
 * Whether the minimum link weight can drop a link: above 1 under full counting (every link has a joint
 * paper), above 0 under fractional counting (a paper of n authors gives each of its links 1/(n − 1)).
 */
function dropsLinks(filter: CoauthorFilter): boolean {
  return filter.minLinkWeight > ((filter.counting ?? "full") === "full" ? 1 : 0);
}

/** Whether a filter would change anything; the pipeline skips the copy when it would not. */
export function isFilterActive(filter: CoauthorFilter): boolean {
  return (
    filter.hideOwners || filter.hideGroups || dropsLinks(filter) || filter.minDegree > 0 || filter.largestComponentOnly
  );
}

/**
 * What graph.copy() makes (the same nodes, links, keys, order and attribute objects copied one level deep),
 * built on hash-table adjacency (adjacency.ts), which copy() cannot be given.
 */
function copyCoauthors(graph: CoauthorGraph): CoauthorGraph {
  const copy = graph.emptyCopy();
  useHashTableAdjacency(copy);
  graph.forEachEdge((edge, attributes, source, target) =>
    copy.addUndirectedEdgeWithKey(edge, source, target, { ...attributes }),
  );
  return copy;
}

/** Returns a filtered copy of the coauthor network; the input graph is not changed. */
export function filterCoauthors(graph: CoauthorGraph, filter: CoauthorFilter): CoauthorGraph {
  const result = copyCoauthors(graph);
  if (filter.hideOwners) {
    for (const node of result.filterNodes((_node, attributes) => attributes.isOwner)) result.dropNode(node);
  }
  if (filter.hideGroups) {
    for (const node of result.filterNodes((_node, attributes) => attributes.isGroup === true)) result.dropNode(node);
  }
  if (dropsLinks(filter)) {
    const weight = COUNTED_WEIGHT[filter.counting ?? "full"];
    const weak = result.filterEdges((_edge, attributes) => attributes[weight] < filter.minLinkWeight);
    for (const edge of weak) result.dropEdge(edge);
  }
  if (filter.minDegree > 0) {
    const low = result.filterNodes((node) => result.degree(node) < filter.minDegree);
    for (const node of low) result.dropNode(node);
  }
  if (filter.largestComponentOnly && result.order > 0) {
    const keep = new Set(largestConnectedComponent(result));
    for (const node of result.nodes()) if (!keep.has(node)) result.dropNode(node);
  }
  return result;
}
