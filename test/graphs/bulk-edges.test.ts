/**
 * addUndirectedEdges (graphs/bulk-edges.ts) files edges in graphology's structures itself: the graph must be
 * the one addUndirectedEdgeWithKey gives edge by edge — nodes, neighbours, links, keys, degrees, sizes and
 * every iteration order — with hash-table or plain adjacency, links in any order, onto nodes that already
 * have links, and through the public method when a listener waits for the edges' events. graphology's
 * queries and mutations still answer on the result. Graphs are generated here from a seeded rng.
 */

import Graph from "graphology";
import { describe, expect, it } from "vitest";
import { useHashTableAdjacency } from "../../src/graphs/adjacency";
import { addUndirectedEdges } from "../../src/graphs/bulk-edges";
import { createRng } from "../../src/model";

/** Node keys and random pairs between them, seeded; no pair twice, no loop, ends in either order. */
function randomPairs(
  nodes: number,
  links: number,
  seed: number,
): { keys: string[]; source: Int32Array; target: Int32Array } {
  const rng = createRng(seed);
  const keys = Array.from({ length: nodes }, (_, i) => `author:person-${i}`);
  const seen = new Set<number>();
  const source = new Int32Array(links);
  const target = new Int32Array(links);
  for (let link = 0; link < links; ) {
    const a = Math.floor(rng() * nodes);
    const b = Math.floor(rng() * rng() * nodes);
    const pair = Math.min(a, b) * nodes + Math.max(a, b);
    if (a === b || seen.has(pair)) continue;
    seen.add(pair);
    source[link] = a;
    target[link++] = b;
  }
  return { keys, source, target };
}

const attributesOf = (link: number) => ({ weight: 1 + (link % 3), papers: [`paper:${link}`] });

/** A graph of the first `kept` pairs added one by one, its nodes' adjacency hash tables when `hashTable`. */
function start(keys: string[], source: Int32Array, target: Int32Array, kept: number, hashTable: boolean): Graph {
  const graph = new Graph({ type: "undirected" });
  keys.forEach((key, i) => graph.addNode(key, { label: `Person ${i}` }));
  if (hashTable) useHashTableAdjacency(graph);
  for (let link = 0; link < kept; link++)
    graph.addUndirectedEdgeWithKey(`old${link}`, keys[source[link]!]!, keys[target[link]!]!, attributesOf(link));
  return graph;
}

/** The rest of the pairs added one by one through graphology's method. */
function addOneByOne(graph: Graph, keys: string[], source: Int32Array, target: Int32Array): void {
  for (let link = 0; link < source.length; link++)
    graph.addUndirectedEdgeWithKey(`e${link}`, keys[source[link]!]!, keys[target[link]!]!, attributesOf(link));
}

/** Everything graphology shows of a graph, in order: nodes with degrees, neighbours and links, then links. */
function walk(graph: Graph): string[] {
  const lines = [`${graph.order} ${graph.size} ${graph.undirectedSize} ${graph.directedSize}`];
  graph.forEachNode((node, attributes) => {
    const neighbours = graph.neighbors(node).join(",");
    lines.push(
      `${node} ${JSON.stringify(attributes)} ${graph.degree(node)} ${neighbours} ${graph.edges(node).join(",")}`,
    );
  });
  graph.forEachEdge((edge, attributes, source, target) =>
    lines.push(`${edge} ${source} ${target} ${JSON.stringify(attributes)}`),
  );
  lines.push(JSON.stringify(graph.export()));
  return lines;
}

describe("addUndirectedEdges", () => {
  const { keys, source, target } = randomPairs(300, 4000, 16);
  const rest = (from: number) => [source.subarray(from), target.subarray(from)] as const;

  for (const hashTable of [true, false])
    it(`gives the graph addUndirectedEdgeWithKey gives, link by link (${hashTable ? "hash-table" : "plain"} adjacency)`, () => {
      const expected = start(keys, source, target, 0, hashTable);
      addOneByOne(expected, keys, source, target);
      const graph = start(keys, source, target, 0, hashTable);
      addUndirectedEdges(graph, keys, source, target, (link) => `e${link}`, attributesOf);
      expect(walk(graph)).toEqual(walk(expected));
    });

  it("adds after the links the nodes already have, in the same order", () => {
    const [laterSource, laterTarget] = rest(1500);
    const expected = start(keys, source, target, 1500, true);
    addOneByOne(expected, keys, laterSource, laterTarget);
    const graph = start(keys, source, target, 1500, true);
    addUndirectedEdges(graph, keys, laterSource, laterTarget, (link) => `e${link}`, attributesOf);
    expect(walk(graph)).toEqual(walk(expected));
  });

  it("adds through graphology's method, events included, when a listener waits for them", () => {
    const heard: string[] = [];
    const graph = start(keys, source, target, 0, true);
    graph.on("edgeAdded", ({ key }: { key: string }) => heard.push(key));
    addUndirectedEdges(graph, keys, source, target, (link) => `e${link}`, attributesOf);
    const expected = start(keys, source, target, 0, true);
    addOneByOne(expected, keys, source, target);
    expect(walk(graph)).toEqual(walk(expected));
    expect(heard).toEqual(Array.from({ length: source.length }, (_, link) => `e${link}`));
  });

  it("adds nothing for no links", () => {
    const graph = start(keys, source, target, 0, true);
    addUndirectedEdges(graph, keys, new Int32Array(0), new Int32Array(0), (link) => `e${link}`, attributesOf);
    expect(graph.size).toBe(0);
  });

  it("leaves graphology's queries and changes answering", () => {
    const graph = start(keys, source, target, 0, true);
    addUndirectedEdges(graph, keys, source, target, (link) => `e${link}`, attributesOf);
    const expected = start(keys, source, target, 0, true);
    addOneByOne(expected, keys, source, target);
    const [a, b] = [keys[source[5]!]!, keys[target[5]!]!];
    for (const built of [graph, expected]) {
      expect(built.edge(b, a)).toBe("e5");
      expect(built.areNeighbors(a, b)).toBe(true);
      expect(() => built.addUndirectedEdgeWithKey("again", a, b)).toThrow();
      expect(() => built.addUndirectedEdgeWithKey("e7", keys[0]!, keys[299]!)).toThrow();
      built.dropNode(keys[3]!);
      built.dropEdge("e10");
      built.addNode("author:new", { label: "New" });
      built.addUndirectedEdgeWithKey("extra", keys[1]!, "author:new", { weight: 1 });
    }
    expect(walk(graph)).toEqual(walk(expected));
  });
});
