/**
 * The scheduler both sweep drivers use (src/metrics/sweep-pool.ts), driven here by in-process fake workers
 * that answer after seeded random delays, so chunks come back out of order on several "threads". Like
 * the real drivers, each fake keeps one set of search arrays and runs a chunk into the spare sums it is
 * handed.
 */

import { describe, expect, it } from "vitest";
import {
  computeMetrics,
  createPoolSweepRunner,
  createSweepScratch,
  sweepChunk,
  type MetricsGraph,
  type StartSweepWorker,
  type SweepRunner,
  type SweepSums,
} from "../../src/metrics";
import { chunkOrder, type SweepInput } from "../../src/metrics/sweep-kernel";
import type { BlockGraph } from "../../src/metrics/block-cut";
import { createRng } from "../../src/model";
import { clustered } from "./fixtures";

/**
 * Fake workers: each runs its chunks on this thread after a seeded random delay (none with `inOrder`);
 * the log says what happened, `fresh` counting the chunks that came with no spare sums.
 */
function fakePool(options: { failOnChunk?: number; inOrder?: boolean } = {}) {
  const log = { started: 0, terminated: 0, chunks: [] as number[], fresh: 0 };
  const delay = createRng(3);
  const start: StartSweepWorker = (input, onPartial, onError) => {
    log.started++;
    const scratch = createSweepScratch(input);
    return {
      run(index, spare) {
        if (!spare) log.fresh++;
        setTimeout(
          () => {
            if (index === options.failOnChunk) return onError(new Error(`chunk ${index} failed`));
            log.chunks.push(index);
            onPartial(index, sweepChunk(input, index, scratch, spare));
          },
          options.inOrder ? 0 : Math.floor(delay() * 5),
        );
      },
      terminate() {
        log.terminated++;
      },
    };
  };
  return { start, log };
}

async function pathMetrics(sweep?: SweepRunner): Promise<number[][]> {
  const graph: MetricsGraph = clustered(300, 1200, 4);
  await computeMetrics(graph, { seed: 5, exactPathWork: 5000, betweennessSamples: 100, sweep });
  return graph.mapNodes((_node, { betweenness = NaN, closeness = NaN, harmonic = NaN }) => [
    betweenness,
    closeness,
    harmonic,
  ]);
}

