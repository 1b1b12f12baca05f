/**
 * The hop sweep on the quotient by closed twins (src/metrics/twin-quotient.ts, sweep-twins.ts): the classes
 * and their runs of nodes, and that its searches give the link kernel's distances, closeness, harmonic and
 * eccentricity bit for bit and its betweenness within 1e-12 relative — with the leaves left out (exact plan)
 * and kept (a search from every node, as a sampled plan may start from a leaf).
 */

import { UndirectedGraph } from "graphology";
import { parse } from "graphology-gexf";
import { describe, expect, it } from "vitest";
import { buildCsr, type CsrGraph, type MetricsGraph } from "../../src/metrics";
import { labelComponents } from "../../src/metrics/components";
import { preparePathSweep } from "../../src/metrics/path-metrics";
import { planExact } from "../../src/metrics/sampling";
import { createThreadSweepRunner } from "../../src/cli/metrics-threads";
import { runSweep, sweepInline } from "../../src/metrics/sweep";
import { sweepChunk, type SweepInput } from "../../src/metrics/sweep-kernel";
import { twinQuotient } from "../../src/metrics/twin-quotient";
import { readRealFixture } from "../real-fixtures";

function graphOf(edges: string): MetricsGraph {
  const graph: MetricsGraph = new UndirectedGraph();
  for (const edge of edges.split(" ")) {
    const [source, target] = edge.split("-") as [string, string];
    graph.mergeEdge(source, target);
  }
  return graph;
}

/** Largest relative difference between two arrays of values (absolute below 1). */
function largestDifference(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let worst = 0;
  for (let i = 0; i < a.length; i++) worst = Math.max(worst, Math.abs(a[i]! - b[i]!) / Math.max(1, Math.abs(b[i]!)));
  return worst;
}

/** The exact plan's input (twins and leaves share searches) and a search from every node without leaves. */
function inputs(csr: CsrGraph): { shared: SweepInput; everyNode: SweepInput } {
  const components = labelComponents(csr);
  const prepared = preparePathSweep(csr, components, { exactWork: Infinity, samples: 1, seed: 0, weighted: false });
  const plan = planExact(csr.nodes.length, components);
  return {
    // Not split at cut vertices (sweep-blocks.test.ts tests that), so that the twin quotient is what runs.
    shared: { ...prepared.input, chunkCount: 1, splitAtCuts: null },
    everyNode: {
      ...prepared.input,
      sources: plan.sources,
      scales: plan.scales,
      leaves: null,
      chunkCount: 1,
      splitAtCuts: null,
    },
  };
}

/** The sweep (on the quotient when it pays) against the link kernel's one chunk on the graph as it is. */
function expectLinkKernelValues(input: SweepInput): void {
  const onQuotient = sweepInline(input);
  const onLinks = sweepChunk(input, 0);
  expect(onQuotient.harmonic).toEqual(onLinks.harmonic);
  expect(onQuotient.distance).toEqual(onLinks.distance);
  expect(onQuotient.eccentricity).toEqual(onLinks.eccentricity);
  expect(largestDifference(onQuotient.betweenness, onLinks.betweenness)).toBeLessThan(1e-12);
}

