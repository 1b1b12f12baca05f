import Graph from "graphology";
import { describe, expect, it } from "vitest";
import {
  CATEGORY_PALETTE,
  EDGE_COLOR,
  OTHER_COLOR,
  SEQUENTIAL_STOPS,
  assignAppearance,
  describeAppearance,
  type AppearanceGraph,
} from "../../src/appearance";
import { expectClose } from "../asserts";

/** A path a0–a1–…–a(n−1) whose nodes carry made-up metric values and whose edges weigh 1, 2, 3… */
function path(n: number, node: (i: number) => Record<string, unknown>): AppearanceGraph {
  const graph: AppearanceGraph = new Graph({ type: "undirected" });
  for (let i = 0; i < n; i++) graph.addNode(`author:a${i}`, { kind: "author", label: `A${i}`, ...node(i) });
  for (let i = 1; i < n; i++) graph.addEdge(`author:a${i - 1}`, `author:a${i}`, { weight: i });
  return graph;
}

describe("assignAppearance sizes", () => {
  it("keeps node sizes in [3, 20] and increasing with the metric", () => {
    const graph = path(6, (i) => ({ weightedDegree: [0, 1, 2.5, 4, 9, 16][i] }));
    assignAppearance(graph);
    const sizes = graph.mapNodes((_node, attributes) => attributes.size as number);
    for (const size of sizes) expect(size >= 3 && size <= 20, `size ${size}`).toBe(true);
    for (let i = 1; i < sizes.length; i++) expect(sizes[i]!).toBeGreaterThan(sizes[i - 1]!);
    expectClose(sizes[0]!, 3);
    expectClose(sizes[5]!, 20);
  });

  it("makes disc area linear in the metric (square-root scale from zero)", () => {
    const graph = path(3, (i) => ({ pagerank: [0, 0.25, 1][i] }));
    assignAppearance(graph, { sizeBy: "pagerank" });
    // sqrt scale on [0, 1] → [3, 20]: size(0.25) = 3 + 17·√0.25
    expectClose(graph.getNodeAttribute("author:a1", "size") ?? NaN, 11.5);
  });

  it("gives nodes without the metric the smallest size", () => {
    const graph = path(3, (i) => (i === 1 ? {} : { weightedDegree: i }));
    assignAppearance(graph);
    expect(graph.getNodeAttribute("author:a1", "size")).toBe(3);
  });

  it("keeps edge widths in [0.5, 4] and increasing with weight", () => {
    const graph = path(5, () => ({}));
    assignAppearance(graph);
    const widths = graph.mapEdges((_edge, attributes) => attributes.size as number);
    expect(widths.every((width) => width >= 0.5 && width <= 4)).toBe(true);
    for (let i = 1; i < widths.length; i++) expect(widths[i]!).toBeGreaterThan(widths[i - 1]!);
    expectClose(widths.at(-1)!, 4);
  });
});

