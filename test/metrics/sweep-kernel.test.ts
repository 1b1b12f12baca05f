/**
 * The sweep kernel's reuse of buffers (src/metrics/sweep-kernel.ts): a thread keeps one set of search
 * arrays for all its chunks and may be handed the sum arrays of a chunk already added. Neither may change
 * a bit of what a chunk computes with fresh arrays. Sums in shared memory take the chunk's eccentricities there.
 */

import { describe, expect, it } from "vitest";
import { buildCsr, createSweepScratch, sweepChunk, type MetricsGraph, type SweepInput } from "../../src/metrics";
import { clustered, weightedDisconnected } from "./fixtures";

/** Every node a source, cut into `chunkCount` chunks; weighted paths take 1/weight as length. */
function inputOf(graph: MetricsGraph, chunkCount: number, weighted: boolean): SweepInput {
  const csr = buildCsr(graph);
  const n = csr.nodes.length;
  return {
    offsets: csr.offsets,
    targets: csr.targets,
    lengths: weighted ? csr.weights.map((weight) => 1 / weight) : null,
    sources: Int32Array.from({ length: n }, (_, v) => v),
    scales: new Float64Array(n).fill(1),
    chunkCount,
  };
}

describe("sweepChunk", () => {
  for (const [name, graph, weighted] of [
    ["BFS", clustered(200, 700, 3), false],
    ["Dijkstra", weightedDisconnected(), true],
  ] as const) {
    it(`gives the bits of fresh arrays when one thread's ${name} scratch runs chunk after chunk`, () => {
      const input = inputOf(graph, 4, weighted);
      const scratch = createSweepScratch(input);
      for (let index = 0; index < input.chunkCount; index++) {
        expect(sweepChunk(input, index, scratch)).toEqual(sweepChunk(input, index));
      }
    });

    it(`clears spare ${name} sum arrays that still hold another chunk's sums before filling them`, () => {
      const input = inputOf(graph, 3, weighted);
      const scratch = createSweepScratch(input);
      const spare = sweepChunk(input, 0, scratch);
      const reused = sweepChunk(input, 2, scratch, spare);
      expect(reused.betweenness).toBe(spare.betweenness);
      expect(reused).toEqual(sweepChunk(input, 2));
    });
  }

  it("puts a chunk's eccentricities in shared memory when its spare sums are there, and only then", () => {
    const input = inputOf(clustered(200, 700, 3), 3, false);
    const scratch = createSweepScratch(input);
    const n = input.offsets.length - 1;
    const shared = () => new Float64Array(new SharedArrayBuffer(8 * n));
    const spare = { betweenness: shared(), harmonic: shared(), distance: shared() };
    const inShared = sweepChunk(input, 1, scratch, spare);
    // A worker thread then transfers none of the partial's buffers: none is ever detached on it.
    for (const array of [inShared.betweenness, inShared.harmonic, inShared.distance, inShared.eccentricity])
      expect(array.buffer).toBeInstanceOf(SharedArrayBuffer);
    expect(inShared).toEqual(sweepChunk(input, 1));
    expect(sweepChunk(input, 1, scratch).eccentricity.buffer).toBeInstanceOf(ArrayBuffer);
    expect(sweepChunk(input, 1, scratch, sweepChunk(input, 0)).eccentricity.buffer).toBeInstanceOf(ArrayBuffer);
  });
});