describe("twinQuotient", () => {
  // a, b twins; h, i twins (a component of two); g is f's leaf, j is d's.
  const csr = buildCsr(graphOf("a-b a-c b-c c-d d-e d-f e-f f-g h-i d-j"));
  const number = (node: string) => csr.nodes.indexOf(node);

  it("gives each class a run of nodes, its twins first, then its leaves when they are left out", () => {
    const quotient = twinQuotient(csr.offsets, csr.targets, true)!;
    const { classOf, classStart, pendantStart, newOf } = quotient;
    const members = (c: number) => csr.nodes.filter((_, v) => classOf[newOf[v]!] === c && newOf[v]! < pendantStart[c]!);
    const leaves = (c: number) => csr.nodes.filter((_, v) => classOf[newOf[v]!] === c && newOf[v]! >= pendantStart[c]!);
    const classes = classStart.length - 1;
    const runs = Array.from({ length: classes }, (_, c) => [members(c).sort().join(""), leaves(c).sort().join("")]);
    expect(runs.map(([twins, hanging]) => `${twins}/${hanging}`).sort()).toEqual([
      "ab/",
      "c/",
      "d/j",
      "e/",
      "f/g",
      "hi/",
    ]);
    for (let c = 0; c < classes; c++) {
      for (let v = classStart[c]!; v < classStart[c + 1]!; v++) expect(classOf[v]).toBe(c);
    }
    // Rows of the quotient: each joined class once, both ways, in increasing order.
    const { offsets, targets } = quotient;
    const cOf = (node: string) => classOf[newOf[number(node)]!]!;
    const row = (c: number) => Array.from(targets.subarray(offsets[c], offsets[c + 1]));
    expect(row(cOf("c")).sort()).toEqual([cOf("a"), cOf("d")].sort());
    expect(row(cOf("d")).sort()).toEqual([cOf("c"), cOf("e"), cOf("f")].sort());
    expect(row(cOf("h"))).toEqual([]);
    for (let c = 0; c < classes; c++) expect(row(c)).toEqual([...row(c)].sort((x, y) => x - y));
  });

  it("keeps the leaves as classes of their own unless asked, and gives up where twins are few", () => {
    const quotient = twinQuotient(csr.offsets, csr.targets, false)!;
    expect(quotient.classStart.length - 1).toBe(8);
    expect(Array.from(quotient.pendantStart)).toEqual(Array.from(quotient.classStart.subarray(1)));
    const chain = buildCsr(graphOf("a-b b-c c-d d-e e-f f-g"));
    expect(twinQuotient(chain.offsets, chain.targets, false)).toBeNull();
  });
});

describe("the sweep on twin classes", () => {
  it.each([
    { name: "cliques joined by links, with leaves", edges: "a-b a-c b-c c-d d-e d-f e-f f-g h-i d-j" },
    { name: "a star of twins and leaves", edges: "h-a h-b a-b h-c h-d h-e" },
    { name: "a clique", edges: "a-b a-c a-d b-c b-d c-d" },
  ])("gives the link kernel's values on $name", ({ edges }) => {
    const { shared, everyNode } = inputs(buildCsr(graphOf(edges)));
    expectLinkKernelValues(shared);
    expectLinkKernelValues(everyNode);
  });

  it("gives the link kernel's values on SNAP ca-GrQc, exact and from a sample of every kind of node", () => {
    const csr = buildCsr(parse(UndirectedGraph, readRealFixture("graphs/ca-grqc.gexf")));
    const { shared, everyNode } = inputs(csr);
    // The exact plan searches from one node per class, none from leaves: the quotient without leaves.
    expect(twinQuotient(csr.offsets, csr.targets, true)?.classStart.length).toBe(shared.sources.length + 1);
    expect(twinQuotient(csr.offsets, csr.targets, false)).not.toBeNull();
    expectLinkKernelValues(shared);
    // Every 13th node (leaves and twins among them), as a sampled plan may draw.
    const sample = everyNode.sources.filter((_, i) => i % 13 === 0);
    expectLinkKernelValues({ ...everyNode, sources: sample, scales: new Float64Array(sample.length).fill(1) });
  });

  it("gives the same bits on worker threads as inline", async () => {
    const csr = buildCsr(parse(UndirectedGraph, readRealFixture("graphs/ca-grqc.gexf")));
    const { shared, everyNode } = inputs(csr);
    const threads = createThreadSweepRunner({ threads: 2, minWork: 0 });
    const sample = everyNode.sources.filter((_, i) => i % 7 === 0);
    for (const input of [
      { ...shared, chunkCount: 8 },
      { ...everyNode, sources: sample, scales: new Float64Array(sample.length).fill(1), chunkCount: 8 },
    ]) {
      expect(await runSweep(input, threads)).toEqual(sweepInline(input));
    }
  });
});
