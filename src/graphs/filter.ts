/**
 * Filters of the coauthor network, applied in this order: drop the profile owners (an ego network
 * without its centre shows the structure among the coauthors), drop the group authors (collaborations,
 * consortia: not people, and each links everyone who signed with it), drop links with fewer than
 * `minLinkWeight` joint papers, drop authors with fewer than `minDegree` coauthors (one pass, on the
 * degrees left by the earlier filters), keep only the largest connected component. The year range is not
 * here but in select-years.ts: it selects papers before the projection, so weights count only papers in range.
 */

import { largestConnectedComponent } from "graphology-components";
import type { CoauthorGraph } from "../model";

export interface CoauthorFilter {
  hideOwners: boolean;
  hideGroups: boolean;
  minLinkWeight: number;
  minDegree: number;
  largestComponentOnly: boolean;
}

/** Whether a filter would change anything; the pipeline skips the copy when it would not. */
export function isFilterActive(filter: CoauthorFilter): boolean {
  return (
    filter.hideOwners ||
    filter.hideGroups ||
    filter.minLinkWeight > 1 ||
    filter.minDegree > 0 ||
    filter.largestComponentOnly
  );
}

/** Returns a filtered copy of the coauthor network; the input graph is not changed. */
export function filterCoauthors(graph: CoauthorGraph, filter: CoauthorFilter): CoauthorGraph {
  const result = graph.copy();
  if (filter.hideOwners) {
    for (const node of result.filterNodes((_node, attributes) => attributes.isOwner)) result.dropNode(node);
  }
  if (filter.hideGroups) {
    for (const node of result.filterNodes((_node, attributes) => attributes.isGroup === true)) result.dropNode(node);
  }
  if (filter.minLinkWeight > 1) {
    const weak = result.filterEdges((_edge, attributes) => attributes.weight < filter.minLinkWeight);
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
