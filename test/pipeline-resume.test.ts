/**
 * resumeAnalysis(): the same table of steps as analyse(), rerun from the first step a change touches (on
 * the seed corpus, data/can-rager.profile.txt, with a second profile page as an added file). What ran is
 * what the StepCache reports; what came out is compared with analyse() from scratch.
 */

import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { AnalysisOptions } from "../src/options";
import { analyse, createStepCache, resumeAnalysis, type Analysis } from "../src/pipeline";
import type { InputFile, NetworkGraph } from "../src/model";

const SEED: InputFile = {
  name: "can-rager.profile.txt",
  text: readFileSync(join(import.meta.dirname, "../data/can-rager.profile.txt"), "utf8"),
};
const SECOND: InputFile = {
  name: "second-profile.txt",
  text: readFileSync(join(import.meta.dirname, "e2e/fixtures/second-profile.txt"), "utf8"),
};
const BASE: Partial<AnalysisOptions> = { referenceYear: 2026, layoutIterations: 0 };

/** A network as comparable data: nodes with attributes by key, links by their ends (keys are made up). */
function canonical(graph: NetworkGraph): unknown {
  const nodes = graph.mapNodes((node, attributes) => ({ node, attributes }));
  nodes.sort((a, b) => a.node.localeCompare(b.node));
  const edges = graph.mapEdges((_edge, attributes, source, target) => ({
    ends: [source, target].sort().join(" — "),
    attributes,
  }));
  edges.sort((a, b) => a.ends.localeCompare(b.ends));
  return { nodes, edges };
}

function same(resumed: Analysis, fresh: Analysis): void {
  expect(canonical(resumed.coauthors)).toEqual(canonical(fresh.coauthors));
  expect(canonical(resumed.topics)).toEqual(canonical(fresh.topics));
  expect(resumed.coauthorSummary).toEqual(fresh.coauthorSummary);
  expect(resumed.corpus.papers).toEqual(fresh.corpus.papers);
  expect(resumed.corpus.diagnostics).toEqual(fresh.corpus.diagnostics);
}

describe("resumeAnalysis", () => {
  it("runs every step the first time and none when nothing changed", async () => {
    const cache = createStepCache();
    await resumeAnalysis(cache, [SEED], BASE);
    expect(cache.takeRan()).toEqual([
      "ingest",
      "identities",
      "years",
      "topics",
      "bipartite",
      "projection",
      "filter",
      "topic network",
      "coauthor metrics",
      "counting comparison",
      "community labels",
      "topic metrics",
      "bursts",
      "author indicators",
      "coauthor appearance",
      "topic appearance",
      "coauthor layout",
      "topic layout",
    ]);
    await resumeAnalysis(cache, [SEED], { ...BASE });
    expect(cache.takeRan()).toEqual([]);
  });

  it("reruns only the coauthor filter and what reads it when a coauthor filter changes", async () => {
    const cache = createStepCache();
    const first = await resumeAnalysis(cache, [SEED], BASE);
    cache.takeRan();
    const filtered = await resumeAnalysis(cache, [SEED], { ...BASE, hideOwners: true, minLinkWeight: 2 });
    expect(cache.takeRan()).toEqual([
      "filter",
      "coauthor metrics",
      "counting comparison",
      "community labels",
      "bursts",
      "author indicators",
      "coauthor appearance",
      "coauthor layout",
    ]);
    // The read and identified corpus, its topics and the topic network are the very same objects.
    expect(filtered.corpus.papers).toBe(first.corpus.papers);
    expect(filtered.paperTopics).toBe(first.paperTopics);
    expect(filtered.topics).toBe(first.topics);
    same(filtered, await analyse([SEED], { ...BASE, hideOwners: true, minLinkWeight: 2 }));
  });

  it("reruns the coauthor metrics, appearance and layout, not the rank comparison, when the counting changes", async () => {
    const cache = createStepCache();
    await resumeAnalysis(cache, [SEED], BASE);
    cache.takeRan();
    const fractional = await resumeAnalysis(cache, [SEED], { ...BASE, counting: "fractional" });
    expect(cache.takeRan()).toEqual([
      "filter",
      "coauthor metrics",
      "community labels",
      "coauthor appearance",
      "coauthor layout",
    ]);
    same(fractional, await analyse([SEED], { ...BASE, counting: "fractional" }));
  });

  it("reruns from the year range, keeping the read and identified corpus, when the years change", async () => {
    const cache = createStepCache();
    await resumeAnalysis(cache, [SEED], BASE);
    cache.takeRan();
    const recent = await resumeAnalysis(cache, [SEED], { ...BASE, yearFrom: 2025 });
    const ran = cache.takeRan();
    expect(ran[0]).toBe("years");
    expect(ran).not.toContain("ingest");
    expect(ran).not.toContain("identities");
    same(recent, await analyse([SEED], { ...BASE, yearFrom: 2025 }));
  });

  it("reads the files again when one is added, and gives what analyse() gives on both", async () => {
    const cache = createStepCache();
    await resumeAnalysis(cache, [SEED], BASE);
    cache.takeRan();
    const both = await resumeAnalysis(cache, [SEED, SECOND], BASE);
    expect(cache.takeRan()[0]).toBe("ingest");
    same(both, await analyse([SEED, SECOND], BASE));
  });

  it("comes back to the unfiltered analysis, equal to analyse()'s, after filters on and off", async () => {
    const cache = createStepCache();
    await resumeAnalysis(cache, [SEED], BASE);
    await resumeAnalysis(cache, [SEED], { ...BASE, minDegree: 3, largestComponentOnly: true });
    await resumeAnalysis(cache, [SEED], { ...BASE, yearTo: 2024 });
    const back = await resumeAnalysis(cache, [SEED], BASE);
    same(back, await analyse([SEED], BASE));
  });
});
