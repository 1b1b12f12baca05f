import { describe, expect, it } from "vitest";
import { betweennessErrorBound, computeBetweenness, computeSampledBetweenness } from "../../src/metrics";
import { createRng } from "../../src/model";
import { expectAllClose, expectClose } from "../asserts";
import { clustered, florentine, kite, weightedDisconnected } from "./fixtures";

const sum = (values: Record<string, number>) => Object.values(values).reduce((a, b) => a + b, 0);

describe("sampled betweenness", () => {
  it.each([
    ["the Krackhardt kite", kite],
    ["the Florentine families", florentine],
    ["a weighted disconnected graph", weightedDisconnected],
  ])("with k = n sources equals exact betweenness on %s", (_, build) => {
    const graph = build();
    const sampled = computeSampledBetweenness(graph, { samples: graph.order, rng: createRng(1) });
    expectAllClose(sampled, computeBetweenness(graph), 1e-9);
  });

  it("gives identical estimates for the same seed and different ones for another seed", () => {
    const graph = clustered(300, 1200, 7);
    const run = (seed: number) => computeSampledBetweenness(graph, { samples: 40, rng: createRng(seed) });
    expect(run(3)).toEqual(run(3));
    expect(run(3)).not.toEqual(run(4));
  });

  it("lies within the stated error bound of exact betweenness on a 600-node graph with k = 150", () => {
    const graph = clustered(600, 2400, 11);
    const exact = computeBetweenness(graph);
    const sampled = computeSampledBetweenness(graph, { samples: 150, rng: createRng(42) });
    const bound = betweennessErrorBound(graph.order, 150);
    const worst = Math.max(...graph.mapNodes((node) => Math.abs(sampled[node]! - exact[node]!)));
    expect(worst).toBeLessThanOrEqual(bound);
    // The n/k scaling makes the estimate unbiased, so totals agree closely (a wrong scale would not).
    expectClose(sum(sampled) / sum(exact), 1, 0.1, "sampled/exact total");
  });
});

describe("betweennessErrorBound", () => {
  it("is (n/(n−1))·sqrt(ln(2n/0.05)/(2k))", () => {
    // Hand-computed: (5001/5000)·sqrt(ln(200040)/1000) and (600/599)·sqrt(ln(24000)/300).
    expectClose(betweennessErrorBound(5001, 500), 0.1105040977648972, 1e-12);
    expectClose(betweennessErrorBound(600, 150), 0.18366194224354362, 1e-12);
  });

  it("is 0 when every node is a source", () => {
    expect(betweennessErrorBound(100, 100)).toBe(0);
    expect(betweennessErrorBound(100, 500)).toBe(0);
  });
});
