/**
 * Many new undirected edges added to a graphology graph at once, for a caller that already knows what
 * addUndirectedEdgeWithKey checks for each edge: its ends are distinct nodes of the graph, no two edges
 * (new or old) join the same pair, and every key is new.
 *
 * graphology (0.26) files an edge in its edge Map and, under the other end's key, in each end's adjacency
 * object (a hash table here: adjacency.ts). Added one by one, in link order, the second end's object is a
 * different node's at every edge: on the coauthor links of 100,000 generated works (2.16M links, 89,034
 * authors) those scattered inserts took 5 of the 8.5 s graphology spent adding the links, against 1.4 s for
 * the first ends, whose objects follow one another. Here the edges are filed in the edge Map in order, then
 * each node's adjacency object gets all its new edges at once, in edge order: the order graphology would
 * have given every object (each node's edges enumerate in the order they were added), so the graph is the
 * same in content, degrees and every iteration order. The per-edge checks, event object and node lookups
 * are skipped too (they cost little).
 *
 * This reaches into graphology's internal structures, as adjacency.ts does: the edge data's class is taken
 * from the first edge, added through the public method, and when the graph or that edge is not what this
 * module knows (another graphology version, an event listener), every edge goes through the public method:
 * only speed is lost.
 */

import type Graph from "graphology";
import type { Attributes } from "graphology-types";

/** graphology's internal node data of an undirected graph, as far as it is written here. */
interface NodeData {
  key: string;
  undirected: Record<string, EdgeData>;
  undirectedDegree: number;
}

/** graphology's internal edge data. */
interface EdgeData {
  key: string;
  attributes: Attributes;
  undirected: boolean;
  source: NodeData;
  target: NodeData;
}

type EdgeDataClass = new (
  undirected: boolean,
  key: string,
  source: NodeData,
  target: NodeData,
  attributes: Attributes,
) => EdgeData;

/** graphology's internal registers and counters, as far as they are read and written here. */
interface GraphInternals {
  _nodes: Map<string, NodeData>;
  _edges: Map<string, EdgeData>;
  _undirectedSize: number;
  multi: boolean;
  type: string;
  listenerCount(event: string): number;
}

/** The edge data graphology made for `key`, when it and `graph` are what this module writes; else undefined. */
function knownEdgeData(graph: GraphInternals, key: string): EdgeData | undefined {
  if (!(graph._nodes instanceof Map && graph._edges instanceof Map)) return undefined;
  if (graph.type !== "undirected" || graph.multi || graph.listenerCount("edgeAdded") !== 0) return undefined;
  const data = graph._edges.get(key);
  if (data === undefined || data.key !== key || data.undirected !== true) return undefined;
  const { source, target } = data;
  const filed = source.undirected?.[target.key] === data && target.undirected?.[source.key] === data;
  return filed && typeof source.undirectedDegree === "number" ? data : undefined;
}

/**
 * The new edges of every node, in edge order, as a CSR: node v's are edges[start[v] ..< start[v + 1]], each
 * with its other end in ends.
 */
function edgesByNode(
  nodeCount: number,
  source: Int32Array,
  target: Int32Array,
  from: number,
): { start: Int32Array; edges: Int32Array; ends: Int32Array } {
  const start = new Int32Array(nodeCount + 1);
  for (let edge = from; edge < source.length; edge++) {
    start[source[edge]! + 1]!++;
    start[target[edge]! + 1]!++;
  }
  for (let node = 0; node < nodeCount; node++) start[node + 1]! += start[node]!;
  const next = start.slice(0, nodeCount);
  const edges = new Int32Array(start[nodeCount]!);
  const ends = new Int32Array(start[nodeCount]!);
  for (let edge = from; edge < source.length; edge++) {
    const a = source[edge]!;
    const b = target[edge]!;
    let slot = next[a]!++;
    edges[slot] = edge;
    ends[slot] = b;
    slot = next[b]!++;
    edges[slot] = edge;
    ends[slot] = a;
  }
  return { start, edges, ends };
}

/**
 * The edge data of every edge after `first` (edge 0), filed in graphology's edge Map in order; all of them,
 * edge 0 included, indexed by edge.
 */
function fileEdges(
  edgeMap: Map<string, EdgeData>,
  first: EdgeData,
  nodeData: readonly NodeData[],
  source: Int32Array,
  target: Int32Array,
  key: (edge: number) => string,
  attributes: (edge: number) => Attributes,
): EdgeData[] {
  const EdgeData = first.constructor as EdgeDataClass;
  const made = new Array<EdgeData>(source.length);
  made[0] = first;
  for (let edge = 1; edge < source.length; edge++) {
    const data = new EdgeData(true, key(edge), nodeData[source[edge]!]!, nodeData[target[edge]!]!, attributes(edge));
    edgeMap.set(data.key, data);
    made[edge] = data;
  }
  return made;
}

/** Files each node's new edges (edgesByNode) in its adjacency object, in order, and counts them in its degree. */
function fileAdjacency(
  nodeData: readonly NodeData[],
  made: readonly EdgeData[],
  { start, edges, ends }: ReturnType<typeof edgesByNode>,
): void {
  for (let node = 0; node < nodeData.length; node++) {
    const data = nodeData[node]!;
    const adjacency = data.undirected;
    for (let slot = start[node]!; slot < start[node + 1]!; slot++)
      adjacency[nodeData[ends[slot]!]!.key] = made[edges[slot]!]!;
    data.undirectedDegree += start[node + 1]! - start[node]!;
  }
}

/**
 * Adds an undirected edge for every i < source.length, keyed key(i), between nodes[source[i]] and
 * nodes[target[i]], with attributes(i), in that order: the same graph (content, degrees, every iteration
 * order) as addUndirectedEdgeWithKey called for each in turn. The caller guarantees what that method would
 * check (see the header); nothing else is checked.
 */
export function addUndirectedEdges(
  graph: Graph,
  nodes: readonly string[],
  source: Int32Array,
  target: Int32Array,
  key: (edge: number) => string,
  attributes: (edge: number) => Attributes,
): void {
  const count = source.length;
  const add = (edge: number): void => {
    graph.addUndirectedEdgeWithKey(key(edge), nodes[source[edge]!]!, nodes[target[edge]!]!, attributes(edge));
  };
  if (count === 0) return;
  add(0);
  const internals = graph as unknown as GraphInternals;
  const first = knownEdgeData(internals, key(0));
  if (first === undefined) {
    for (let edge = 1; edge < count; edge++) add(edge);
    return;
  }
  const nodeData = nodes.map((node) => internals._nodes.get(node)!);
  const made = fileEdges(internals._edges, first, nodeData, source, target, key, attributes);
  // Edge 0, added above, is the first of both its ends: every node's other edges come after what it has.
  fileAdjacency(nodeData, made, edgesByNode(nodes.length, source, target, 1));
  internals._undirectedSize += count - 1;
}
