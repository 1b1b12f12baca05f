/**
 * Shared searches (src/metrics/shared-searches.ts): which nodes the exact hop sweep runs no search from
 * (closed twins but one, leaves), and that it still gives what a search from every node gives — on small
 * graphs and on every node of SNAP ca-GrQc.
 */

import { UndirectedGraph } from "graphology";
import { parse } from "graphology-gexf";
import { describe, expect, it } from "vitest";
import { buildCsr, type CsrGraph, type MetricsGraph } from "../../src/metrics";
import { labelComponents } from "../../src/metrics/components";
import { derivePathMetrics, preparePathSweep, type PathMetrics } from "../../src/metrics/path-metrics";
import { planExact } from "../../src/metrics/sampling";
import { sweepInline } from "../../src/metrics/sweep";
import { closedTwinRepresentatives } from "../../src/metrics/shared-searches";
import { readRealFixture } from "../real-fixtures";

function graphOf(edges: [string, string][]): MetricsGraph {
  const graph: MetricsGraph = new UndirectedGraph();
  for (const [source, target] of edges) graph.mergeEdge(source, target);
  return graph;
}

/** Path metrics with closed twins sharing searches (the default) and with a search from every node. */
function bothWays(csr: CsrGraph): { shared: PathMetrics; everyNode: PathMetrics } {
  const components = labelComponents(csr);
  const prepared = preparePathSweep(csr, components, { exactWork: Infinity, samples: 1, seed: 0, weighted: false });
  const plan = planExact(csr.nodes.length, components);
  const input = { ...prepared.input, sources: plan.sources, scales: plan.scales, leaves: null };
  return {
    shared: derivePathMetrics(components, prepared, sweepInline(prepared.input)),
    everyNode: derivePathMetrics(components, { input, plan, isSampled: false }, sweepInline(input)),
  };
}

/** Largest relative difference between two arrays of values (absolute below 1). */
function largestDifference(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let worst = 0;
  for (let i = 0; i < a.length; i++) worst = Math.max(worst, Math.abs(a[i]! - b[i]!) / Math.max(1, Math.abs(b[i]!)));
  return worst;
}

describe("closedTwinRepresentatives", () => {
  it("groups nodes with the same closed neighbourhood under the first of them", () => {
    // a, b, c wrote one paper together and c also wrote with d: a and b are closed twins, c is not.
    const csr = buildCsr(
      graphOf([
        ["a", "b"],
        ["a", "c"],
        ["b", "c"],
        ["c", "d"],
        ["e", "f"],
      ]),
    );
    const representative = closedTwinRepresentatives(csr);
    const named = Object.fromEntries(csr.nodes.map((node, v) => [node, csr.nodes[representative[v]!]]));
    expect(named).toEqual({ a: "a", b: "a", c: "c", d: "d", e: "e", f: "e" });
  });

  it("keeps apart nodes with the same neighbours that are not linked to each other", () => {
    // a and b both link x and y but not each other: open twins, whose searches differ.
    const csr = buildCsr(
      graphOf([
        ["x", "a"],
        ["a", "y"],
        ["x", "b"],
        ["b", "y"],
      ]),
    );
    expect(Array.from(closedTwinRepresentatives(csr))).toEqual([0, 1, 2, 3]);
  });
});

describe("the exact sweep with shared searches", () => {
  it.each([
    {
      name: "cliques joined by links",
      edges: "a-b a-c b-c c-d d-e d-f e-f f-g h-i",
      // a and b are twins, so are h and i; g is f's leaf.
      sources: "a c d e f h",
    },
    { name: "a path, whose diameter runs between two leaves", edges: "a-b b-c c-d", sources: "b c" },
    { name: "a star, all leaves", edges: "h-a h-b h-c h-d", sources: "h" },
  ])(
    "sweeps one node per twin class and none from leaves on $name, with the every-node values",
    ({ edges, sources }) => {
      const csr = buildCsr(graphOf(edges.split(" ").map((edge) => edge.split("-") as [string, string])));
      const components = labelComponents(csr);
      const prepared = preparePathSweep(csr, components, { exactWork: Infinity, samples: 1, seed: 0, weighted: false });
      expect(Array.from(prepared.input.sources, (v) => csr.nodes[v]).join(" ")).toBe(sources);
      const { shared, everyNode } = bothWays(csr);
      for (const metric of ["betweenness", "closeness", "harmonic"] as const) {
        expect(largestDifference(shared[metric], everyNode[metric]), metric).toBeLessThan(1e-14);
      }
      expect(shared.largestComponent).toEqual(everyNode.largestComponent);
    },
  );

  it("gives the every-node values for every author of SNAP ca-GrQc, within rounding", () => {
    const csr = buildCsr(parse(UndirectedGraph, readRealFixture("graphs/ca-grqc.gexf")));
    const { shared, everyNode } = bothWays(csr);
    for (const metric of ["betweenness", "closeness", "harmonic"] as const) {
      expect(largestDifference(shared[metric], everyNode[metric]), metric).toBeLessThan(1e-12);
    }
    expect(shared.largestComponent.diameter).toBe(everyNode.largestComponent.diameter);
    expect(shared.largestComponent.averageShortestPath).toBeCloseTo(everyNode.largestComponent.averageShortestPath, 12);
  });
});
