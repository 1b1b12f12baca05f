/**
 * Hash-table adjacency (graphs/adjacency.ts) changes how graphology stores a node's neighbours, never what
 * the graph says: the same neighbours, links, keys and iteration orders as a graph built plainly, and every
 * graphology query that reads the adjacency objects (hasEdge, areNeighbors, edge, dropping) still answers.
 * The filter's copy is graph.copy()'s, link for link. Graphs are generated here from a seeded rng.
 */

import Graph from "graphology";
import { describe, expect, it } from "vitest";
import { filterCoauthors } from "../../src/graphs";
import { useHashTableAdjacency } from "../../src/graphs/adjacency";
import { createRng, type CoauthorGraph } from "../../src/model";

/** Node keys and the random pairs between them, seeded; no pair twice, no loop. */
function randomPairs(nodes: number, links: number, seed: number): { keys: string[]; pairs: [number, number][] } {
  const rng = createRng(seed);
  const keys = Array.from({ length: nodes }, (_, i) => `author:person-${i}`);
  const seen = new Set<number>();
  const pairs: [number, number][] = [];
  while (pairs.length < links) {
    const a = Math.floor(rng() * nodes);
    const b = Math.floor(rng() * rng() * nodes);
    if (a === b || seen.has(Math.min(a, b) * nodes + Math.max(a, b))) continue;
    seen.add(Math.min(a, b) * nodes + Math.max(a, b));
    pairs.push([a, b]);
  }
  return { keys, pairs };
}

/** An undirected graph of the pairs, its nodes given hash-table adjacency first when `hashTable`. */
function build(keys: string[], pairs: [number, number][], hashTable: boolean): CoauthorGraph {
  const graph: CoauthorGraph = new Graph({ type: "undirected" });
  keys.forEach((key, i) =>
    graph.addNode(key, { kind: "author", label: `Person ${i}`, isOwner: i === 0, paperCount: i }),
  );
  if (hashTable) useHashTableAdjacency(graph);
  pairs.forEach(([a, b], i) =>
    graph.addUndirectedEdgeWithKey(`e${i}`, keys[a]!, keys[b]!, {
      weight: 1 + (i % 3),
      fractional: 1 / (1 + (i % 4)),
      association: i / 7,
      papers: [`paper:${i}`],
      size: undefined,
      color: undefined,
    }),
  );
  return graph;
}

/** Everything iteration shows of a graph, in order: nodes with their neighbours and links, then links. */
function walk(graph: CoauthorGraph): string[] {
  const lines: string[] = [];
  graph.forEachNode((node, attributes) => {
    lines.push(
      `${node} ${JSON.stringify(attributes)} ${graph.neighbors(node).join(",")} ${graph.edges(node).join(",")}`,
    );
  });
  graph.forEachEdge((edge, attributes, source, target) =>
    lines.push(`${edge} ${source} ${target} ${JSON.stringify(attributes)}`),
  );
  return lines;
}

describe("hash-table adjacency", () => {
  const { keys, pairs } = randomPairs(300, 4000, 16);

  it("gives the same nodes, neighbours, links and orders as a graph built plainly", () => {
    expect(walk(build(keys, pairs, true))).toEqual(walk(build(keys, pairs, false)));
  });

  it("keeps graphology's queries on the adjacency answering: hasEdge, areNeighbors, edge", () => {
    const graph = build(keys, pairs, true);
    const [a, b] = pairs[5]!;
    expect(graph.hasEdge(keys[a]!, keys[b]!)).toBe(true);
    expect(graph.hasUndirectedEdge(keys[b]!, keys[a]!)).toBe(true);
    expect(graph.areNeighbors(keys[a]!, keys[b]!)).toBe(true);
    expect(graph.edge(keys[a]!, keys[b]!)).toBe("e5");
    expect(graph.hasEdge(keys[a]!, "author:nobody")).toBe(false);
  });

  it("keeps the order of what is left after nodes and links are dropped", () => {
    const plain = build(keys, pairs, false);
    const hashed = build(keys, pairs, true);
    for (const graph of [plain, hashed]) {
      graph.dropNode(keys[3]!);
      graph.dropEdge("e10");
      graph.addNode("author:new", { kind: "author", label: "New", isOwner: false, paperCount: 1 });
      graph.addUndirectedEdgeWithKey("extra", keys[1]!, "author:new", {
        weight: 1,
        fractional: 1,
        association: 1,
        papers: [],
      });
    }
    expect(walk(hashed)).toEqual(walk(plain));
  });

  it("leaves a node that already has links as it is, and the graph as plain as it was", () => {
    const graph = build(keys, pairs, false);
    const before = walk(graph);
    useHashTableAdjacency(graph);
    expect(walk(graph)).toEqual(before);
  });

  it("lets the filter copy the graph as graph.copy() does, attributes copied and keys kept", () => {
    const graph = build(keys, pairs, true);
    const filter = { hideOwners: true, hideGroups: false, minLinkWeight: 2, minDegree: 2, largestComponentOnly: true };
    const expected = graph.copy();
    expected.dropNode(keys[0]!);
    for (const edge of expected.filterEdges((_edge, attributes) => attributes.weight < 2)) expected.dropEdge(edge);
    for (const node of expected.filterNodes((node) => expected.degree(node) < 2)) expected.dropNode(node);
    const filtered = filterCoauthors(graph, filter);
    // The largest component of this dense random graph is all that is left.
    expect(walk(filtered)).toEqual(walk(expected));
    expect(filtered.getEdgeAttributes("e1")).not.toBe(graph.getEdgeAttributes("e1"));
    expect(walk(graph)).toEqual(walk(build(keys, pairs, true)));
  });
});
