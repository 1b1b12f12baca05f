/**
 * The typed coauthor projection against a reference written the direct way — every pair of every paper,
 * in paper order, added to a map, as the graphology projection did before the typed one — on the seed
 * corpus and on a generated corpus of 1,500 papers with hyper-authored ones. Weights, fractional weights
 * (same sums in the same order, so equal bits), paper lists and years must all be equal.
 */

import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { generateCorpus } from "../../src/cli/synthetic-corpus";
import {
  authorshipsOf,
  bipartiteTables,
  buildBipartite,
  buildBipartiteTables,
  linksFromPairs,
  paperAuthors,
  paperTopicsOf,
  projectCoauthors,
  projectLinks,
} from "../../src/graphs";
import { resolveIdentities } from "../../src/identity";
import { ingest } from "../../src/ingest";
import type { BipartiteGraph, InputFile } from "../../src/model";
import type { Topic } from "../../src/topics";

const SEED = join(import.meta.dirname, "../../data/can-rager.profile.txt");

function bipartiteOf(inputs: InputFile[]): BipartiteGraph {
  const corpus = resolveIdentities(ingest(inputs, { referenceYear: 2026 }));
  return buildBipartite(corpus, {});
}

interface ReferenceLink {
  weight: number;
  fractional: number;
  association?: number;
  papers: string[];
  firstYear?: number;
  lastYear?: number;
}

/** The direct projection: for each paper in order, for each pair i < j of its authors, add the paper. */
function referenceLinks(bipartite: BipartiteGraph, maxAuthors: number): Map<string, ReferenceLink> {
  const links = new Map<string, ReferenceLink>();
  bipartite.forEachNode((paper, attributes) => {
    if (attributes.kind !== "paper") return;
    const authors = paperAuthors(bipartite, paper);
    if (authors.length > maxAuthors) return;
    for (let i = 0; i < authors.length; i++) {
      for (let j = i + 1; j < authors.length; j++) {
        const key = [authors[i]!, authors[j]!].sort().join("\u0000");
        const link = links.get(key) ?? links.set(key, { weight: 0, fractional: 0, papers: [] }).get(key)!;
        link.weight += 1;
        link.fractional += 1 / (authors.length - 1);
        link.papers.push(paper);
        const { year } = attributes;
        if (year === undefined) continue;
        if (link.firstYear === undefined || year < link.firstYear) link.firstYear = year;
        if (link.lastYear === undefined || year > link.lastYear) link.lastYear = year;
      }
    }
  });
  // Association strength c_ij·W/(c_i·c_j): totals of joint papers per author, W their sum (link-strength.ts).
  const totals = new Map<string, number>();
  let total = 0;
  for (const [key, link] of links) {
    for (const author of key.split("\u0000")) totals.set(author, (totals.get(author) ?? 0) + link.weight);
    total += 2 * link.weight;
  }
  for (const [key, link] of links) {
    const [a, b] = key.split("\u0000");
    link.association = (link.weight * total) / (totals.get(a!)! * totals.get(b!)!);
  }
  return links;
}

function expectSameAsReference(bipartite: BipartiteGraph, maxAuthors: number): number {
  const expected = referenceLinks(bipartite, maxAuthors);
  const { graph } = projectCoauthors(bipartite, { maxAuthorsPerPaper: maxAuthors });
  expect(graph.size).toBe(expected.size);
  graph.forEachEdge((_edge, attributes, source, target) => {
    const reference = expected.get([source, target].sort().join("\u0000"));
    expect(reference, `${source} – ${target}`).toBeDefined();
    expect({ ...attributes }).toEqual({ ...reference });
  });
  return graph.size;
}

describe("the typed coauthor projection", () => {
  it("gives the seed corpus's 64 links the reference's weights, fractional weights, papers and years", () => {
    const bipartite = bipartiteOf([{ name: "seed.txt", text: readFileSync(SEED, "utf8") }]);
    expect(expectSameAsReference(bipartite, 100)).toBe(64);
  });

  it("gives a generated corpus with hyper-authored papers the reference's links, capped or not", () => {
    const bipartite = bipartiteOf(generateCorpus(1500, 3));
    expect(expectSameAsReference(bipartite, 100)).toBeGreaterThan(10_000);
    expectSameAsReference(bipartite, 1000);
    expectSameAsReference(bipartite, 3);
  });

  it("lists links sorted by source then target, each pair once with source < target", () => {
    const links = projectLinks(authorshipsOf(bipartiteOf(generateCorpus(300, 5))), 100);
    for (let i = 0; i < links.count; i++) {
      expect(links.source[i]).toBeLessThan(links.target[i]!);
      if (i > 0) {
        const order = links.source[i - 1]! - links.source[i]! || links.target[i - 1]! - links.target[i]!;
        expect(order).toBeLessThan(0);
      }
    }
  });

  it("gives the same links from an edge list with its papers (the DuckDB engine's result) as from the incidence", () => {
    const incidence = authorshipsOf(bipartiteOf(generateCorpus(400, 7)));
    const links = projectLinks(incidence, 100);
    const again = linksFromPairs(incidence, links.source, links.target, links.paperStart, links.papers);
    expect(again).toEqual(links);
  });

  it("has the tables the bipartite build writes equal those read back from its graph", () => {
    const corpus = resolveIdentities(ingest(generateCorpus(400, 7), { referenceYear: 2026 }));
    // Topics, one listed twice, put paper–topic links among each paper's authorship links; a topic's label
    // changes from paper to paper (the graph keeps the last).
    const topic = (n: number, label = `t${n}`): Topic => ({ key: `phrase:t${n}`, label, kind: "phrase", score: n });
    const topics = Object.fromEntries(
      corpus.papers.map((paper, i) => [paper.id, [topic(i % 7), topic(i % 3), topic(i % 7), topic(9, `nine ${i}`)]]),
    );
    const built = buildBipartiteTables(corpus, topics);
    const { graph, incidence, paperTopics, nodes } = built;
    expect(incidence.authors.length).toBeGreaterThan(1000);
    expect(incidence).toEqual(authorshipsOf(graph));
    expect(paperTopics.labels).toContain(`nine ${corpus.papers.length - 1}`);
    expect(paperTopics).toEqual(paperTopicsOf(graph, incidence.paperNodes));
    const readBack = bipartiteTables(graph);
    expect(readBack.paperTopics).toEqual(paperTopics);
    expect(readBack.nodes.authors).toEqual(nodes.authors);
    expect(readBack.nodes.topicNodes).toEqual(nodes.topicNodes);
    expect(readBack.nodes.topics).toEqual(nodes.topics);
    expect(nodes.topics.some((attributes) => attributes.label.startsWith("nine"))).toBe(true);
    incidence.paperNodes.forEach((_node, p) => expect(readBack.nodes.paper(p)).toEqual(nodes.paper(p)));
  });
});
