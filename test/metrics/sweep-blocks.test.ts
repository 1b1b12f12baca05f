/**
 * The exact hop sweep split at cut vertices (src/metrics/block-cut.ts, sweep-blocks.ts): the blocks and
 * their weights, and that the split sweep gives every node the distances, distance sums and eccentricities
 * of a search from every node over the whole network bit for bit, and its harmonic and betweenness sums
 * within 1e-12 relative — on generated networks with many blocks and on SNAP ca-GrQc, inline and on
 * worker threads.
 */

import { UndirectedGraph } from "graphology";
import { parse } from "graphology-gexf";
import { describe, expect, it } from "vitest";
import { buildCsr, type CsrGraph, type MetricsGraph } from "../../src/metrics";
import { splitAtCutVertices } from "../../src/metrics/block-cut";
import { labelComponents } from "../../src/metrics/components";
import { derivePathMetrics, preparePathSweep } from "../../src/metrics/path-metrics";
import { createThreadSweepRunner } from "../../src/cli/metrics-threads";
import { runSweep, sweepInline } from "../../src/metrics/sweep";
import { sweepChunk } from "../../src/metrics/sweep-kernel";
import { readRealFixture } from "../real-fixtures";

function csrOf(nodes: number, edges: [number, number][]): CsrGraph {
  const graph: MetricsGraph = new UndirectedGraph();
  for (let v = 0; v < nodes; v++) graph.addNode(String(v));
  for (const [a, b] of edges) if (a !== b) graph.mergeEdge(String(a), String(b));
  return buildCsr(graph);
}

/** A small seeded generator (the same networks every run). */
function generator(seed: number): (k: number) => number {
  let state = seed >>> 0;
  return (k) => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return Math.floor((state / 2 ** 32) * k);
  };
}

function largestDifference(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let worst = 0;
  for (let i = 0; i < a.length; i++) worst = Math.max(worst, Math.abs(a[i]! - b[i]!) / Math.max(1, Math.abs(b[i]!)));
  return worst;
}

/** The exact plan's sweep, split, against a search from every node over the whole network (the link kernel). */
function expectEveryNodeValues(csr: CsrGraph): void {
  const n = csr.nodes.length;
  const components = labelComponents(csr);
  const prepared = preparePathSweep(csr, components, { exactWork: Infinity, samples: 1, seed: 0, weighted: false });
  const split = sweepInline({ ...prepared.input, splitAtCuts: "always" });
  expect(split.corrected).toBe(true);
  const sources = Int32Array.from({ length: n }, (_, v) => v);
  const whole = sweepChunk(
    { ...prepared.input, sources, scales: new Float64Array(n).fill(1), leaves: null, chunkCount: 1 },
    0,
  );
  expect(split.distance).toEqual(whole.distance);
  expect(split.eccentricity).toEqual(Float64Array.from(prepared.plan.sources, (v) => whole.eccentricity[v]!));
  expect(largestDifference(split.harmonic, whole.harmonic)).toBeLessThan(1e-12);
  expect(largestDifference(split.betweenness, whole.betweenness)).toBeLessThan(1e-12);
  // The summary's figures: the corrections of shared searches are not added again.
  const unsplit = sweepInline({ ...prepared.input, splitAtCuts: null });
  const [a, b] = [split, unsplit].map((sums) => derivePathMetrics(components, prepared, sums));
  expect(a!.largestComponent).toEqual(b!.largestComponent);
  expect(a!.closeness).toEqual(b!.closeness);
}

/** A random tree: each node joined to an earlier one. */
function tree(n: number, next: (k: number) => number): [number, number][] {
  return Array.from({ length: n - 1 }, (_, i) => [i + 1, next(i + 1)] as [number, number]);
}

/** Cliques of 2–7 nodes, each sharing one node with an earlier one (its own nodes are twins). */
function cliqueChain(cliques: number, next: (k: number) => number): { n: number; edges: [number, number][] } {
  const edges: [number, number][] = [];
  let n = 1;
  for (let c = 0; c < cliques; c++) {
    const nodes = [next(n)];
    for (let size = 2 + next(6); nodes.length < size; ) nodes.push(n++);
    for (let i = 0; i < nodes.length; i++)
      for (let j = i + 1; j < nodes.length; j++) edges.push([nodes[i]!, nodes[j]!]);
  }
  return { n, edges };
}

/** Cycles of 3–8 nodes, each through one node of the network so far. */
function cyclesAtPoints(cycles: number, next: (k: number) => number): { n: number; edges: [number, number][] } {
  const edges: [number, number][] = [];
  let n = 1;
  for (let c = 0; c < cycles; c++) {
    const at = next(n);
    let previous = at;
    for (let i = 0, length = 3 + next(6); i < length - 1; i++, n++) {
      edges.push([previous, n]);
      previous = n;
    }
    edges.push([previous, at]);
  }
  return { n, edges };
}

/**
 * Several components, each grown node by node: a new node joins an earlier one, and then either copies its
 * neighbours (a twin, or a twin once closed), or joins another earlier node (closing cycles), or nothing.
 */
function mixed(n: number, next: (k: number) => number): [number, number][] {
  const edges: [number, number][] = [];
  for (let start = 0; start < n; ) {
    const size = Math.min(n - start, 5 + next(60));
    for (let v = start + 1; v < start + size; v++) {
      const u = start + next(v - start);
      const kind = next(10);
      if (kind < 3) {
        for (const [a, b] of edges.filter(([a, b]) => a === u || b === u)) edges.push([v, a === u ? b : a]);
      }
      edges.push([v, u]);
      if (kind >= 3 && kind < 6) edges.push([v, start + next(v - start)]);
    }
    start += size;
  }
  return edges;
}

