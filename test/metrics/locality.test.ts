/**
 * The sweep's renumbering for cache locality (src/metrics/locality.ts): the copy is the same graph under a
 * permutation, lengths travel with their links, and the sweep on it gives the original numbering's values
 * within rounding, the same bits run after run.
 */

import { UndirectedGraph } from "graphology";
import { parse } from "graphology-gexf";
import { describe, expect, it } from "vitest";
import { buildCsr, type CsrGraph } from "../../src/metrics";
import { labelComponents } from "../../src/metrics/components";
import { relabelForLocality } from "../../src/metrics/locality";
import { preparePathSweep } from "../../src/metrics/path-metrics";
import { sweepChunk, type SweepInput, type SweepSums } from "../../src/metrics/sweep-kernel";
import { paperCoverOf } from "../../src/metrics/paper-cover";
import { runChunksInline, runSweep, sweepInline, type SweepResult, type SweepRunner } from "../../src/metrics/sweep";
import { adaptiveSweep } from "../../src/metrics/adaptive-sweep";
import { createRng } from "../../src/model";
import { readRealFixture } from "../real-fixtures";
import { clustered, florentine, isolatedNodes, weightedDisconnected } from "./fixtures";

/** Every link as "a b length" with a < b, sorted, in the numbering `number` gives. */
function links(offsets: Int32Array, targets: Int32Array, lengths: Float64Array, number: (v: number) => number) {
  const out: string[] = [];
  for (let v = 0; v + 1 < offsets.length; v++) {
    for (let j = offsets[v]!; j < offsets[v + 1]!; j++) {
      const [a, b] = [number(v), number(targets[j]!)];
      if (a < b) out.push(`${a} ${b} ${lengths[j]}`);
    }
  }
  return out.sort();
}

/** The sweep of `input` run directly on the original numbering, every chunk added in order. */
function sweepUnrenumbered(input: SweepInput) {
  const n = input.offsets.length - 1;
  const totals = { betweenness: new Float64Array(n), harmonic: new Float64Array(n), distance: new Float64Array(n) };
  for (let index = 0; index < input.chunkCount; index++) {
    const partial = sweepChunk(input, index);
    for (const key of ["betweenness", "harmonic", "distance"] as const) {
      for (let v = 0; v < n; v++) totals[key][v]! += partial[key][v]!;
    }
  }
  return totals;
}

/**
 * The renumbering written plainly, as it was before its counting sort and sort-free rows: roots sorted by
 * decreasing degree (ties: lower index), breadth-first numbering, each row's slots sorted by new target.
 */
function relabelWithSorts(offsets: Int32Array, targets: Int32Array, lengths: Float64Array) {
  const n = offsets.length - 1;
  const degree = (v: number) => offsets[v + 1]! - offsets[v]!;
  const roots = [...Array(n).keys()].sort((a, b) => degree(b) - degree(a) || a - b);
  const newOf = new Int32Array(n).fill(-1);
  const oldOf: number[] = [];
  for (const root of roots) {
    if (newOf[root] !== -1) continue;
    newOf[root] = oldOf.length;
    oldOf.push(root);
    for (let head = oldOf.length - 1; head < oldOf.length; head++) {
      const v = oldOf[head]!;
      for (let j = offsets[v]!; j < offsets[v + 1]!; j++) {
        if (newOf[targets[j]!] !== -1) continue;
        newOf[targets[j]!] = oldOf.length;
        oldOf.push(targets[j]!);
      }
    }
  }
  const local = { offsets: [0], targets: [] as number[], lengths: [] as number[], newOf: [...newOf] };
  for (const v of oldOf) {
    const slots = [...Array(degree(v)).keys()].map((k) => offsets[v]! + k);
    slots.sort((a, b) => newOf[targets[a]!]! - newOf[targets[b]!]!);
    for (const slot of slots) {
      local.targets.push(newOf[targets[slot]!]!);
      local.lengths.push(lengths[slot]!);
    }
    local.offsets.push(local.targets.length);
  }
  return local;
}

const everySource = (csr: CsrGraph, weighted: boolean): SweepInput =>
  preparePathSweep(csr, labelComponents(csr), { exactWork: Infinity, samples: 1, seed: 0, weighted }).input;

