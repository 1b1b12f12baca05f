/**
 * The community runs (the reported Louvain or Leiden run and the stability seeds' runs) give the same
 * partitions on the worker threads of src/cli/community-thread.ts, in blocks of seeds, as on the calling
 * thread, and so the same
 * communities, modularity and stability figures; a thread that fails says so where the runs are awaited.
 */

import { describe, expect, it } from "vitest";
import {
  communityThreadCount,
  createThreadCommunityRunner,
  MIN_COMMUNITY_THREAD_WORK,
  seedBlocks,
} from "../../src/cli/community-thread";
import { buildCsr, communityRuns, computeMetrics, type CommunityRunner, type MetricsGraph } from "../../src/metrics";
import { metricsOf } from "../asserts";
import { clustered, weightedDisconnected } from "./fixtures";

/** The summary and every node's community after computeMetrics with `communityRuns`. */
async function measured(graph: MetricsGraph, runner: CommunityRunner | undefined, extra: object = {}) {
  const summary = await computeMetrics(graph, {
    seed: 7,
    exactPathWork: 1e9,
    betweennessSamples: 100,
    stabilitySeeds: 10,
    communityRuns: runner,
    ...extra,
  });
  return { summary, communities: graph.mapNodes((node, attributes) => [node, metricsOf(attributes).community]) };
}

describe("community runs on a worker thread", () => {
  it("give the partitions of every seed that the calling thread gives, reported run first", async () => {
    const csr = buildCsr(clustered(300, 1200, 3));
    const options = { seed: 11, seeds: 4 };
    const threaded = await createThreadCommunityRunner({ minWork: 0 }).start(csr, options)();
    expect(threaded).toEqual(communityRuns(csr, options));
    expect(threaded).toHaveLength(5);
    // In shared memory: transferred buffers would count toward V8's external memory (community-thread-worker.ts).
    for (const run of threaded) expect(run.buffer).toBeInstanceOf(SharedArrayBuffer);
  });

  it("give the same partitions in seed order when the seeds are dealt over three threads", async () => {
    const csr = buildCsr(clustered(300, 1200, 3));
    const options = { seed: 11, seeds: 6 };
    const inline = communityRuns(csr, options);
    // Seed 12 groups the nodes otherwise than seed 11, so a block out of order would show.
    expect(inline[1]).not.toEqual(inline[0]);
    const threaded = await createThreadCommunityRunner({ minWork: 0, threads: 3 }).start(csr, options)();
    expect(threaded).toEqual(inline);
  });

  it("deal the runs into contiguous blocks of seeds whose sizes differ by at most one", () => {
    const blocks = seedBlocks({ seed: 10, seeds: 10, resolution: 2 }, 2);
    expect(blocks).toEqual([
      { seed: 10, seeds: 5, resolution: 2 },
      { seed: 16, seeds: 4, resolution: 2 },
    ]);
    expect(seedBlocks({ seed: 0, seeds: 6 }, 3).map(({ seed, seeds }) => [seed, seeds])).toEqual([
      [0, 2],
      [3, 1],
      [5, 1],
    ]);
  });

  it("leave computeMetrics' communities, modularity and stability unchanged, Louvain and Leiden", async () => {
    const runner = createThreadCommunityRunner({ minWork: 0 });
    for (const extra of [{}, { communityAlgorithm: "leiden", minClusterSize: 5 }]) {
      const inline = await measured(clustered(400, 1600, 2), undefined, extra);
      const threaded = await measured(clustered(400, 1600, 2), runner, extra);
      expect(threaded.communities).toEqual(inline.communities);
      expect(threaded.summary).toEqual(inline.summary);
      expect(threaded.summary.communityStability.seeds).toBe(10);
    }
  });

  it("start one thread per MIN_COMMUNITY_THREAD_WORK of work, at most one per core and per run", () => {
    const count = (slots: number, cores = 2) => communityThreadCount(slots, 11, cores, MIN_COMMUNITY_THREAD_WORK);
    // CSR slots of ca-GrQc, ca-HepPh, the 20k- and 100k-work networks (the stability's ten seeds and the reported run).
    expect([28_968, 236_978, 893_252, 4_314_678].map((slots) => count(slots))).toEqual([0, 0, 0, 1]);
    expect(count(4_314_678, 1)).toBe(0);
    expect(count(100_000_000, 2)).toBe(2);
    expect(count(100_000_000, 64)).toBe(11);
  });

  it("keep a small network's runs on the calling thread, with their progress", async () => {
    const runs: number[] = [];
    const runner = createThreadCommunityRunner();
    const partitions = await runner.start(buildCsr(weightedDisconnected()), { seed: 1, seeds: 3 }, (done) =>
      runs.push(done),
    )();
    expect(runs).toEqual([1, 2, 3]);
    expect(partitions).toHaveLength(4);
  });

  it("report a failed thread as a papergraph error when the runs are awaited", async () => {
    const csr = buildCsr(clustered(100, 300, 1));
    // An impossible node count makes the thread throw (new Array(−1)) before its first run.
    const broken = { ...csr, nodes: { length: -1 } as unknown as string[] };
    const failing = createThreadCommunityRunner({ minWork: 0 }).start(broken, { seed: 1, seeds: 1 });
    await expect(failing()).rejects.toThrow(/community thread failed/);
  });
});
