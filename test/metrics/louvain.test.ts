import { UndirectedGraph } from "graphology";
import louvain from "graphology-communities-louvain";
import { parse } from "graphology-gexf";
import { describe, expect, it } from "vitest";
import { buildCsr, type CsrGraph, type MetricsGraph } from "../../src/metrics/csr";
import { createLouvain, louvainPartition } from "../../src/metrics/louvain";
import { createRng } from "../../src/model";
import { readRealFixture } from "../real-fixtures";

/**
 * graphology-communities-louvain on the graph of a CSR form as louvain.ts reads it: nodes 0..n−1, each link
 * once from its lower end, in row order, with its weight.
 */
function libraryPartition(csr: CsrGraph, seed: number, resolution: number): Int32Array {
  const graph = new UndirectedGraph();
  const n = csr.nodes.length;
  for (let v = 0; v < n; v++) graph.addNode(String(v));
  for (let v = 0; v < n; v++)
    for (let j = csr.offsets[v]!; j < csr.offsets[v + 1]!; j++)
      if (csr.targets[j]! > v) graph.addEdge(String(v), String(csr.targets[j]!), { weight: csr.weights[j]! });
  const raw = louvain(graph, { getEdgeWeight: "weight", rng: createRng(seed), resolution });
  return Int32Array.from({ length: n }, (_, v) => raw[String(v)]!);
}

/** A seeded random graph of n nodes and m links (fewer if it cannot), weighted or not, some nodes isolated. */
function randomCsr(n: number, m: number, seed: number, weighted: boolean): CsrGraph {
  const rng = createRng(seed);
  const graph: MetricsGraph = new UndirectedGraph();
  for (let v = 0; v < n; v++) graph.addNode(`n${v}`);
  for (let tries = 0; graph.size < m && tries < 20 * m; tries++) {
    // Links mostly within blocks of 12, so that there are communities to find and levels to zoom out to.
    const a = Math.floor(rng() * n);
    const b = rng() < 0.8 ? Math.min(n - 1, a - (a % 12) + Math.floor(rng() * 12)) : Math.floor(rng() * n);
    if (a === b || (a % 17 === 5 && n > 40) || (b % 17 === 5 && n > 40)) continue;
    const weight = weighted ? 1 + Math.floor(rng() * 4) / 2 : 1;
    graph.mergeEdge(`n${a}`, `n${b}`, { weight });
  }
  return buildCsr(graph);
}

describe("louvainPartition", () => {
  it("gives graphology-communities-louvain's partition on ca-GrQc, for eleven seeds", () => {
    const graph: MetricsGraph = parse(UndirectedGraph, readRealFixture("graphs/ca-grqc.gexf"));
    const csr = buildCsr(graph);
    for (let seed = 1; seed <= 11; seed++)
      expect(louvainPartition(csr, createRng(seed), 1)).toEqual(libraryPartition(csr, seed, 1));
  });

  it("gives the library's partition on random graphs, weighted or not, at several resolutions", () => {
    // Sizes at the library's 8- and 16-bit array bounds, where its stored sizes wrap to 0: 256 nodes (its
    // queue's capacity), 256 link slots (128 links), 65,536 slots.
    const cases: [number, number][] = [
      [0, 0],
      [1, 0],
      [5, 0],
      [2, 1],
      [30, 60],
      [60, 128],
      [128, 127],
      [255, 300],
      [256, 400],
      [257, 129],
      [600, 2500],
      [3000, 32768],
    ];
    for (const [n, m] of cases) {
      for (const weighted of [false, true]) {
        const csr = randomCsr(n, m, n + m, weighted);
        if (n >= 60) expect(csr.targets.length).toBe(2 * m);
        for (const resolution of [1, 0.5, 2]) {
          for (const seed of [1, 7]) {
            const label = `${n} nodes, ${csr.targets.length} slots, weighted ${weighted}, γ ${resolution}, seed ${seed}`;
            expect(louvainPartition(csr, createRng(seed), resolution), label).toEqual(
              libraryPartition(csr, seed, resolution),
            );
          }
        }
      }
    }
  });

  it("gives the library's partitions run after run on one prepared graph (its induced arrays reused)", () => {
    // The runs share the first level's arrays and alternate two induced graphs' arrays, whose lengths the
    // first run sets: the same partitions whatever ran before, at the 8- and 16-bit bounds too.
    for (const [n, m] of [
      [256, 400],
      [257, 129],
      [600, 2500],
      [3000, 32768],
    ] as [number, number][]) {
      const csr = randomCsr(n, m, n * m, true);
      const runs = createLouvain(csr);
      for (const [seed, resolution] of [
        [3, 1],
        [4, 2],
        [5, 0.5],
        [3, 1],
        [6, 1],
      ] as [number, number][]) {
        expect(runs(createRng(seed), resolution), `${n} nodes, seed ${seed}, γ ${resolution}`).toEqual(
          libraryPartition(csr, seed, resolution),
        );
      }
    }
  });
});