describe("relabelForLocality", () => {
  it("numbers every node once, each component from its highest-degree node, and keeps every link with its length", () => {
    const csr = buildCsr(weightedDisconnected());
    const lengths = csr.weights.map((weight) => 1 / weight);
    const local = relabelForLocality(csr.offsets, csr.targets, lengths);
    expect([...local.newOf].sort((a, b) => a - b)).toEqual(csr.nodes.map((_, i) => i));
    // a–e: b, c and d have degree 3, b comes first in the graph order; f–g–h from g; i alone, last.
    const number = (name: string) => local.newOf[csr.nodes.indexOf(name)];
    expect([number("b"), number("g"), number("i")]).toEqual([0, 5, 8]);
    expect(links(local.offsets, local.targets, local.lengths!, (v) => v)).toEqual(
      links(csr.offsets, csr.targets, lengths, (v) => local.newOf[v]!),
    );
    for (let v = 0; v < csr.nodes.length; v++) {
      const row = [...local.targets.subarray(local.offsets[v], local.offsets[v + 1])];
      expect(row).toEqual([...row].sort((a, b) => a - b));
    }
  });

  const caGrQc = () => parse(UndirectedGraph, readRealFixture("graphs/ca-grqc.gexf"));
  for (const [name, graph] of [
    ["a clustered graph", clustered(400, 1600, 5)],
    ["a sparse clustered graph", clustered(2000, 2500, 7)],
    ["the Florentine families", florentine()],
    ["the weighted disconnected graph", weightedDisconnected()],
    ["isolated nodes", isolatedNodes(5)],
    ["SNAP ca-GrQc", caGrQc()],
  ] as const) {
    it(`gives the plainly sorted renumbering's arrays, bit for bit, on ${name}`, () => {
      const csr = buildCsr(graph);
      // Distinct lengths per link (equal from both ends), so a length in the wrong slot shows.
      const lengths = new Float64Array(csr.targets.length);
      for (let v = 0; v < csr.nodes.length; v++) {
        for (let j = csr.offsets[v]!; j < csr.offsets[v + 1]!; j++) {
          const [a, b] = [Math.min(v, csr.targets[j]!), Math.max(v, csr.targets[j]!)];
          lengths[j] = 1 + 3 * a + b / 11;
        }
      }
      const local = relabelForLocality(csr.offsets, csr.targets, lengths);
      const reference = relabelWithSorts(csr.offsets, csr.targets, lengths);
      expect([...local.newOf]).toEqual(reference.newOf);
      expect([...local.offsets]).toEqual(reference.offsets);
      expect([...local.targets]).toEqual(reference.targets);
      expect([...local.lengths!]).toEqual(reference.lengths);
      expect([...relabelForLocality(csr.offsets, csr.targets, null).targets]).toEqual(reference.targets);
    });
  }

  for (const [name, graph, weighted] of [
    ["hop", clustered(300, 1200, 3), false],
    ["weighted", weightedDisconnected(), true],
  ] as const) {
    it(`leaves the ${name} sweep's sums equal to the original numbering's within rounding, the same bits each run`, () => {
      const csr = buildCsr(graph);
      const input = everySource(csr, weighted);
      const renumbered = sweepInline(input);
      const original = sweepUnrenumbered(input);
      for (const key of ["betweenness", "harmonic", "distance"] as const) {
        renumbered[key].forEach((value, v) => expect(value).toBeCloseTo(original[key][v]!, 9));
      }
      expect(sweepInline(everySource(buildCsr(graph), weighted))).toEqual(renumbered);
    });
  }

  it("hands the runner the renumbered graph and cover in memory threads share, made once for the graph's sweeps", async () => {
    const graph = clustered(300, 1200, 3);
    const csr = buildCsr(graph);
    const input = { ...everySource(csr, false), cover: paperCoverOf(graph, csr) };
    const seen: SweepInput[] = [];
    const runner: SweepRunner = {
      run: (given, accept, spare) => (seen.push(given), runChunksInline.run(given, accept, spare)),
    };
    const first = await runSweep(input, runner);
    await runSweep({ ...input, sources: input.sources.slice(0, 10), chunkCount: 2 }, runner);
    const arrays = (given: SweepInput): (Int32Array | Float64Array)[] => {
      const { nodeOffsets, nodePapers, paperOffsets, members, multiOffsets, multiTargets, multiExtra } = given.cover!;
      return [
        given.offsets,
        given.targets,
        nodeOffsets,
        nodePapers,
        paperOffsets,
        members,
        multiOffsets,
        multiTargets,
        multiExtra,
      ];
    };
    for (const array of arrays(seen[0]!)) expect(array.buffer).toBeInstanceOf(SharedArrayBuffer);
    arrays(seen[1]!).forEach((array, i) => expect(array).toBe(arrays(seen[0]!)[i]));
    expect(first).toEqual(sweepInline(input));
  });
  it("returns a sweep's sums and a sampled sweep's estimates, round by round, in shared memory", async () => {
    // Out of V8's external memory, whose growth starts markings of the whole heap (SweepTotals in sweep.ts).
    const graph = clustered(300, 1200, 3);
    const csr = buildCsr(graph);
    const swept = await runSweep({ ...everySource(csr, false), cover: paperCoverOf(graph, csr) });
    const estimates: SweepResult[] = [];
    const sampled = await adaptiveSweep(
      csr,
      labelComponents(csr),
      { firstRound: 20, topK: 10, maxWork: 1e9, lengths: null, rng: createRng(1) },
      (sums) => (estimates.push(sums), [sums.betweenness, sums.distance, sums.harmonic]),
    );
    expect(sampled.rounds).toBeGreaterThan(1);
    expect(estimates).toHaveLength(sampled.rounds);
    for (const sums of [swept, sampled.sums, ...estimates]) {
      for (const array of [sums.betweenness, sums.harmonic, sums.distance]) {
        expect(array.buffer).toBeInstanceOf(SharedArrayBuffer);
      }
    }
  });

  it("gives a graph's next sweep the sum arrays of its last and the same search arrays, with the same bits", async () => {
    const graph = clustered(300, 1200, 3);
    const input = { ...everySource(buildCsr(graph), false), cover: paperCoverOf(graph, buildCsr(graph)) };
    const sums: Float64Array[] = [];
    const spares: (SweepSums | undefined)[] = [];
    const runner: SweepRunner = {
      run: (given, accept, spare) =>
        runChunksInline.run(
          given,
          (index, partial) => (sums.push(partial.betweenness), accept(index, partial)),
          () => {
            const taken = spare?.();
            spares.push(taken);
            return taken;
          },
        ),
    };
    const first = await runSweep(input, runner);
    const made = sums.length;
    spares.length = 0;
    const second = await runSweep(input, runner);
    expect(sums.slice(0, made)).toContain(spares[0]!.betweenness);
    expect(second).toEqual(first);
    expect(second).toEqual(sweepInline({ ...input, cover: paperCoverOf(graph, buildCsr(graph)) }));
  });
});
