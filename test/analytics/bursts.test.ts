/**
 * Kleinberg bursts: a hand computation, and every topic and author stream of a real group bibliography
 * (test/fixtures/real/bibtex/plai-group.bib, papers over several years) against
 * test/analytics/burst-reference.py, the same formulation written afresh in Python with scipy's binomial.
 */

import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { detectBursts, findBursts, MIN_STREAM_PAPERS } from "../../src/analytics";
import { papersByItem } from "../../src/analytics/paper-incidence";
import { buildBipartiteTables } from "../../src/graphs";
import { analyse, type Analysis } from "../../src/pipeline";
import { expectClose } from "../asserts";
import { readRealFixture } from "../real-fixtures";

describe("detectBursts", () => {
  it("finds the burst of a hand-worked stream, with its weight", () => {
    // r = 0 0 5 5 0 of d = 10 each: p0 = 10/50 = 0.2, p1 = 2 · 0.2 = 0.4, entering costs ln 5 = 1.6094.
    // σ0(0) = 2.2314, σ1(0) = 5.1083, σ0(5) = 3.6335, σ1(5) = 1.6062 (−scipy binom.logpmf). All in q0
    // costs 3 · 2.2314 + 2 · 3.6335 = 13.9613; q1 in batches 2–3 costs 3 · 2.2314 + 2 · 1.6062 + 1.6094 =
    // 11.5160, the least: one burst, weight 2 · (3.6335 − 1.6062) = 4.0547.
    const [burst, ...rest] = detectBursts([0, 0, 5, 5, 0], [10, 10, 10, 10, 10]);
    expect(rest).toEqual([]);
    expect(burst).toMatchObject({ start: 2, end: 3 });
    expectClose(burst!.weight, 4.054651081081644, 1e-9);
  });

  it("gives a stream the same bursts after longer and shorter streams (its working arrays are reused)", () => {
    const alone = detectBursts([0, 0, 5, 5, 0], [10, 10, 10, 10, 10]);
    const long = Array.from({ length: 40 }, (_, t) => (t % 7 === 3 ? 9 : 1));
    detectBursts(
      long,
      long.map(() => 10),
    );
    detectBursts([3, 0], [4, 4]);
    expect(detectBursts([0, 0, 5, 5, 0], [10, 10, 10, 10, 10])).toEqual(alone);
  });

  it("finds none in a steady stream, nor when nothing or everything is relevant", () => {
    expect(detectBursts([2, 2, 2, 2], [10, 10, 10, 10])).toEqual([]);
    expect(detectBursts([0, 0, 0], [5, 5, 5])).toEqual([]);
    expect(detectBursts([5, 5], [5, 5])).toEqual([]);
  });

  it("needs a stronger rise to burst when entering the burst state costs more", () => {
    // p0 = 16/80 = 0.2, p1 = 0.4: the two years of 5 gain 2 · (5 ln 2 + 5 ln(0.6/0.8)) = 4.05 over the base
    // state, more than entering at γ = 1 costs (ln 8 = 2.08), less than at γ = 3 (6.24).
    const relevant = [1, 1, 1, 5, 5, 1, 1, 1];
    const total = relevant.map(() => 10);
    expect(detectBursts(relevant, total, { s: 2, gamma: 1 })).toHaveLength(1);
    expect(detectBursts(relevant, total, { s: 2, gamma: 3 })).toEqual([]);
  });
});