describe("splitAtCutVertices", () => {
  it("gives each block its classes and cut vertices, weighted by what hangs beyond them", () => {
    // a, b twins beside cut c; h, i a pair; g a leaf of f, j of d; k alone.
    const names = "abcdefghijk";
    const id = (name: string) => names.indexOf(name);
    const pairs = "a-b a-c b-c c-d d-e d-f e-f f-g h-i d-j".split(" ").map((pair) => pair.split("-").map(id));
    const csr = csrOf(names.length, pairs as [number, number][]);
    const { graph, tree } = splitAtCutVertices(csr.offsets, csr.targets);
    const blocks = graph.blockStart.length;
    const described = Array.from({ length: blocks }, (_, b) => {
      const incidences: string[] = [];
      for (let h = graph.blockStart[b]!; h < graph.blockEnd[b]!; h++) {
        const members = Array.from(graph.members.subarray(graph.memberStart[h], graph.memberStart[h + 1]));
        incidences.push(`${members.map((v) => names[v]).join("")}${graph.isCut[h] ? `*${graph.weight[h]}` : ""}`);
      }
      return incidences.sort().join(" ");
    });
    expect(described.sort()).toEqual(["ab c*6", "c*3 d*5", "d*5 e f*2", "d*7 j", "f*7 g", "hi"]);
    // Each block's reach, 2 for a block of two incidences, 3 for the triangle d, e, f, 1 for the pair hi alone.
    expect(Array.from(graph.reach).sort()).toEqual([1, 2, 2, 2, 2, 3]);
    // Each block's multiplicity × weight covers its component.
    for (let b = 0; b < blocks; b++) {
      let covered = 0;
      for (let h = graph.blockStart[b]!; h < graph.blockEnd[b]!; h++)
        covered += graph.multiplicity[h]! * graph.weight[h]!;
      expect(covered).toBe(tree.componentSize[tree.nodeOf[graph.blockStart[b]!]!]);
    }
  });
});

/** The largest distance between two incidences of each block, by a search within it from each. */
function blockDiameters(graph: ReturnType<typeof splitAtCutVertices>["graph"]): number[] {
  const { offsets, targets, blockStart, blockEnd } = graph;
  return Array.from(blockStart, (start, b) => {
    let diameter = 0;
    for (let s = start; s < blockEnd[b]!; s++) {
      const dist = new Map([[s, 0]]);
      for (const v of dist.keys()) {
        for (let j = offsets[v]!; j < offsets[v + 1]!; j++) {
          if (!dist.has(targets[j]!)) dist.set(targets[j]!, dist.get(v)! + 1);
        }
      }
      diameter = Math.max(diameter, ...dist.values());
    }
    return diameter;
  });
}

describe("the blocks' reach", () => {
  it("is more than the distance between any two incidences of a block, and at most its incidences", () => {
    const next = generator(4);
    for (let i = 0; i < 10; i++) {
      const n = 10 + next(200);
      const cycles = cyclesAtPoints(2 + next(12), next);
      for (const csr of [csrOf(n + 3, mixed(n, next)), csrOf(cycles.n, cycles.edges)]) {
        const { graph } = splitAtCutVertices(csr.offsets, csr.targets);
        blockDiameters(graph).forEach((diameter, b) => {
          expect(graph.reach[b]).toBeGreaterThan(diameter);
          expect(graph.reach[b]).toBeLessThanOrEqual(graph.blockEnd[b]! - graph.blockStart[b]!);
        });
      }
    }
  });
});

describe("the sweep split at cut vertices", () => {
  it("gives every node's values on trees, stars and paths", () => {
    const next = generator(1);
    for (let i = 0; i < 12; i++) {
      const n = 3 + next(80);
      expectEveryNodeValues(csrOf(n, tree(n, next)));
    }
    expectEveryNodeValues(
      csrOf(
        12,
        tree(12, () => 0),
      ),
    );
    expectEveryNodeValues(
      csrOf(
        9,
        tree(9, (k) => k - 1),
      ),
    );
  });

  it("gives every node's values on chains of cliques and cycles joined at points", () => {
    const next = generator(2);
    for (let i = 0; i < 10; i++) {
      const chain = cliqueChain(2 + next(12), next);
      expectEveryNodeValues(csrOf(chain.n, chain.edges));
      const cycles = cyclesAtPoints(2 + next(12), next);
      expectEveryNodeValues(csrOf(cycles.n, cycles.edges));
    }
  });

  it("gives every node's values on several components with twins in blocks and beside cut vertices", () => {
    const next = generator(3);
    for (let i = 0; i < 20; i++) {
      const n = 10 + next(300);
      expectEveryNodeValues(csrOf(n + 3, mixed(n, next)));
    }
    // Twins a, b and d, e beside cut vertex c; a pair; an isolated node.
    expectEveryNodeValues(
      csrOf(9, [
        [0, 1],
        [0, 2],
        [1, 2],
        [2, 3],
        [2, 4],
        [3, 4],
        [4, 5],
        [6, 7],
      ]),
    );
  });

  it("gives every node's values on SNAP ca-GrQc, and the same bits on worker threads", async () => {
    const csr = buildCsr(parse(UndirectedGraph, readRealFixture("graphs/ca-grqc.gexf")));
    expectEveryNodeValues(csr);
    const components = labelComponents(csr);
    const prepared = preparePathSweep(csr, components, { exactWork: Infinity, samples: 1, seed: 0, weighted: false });
    const threads = createThreadSweepRunner({ threads: 2, minWork: 0 });
    // The default plan splits ca-GrQc (its searches within blocks visit 0.76 of the slots).
    const threaded = await runSweep(prepared.input, threads);
    expect(threaded.corrected).toBe(true);
    expect(threaded).toEqual(sweepInline(prepared.input));
  });
});
