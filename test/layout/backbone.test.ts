import Graph from "graphology";
import { describe, expect, it } from "vitest";
import { backboneEdges } from "../../src/layout";
import type { NetworkGraph } from "../../src/model";

/**
 * A hand-made network: A–B 5, A–C 1, A–D 3, B–C 2, C–D 4, D–E 1, and F tied between A and B (2 each).
 * Heaviest link of each node, by hand: A → A–B, B → A–B, C → C–D, D → C–D, E → D–E, F → F–A (the tie goes
 * to the link that comes first). With two per node: A → A–B, A–D; B → A–B, B–C (F–B ties with B–C at 2 and
 * comes later); C → C–D, B–C; D → C–D, A–D; E → D–E; F → F–A, F–B.
 */
function handMade(): NetworkGraph {
  const graph: NetworkGraph = new Graph({ type: "undirected" });
  for (const node of ["A", "B", "C", "D", "E", "F"])
    graph.addNode(node, { kind: "author", label: node, isOwner: false });
  const links: [string, string, number][] = [
    ["A", "B", 5],
    ["A", "C", 1],
    ["A", "D", 3],
    ["B", "C", 2],
    ["C", "D", 4],
    ["D", "E", 1],
    ["F", "A", 2],
    ["F", "B", 2],
  ];
  for (const [source, target, weight] of links) graph.addEdgeWithKey(`${source}${target}`, source, target, { weight });
  return graph;
}

describe("backboneEdges", () => {
  it("keeps each node's heaviest link, a tie going to the link that comes first", () => {
    expect(backboneEdges(handMade(), 1)).toEqual(["AB", "CD", "DE", "FA"]);
  });

  it("keeps each node's two heaviest links: every link but the light A–C", () => {
    expect(backboneEdges(handMade(), 2)).toEqual(["AB", "AD", "BC", "CD", "DE", "FA", "FB"]);
  });

  it("keeps every link when k is at least the largest degree", () => {
    expect(backboneEdges(handMade(), 4)).toEqual(handMade().edges());
  });
});
