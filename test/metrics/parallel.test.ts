/**
 * The shortest-path sweep gives the same bits whichever runner executes it: inline, on worker threads
 * (src/cli/metrics-threads.ts) or with chunks delivered out of order — the fixed summation order of
 * src/metrics/sweep.ts is what makes that hold.
 */

import { describe, expect, it } from "vitest";
import { createThreadSweepRunner } from "../../src/cli/metrics-threads";
import { computeMetrics, sweepChunk, type MetricsGraph, type SweepRunner } from "../../src/metrics";
import { metricsOf } from "../asserts";
import { clustered, weightedDisconnected } from "./fixtures";

const PATH_METRICS = ["betweenness", "closeness", "harmonic"] as const;

/** Path-metric attributes of every node, for exact (Object.is) comparison. */
const values = (graph: MetricsGraph) =>
  graph.mapNodes((node, attributes) => [node, ...PATH_METRICS.map((key) => metricsOf(attributes)[key])]);

/** A runner that computes every chunk, then hands them over last first. */
const reversed: SweepRunner = {
  run(input, accept) {
    const partials = Array.from({ length: input.chunkCount }, (_, index) => sweepChunk(input, index));
    for (const [index, partial] of [...partials.entries()].reverse()) accept(index, partial);
    return Promise.resolve();
  },
};

async function measured(graph: MetricsGraph, sweep?: SweepRunner, extra: object = {}) {
  const summary = await computeMetrics(graph, {
    seed: 5,
    exactPathWork: 5000,
    betweennessSamples: 100,
    sweep,
    ...extra,
  });
  return { summary, values: values(graph) };
}

describe("parallel sweep", () => {
  it("worker threads give the same bits as the inline sweep, exact and sampled", async () => {
    const threads = createThreadSweepRunner({ threads: 2, minWork: 0 });
    for (const extra of [{}, { exactPathWork: 100 }]) {
      const inline = await measured(clustered(400, 1600, 2), undefined, extra);
      const threaded = await measured(clustered(400, 1600, 2), threads, extra);
      expect(threaded.values).toEqual(inline.values);
      expect(threaded.summary).toEqual(inline.summary);
    }
  });

  it("chunks delivered out of order are still added in chunk order", async () => {
    const inline = await measured(clustered(300, 1200, 4));
    const shuffled = await measured(clustered(300, 1200, 4), reversed);
    expect(shuffled.values).toEqual(inline.values);
  });

  it("the weighted variant gives the same bits on threads as inline", async () => {
    const threads = createThreadSweepRunner({ threads: 2, minWork: 0 });
    const inline = await measured(weightedDisconnected(), undefined, { weightedPaths: true });
    const threaded = await measured(weightedDisconnected(), threads, { weightedPaths: true });
    expect(threaded.values).toEqual(inline.values);
    expect(inline.summary.weightedPaths).toBe(true);
  });

  it("one runner's threads, kept between sweeps, give the inline bits for the same graph again and for others", async () => {
    const threads = createThreadSweepRunner({ threads: 2, minWork: 0 });
    const graphs = [clustered(300, 1200, 2), clustered(300, 1200, 2), clustered(200, 600, 3), weightedDisconnected()];
    for (const [i, graph] of graphs.entries()) {
      const extra = i === 3 ? { weightedPaths: true } : { exactPathWork: 150_000, betweennessSamples: 32 };
      const expected = await measured(graph.copy(), undefined, extra);
      // A sampled sweep runs in rounds on one graph: the threads get its links once, then sources only.
      const threaded = await measured(graph, threads, extra);
      expect(threaded.values).toEqual(expected.values);
      expect(threaded.summary).toEqual(expected.summary);
      if (i < 3) expect(threaded.summary.betweenness.rounds).toBeGreaterThan(1);
    }
  });

  it("a runner that skips chunks is reported instead of giving partial sums", async () => {
    const lazy: SweepRunner = { async run() {} };
    await expect(measured(clustered(100, 300, 1), lazy)).rejects.toThrow(
      /^papergraph\/metrics: the sweep runner returned/,
    );
  });
});
