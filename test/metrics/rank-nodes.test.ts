import Graph from "graphology";
import { describe, expect, it } from "vitest";
import { nodeRanks, rankNodes, rankOfNode } from "../../src/metrics";
import type { CoauthorGraph } from "../../src/model";

/** Authors with the given pagerank (undefined: not computed), in this insertion order. */
function authors(entries: [string, number | undefined][]): CoauthorGraph {
  const graph: CoauthorGraph = new Graph({ type: "undirected" });
  for (const [label, pagerank] of entries) {
    graph.addNode(`author:${label}`, { kind: "author", label, isOwner: false, paperCount: 1, pagerank });
  }
  return graph;
}

describe("rankNodes", () => {
  it("orders nodes by the metric, highest first, ties by label whatever the insertion order", () => {
    const graph = authors([
      ["Cleo", 0.2],
      ["Bo", 0.5],
      ["Ann", 0.2],
    ]);
    expect(rankNodes(graph, "pagerank")).toEqual(["author:Bo", "author:Ann", "author:Cleo"]);
  });

  it("puts a node without a finite value last, and reverses the order of the values on request", () => {
    const graph = authors([
      ["Dee", undefined],
      ["Eve", Number.NaN],
      ["Bo", 0.5],
      ["Ann", 0.2],
    ]);
    expect(rankNodes(graph, "pagerank")).toEqual(["author:Bo", "author:Ann", "author:Dee", "author:Eve"]);
    expect(rankNodes(graph, "pagerank", false)).toEqual(["author:Dee", "author:Eve", "author:Ann", "author:Bo"]);
  });
});

describe("rankOfNode", () => {
  it("is 1 + the nodes with a higher value, ties sharing a rank, and undefined without a finite value", () => {
    const graph = authors([
      ["Cleo", 0.2],
      ["Bo", 0.5],
      ["Ann", 0.2],
      ["Dee", undefined],
    ]);
    expect(["Bo", "Ann", "Cleo", "Dee"].map((label) => rankOfNode(graph, `author:${label}`, "pagerank"))).toEqual([
      1,
      2,
      2,
      undefined,
    ]);
  });
});

describe("nodeRanks", () => {
  it("gives every node with a value the rank rankOfNode gives it", () => {
    const graph = authors([
      ["Cleo", 0.2],
      ["Bo", 0.5],
      ["Ann", 0.2],
      ["Dee", undefined],
      ["Eve", 0.1],
    ]);
    const ranks = nodeRanks(graph, "pagerank");
    expect(Object.fromEntries(ranks)).toEqual({ "author:Bo": 1, "author:Cleo": 2, "author:Ann": 2, "author:Eve": 4 });
    graph.forEachNode((node) => expect(ranks.get(node)).toBe(rankOfNode(graph, node, "pagerank")));
  });
});
