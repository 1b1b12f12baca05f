/**
 * Communities named by their distinctive topics, on a real group bibliography
 * (test/fixtures/real/bibtex/plai-group.bib, Leiden communities), checked against scipy:
 * test/analytics/llr-reference.py gets each paper's authors and topics and each author's community,
 * assigns papers to communities and scores every topic with chi2_contingency(lambda_="log-likelihood").
 */

import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { logLikelihoodRatio, profileCommunities } from "../../src/analytics";
import { buildBipartiteTables } from "../../src/graphs";
import { writeAnalysisJson, writeGexf, writeNodesCsv } from "../../src/export";
import { analyse, type Analysis } from "../../src/pipeline";
import { expectClose } from "../asserts";
import { readRealFixture } from "../real-fixtures";

let analysis: Analysis;
let reference: Record<string, [string, number][]>;

beforeAll(async () => {
  const bib = { name: "plai-group.bib", text: readRealFixture("bibtex/plai-group.bib") };
  analysis = await analyse([bib], { referenceYear: 2026, layoutIterations: 0, communityAlgorithm: "leiden" });
  const { bipartite, coauthors } = analysis;
  const papers: Record<string, { authors: string[]; topics: string[] }> = {};
  bipartite.forEachNode((node, attributes) => {
    if (attributes.kind !== "paper") return;
    const neighbours = bipartite.neighbors(node);
    papers[node] = {
      authors: neighbours.filter((other) => bipartite.getNodeAttribute(other, "kind") === "author"),
      topics: neighbours.filter((other) => bipartite.getNodeAttribute(other, "kind") === "topic"),
    };
  });
  const community = Object.fromEntries(coauthors.mapNodes((node, attributes) => [node, attributes.community]));
  const file = join(mkdtempSync(join(tmpdir(), "papergraph-llr-")), "input.json");
  writeFileSync(file, JSON.stringify({ papers, community }));
  const run = spawnSync("/usr/bin/python3", [join(import.meta.dirname, "llr-reference.py"), file], {
    encoding: "utf8",
  });
  expect(run.status, run.stderr).toBe(0);
  reference = JSON.parse(run.stdout) as Record<string, [string, number][]>;
});

describe("logLikelihoodRatio", () => {
  it("equals scipy's G statistic of the 2×2 table", () => {
    // scipy chi2_contingency(t, correction=False, lambda_="log-likelihood")[0] for t = [[k1, n1 − k1], [k2, n2 − k2]].
    expectClose(logLikelihoodRatio(3, 4, 1, 16), 8.03608270597035, 1e-12);
    expectClose(logLikelihoodRatio(2, 43, 0, 36), 2.4764252444289583, 1e-12);
    expect(logLikelihoodRatio(5, 10, 5, 10)).toBe(0);
  });
});

describe("community labels on plai-group.bib", () => {
  it("ranks each community's topics as scipy does, with the same G² values", () => {
    const { communities } = analysis.insights;
    expect(communities.length).toBe(analysis.coauthorSummary.communities);
    for (const community of communities) {
      const expected = reference[String(community.id)] ?? [];
      expect(
        community.topics.map((topic) => topic.key),
        `community ${community.id}`,
      ).toEqual(expected.map(([key]) => key));
      community.topics.forEach((topic, i) =>
        expectClose(topic.llr, expected[i]![1], 1e-9, `${community.id} ${topic.key}`),
      );
    }
    // Every community of this lab has topics of its own.
    expect(communities.every((community) => community.topics.length > 0)).toBe(true);
  });

  it("profiles the same from the graph read back as from the build's tables, on the network or part of it", () => {
    const { bipartite, coauthors, insights, coauthorSummary } = analysis;
    const stability = coauthorSummary.communityStability.communities;
    // The analysis handed profileCommunities the build's tables; read back from the graph they are the same.
    expect(profileCommunities(coauthors, bipartite, stability)).toEqual(insights.communities);
    // A network that lists fewer authors, in another order, than the incidence: each is found by key.
    const part = coauthors.copy();
    part.forEachNode((node, attributes) => {
      if (attributes.degree! < 3) part.dropNode(node);
    });
    const reversed = part.emptyCopy();
    reversed.clear();
    for (const node of part.nodes().reverse()) reversed.addNode(node, part.getNodeAttributes(node));
    part.forEachEdge((edge, attributes, source, target) => reversed.addEdgeWithKey(edge, source, target, attributes));
    const tables = buildBipartiteTables(analysis.corpus, analysis.paperTopics);
    const fromGraph = profileCommunities(reversed, bipartite, stability);
    expect(profileCommunities(reversed, tables, stability)).toEqual(fromGraph);
    expect(fromGraph).not.toEqual(insights.communities);
  });

  it("labels each author with the first two distinctive topics of their community", () => {
    const { communities } = analysis.insights;
    analysis.coauthors.forEachNode((node, attributes) => {
      const community = communities[attributes.community!]!;
      const expected = community.topics
        .slice(0, 2)
        .map((topic) => topic.label)
        .join(" · ");
      expect(attributes.communityLabel, node).toBe(expected);
    });
    // The autonomous-driving group of the lab is named for it (the community ids are Leiden's, by size).
    expect(communities.some((community) => community.label.startsWith("autonomous driving"))).toBe(true);
  });

  it("writes communityLabel into the nodes CSV and the GEXF, and the profiles into the JSON insights", () => {
    const header = writeNodesCsv(analysis.coauthors).split("\r\n")[0]!.split(",");
    expect(header).toContain("communityLabel");
    expect(writeGexf(analysis.coauthors)).toMatch(/<attribute id="[^"]+" title="communityLabel" type="string"/);
    const document = JSON.parse(writeAnalysisJson(analysis)) as { insights: Analysis["insights"] };
    expect(document.insights.communities.map((community) => community.label)).toEqual(
      analysis.insights.communities.map((community) => community.label),
    );
  });
});