describe("bursts on plai-group.bib", () => {
  let analysis: Analysis;
  let reference: Record<string, [number, number, number][]>;
  let first: number;

  beforeAll(async () => {
    const bib = { name: "plai-group.bib", text: readRealFixture("bibtex/plai-group.bib") };
    analysis = await analyse([bib], { referenceYear: 2026, layoutIterations: 0 });
    const { bipartite } = analysis;
    const years = bipartite
      .filterNodes((_n, a) => a.kind === "paper" && a.year !== undefined)
      .map((node) => {
        const attributes = bipartite.getNodeAttributes(node);
        return attributes.kind === "paper" ? attributes.year! : 0;
      });
    first = Math.min(...years);
    const total = new Array<number>(Math.max(...years) - first + 1).fill(0);
    for (const year of years) total[year - first]!++;
    const streams: Record<string, number[]> = {};
    bipartite.forEachNode((node, attributes) => {
      if (attributes.kind === "paper") return;
      const counts = total.map(() => 0);
      bipartite.forEachNeighbor(node, (paper) => {
        const paperAttributes = bipartite.getNodeAttributes(paper);
        if (paperAttributes.kind === "paper" && paperAttributes.year !== undefined)
          counts[paperAttributes.year - first]!++;
      });
      if (counts.reduce((a, b) => a + b, 0) >= MIN_STREAM_PAPERS) streams[node] = counts;
    });
    const file = join(mkdtempSync(join(tmpdir(), "papergraph-bursts-")), "streams.json");
    writeFileSync(file, JSON.stringify({ s: 2, gamma: 1, total, streams }));
    const script = join(import.meta.dirname, "burst-reference.py");
    const run = spawnSync("/usr/bin/python3", [script, file], { encoding: "utf8" });
    expect(run.status, run.stderr).toBe(0);
    reference = JSON.parse(run.stdout) as Record<string, [number, number, number][]>;
  });

  it("finds every topic's and author's bursts as the Python formulation does, years and weights", () => {
    const { all } = findBursts(analysis.bipartite);
    const expected = Object.entries(reference).flatMap(([key, runs]) =>
      runs.map(([start, end, weight]) => ({ key, start: first + start, end: first + end, weight })),
    );
    const byKey = (a: { key: string; start: number }, b: { key: string; start: number }) =>
      a.key.localeCompare(b.key) || a.start - b.start;
    const found = [...all].sort(byKey);
    expected.sort(byKey);
    expect(found.map(({ key, start, end }) => [key, start, end])).toEqual(
      expected.map(({ key, start, end }) => [key, start, end]),
    );
    found.forEach((burst, i) => expectClose(burst.weight, expected[i]!.weight, 1e-9, burst.key));
    // The lab's bibliography has bursts of both kinds.
    expect(found.some((burst) => burst.key.startsWith("topic:"))).toBe(true);
    expect(found.some((burst) => burst.key.startsWith("author:"))).toBe(true);
  });

  it("finds the same bursts from the build's tables as from the graph read back", () => {
    const { bipartite, corpus, paperTopics, insights } = analysis;
    const fromGraph = findBursts(bipartite);
    expect(findBursts(buildBipartiteTables(corpus, paperTopics))).toEqual(fromGraph);
    expect(insights.bursts).toEqual(fromGraph.report);
  });

  it("lists the strongest bursts in the insights and marks each node with its strongest", () => {
    const { bursts } = analysis.insights;
    expect(bursts.parameters).toEqual({ s: 2, gamma: 1 });
    expect(bursts.years?.first).toBe(first);
    for (const list of [bursts.topics, bursts.authors])
      for (let i = 1; i < list.length; i++) expect(list[i - 1]!.weight).toBeGreaterThanOrEqual(list[i]!.weight);
    const top = bursts.authors[0]!;
    expect(analysis.coauthors.getNodeAttributes(top.key)).toMatchObject({
      burstStart: top.start,
      burstEnd: top.end,
      burstWeight: top.weight,
    });
    const topic = bursts.topics[0]!;
    expect(analysis.topics.getNodeAttribute(topic.key, "burstStart")).toBe(topic.start);
    const quiet = analysis.coauthors.findNode((node) => !bursts.authors.some((burst) => burst.key === node));
    if (quiet !== undefined && !findBursts(analysis.bipartite).all.some((burst) => burst.key === quiet))
      expect(analysis.coauthors.getNodeAttribute(quiet, "burstStart")).toBeUndefined();
  });
});

describe("papersByItem", () => {
  it("lists each item's papers in paper order, once each", () => {
    // Paper 0: items 2, 0, 2 (2 listed twice); paper 1: none; paper 2: 0; paper 3: 1, 2.
    const paperStart = Int32Array.from([0, 3, 3, 4, 6]);
    const items = Int32Array.from([2, 0, 2, 0, 1, 2]);
    const { start, papers } = papersByItem(4, paperStart, items);
    expect([...start]).toEqual([0, 2, 3, 5, 5]);
    expect([...papers]).toEqual([0, 2, 3, 0, 3]);
  });
});
