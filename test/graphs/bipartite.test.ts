/**
 * The bipartite build adds its edges at once (bulk-edges.ts): its graph must be the one the plain build gives,
 * every node added, merged and every edge added, merged and keyed one by one in paper order — same nodes,
 * attributes, neighbours, links, keys and iteration orders — on a generated corpus with topics shared by
 * papers, relabelled from paper to paper and listed twice on one paper.
 */

import Graph from "graphology";
import { describe, expect, it } from "vitest";
import { buildBipartiteTables, incidenceOf, topicNode } from "../../src/graphs";
import { resolveIdentities } from "../../src/identity";
import { createRng, type BipartiteGraph, type IdentifiedCorpus } from "../../src/model";
import type { Topic } from "../../src/topics";
import { paper } from "../identity/build-papers";

/** A seeded corpus: 300 papers of 1-6 authors among 120 names, 0-5 topics each among 40 (repeats allowed). */
function generated(seed: number): { corpus: IdentifiedCorpus; topics: Record<string, Topic[]> } {
  const rng = createRng(seed);
  const pick = (count: number) => Math.floor(rng() * count);
  const names = Array.from({ length: 120 }, (_, i) => `Person${String.fromCharCode(65 + (i % 26))} Family${i}`);
  const records = Array.from({ length: 300 }, (_, p) =>
    paper(
      `Paper ${p}`,
      Array.from({ length: 1 + pick(6) }, () => names[pick(names.length)]!),
      { year: 2000 + pick(20) },
    ),
  );
  const corpus = resolveIdentities({ papers: records, profiles: [], diagnostics: [], files: [], networks: [] });
  const topics = Object.fromEntries(
    corpus.papers.map((record) => {
      const list = Array.from({ length: pick(6) }, (): Topic => {
        const t = pick(40);
        return { key: `phrase:t${t}`, label: `topic ${t} ${pick(3)}`, kind: "phrase", score: rng() };
      });
      return [record.id, list];
    }),
  );
  return { corpus, topics };
}

/** The bipartite graph built node by node and edge by edge, merges included, as the build did before. */
function plainBuild(corpus: IdentifiedCorpus, topics: Record<string, Topic[]>): BipartiteGraph {
  const graph: BipartiteGraph = new Graph({ type: "undirected", multi: false, allowSelfLoops: false });
  const { authorNodes, paperNodes, paperStart, authors } = incidenceOf(corpus);
  corpus.people.forEach((person, a) =>
    graph.addNode(authorNodes[a]!, { kind: "author", label: person.label, isOwner: false }),
  );
  let edges = 0;
  corpus.papers.forEach((record, p) => {
    const node = paperNodes[p]!;
    graph.addNode(node, {
      kind: "paper",
      label: record.title,
      year: record.year,
      categories: record.categories,
      authorsTruncated: record.authorsTruncated,
      hasCode: record.hasCode ?? false,
      authorCount: record.authors.length,
      sourceFile: record.source.file,
      sourceLine: record.source.line,
    });
    for (let i = paperStart[p]!; i < paperStart[p + 1]!; i++)
      graph.addEdgeWithKey(`e${edges++}`, authorNodes[authors[i]!]!, node, {
        kind: "authorship",
        position: i - paperStart[p]!,
      });
    for (const topic of topics[record.id] ?? []) {
      const key = topicNode(topic.key);
      graph.mergeNode(key, { kind: "topic", label: topic.label, topicKind: topic.kind });
      const existing = graph.edge(node, key);
      if (existing === undefined) graph.addEdgeWithKey(`e${edges++}`, node, key, { kind: "about", score: topic.score });
      else graph.mergeEdgeAttributes(existing, { kind: "about", score: topic.score });
    }
  });
  return graph;
}

/** Everything graphology shows of a graph, in order. */
function walk(graph: BipartiteGraph): string[] {
  const lines = [`${graph.order} ${graph.size}`];
  graph.forEachNode((node, attributes) =>
    lines.push(
      `${node} ${JSON.stringify(attributes)} ${graph.degree(node)} ${graph.neighbors(node).join(",")} ${graph.edges(node).join(",")}`,
    ),
  );
  graph.forEachEdge((edge, attributes, source, target) =>
    lines.push(`${edge} ${source} ${target} ${JSON.stringify(attributes)}`),
  );
  return lines;
}

describe("buildBipartiteTables", () => {
  it("gives the graph of the plain node-by-node, edge-by-edge build", () => {
    for (const seed of [3, 14]) {
      const { corpus, topics } = generated(seed);
      const repeated = Object.values(topics).some((list) => new Set(list.map((topic) => topic.key)).size < list.length);
      expect(repeated).toBe(true);
      expect(walk(buildBipartiteTables(corpus, topics).graph)).toEqual(walk(plainBuild(corpus, topics)));
    }
  });

  it("builds the graph on its first read and keeps it", () => {
    const { corpus, topics } = generated(5);
    const built = buildBipartiteTables(corpus, topics);
    const graph = built.graph;
    expect(built.graph).toBe(graph);
  });
});
