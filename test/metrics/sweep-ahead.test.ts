/**
 * The sampled sweep's first rounds swept ahead from the typed links (src/metrics/sweep-ahead.ts; on a worker
 * thread in the CLI, src/cli/step-threads.ts) and taken back by the metrics, whole or stopped part-way, give
 * the metrics' bits; rounds of other sources are swept anew; a sweep resumed from its first chunks' sums is
 * the whole sweep's; the pipeline starts a sweep ahead only when the metrics read the projection's links.
 */

import { describe, expect, it } from "vitest";
import { createThreadSweepRunner } from "../../src/cli/metrics-threads";
import { createThreadSweepAheadRunner } from "../../src/cli/step-threads";
import { generateCorpus } from "../../src/cli/synthetic-corpus";
import { buildBipartiteWithAuthorships, projectCoauthors, projectLinks, type CoauthorLinks } from "../../src/graphs";
import { resolveIdentities } from "../../src/identity";
import { ingest } from "../../src/ingest";
import {
  buildCsr,
  computeMetrics,
  sweepRoundsAhead,
  type AheadLinks,
  type AheadRound,
  type SweepAheadRunner,
} from "../../src/metrics";
import { runSweep, sweepUntil } from "../../src/metrics/sweep";
import { analyse, createStepCache, resumeAnalysis } from "../../src/pipeline";

const corpus = resolveIdentities(ingest(generateCorpus(1500, 3), { referenceYear: 2026 }));
/** Sampled in several rounds on this network. */
const OPTIONS = { seed: 7, exactPathWork: 10_000_000, betweennessSamples: 40 };
const PATH_METRICS = ["betweenness", "closeness", "harmonic"] as const;

function network() {
  const built = buildBipartiteWithAuthorships(corpus, {});
  const links = projectLinks(built.incidence, 100);
  const projection = projectCoauthors(
    built.graph,
    { maxAuthorsPerPaper: 100 },
    built.incidence,
    built.paperTopics,
    links,
  );
  return { ...projection, ahead: aheadLinks(links, built.incidence.authorCount) };
}

function aheadLinks(links: CoauthorLinks, nodeCount: number): AheadLinks {
  const { source, target, weight, paperStart, papers } = links;
  return { nodeCount, source, target, weight, paperStart, papers };
}

/** A stop flag that holds from its `after`-th question on. */
function stopAfter(after: number): () => boolean {
  let asked = 0;
  return () => asked++ >= after;
}

/** The coauthor metrics with `rounds` swept ahead: path metrics of every node, the summary, the first progress. */
async function measured(rounds?: readonly AheadRound[]) {
  const { graph, links } = network();
  const progress: [number, number][] = [];
  const summary = await computeMetrics(
    graph,
    { ...OPTIONS, links, sweepAhead: rounds && (() => Promise.resolve(rounds)) },
    (stage, done, total) => {
      if (stage.startsWith("paths")) progress.push([done, total]);
    },
  );
  const values = graph.mapNodes((node, attributes) => [node, ...PATH_METRICS.map((key) => attributes[key])]);
  return { summary, values, firstProgress: progress[0] };
}

describe("the sampled sweep's first rounds swept ahead", () => {
  it("give the metrics' bits, taken whole or stopped part-way", async () => {
    const plain = await measured();
    expect(plain.summary.betweenness.mode).toBe("sampled");
    expect(plain.summary.betweenness.rounds).toBeGreaterThan(2);
    const { ahead } = network();
    const whole = sweepRoundsAhead(ahead, OPTIONS, () => false);
    const chunks = whole.map((round) => Math.min(64, round.sources.length));
    expect(whole.map((round) => round.progress.chunks)).toEqual(chunks);
    expect(whole).toHaveLength(2);
    // The flag is asked twice before the rounds, once before each round and before each chunk: stopped
    // before any round, before the first chunk, within the first round, and within the second.
    const stops = [0, 3, 3 + 17, 3 + chunks[0]! + 1 + 16];
    const cases = [whole, ...stops.map((after) => sweepRoundsAhead(ahead, OPTIONS, stopAfter(after)))];
    expect(cases.map((rounds) => rounds.map((round) => round.progress.chunks))).toEqual([
      chunks,
      [],
      [0],
      [17],
      [chunks[0], 16],
    ]);
    for (const rounds of cases) {
      const early = await measured(rounds);
      expect(early.values).toEqual(plain.values);
      expect(early.summary).toEqual(plain.summary);
    }
    // The whole first round is taken, not swept again: its first progress is its end.
    const [sources] = (await measured(whole)).firstProgress!;
    expect(sources).toBe(whole[0]!.sources.length);
  });

  it("are swept anew when their sources are not the metrics' (another seed)", async () => {
    const plain = await measured();
    const other = sweepRoundsAhead(network().ahead, { ...OPTIONS, seed: 8 }, () => false);
    const early = await measured(other);
    expect(early.values).toEqual(plain.values);
    expect(early.firstProgress![0]).toBe(0);
  });

  it("are none when the metrics' sweep is exact", () => {
    expect(sweepRoundsAhead(network().ahead, { ...OPTIONS, exactPathWork: 1e12 }, () => false)).toEqual([]);
  });

  it("come from a worker thread with the same bits, and need enough papers and two threads", async () => {
    const plain = await measured();
    const runner = createThreadSweepAheadRunner({ threads: 2, minPapers: 0 });
    const ahead = runner(OPTIONS, 1500)!;
    ahead.start(network().ahead);
    const rounds = await ahead.take();
    const early = await measured(rounds);
    expect(early.values).toEqual(plain.values);
    expect(await runner(OPTIONS, 1500)!.take()).toEqual([]);
    expect(createThreadSweepAheadRunner({ threads: 1 })(OPTIONS, 1500)).toBe(undefined);
    expect(createThreadSweepAheadRunner({ minPapers: 1501 })(OPTIONS, 1500)).toBe(undefined);
  });
});