describe("assignAppearance colours", () => {
  it("colours communities by palette order, largest first, and grey past the palette", () => {
    const n = CATEGORY_PALETTE.length + 3;
    // community 0 holds two nodes, every other community one
    const graph = path(n + 1, (i) => ({ community: Math.max(0, i - 1) }));
    const description = assignAppearance(graph);
    expect(graph.getNodeAttribute("author:a0", "color")).toBe(CATEGORY_PALETTE[0]);
    expect(graph.getNodeAttribute("author:a2", "color")).toBe(CATEGORY_PALETTE[1]);
    expect(graph.getNodeAttribute(`author:a${n}`, "color")).toBe(OTHER_COLOR);
    expect(description.nodeColor).toMatchObject({ kind: "categorical", attribute: "community", otherCount: 3 });
    if (description.nodeColor.kind !== "categorical") throw new Error("expected categories");
    expect(description.nodeColor.entries[0]).toEqual({ value: 0, count: 2, color: CATEGORY_PALETTE[0] });
    expect(description.nodeColor.entries).toHaveLength(CATEGORY_PALETTE.length);
  });

  it("gives edges inside a community its colour and other edges the edge grey", () => {
    const graph = path(3, (i) => ({ community: i < 2 ? 0 : 1 }));
    assignAppearance(graph);
    expect(graph.getEdgeAttribute("author:a0", "author:a1", "color")).toBe(CATEGORY_PALETTE[0]);
    expect(graph.getEdgeAttribute("author:a1", "author:a2", "color")).toBe(EDGE_COLOR);
  });

  it("treats string attributes such as kind as categories", () => {
    const graph = path(3, () => ({}));
    graph.addNode("paper:p", { kind: "paper" });
    const description = assignAppearance(graph, { colorBy: "kind" });
    expect(description.nodeColor.kind).toBe("categorical");
    expect(graph.getNodeAttribute("author:a0", "color")).toBe(CATEGORY_PALETTE[0]);
    expect(graph.getNodeAttribute("paper:p", "color")).toBe(CATEGORY_PALETTE[1]);
  });

  it("colours years on the sequential scale from the first to the last stop", () => {
    const graph = path(3, (i) => ({ firstYear: 2019 + 2 * i }));
    const description = assignAppearance(graph, { colorBy: "firstYear" });
    expect(description.nodeColor).toMatchObject({ kind: "sequential", domain: [2019, 2023] });
    expect(graph.getNodeAttribute("author:a0", "color")).toBe(SEQUENTIAL_STOPS[0]);
    expect(graph.getNodeAttribute("author:a1", "color")).toBe(SEQUENTIAL_STOPS[2]);
    expect(graph.getNodeAttribute("author:a2", "color")).toBe(SEQUENTIAL_STOPS[4]);
  });

  it("has at least 12 distinct palette colours, none of them the 'other' grey", () => {
    expect(new Set(CATEGORY_PALETTE).size).toBe(CATEGORY_PALETTE.length);
    expect(CATEGORY_PALETTE.length).toBeGreaterThanOrEqual(12);
    expect(CATEGORY_PALETTE).not.toContain(OTHER_COLOR);
    for (const color of CATEGORY_PALETTE) expect(color).toMatch(/^#[0-9a-f]{6}$/);
  });
});

describe("describeAppearance", () => {
  it("returns the legend that assignAppearance applies, without touching the graph", () => {
    const graph = path(4, (i) => ({ weightedDegree: i, community: i % 2 }));
    const before = graph.export();
    const description = describeAppearance(graph);
    expect(graph.export()).toEqual(before);
    expect(assignAppearance(graph)).toEqual(description);
    expect(description.nodeSize).toMatchObject({
      attribute: "weightedDegree",
      scale: "sqrt",
      domain: [0, 3],
      range: [3, 20],
    });
    expect(description.edgeSize).toMatchObject({ attribute: "weight", domain: [0, 3], range: [0.5, 4] });
  });

  it("reads the links' extent, ends and weights from their typed arrays when handed them, the same legend and attributes", () => {
    // Pairs of nodes share a community (links inside and between communities), and the last ones are past the
    // palette (grey, whose links take the edge grey).
    const n = 2 * CATEGORY_PALETTE.length + 6;
    const graph = path(n, (i) => ({ weightedDegree: i, community: i >> 1 }));
    graph.forEachEdge((edge, attributes) => graph.setEdgeAttribute(edge, "fractional", 1 / attributes.weight!));
    const ends = Array.from({ length: n - 1 }, (_, i) => i);
    const links = {
      nodes: graph.nodes(),
      source: Int32Array.from(ends),
      target: Int32Array.from(ends, (i) => i + 1),
      weights: { weight: ends.map((i) => i + 1), fractional: Float64Array.from(ends, (i) => 1 / (i + 1)) },
      paperStart: new Int32Array(n),
      papers: new Int32Array(0),
    };
    for (const edgeSizeBy of ["weight", "fractional", "association"]) {
      const walked = graph.copy();
      const expected = assignAppearance(walked, { edgeSizeBy });
      expect(describeAppearance(graph, { edgeSizeBy }, links)).toEqual(expected);
      expect(assignAppearance(graph, { edgeSizeBy }, links)).toEqual(expected);
      expect(graph.export()).toEqual(walked.export());
    }
    expect(describeAppearance(graph, { edgeSizeBy: "fractional" }, links).edgeSize.domain).toEqual([0, 1]);
  });

  it("gives size ticks inside the domain with sizes from the same scale", () => {
    const graph = path(3, (i) => ({ weightedDegree: 4 * i }));
    const { nodeSize } = assignAppearance(graph);
    expect(nodeSize.ticks.length).toBeGreaterThan(1);
    for (const tick of nodeSize.ticks) {
      expect(tick.value >= 0 && tick.value <= 8).toBe(true);
      expectClose(tick.size, 3 + 17 * Math.sqrt(tick.value / 8));
    }
  });
});
