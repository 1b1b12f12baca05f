import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import Graph from "graphology";
import { buildAuthorTopics, linkedWeights } from "../../src/graphs";
import type { BipartiteGraph } from "../../src/model";
import { analyse } from "../../src/pipeline";

/**
 * A hand-made author–paper–topic graph: P1 Ann–Bob on sae+probe, P2 Ann on sae, P3 Bob–Cat on probe, P4 Dan
 * on no topic. Links by hand: Ann–sae 2 (P1, P2), Ann–probe 1, Bob–sae 1, Bob–probe 2 (P1, P3), Cat–probe 1;
 * Dan has none.
 */
function handMade() {
  const bipartite: BipartiteGraph = new Graph({ type: "undirected" });
  for (const name of ["ann", "bob", "cat", "dan"])
    bipartite.addNode(`author:${name}`, { kind: "author", label: name, isOwner: false });
  for (const name of ["sae", "probe"])
    bipartite.addNode(`topic:${name}`, { kind: "topic", label: name, topicKind: "phrase" });
  const papers: [string, string[], string[]][] = [
    ["p1", ["ann", "bob"], ["sae", "probe"]],
    ["p2", ["ann"], ["sae"]],
    ["p3", ["bob", "cat"], ["probe"]],
    ["p4", ["dan"], []],
  ];
  for (const [id, authors, topics] of papers) {
    bipartite.addNode(`paper:${id}`, {
      kind: "paper",
      label: id,
      categories: [],
      authorsTruncated: false,
      hasCode: false,
      authorCount: authors.length,
      sourceFile: "hand-made",
      sourceLine: 1,
    });
    authors.forEach((author, position) =>
      bipartite.addEdge(`author:${author}`, `paper:${id}`, { kind: "authorship", position }),
    );
    for (const topic of topics) bipartite.addEdge(`paper:${id}`, `topic:${topic}`, { kind: "about", score: 1 });
  }
  return buildAuthorTopics(bipartite);
}

describe("buildAuthorTopics", () => {
  it("links each author to each topic they publish on, weighted by their papers on it", () => {
    const graph = handMade();
    const weight = (a: string, t: string) => graph.getEdgeAttribute(graph.edge(`author:${a}`, `topic:${t}`)!, "weight");
    expect(graph.size).toBe(5);
    expect([weight("ann", "sae"), weight("ann", "probe"), weight("bob", "sae"), weight("bob", "probe")]).toEqual([
      2, 1, 1, 2,
    ]);
    expect(weight("cat", "probe")).toBe(1);
    expect(graph.getEdgeAttribute(graph.edge("author:ann", "topic:sae")!, "papers")).toHaveLength(2);
  });

  it("leaves out authors without a paper on any topic, and counts each node's papers with topics", () => {
    const graph = handMade();
    expect(graph.hasNode("author:dan")).toBe(false);
    expect(graph.getNodeAttribute("author:ann", "paperCount")).toBe(2);
    expect(graph.getNodeAttribute("topic:probe", "paperCount")).toBe(2);
    expect(graph.getNodeAttribute("topic:sae", "kind")).toBe("topic");
  });
});

describe("linkedWeights", () => {
  it("weights an author's topics by the author's papers on each", () => {
    expect(linkedWeights(handMade(), ["author:ann"])).toEqual(
      new Map([
        ["topic:sae", 2],
        ["topic:probe", 1],
      ]),
    );
  });

  it("counts a paper two members of a group share once", () => {
    // Ann and Bob: sae on P1, P2 → 2 (P1 is both of theirs); probe on P1, P3 → 2.
    expect(linkedWeights(handMade(), ["author:ann", "author:bob"])).toEqual(
      new Map([
        ["topic:sae", 2],
        ["topic:probe", 2],
      ]),
    );
  });

  it("weights a topic's authors by their papers on it, and skips sources the graph lacks", () => {
    expect(linkedWeights(handMade(), ["topic:probe", "topic:missing"])).toEqual(
      new Map([
        ["author:ann", 1],
        ["author:bob", 2],
        ["author:cat", 1],
      ]),
    );
  });

  it("on the seed profile, an author's topic weights equal their papers counted through the paper topics", async () => {
    const text = readFileSync(join(import.meta.dirname, "../../data/can-rager.profile.txt"), "utf8");
    const analysis = await analyse([{ name: "can-rager.profile.txt", text }], { referenceYear: 2026 });
    const graph = buildAuthorTopics(analysis.bipartite);
    const owner = analysis.corpus.people.find((person) => person.key === "can rager")!;
    // The independent count: for each of the owner's papers, each of its topics.
    const expected = new Map<string, number>();
    for (const id of owner.paperIds)
      for (const { key } of analysis.paperTopics[id] ?? [])
        expected.set(`topic:${key}`, (expected.get(`topic:${key}`) ?? 0) + 1);
    expect(expected.size).toBeGreaterThan(3);
    expect(linkedWeights(graph, ["author:can rager"])).toEqual(expected);
  });
});
