import { describe, expect, it } from "vitest";
import {
  buildBipartite,
  buildBipartiteTables,
  filterCoauthors,
  paperAuthors,
  projectCoauthors,
  projectTopics,
} from "../../src/graphs";
import { resolveIdentities } from "../../src/identity";
import type { Paper, Profile } from "../../src/model";
import { titleId } from "../../src/model";
import { expectClose } from "../asserts";

const paper = (title: string, authors: string[], year: number): Paper => ({
  id: titleId(title, year),
  title,
  year,
  authors: authors.map((name) => ({ name })),
  authorsTruncated: false,
  categories: ["cs.LG"],
  source: { file: "hand-made", line: 1 },
});

// Three papers: Ann–Bob–Cat (2020), Ann–Bob (2022), and Dan alone (2021).
const PAPERS = [
  paper("P1", ["Ann", "Bob", "Cat"], 2020),
  paper("P2", ["Bob", "Ann"], 2022),
  paper("P3", ["Dan"], 2021),
];
const OWNER: Profile = { owner: "Ann", source: { file: "hand-made", line: 1 } };

function build(papers = PAPERS, maxAuthorsPerPaper = 100) {
  const corpus = resolveIdentities({ papers, profiles: [OWNER], diagnostics: [], files: [], networks: [] });
  const topics = Object.fromEntries(
    corpus.papers.map((p) => [
      p.id,
      [{ key: "cat:cs.lg", label: "Machine Learning", kind: "category" as const, score: 1 }],
    ]),
  );
  const bipartite = buildBipartite(corpus, topics);
  return { bipartite, ...projectCoauthors(bipartite, { maxAuthorsPerPaper }) };
}

describe("buildBipartite", () => {
  it("links each paper to its authors in list order and to its topics", () => {
    const { bipartite } = build();
    expect(paperAuthors(bipartite, `paper:${titleId("P2", 2022)}`)).toEqual(["author:bob", "author:ann"]);
    expect(bipartite.getNodeAttributes("author:ann")).toMatchObject({ kind: "author", isOwner: true });
    expect(bipartite.getNodeAttribute("topic:cat:cs.lg", "label")).toBe("Machine Learning");
  });
  it("keys its edges e0, e1, … in the order it adds them and shares one read-only object per author position", () => {
    const { bipartite } = build();
    expect(bipartite.edges()).toEqual(bipartite.edges().map((_edge, i) => `e${i}`));
    expect(build().bipartite.edges()).toEqual(bipartite.edges());
    const firstAuthorships = bipartite.filterEdges(
      (_edge, attributes) => attributes.kind === "authorship" && attributes.position === 0,
    );
    expect(firstAuthorships).toHaveLength(3);
    const shared = bipartite.getEdgeAttributes(firstAuthorships[0]!);
    expect(firstAuthorships.every((edge) => bipartite.getEdgeAttributes(edge) === shared)).toBe(true);
    expect(Object.isFrozen(shared)).toBe(true);
  });
});

describe("projectCoauthors", () => {
  it("gives each pair one link weighted by joint papers, with Newman's fractional weight Σ 1/(n−1)", () => {
    const { graph } = build();
    expect(graph.order).toBe(4);
    expect(graph.size).toBe(3);
    const annBob = graph.getEdgeAttributes(graph.edge("author:ann", "author:bob")!);
    expect(annBob.weight).toBe(2);
    expectClose(annBob.fractional, 1 / 2 + 1 / 1);
    expect(annBob.firstYear).toBe(2020);
    expect(annBob.lastYear).toBe(2022);
    expect(annBob.papers).toHaveLength(2);
    expectClose(graph.getEdgeAttribute(graph.edge("author:bob", "author:cat")!, "fractional"), 1 / 2);
  });

  it("gives the links of one single joint paper one shared, read-only papers list", () => {
    const { graph } = build();
    const annCat = graph.getEdgeAttribute(graph.edge("author:ann", "author:cat")!, "papers");
    const bobCat = graph.getEdgeAttribute(graph.edge("author:bob", "author:cat")!, "papers");
    expect(annCat).toEqual([`paper:${titleId("P1", 2020)}`]);
    expect(bobCat).toBe(annCat);
    expect(Object.isFrozen(annCat)).toBe(true);
    const annBob = graph.getEdgeAttribute(graph.edge("author:ann", "author:bob")!, "papers");
    expect(annBob).toEqual([`paper:${titleId("P1", 2020)}`, `paper:${titleId("P2", 2022)}`]);
  });

  it("keys the i-th link e<i>, the same keys on every run", () => {
    const { graph } = build();
    expect(graph.edges()).toEqual(["e0", "e1", "e2"]);
    expect(build().graph.export().edges).toEqual(graph.export().edges);
  });

  it("keeps single authors as isolated nodes with their paper counts and years", () => {
    const { graph } = build();
    expect(graph.degree("author:dan")).toBe(0);
    expect(graph.getNodeAttributes("author:ann")).toMatchObject({
      paperCount: 2,
      firstYear: 2020,
      lastYear: 2022,
      isOwner: true,
    });
  });

  it("adds no links for a paper above maxAuthorsPerPaper and says so", () => {
    const big = paper(
      "Big",
      Array.from({ length: 5 }, (_, i) => `Member ${i}`),
      2020,
    );
    const { graph, diagnostics } = build([...PAPERS, big], 4);
    expect(graph.hasNode("author:member 0")).toBe(true);
    expect(graph.degree("author:member 0")).toBe(0);
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]!.message).toContain("5 authors");
  });
});

