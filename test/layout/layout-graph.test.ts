import Graph from "graphology";
import { florentineFamilies } from "graphology-generators/social";
import { describe, expect, it } from "vitest";
import {
  BARNES_HUT_MIN_ORDER,
  budgetedIterations,
  forceAtlas2Settings,
  layoutGraph,
  MAX_ITERATIONS,
  MAX_LAYOUT_VISITS,
  MIN_ITERATIONS,
  removeOverlaps,
} from "../../src/layout";
import type { AnalysedNode, NetworkEdgeAttributes, NetworkGraphAttributes } from "../../src/model";

/** A network the layout runs on, whose nodes may also carry metrics. */
type TestGraph = Graph<AnalysedNode, NetworkEdgeAttributes, NetworkGraphAttributes>;

/** A node's position, which the test fails on when the layout left it out. */
function positionOf({ x, y }: AnalysedNode): [number, number] {
  expect(typeof x === "number" && typeof y === "number", "a node without x or y").toBe(true);
  return [x ?? NaN, y ?? NaN];
}

/** The Florentine families marriage network (15 connected families), weighted 1 on every edge, plus an isolate. */
function families(): TestGraph {
  const graph: TestGraph = florentineFamilies(Graph);
  graph.forEachEdge((edge) => graph.setEdgeAttribute(edge, "weight", 1));
  graph.addNode("Pucci");
  return graph;
}

function positions(graph: TestGraph): Record<string, [number, number]> {
  const result: Record<string, [number, number]> = {};
  graph.forEachNode((node, attributes) => (result[node] = positionOf(attributes)));
  return result;
}

describe("layoutGraph", () => {
  it("gives every node finite x and y", () => {
    const graph = families();
    layoutGraph(graph, { seed: 42, iterations: 100 });
    graph.forEachNode((node, { x, y }) => {
      expect(Number.isFinite(x), `${node}.x`).toBe(true);
      expect(Number.isFinite(y), `${node}.y`).toBe(true);
    });
  });

  it("gives identical positions for the same seed", () => {
    const first = families();
    const second = families();
    layoutGraph(first, { seed: 7, iterations: 100 });
    layoutGraph(second, { seed: 7, iterations: 100 });
    expect(positions(second)).toEqual(positions(first));
  });

  it("gives different positions for another seed", () => {
    const first = families();
    const second = families();
    layoutGraph(first, { seed: 7, iterations: 100 });
    layoutGraph(second, { seed: 8, iterations: 100 });
    expect(positions(second)).not.toEqual(positions(first));
  });

  it("keeps the seeded start positions when iterations is 0", () => {
    const graph = families();
    layoutGraph(graph, { seed: 3, iterations: 0 });
    const start = positions(graph);
    layoutGraph(graph, { seed: 3, iterations: 50 });
    expect(positions(graph)).not.toEqual(start);
    layoutGraph(graph, { seed: 3, iterations: 0 });
    expect(positions(graph)).toEqual(start);
  });

  it("changes only x and y, never other attributes or the structure", () => {
    const graph = families();
    graph.setNodeAttribute("Medici", "pagerank", 0.14);
    layoutGraph(graph, { seed: 1, iterations: 20 });
    expect(graph.order).toBe(16);
    expect(graph.size).toBe(20);
    const [x, y] = positionOf(graph.getNodeAttributes("Medici"));
    expect(graph.getNodeAttributes("Medici")).toEqual({ pagerank: 0.14, x, y });
  });

  it("leaves no two nodes overlapping after the layout", () => {
    const graph = families();
    graph.forEachNode((node) => graph.setNodeAttribute(node, "size", 10));
    layoutGraph(graph, { seed: 5, iterations: 100 });
    const nodes = graph.mapNodes((_node, attributes) => positionOf(attributes));
    for (let i = 0; i < nodes.length; i++) {
      for (let j = i + 1; j < nodes.length; j++) {
        const [xi, yi] = nodes[i]!;
        const [xj, yj] = nodes[j]!;
        expect(Math.hypot(xi - xj, yi - yj)).toBeGreaterThanOrEqual(20 - 1e-3);
      }
    }
  });

  it("reports progress up to the number of iterations", () => {
    const calls: [string, number, number][] = [];
    layoutGraph(families(), { seed: 1, iterations: 35 }, (stage, done, total) => calls.push([stage, done, total]));
    expect(calls.at(-1)).toEqual(["layout", 35, 35]);
    expect(calls.every(([stage, , total]) => stage === "layout" && total === 35)).toBe(true);
  });

  it("rejects a negative iteration count with a papergraph/layout error", () => {
    expect(() => layoutGraph(families(), { seed: 1, iterations: -1 })).toThrow(/^papergraph\/layout: iterations/);
  });

  it("lays out an empty graph without error", () => {
    const graph = new Graph({ type: "undirected" });
    layoutGraph(graph, { seed: 1, iterations: 10 });
    expect(graph.order).toBe(0);
  });
});

