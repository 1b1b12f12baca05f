/**
 * A graph whose links wait in typed tables until something reads them from the graph: the coauthor network
 * as the projection makes it. Its nodes are in the graph from the start (the metrics, labels, indicators,
 * appearance and layout write their attributes there); its links are inserted into it, as the projection
 * would have inserted them (keys, order, attribute objects), the first time any method of the graph that
 * is not one of a node's (NODE_METHODS) is called: an edge or neighbour walk, degree, export, copy, an edge
 * added or a node dropped. `size` (and `undirectedSize`) answer the links' count without inserting them.
 * Whoever can read the links from the tables asks pendingLinks() for them and leaves the graph as it is:
 * the metrics' CSR form, the layout and the counting comparison read the projection's LinkTable (same
 * arrays), the appearance stage gives each link its size and colour in `looks`, and the GEXF writer reads
 * each link's attributes into one reused row as it writes it (attributesInto). So `papergraph analyze
 * --gexf` never inserts the 2.16M links of 100,000 generated works into graphology. projectCoauthors alone there (links given, as the links thread gives them; three
 * rounds in one process each, 2026-12-02, 2-core VM, load 2-3.5): main 53464b8 13.5-14.4 s CPU and
 * 839-842 MB of heap kept, this 0.85-1.00 s and 44 MB (the nodes, their main topics and years).
 *
 * How: while links are pending the graph's prototype is one whose every other method first inserts them,
 * then runs graphology's own; inserting puts graphology's prototype and link counts back. This reaches into
 * graphology (0.26) as adjacency.ts and bulk-edges.ts do; a graph that is not a plain graphology Graph is
 * given its links at once (deferLinks), so only speed is lost.
 */

import Graph from "graphology";
import type { Attributes } from "graphology-types";
import { addUndirectedEdges } from "./bulk-edges";
import { edgeKey } from "./keys";

/** Each link's edge size and colour (the appearance stage's), in link order. */
export interface LinkLooks {
  size: Float64Array;
  color: string[];
}

/** Links kept as tables beside a graph that holds only their nodes. */
export interface PendingLinks {
  /** Link i joins nodes[source[i]] and nodes[target[i]], keyed edgeKey(i) once in the graph. */
  readonly nodes: readonly string[];
  readonly source: Int32Array;
  readonly target: Int32Array;
  /** Link i's attributes as the graph gets them: a new object each call, with its `looks` when set. */
  attributes(link: number): Attributes;
  /**
   * Link i's attributes written into `row`, for a reader that keeps no object per link (the GEXF writer):
   * every key attributes() ever gives is set, in its order, undefined where link i has none; the lists in it
   * are reused by the next call.
   */
  attributesInto(link: number, row: Attributes): void;
  /** Set by the appearance stage: each link's size and colour, which attributes() then writes. */
  looks: LinkLooks | undefined;
}

/** The link counts a graph answers while its links are pending. */
const COUNTS = ["size", "undirectedSize"] as const;

/** What pendingLinks keeps per graph: the links, and graphology's own count getters to put back. */
interface Pending {
  links: PendingLinks;
  counts: PropertyDescriptor[];
}

const pending = new WeakMap<object, Pending>();

/** Graph methods that read or write nodes and the graph's own attributes only: they leave links pending. */
const NODE_METHODS = new Set([
  "constructor",
  "hasNode",
  "addNode",
  "mergeNode",
  "updateNode",
  "updateEachNodeAttributes",
  "nodes",
  "forEachNode",
  "findNode",
  "mapNodes",
  "someNode",
  "everyNode",
  "filterNodes",
  "reduceNodes",
  "nodeEntries",
  "getNodeAttribute",
  "getNodeAttributes",
  "hasNodeAttribute",
  "setNodeAttribute",
  "updateNodeAttribute",
  "removeNodeAttribute",
  "replaceNodeAttributes",
  "mergeNodeAttributes",
  "updateNodeAttributes",
  "getAttribute",
  "getAttributes",
  "hasAttribute",
  "setAttribute",
  "updateAttribute",
  "removeAttribute",
  "replaceAttributes",
  "mergeAttributes",
  "updateAttributes",
]);

/** Graph's prototype with every other method inserting the pending links before it runs. */
const PENDING_PROTOTYPE: object = (() => {
  const own = Graph.prototype as unknown as Record<string | symbol, unknown>;
  const prototype = Object.create(Graph.prototype) as Record<string | symbol, unknown>;
  // Symbol keys too (graphology's util.inspect.custom).
  for (const name of Reflect.ownKeys(own)) {
    const method = own[name];
    if ((typeof name === "string" && NODE_METHODS.has(name)) || typeof method !== "function") continue;
    prototype[name] = function (this: Graph, ...args: unknown[]) {
      insertPendingLinks(this);
      return (method as (...args: unknown[]) => unknown).apply(this, args);
    };
  }
  return prototype;
})();

/**
 * Leaves `links` pending beside `graph`, whose nodes they join (see the header). A graph with links already,
 * or not a plain graphology Graph, gets them at once.
 */
export function deferLinks(graph: Graph, links: PendingLinks): void {
  const counts = COUNTS.map((name) => Object.getOwnPropertyDescriptor(graph, name));
  const known = Object.getPrototypeOf(graph) === Graph.prototype && counts.every((count) => count?.configurable);
  if (graph.size > 0 || !known) {
    insertLinks(graph, links);
    return;
  }
  pending.set(graph, { links, counts: counts as PropertyDescriptor[] });
  const count = links.source.length;
  for (const name of COUNTS)
    Object.defineProperty(graph, name, { get: () => count, enumerable: true, configurable: true });
  Object.setPrototypeOf(graph, PENDING_PROTOTYPE);
}

/** The links `graph` has pending (deferLinks), or undefined when it holds all its links. */
export function pendingLinks(graph: object): PendingLinks | undefined {
  return pending.get(graph)?.links;
}

/** Inserts `graph`'s pending links, if any: the graph is then an ordinary graphology graph. */
export function insertPendingLinks(graph: Graph): void {
  const state = pending.get(graph);
  if (!state) return;
  pending.delete(graph);
  Object.setPrototypeOf(graph, Graph.prototype);
  COUNTS.forEach((name, i) => Object.defineProperty(graph, name, state.counts[i]!));
  insertLinks(graph, state.links);
}

function insertLinks(graph: Graph, links: PendingLinks): void {
  addUndirectedEdges(graph, links.nodes, links.source, links.target, edgeKey, (link) => links.attributes(link));
}