describe("createPoolSweepRunner", () => {
  it("shares the chunks out to the workers and gives the inline sweep's bits", async () => {
    const { start, log } = fakePool();
    const pooled = await pathMetrics(createPoolSweepRunner(start, { workers: 3, minWork: 0 }));
    expect(pooled).toEqual(await pathMetrics());
    expect(log.started).toBe(3);
    expect([...log.chunks].sort((a, b) => a - b)).toEqual(Array.from({ length: log.chunks.length }, (_, i) => i));
    expect(log.chunks).not.toEqual([...log.chunks].sort((a, b) => a - b));
    expect(log.terminated).toBe(3);
  });

  it("hands every chunk after the first one per worker the sums of a chunk already added", async () => {
    const { start, log } = fakePool({ inOrder: true });
    const pooled = await pathMetrics(createPoolSweepRunner(start, { workers: 3, minWork: 0 }));
    expect(pooled).toEqual(await pathMetrics());
    expect(log.chunks.length).toBeGreaterThan(30);
    // Each sampling round's sweep starts its workers anew: one fresh set of sums per worker started.
    expect(log.fresh).toBe(log.started);
  });

  it("with sharesSums hands the workers sum arrays in shared memory only, with the same bits", async () => {
    const spares: (SweepSums | undefined)[] = [];
    const { start: fake } = fakePool();
    const start: StartSweepWorker = (input, onPartial, onError) => {
      const worker = fake(input, onPartial, onError);
      return { ...worker, run: (index, spare) => (spares.push(spare), worker.run(index, spare)) };
    };
    const runner = createPoolSweepRunner(start, { workers: 3, minWork: 0, sharesSums: true });
    expect(runner.sharesSums).toBe(true);
    expect(await pathMetrics(runner)).toEqual(await pathMetrics());
    // None made by the kernel in the worker (which a driver would then transfer back): all made shared.
    expect(spares.length).toBeGreaterThan(30);
    for (const spare of spares) {
      expect(spare && [spare.betweenness, spare.harmonic, spare.distance].map((a) => a.buffer.constructor)).toEqual([
        SharedArrayBuffer,
        SharedArrayBuffer,
        SharedArrayBuffer,
      ]);
    }
  });

  it("runs a sweep below minWork on the calling thread without starting a worker", async () => {
    const { start, log } = fakePool();
    const pooled = await pathMetrics(createPoolSweepRunner(start, { workers: 3, minWork: Infinity }));
    expect(pooled).toEqual(await pathMetrics());
    expect(log.started).toBe(0);
  });

  it("with yieldToEvents runs chunks on the calling thread too, beside one worker fewer, with the same bits", async () => {
    const { start, log } = fakePool();
    let yields = 0;
    const yieldToEvents = () => new Promise<void>((resolve) => setImmediate(() => resolve(void yields++)));
    const pooled = await pathMetrics(createPoolSweepRunner(start, { workers: 3, minWork: 0, yieldToEvents }));
    expect(pooled).toEqual(await pathMetrics());
    // Each sampling round starts two fakes; the calling thread runs the chunks they were not handed.
    expect(log.started).toBeGreaterThan(0);
    expect(log.started % 2).toBe(0);
    expect(log.chunks.length).toBeGreaterThan(0);
    expect(yields).toBeGreaterThan(0);
    expect(log.terminated).toBe(log.started);
  });

  it("with yieldToEvents makes the calling thread's other metrics and community runs during the sweep, with the same bits", async () => {
    const run = async (sweep?: SweepRunner) => {
      const graph: MetricsGraph = clustered(300, 1200, 4);
      const stages: string[] = [];
      const options = { seed: 5, exactPathWork: 1e9, betweennessSamples: 1000, stabilitySeeds: 3, sweep };
      await computeMetrics(graph, options, (stage, done, total) => stages.push(`${stage} ${done}/${total}`));
      return { nodes: graph.mapNodes((_node, attributes) => attributes), stages };
    };
    const yieldToEvents = () => new Promise<void>((resolve) => setImmediate(resolve));
    const inline = await run();
    const pooled = await run(createPoolSweepRunner(fakePool().start, { workers: 2, minWork: 0, yieldToEvents }));
    expect(pooled.nodes).toEqual(inline.nodes);
    // Inline, the community runs follow the sweep; pooled, the calling thread makes them while the fake sweeps.
    const lastPaths = (stages: string[]) =>
      stages.length - 1 - [...stages].reverse().findIndex((s) => s.startsWith("paths"));
    expect(inline.stages.indexOf("community stability 1/3")).toBeGreaterThan(lastPaths(inline.stages));
    expect(pooled.stages.indexOf("community stability 3/3")).toBeLessThan(lastPaths(pooled.stages));
  });

  it("with yieldToEvents still rejects with a worker's error and stops the workers", async () => {
    const { start, log } = fakePool({ failOnChunk: 0 });
    const yieldToEvents = () => new Promise<void>((resolve) => setImmediate(resolve));
    await expect(pathMetrics(createPoolSweepRunner(start, { workers: 2, minWork: 0, yieldToEvents }))).rejects.toThrow(
      "chunk 0 failed",
    );
    expect(log.terminated).toBe(1);
  });

  it("starts its workers ahead through startAhead when told of a sweep of at least minWork", () => {
    const counts: number[] = [];
    const options = { workers: 3, minWork: 100, startAhead: (count: number) => void counts.push(count) };
    createPoolSweepRunner(fakePool().start, options).prepare?.(99);
    expect(counts).toEqual([]);
    createPoolSweepRunner(fakePool().start, options).prepare?.(100);
    const yieldToEvents = () => new Promise<void>((resolve) => setImmediate(resolve));
    createPoolSweepRunner(fakePool().start, { ...options, yieldToEvents }).prepare?.(100);
    // The calling thread sweeps too with yieldToEvents: one worker fewer.
    expect(counts).toEqual([3, 2]);
  });

  it("hands the chunks of a sweep split at cut vertices out costliest first (chunkOrder)", () => {
    // Six incidences in three chunks of two: blocks of 4, 2 and 8 slots.
    const blocks = {
      offsets: Int32Array.of(0, 2, 4, 5, 6, 10, 14),
      blockOf: Int32Array.of(0, 0, 1, 1, 2, 2),
      blockStart: Int32Array.of(0, 2, 4),
      blockEnd: Int32Array.of(2, 4, 6),
    } as unknown as BlockGraph;
    const input = { sources: Int32Array.of(0, 1, 2, 3, 4, 5), chunkCount: 3 } as SweepInput;
    expect([...chunkOrder({ ...input, blocks })]).toEqual([2, 0, 1]);
    expect([...chunkOrder(input)]).toEqual([0, 1, 2]);
  });

  it("rejects with the driver's error when a worker fails, and stops every worker", async () => {
    const { start, log } = fakePool({ failOnChunk: 5 });
    await expect(pathMetrics(createPoolSweepRunner(start, { workers: 2, minWork: 0 }))).rejects.toThrow(
      "chunk 5 failed",
    );
    expect(log.terminated).toBe(2);
  });
});
