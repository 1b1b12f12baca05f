/**
 * Hash-table adjacency for graphs about to receive many edges between distinct nodes.
 *
 * graphology (0.26) keeps each node's neighbours in a plain object keyed by neighbour key (`undirected`,
 * `out`, `in` of its internal node data) and attaches an edge by adding a property to each endpoint's
 * object. In V8 a fresh `{}` gaining properties under keys no other object has takes a new hidden class per
 * property (a map and a copy of its descriptor array: quadratic in the degree) until it passes 128
 * properties and turns into a hash table anyway. A coauthor network is the worst case: every node's keys
 * are its own neighbours. Starting each node's objects as hash tables ("dictionary mode", which V8 enters
 * when a property other than the last one is deleted) skips those hidden classes. Measured on the coauthor
 * graph of 20,000 generated OpenAlex works (17,849 authors, 446,626 links): see the README (issue 16).
 *
 * What stays the same: the objects are ordinary objects (Object.prototype, so graphology's hasOwnProperty
 * and `in` checks work), and a hash-table object enumerates its string keys in insertion order as a fast
 * one does, so every neighbour and edge iteration keeps its order. This reaches into graphology's internal
 * node data; when that is not there (another graphology version), nothing is changed and only speed is lost.
 */

import type Graph from "graphology";

/** graphology's internal node data, as far as it is read here. */
type NodeData = { undirected?: object; out?: object; in?: object };

/** A new empty object in V8's dictionary (hash-table) mode, with Object.prototype. */
function hashTableObject(): object {
  const object: Record<string, number> = { first: 0, second: 0 };
  // Deleting a property that is not the last one added moves the object to dictionary mode for good.
  delete object.first;
  delete object.second;
  return object;
}

function isEmpty(object: object): boolean {
  for (const _key in object) return false;
  return true;
}

function convert(data: NodeData): void {
  for (const side of ["undirected", "out", "in"] as const) {
    const adjacency = data[side];
    if (adjacency !== undefined && isEmpty(adjacency)) data[side] = hashTableObject();
  }
}

/** graphology's internal node register, when it is the Map of node data this module knows. */
function nodeRegister(graph: Graph): Map<string, NodeData> | undefined {
  const nodes = (graph as unknown as { _nodes?: unknown })._nodes;
  return nodes instanceof Map ? (nodes as Map<string, NodeData>) : undefined;
}

/**
 * Gives every node of `graph` that has no edge yet hash-table adjacency objects, before the edges are
 * added (see the header). The graph's content and every iteration order are unchanged.
 */
export function useHashTableAdjacency(graph: Graph): void {
  const nodes = nodeRegister(graph);
  if (nodes !== undefined) for (const data of nodes.values()) convert(data);
}
