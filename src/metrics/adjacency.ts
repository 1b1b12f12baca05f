/**
 * Indexed adjacency and the breadth-first search kernel shared by our own path-based metrics (sampled
 * betweenness, harmonic centrality, diameter and average shortest path).
 *
 * Nodes are numbered in the graph's iteration order and neighbours are kept as integer lists, so a BFS
 * touches no string keys. Self-loops are dropped and parallel edges collapsed: neither changes a
 * shortest-path length, and networkx's path functions ignore them the same way.
 *
 * Complexity: building O(n + m); one BFS O(n + m).
 */

import type Graph from "graphology";

/** A graph's nodes numbered 0..n−1 with, for each, the list of its distinct neighbours. */
export interface IndexedAdjacency {
  nodes: string[];
  neighbors: number[][];
}

/** Numbers the nodes of an undirected graph and lists each one's distinct neighbours. */
export function indexAdjacency(graph: Graph): IndexedAdjacency {
  const nodes = graph.nodes();
  const index = new Map<string, number>();
  nodes.forEach((node, i) => index.set(node, i));
  const neighbors = nodes.map((node) => {
    const list: number[] = [];
    for (const neighbor of graph.neighbors(node)) {
      if (neighbor !== node) list.push(index.get(neighbor)!);
    }
    return list;
  });
  return { nodes, neighbors };
}

/** Work buffers of one BFS, allocated once and reused across sources. */
export interface BfsBuffers {
  /** Distance from the source, −1 for nodes not reached. */
  distance: Int32Array;
  /** Nodes in the order they were reached (non-decreasing distance); the first `reached` are valid. */
  order: Int32Array;
}

/** Allocates BFS buffers for an adjacency of n nodes. */
export function createBfsBuffers(n: number): BfsBuffers {
  return { distance: new Int32Array(n), order: new Int32Array(n) };
}

/**
 * Unweighted single-source shortest-path lengths from `source`; returns how many nodes were reached
 * (the source included). `order` doubles as the BFS queue.
 */
export function breadthFirst(adjacency: IndexedAdjacency, source: number, buffers: BfsBuffers): number {
  const { distance, order } = buffers;
  distance.fill(-1);
  distance[source] = 0;
  order[0] = source;
  let head = 0;
  let tail = 1;
  while (head < tail) {
    const v = order[head++];
    const next = distance[v] + 1;
    for (const w of adjacency.neighbors[v]) {
      if (distance[w] === -1) {
        distance[w] = next;
        order[tail++] = w;
      }
    }
  }
  return tail;
}
