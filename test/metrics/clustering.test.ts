import { describe, expect, it } from "vitest";
import { computeAverageClustering, computeClustering, computeCoreness, computeTransitivity } from "../../src/metrics";
import { expectAllClose, expectClose } from "../asserts";
import { florentine, isolatedNodes, kite, path, weightedDisconnected } from "./fixtures";
import { FLORENTINE, KITE, WEIGHTED_DISCONNECTED } from "./networkx-expected";

const GRAPHS = [
  { name: "the Krackhardt kite", build: kite, expected: KITE },
  { name: "the Florentine families", build: florentine, expected: FLORENTINE },
  { name: "a weighted disconnected graph", build: weightedDisconnected, expected: WEIGHTED_DISCONNECTED },
];

describe.each(GRAPHS)("clustering and coreness on $name", ({ build, expected }) => {
  it("local clustering matches networkx clustering(G), ignoring weights", () => {
    expectAllClose(computeClustering(build()), expected.nodes.clustering!);
  });

  it("average clustering counts zeros and matches networkx average_clustering(G)", () => {
    expectClose(computeAverageClustering(build()), expected.graph.averageClustering!);
  });

  it("transitivity matches networkx transitivity(G)", () => {
    expectClose(computeTransitivity(build()), expected.graph.transitivity!);
  });

  it("coreness matches networkx core_number(G)", () => {
    expect(computeCoreness(build())).toEqual(expected.nodes.coreness);
  });
});

describe("clustering and coreness edge cases", () => {
  it("an empty graph has average clustering 0 and transitivity 0 instead of dividing by zero", () => {
    expect(computeClustering(isolatedNodes(0))).toEqual({});
    expect(computeAverageClustering(isolatedNodes(0))).toBe(0);
    expect(computeTransitivity(isolatedNodes(0))).toBe(0);
  });

  it("a path has no triangles: clustering 0 everywhere, coreness 1 everywhere", () => {
    const graph = path(6);
    expect(Object.values(computeClustering(graph))).toEqual([0, 0, 0, 0, 0, 0]);
    expect(computeTransitivity(graph)).toBe(0);
    expect(Object.values(computeCoreness(graph))).toEqual([1, 1, 1, 1, 1, 1]);
  });

  it("isolated nodes have coreness 0 and clustering 0", () => {
    expect(computeCoreness(isolatedNodes(3))).toEqual({ n0: 0, n1: 0, n2: 0 });
    expect(computeClustering(isolatedNodes(3))).toEqual({ n0: 0, n1: 0, n2: 0 });
  });
});