describe("forceAtlas2Settings", () => {
  it("keeps linLog off and turns Barnes–Hut on only above the threshold", () => {
    const small = new Graph();
    for (let i = 0; i < BARNES_HUT_MIN_ORDER; i++) small.addNode(i);
    expect(forceAtlas2Settings(small)).toMatchObject({ barnesHutOptimize: false, linLogMode: false });
    small.addNode("one more");
    expect(forceAtlas2Settings(small)).toMatchObject({ barnesHutOptimize: true, linLogMode: false });
  });
});

describe("removeOverlaps", () => {
  function stacked(): Graph {
    const graph = new Graph({ type: "undirected" });
    for (let i = 0; i < 4; i++) graph.addNode(`n${i}`, { x: 0, y: 0, size: 5 });
    return graph;
  }

  it("separates nodes stacked on one spot, the same way for the same seed", () => {
    const first = stacked();
    const second = stacked();
    removeOverlaps(first, 11);
    removeOverlaps(second, 11);
    expect(positions(second)).toEqual(positions(first));
    const spots = new Set(Object.values(positions(first)).map(([x, y]) => `${x},${y}`));
    expect(spots.size).toBe(4);
  });
});
describe("budgetedIterations", () => {
  it("gives small graphs the most steps, large ones what the work budget affords, never below the minimum", () => {
    expect(budgetedIterations(0, 0, 0)).toBe(0);
    expect(budgetedIterations(35, 64, 64)).toBe(MAX_ITERATIONS);
    const large = budgetedIterations(89_000, 2_150_000, 300_000);
    expect(large).toBe(Math.floor(MAX_LAYOUT_VISITS / (89_000 * 40 + 300_000)));
    expect(budgetedIterations(2_000_000, 20_000_000, 9_000_000)).toBe(MIN_ITERATIONS);
  });
});

describe("the multilevel start", () => {
  /** Two 30-node cliques joined by one link, each its own community. */
  function twoCommunities(): TestGraph {
    const graph: TestGraph = new Graph({ type: "undirected" });
    for (let i = 0; i < 60; i++) graph.addNode(`n${i}`, { community: i < 30 ? 0 : 1 });
    for (let i = 0; i < 60; i++) {
      for (let j = i + 1; j < 60; j++) {
        if (i < 30 === j < 30) graph.addEdge(`n${i}`, `n${j}`, { weight: 1 });
      }
    }
    graph.addEdge("n0", "n30", { weight: 1 });
    return graph;
  }

  it("places each community's members together, the same way for the same seed", () => {
    const first = twoCommunities();
    const second = twoCommunities();
    layoutGraph(first, { seed: 9, iterations: 0 });
    layoutGraph(second, { seed: 9, iterations: 0 });
    expect(positions(second)).toEqual(positions(first));
    const centre = (from: number) => {
      let [x, y] = [0, 0];
      for (let i = from; i < from + 30; i++) {
        const [px, py] = positionOf(first.getNodeAttributes(`n${i}`));
        [x, y] = [x + px / 30, y + py / 30];
      }
      return [x, y] as const;
    };
    const [ax, ay] = centre(0);
    const [bx, by] = centre(30);
    const spread = Math.max(
      ...first.mapNodes((_node, attributes) => {
        const [cx, cy] = attributes.community === 0 ? [ax, ay] : [bx, by];
        const [x, y] = positionOf(attributes);
        return Math.hypot(x - cx, y - cy);
      }),
    );
    expect(Math.hypot(ax - bx, ay - by)).toBeGreaterThan(spread);
  });

  it("gives identical positions after budgeted FA2 steps for the same seed", () => {
    const first = twoCommunities();
    const second = twoCommunities();
    layoutGraph(first, { seed: 4 });
    layoutGraph(second, { seed: 4 });
    expect(first.getAttribute("layoutIterations")).toBe(MAX_ITERATIONS);
    expect(positions(second)).toEqual(positions(first));
  });
});