describe("projectCoauthors on a 10,000-author record", () => {
  it("keeps every author with the paper counted, adds no link and says so once", () => {
    // Names without digits (identity folds digits away): "Aab Member", "Aac Member", … all distinct.
    const letters = (i: number) =>
      [2, 1, 0].map((p) => "abcdefghijklmnopqrstuvwxyz"[Math.floor(i / 26 ** p) % 26]).join("");
    const names = Array.from(
      { length: 10_000 },
      (_, i) => `${letters(i).replace(/^./, (c) => c.toUpperCase())} Member`,
    );
    const big = paper("Collaboration paper", names, 2021);
    const { graph, diagnostics } = build([...PAPERS, big]);
    expect(graph.order).toBe(4 + 10_000);
    expect(graph.size).toBe(3);
    expect(graph.getNodeAttributes(`author:${names[9999]!.toLowerCase()}`)).toMatchObject({
      paperCount: 1,
      firstYear: 2021,
    });
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]!.message).toContain("10000 authors, more than maxAuthorsPerPaper = 100");
  });
});

describe("projectTopics", () => {
  it("links topics that share papers, weighted by the papers shared", () => {
    const corpus = resolveIdentities({ papers: PAPERS, profiles: [], diagnostics: [], files: [], networks: [] });
    const topic = (key: string) => ({ key, label: key, kind: "phrase" as const, score: 1 });
    const topics = {
      [corpus.papers[0]!.id]: [topic("a"), topic("b")],
      [corpus.papers[1]!.id]: [topic("a"), topic("b"), topic("c")],
    };
    const network = projectTopics(buildBipartite(corpus, topics));
    expect(network.getEdgeAttribute(network.edge("topic:a", "topic:b")!, "weight")).toBe(2);
    expect(network.getEdgeAttribute(network.edge("topic:a", "topic:c")!, "weight")).toBe(1);
    expect(network.getNodeAttribute("topic:a", "paperCount")).toBe(2);
  });

  it("gives the same network from the build's tables as from the graph: links as their first paper meets them", () => {
    const corpus = resolveIdentities({ papers: PAPERS, profiles: [], diagnostics: [], files: [], networks: [] });
    const topic = (key: string) => ({ key, label: key.toUpperCase(), kind: "phrase" as const, score: 1 });
    const [first, second] = [corpus.papers[0]!.id, corpus.papers[1]!.id];
    // Topics met out of key order: c before a; the second paper's pairs come in key order (a–c, a–d, c–d).
    const topics = { [first]: [topic("c"), topic("b"), topic("a")], [second]: [topic("d"), topic("c"), topic("a")] };
    const built = buildBipartiteTables(corpus, topics);
    const edges = (network: ReturnType<typeof projectTopics>) =>
      network.mapEdges((_edge, attributes, source, target) => [source, target, attributes]);
    const fromBuild = projectTopics(built);
    const [p1, p2] = [`paper:${first}`, `paper:${second}`];
    expect(edges(fromBuild)).toEqual([
      ["topic:a", "topic:b", { weight: 1, papers: [p1] }],
      ["topic:a", "topic:c", { weight: 2, papers: [p1, p2] }],
      ["topic:b", "topic:c", { weight: 1, papers: [p1] }],
      ["topic:a", "topic:d", { weight: 1, papers: [p2] }],
      ["topic:c", "topic:d", { weight: 1, papers: [p2] }],
    ]);
    expect(fromBuild.nodes()).toEqual(["topic:c", "topic:b", "topic:a", "topic:d"]);
    expect(fromBuild.getNodeAttributes("topic:c")).toEqual({
      kind: "topic",
      label: "C",
      topicKind: "phrase",
      paperCount: 2,
    });
    const fromGraph = projectTopics(built.graph);
    expect(edges(fromGraph)).toEqual(edges(fromBuild));
    expect(fromGraph.nodes()).toEqual(fromBuild.nodes());
  });
});

describe("filterCoauthors", () => {
  const filter = { hideOwners: false, hideGroups: false, minLinkWeight: 1, minDegree: 0, largestComponentOnly: false };

  it("removes the profile owner and leaves the input graph alone", () => {
    const { graph } = build();
    const filtered = filterCoauthors(graph, { ...filter, hideOwners: true });
    expect(filtered.hasNode("author:ann")).toBe(false);
    expect(filtered.size).toBe(1);
    expect(graph.hasNode("author:ann")).toBe(true);
  });

  it("drops weak links, low-degree authors and small components", () => {
    const { graph } = build();
    expect(filterCoauthors(graph, { ...filter, minLinkWeight: 2 }).size).toBe(1);
    expect(filterCoauthors(graph, { ...filter, minDegree: 1 }).hasNode("author:dan")).toBe(false);
    expect(
      filterCoauthors(graph, { ...filter, largestComponentOnly: true })
        .nodes()
        .sort(),
    ).toEqual(["author:ann", "author:bob", "author:cat"]);
  });
});
