import Graph from "graphology";
import { describe, expect, it } from "vitest";
import type { NetworkGraph } from "../../src/model";
import { carryOver, isNewWindow } from "../../src/app/view/carry-over";

/** A network of `links` with nodes at `at` (x, y), unplaced nodes at the seeded `seed` positions. */
function network(links: [string, string][], at: Record<string, [number, number]>): NetworkGraph {
  const graph: NetworkGraph = new Graph({ type: "undirected" });
  for (const [source, target] of links) {
    for (const node of [source, target])
      if (!graph.hasNode(node)) {
        const [x, y] = at[node] ?? [0, 0];
        graph.addNode(node, { kind: "author", label: node, isOwner: false, x, y });
      }
    graph.addEdge(source, target, { weight: 1 });
  }
  return graph;
}

describe("carryOver", () => {
  // The previous window: A(0, 0) – B(10, 0) – C(10, 10). The next adds D (linked to A and B), E (linked to D
  // only) and the tie A–C; F and G stand apart, linked to each other only.
  const previous = network(
    [
      ["A", "B"],
      ["B", "C"],
    ],
    { A: [0, 0], B: [10, 0], C: [10, 10] },
  );
  const next = () =>
    network(
      [
        ["A", "B"],
        ["B", "C"],
        ["A", "C"],
        ["D", "A"],
        ["D", "B"],
        ["E", "D"],
        ["F", "G"],
      ],
      { A: [-1, -1], B: [1, -1], C: [1, 1], D: [0, 0], E: [0, 1], F: [-1, 1], G: [-0.5, 1] },
    );

  it("keeps the nodes of both windows where the previous picture had them", () => {
    const graph = next();
    carryOver(graph, previous);
    expect(
      ["A", "B", "C"].map((node) => [graph.getNodeAttribute(node, "x"), graph.getNodeAttribute(node, "y")]),
    ).toEqual([
      [0, 0],
      [10, 0],
      [10, 10],
    ]);
  });

  it("places a new node near the mean of its placed neighbours, and a chain of new nodes outwards", () => {
    const graph = next();
    carryOver(graph, previous);
    const at = (node: string) => [graph.getNodeAttribute(node, "x")!, graph.getNodeAttribute(node, "y")!] as const;
    // D: the mean of A and B is (5, 0); the offset is 2 % of the previous half extent (5): 0.1.
    expect(Math.hypot(at("D")[0] - 5, at("D")[1] - 0)).toBeCloseTo(0.1, 6);
    // E has only D, placed in the pass before: E is 0.1 from D.
    expect(Math.hypot(at("E")[0] - at("D")[0], at("E")[1] - at("D")[1])).toBeCloseTo(0.1, 6);
  });

  it("maps nodes with no placed neighbour from the seeds' box into the previous picture's box", () => {
    const graph = next();
    carryOver(graph, previous);
    // Seeds span [-1, 1]² (centre (0, 0), half 1); the previous picture [0, 10]² (centre (5, 5), half 5).
    expect([graph.getNodeAttribute("F", "x"), graph.getNodeAttribute("F", "y")]).toEqual([0, 10]);
    expect([graph.getNodeAttribute("G", "x"), graph.getNodeAttribute("G", "y")]).toEqual([2.5, 10]);
  });

  it("returns the links the previous window did not have: the new ties", () => {
    const graph = next();
    const ties = carryOver(graph, previous);
    const pairs = [...ties].map((edge) => graph.extremities(edge).join("–")).sort();
    expect(pairs).toEqual(["A–C", "D–A", "D–B", "E–D", "F–G"]);
  });
});

describe("isNewWindow", () => {
  it("is a new window when either end of the year range changed, not on the first picture", () => {
    expect(isNewWindow({ yearTo: 2023 }, { yearTo: 2024 })).toBe(true);
    expect(isNewWindow({ yearFrom: 2022, yearTo: 2024 }, { yearFrom: 2023, yearTo: 2024 })).toBe(true);
    expect(isNewWindow({ yearTo: 2024 }, { yearTo: 2024 })).toBe(false);
    expect(isNewWindow(undefined, { yearTo: 2024 })).toBe(false);
  });
});
