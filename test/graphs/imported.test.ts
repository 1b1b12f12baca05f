import Graph from "graphology";
import { describe, expect, it } from "vitest";
import { addImportedNetworks } from "../../src/graphs";
import type { CoauthorGraph, ImportedNetwork } from "../../src/model";

const network = (nodes: [string, string][], edges: [string, string, number][]): ImportedNetwork => ({
  file: "net.gexf",
  format: "gexf",
  nodes: nodes.map(([key, label]) => ({ key, label })),
  edges: edges.map(([source, target, weight]) => ({ source, target, weight })),
});

describe("addImportedNetworks", () => {
  it("keys nodes by normalised label, so an imported person joins the same person from papers", () => {
    const graph: CoauthorGraph = new Graph({ type: "undirected" });
    graph.addNode("author:tilman rauker", { kind: "author", label: "Tilman Räuker", isOwner: false, paperCount: 2 });
    graph.addNode("author:ann lee", { kind: "author", label: "Ann Lee", isOwner: true, paperCount: 1 });
    graph.addUndirectedEdge("author:ann lee", "author:tilman rauker", {
      weight: 1,
      fractional: 1,
      association: 1,
      papers: ["p"],
    });
    addImportedNetworks(graph, [
      network(
        [
          ["0", "Tilman Rauker"],
          ["1", "Ann Lee"],
          ["2", "Bo Chen"],
        ],
        [
          ["0", "1", 2],
          ["1", "2", 1],
        ],
      ),
    ]);
    expect(graph.order).toBe(3);
    expect(graph.getEdgeAttribute(graph.edge("author:ann lee", "author:tilman rauker")!, "weight")).toBe(3);
    expect(graph.getNodeAttributes("author:ann lee")).toMatchObject({ isOwner: true, paperCount: 1 });
    expect(graph.getNodeAttributes("author:bo chen")).toMatchObject({
      kind: "author",
      label: "Bo Chen",
      isOwner: false,
      paperCount: 0,
    });
    // Imported weights count under both methods. Association over the joined network (link-strength.ts):
    // totals Tilman 3, Ann 4, Bo 1, W = 8; Ann–Bo 1·8/(4·1) = 2, Ann–Tilman 3·8/(4·3) = 2.
    expect(graph.getEdgeAttributes(graph.edge("author:ann lee", "author:bo chen")!)).toEqual({
      weight: 1,
      fractional: 1,
      association: 2,
      papers: [],
    });
    expect(graph.getEdgeAttributes(graph.edge("author:ann lee", "author:tilman rauker")!)).toMatchObject({
      fractional: 3,
      association: 2,
    });
  });

  it("keeps a file's own ids when its labels are not unique, so distinct nodes never collapse", () => {
    const graph: CoauthorGraph = new Graph({ type: "undirected" });
    addImportedNetworks(graph, [
      network(
        [
          ["a", "Wei Wang"],
          ["b", "Wei Wang"],
          ["c", "Li Na"],
        ],
        [
          ["a", "b", 1],
          ["b", "c", 1],
        ],
      ),
    ]);
    expect(graph.order).toBe(3);
    expect(graph.nodes()).toContain("author:net.gexf#a");
    expect(graph.size).toBe(2);
  });
});
