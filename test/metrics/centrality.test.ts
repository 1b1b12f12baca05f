import { describe, expect, it } from "vitest";
import {
  computeBetweenness,
  computeCloseness,
  computeDegree,
  computeEigenvector,
  computeEigenvectorDetailed,
  computeHarmonic,
  computePagerank,
  computeWeightedDegree,
} from "../../src/metrics";
import { expectAllClose, expectClose } from "../asserts";
import { florentine, isolatedNodes, kite, path, weightedDisconnected } from "./fixtures";
import { FLORENTINE, KITE, WEIGHTED_DISCONNECTED } from "./networkx-expected";

const GRAPHS = [
  { name: "the Krackhardt kite", build: kite, expected: KITE },
  { name: "the Florentine families", build: florentine, expected: FLORENTINE },
  {
    name: "a weighted disconnected graph with an isolated node",
    build: weightedDisconnected,
    expected: WEIGHTED_DISCONNECTED,
  },
];

const CENTRALITIES = {
  degree: computeDegree,
  weightedDegree: computeWeightedDegree,
  betweenness: computeBetweenness,
  closeness: computeCloseness,
  harmonic: computeHarmonic,
  eigenvector: computeEigenvector,
  pagerank: computePagerank,
};

describe.each(GRAPHS)("centralities on $name", ({ build, expected }) => {
  it.each(Object.entries(CENTRALITIES))("%s matches networkx within 1e-9 on every node", (key, compute) => {
    const graph = build();
    const actual = compute(graph);
    expect(Object.keys(actual).sort()).toEqual(graph.nodes().sort());
    expectAllClose(actual, expected.nodes[key]!, 1e-9);
  });
});

describe("centrality edge cases", () => {
  it("every centrality of an empty graph is an empty map", () => {
    for (const compute of Object.values(CENTRALITIES)) expect(compute(isolatedNodes(0))).toEqual({});
  });

  it("a single node has degree 0, closeness 0, harmonic 0, eigenvector 1 and PageRank 1", () => {
    // networkx 2.8.8 on a one-node Graph: closeness 0.0, harmonic 0, eigenvector 1.0, pagerank 1.0.
    const graph = isolatedNodes(1);
    expect(computeDegree(graph)).toEqual({ n0: 0 });
    expect(computeBetweenness(graph)).toEqual({ n0: 0 });
    expect(computeCloseness(graph)).toEqual({ n0: 0 });
    expect(computeHarmonic(graph)).toEqual({ n0: 0 });
    expectClose(computeEigenvector(graph).n0!, 1);
    expectClose(computePagerank(graph).n0!, 1);
  });

  it("a graph without edges converges to eigenvector 1/√n and uniform PageRank, as in networkx", () => {
    // networkx 2.8.8 eigenvector_centrality(empty_graph(4)) = 0.5 each; pagerank = 0.25 each.
    const graph = isolatedNodes(4);
    const eigenvector = computeEigenvectorDetailed(graph);
    expect(eigenvector.method).toBe("power-iteration");
    expectAllClose(eigenvector.values, { n0: 0.5, n1: 0.5, n2: 0.5, n3: 0.5 });
    expectAllClose(computePagerank(graph), { n0: 0.25, n1: 0.25, n2: 0.25, n3: 0.25 });
  });

  it("eigenvector converges within 1,000 iterations on a 20-node path, where networkx's default 100 do not", () => {
    // networkx 2.8.8: eigenvector_centrality(path_graph(20)) raises PowerIterationFailedConvergence;
    // eigenvector_centrality(path_graph(20), max_iter=1000, tol=1e-12) gives these values.
    const result = computeEigenvectorDetailed(path(20));
    expect(result.method).toBe("power-iteration");
    expectAllClose(
      result.values,
      {
        "0": 0.04599544192387257,
        "1": 0.09096342167858465,
        "9": 0.30774377297743094,
        "10": 0.3077437729774309,
        "19": 0.04599544192387255,
      },
      1e-9,
    );
  });

  it("eigenvector says extended-power-iteration when it needs more than 1,000 iterations (a 100-node path)", () => {
    // networkx 2.8.8: eigenvector_centrality(path_graph(100), max_iter=1000, tol=1e-12) raises;
    // with max_iter=10000 it gives these values.
    const result = computeEigenvectorDetailed(path(100));
    expect(result.method).toBe("extended-power-iteration");
    expectAllClose(
      result.values,
      {
        "0": 0.004376357402859193,
        "1": 0.008748480962140913,
        "9": 0.04306822705751676,
        "10": 0.04721374378237994,
        "19": 0.0820030330096621,
      },
      1e-9,
    );
  });

  it("eigenvector falls back to the unit-norm degree vector when 10,000 iterations do not converge", () => {
    // networkx 2.8.8 eigenvector_centrality(path_graph(200), max_iter=10000, tol=1e-12) raises as well.
    const result = computeEigenvectorDetailed(path(200));
    expect(result.method).toBe("degree");
    const norm = Math.sqrt(198 * 4 + 2 * 1);
    expectClose(result.values["0"]!, 1 / norm);
    expectClose(result.values["50"]!, 2 / norm);
  });
});