describe("a sweep resumed from its first chunks", () => {
  it("gives the whole sweep's bits, inline and on threads", async () => {
    const { graph } = network();
    const order = graph.order;
    // A plain links sweep (no cover) from every tenth node: its copy of the graph is the twin quotient.
    const { offsets, targets } = buildCsr(graph);
    const sources = Int32Array.from({ length: Math.floor(order / 10) }, (_, i) => i * 10);
    const input = () => ({
      offsets,
      targets,
      lengths: null,
      sources,
      scales: new Float64Array(sources.length).fill(1),
      chunkCount: 64,
    });
    const whole = await runSweep(input());
    const threads = createThreadSweepRunner({ threads: 2, minWork: 0 });
    for (const after of [0, 10, 64]) {
      expect(await runSweep(input(), undefined, undefined, undefined, sweepUntil(input(), stopAfter(after)))).toEqual(
        whole,
      );
      expect(await runSweep(input(), threads, undefined, undefined, sweepUntil(input(), stopAfter(after)))).toEqual(
        whole,
      );
    }
    const other = sweepUntil({ ...input(), sources: sources.subarray(1) }, stopAfter(5));
    await expect(runSweep(input(), undefined, undefined, undefined, other)).rejects.toThrow(/another input/);
  });
});

describe("the pipeline's sweep ahead", () => {
  /** A runner that sweeps inline when taken, recording what it was asked. */
  function inlineRunner(log: string[]): SweepAheadRunner {
    return (options) => {
      let links: AheadLinks | undefined;
      log.push("asked");
      return {
        start: (given) => {
          log.push("start");
          links = given;
        },
        take: () => {
          const rounds = links ? sweepRoundsAhead(links, options, () => false) : [];
          log.push(`take ${rounds.length}`);
          return Promise.resolve(rounds);
        },
        drop: () => log.push("drop"),
      };
    };
  }

  it("leaves the analysis unchanged, and starts only when the metrics read the projection's links", async () => {
    const inputs = generateCorpus(600, 5);
    for (const extra of [{}, { minDegree: 2 }, { weightedPaths: true }]) {
      const options = { referenceYear: 2026, layoutIterations: 0, ...OPTIONS, ...extra };
      const plain = await analyse(inputs, options);
      expect(plain.coauthorSummary.betweenness.rounds).toBeGreaterThan(2);
      const log: string[] = [];
      const early = await analyse(inputs, options, undefined, { sweepAhead: inlineRunner(log) });
      expect(early.coauthors.export()).toEqual(plain.coauthors.export());
      expect(early.coauthorSummary).toEqual(plain.coauthorSummary);
      expect(log).toEqual(Object.keys(extra).length === 0 ? ["asked", "start", "take 2", "drop"] : []);
    }
  });

  it("is not asked when the cache keeps the projection, and a resumed analysis is analyse()'s", async () => {
    const inputs = generateCorpus(600, 5);
    const options = { referenceYear: 2026, layoutIterations: 0, ...OPTIONS };
    const cache = createStepCache();
    const log: string[] = [];
    const runtime = { sweepAhead: inlineRunner(log) };
    await resumeAnalysis(cache, inputs, options, undefined, runtime);
    const resumed = await resumeAnalysis(cache, inputs, { ...options, seed: 9 }, undefined, runtime);
    const plain = await analyse(inputs, { ...options, seed: 9 });
    expect(log).toEqual(["asked", "start", "take 2", "drop"]);
    expect(resumed.coauthors.export()).toEqual(plain.coauthors.export());
    expect(resumed.coauthorSummary).toEqual(plain.coauthorSummary);
  });
});
