/**
 * The coauthor network's links pending beside its graph (graphs/pending-links.ts): the graph they are
 * inserted into on first read is the one the projection built eagerly before (nodes, attributes, links,
 * their keys, order and attribute objects), whatever method reads them first; node methods and `size` leave
 * them pending; the appearance stage and the GEXF writer give the same result on pending links as on the
 * inserted graph, and leave them pending.
 */

import { inspect } from "node:util";
import Graph from "graphology";
import { describe, expect, it } from "vitest";
import { assignAppearance } from "../../src/appearance";
import { writeGexf } from "../../src/export";
import {
  buildBipartiteTables,
  incidenceOf,
  insertPendingLinks,
  NO_YEAR,
  pendingLinks,
  projectCoauthorNodes,
  projectCoauthors,
  projectLinks,
} from "../../src/graphs";
import { resolveIdentities } from "../../src/identity";
import { createRng, titleId, type CoauthorGraph, type Paper } from "../../src/model";

/** `count` random papers over `people` authors, seeded; one hyper-authored, some without a year. */
function randomPapers(count: number, people: number, seed: number): Paper[] {
  const rng = createRng(seed);
  return Array.from({ length: count }, (_, p) => {
    const team = new Set<number>();
    const size = p === 7 ? 40 : 1 + Math.floor(rng() * rng() * 10);
    const base = Math.floor(rng() * people);
    while (team.size < size) team.add((base + Math.floor(rng() * 50)) % people);
    const title = `Paper ${p}`;
    const year = 2000 + Math.floor(rng() * 20);
    return {
      id: titleId(title, year),
      title,
      year: p % 40 === 3 ? undefined : year,
      authors: [...team].map((a) => ({ name: `Author ${a}` })),
      authorsTruncated: false,
      categories: ["cs.LG"],
      source: { file: "generated", line: p + 1 },
    };
  });
}

const MAX_AUTHORS = 30;
const corpus = resolveIdentities({
  papers: randomPapers(400, 200, 5),
  profiles: [],
  diagnostics: [],
  files: [],
  networks: [],
});
const incidence = incidenceOf(corpus);
const tables = buildBipartiteTables(corpus, {}, incidence);
const project = () => projectCoauthors(tables, { maxAuthorsPerPaper: MAX_AUTHORS });

/** The coauthor graph as the projection built it eagerly: its nodes, then each link through graphology's API. */
function eagerGraph(): CoauthorGraph {
  const graph = projectCoauthorNodes(tables);
  const links = projectLinks(incidence, MAX_AUTHORS);
  const { authorNodes, paperNodes } = incidence;
  for (let i = 0; i < links.count; i++) {
    const papers = Array.from(
      links.papers.subarray(links.paperStart[i], links.paperStart[i + 1]),
      (p) => paperNodes[p]!,
    );
    const firstYear = links.firstYear[i]!;
    const ends = { weight: links.weight[i]!, fractional: links.fractional[i]!, association: links.association[i]! };
    const dated = firstYear === NO_YEAR ? {} : { firstYear, lastYear: links.lastYear[i]! };
    graph.addUndirectedEdgeWithKey(`e${i}`, authorNodes[links.source[i]!]!, authorNodes[links.target[i]!]!, {
      ...ends,
      papers,
      ...dated,
      size: undefined,
      color: undefined,
    });
  }
  return graph;
}

/** The graph's nodes and links with their keys, in order, and each attribute object's keys in order. */
function contents(graph: CoauthorGraph): string {
  return JSON.stringify({
    nodes: graph.mapNodes((node, attributes) => [node, Object.entries(attributes)]),
    edges: graph.mapEdges((edge, attributes, source, target) => [edge, source, target, Object.entries(attributes)]),
  });
}

describe("pending coauthor links", () => {
  const eager = contents(eagerGraph());

  it("are the projection's links, answered by size but not in the graph until read", () => {
    const { graph, links } = project();
    const pending = pendingLinks(graph)!;
    expect(pending.source).toBe(links.source);
    expect(graph.size).toBe(links.source.length);
    expect(graph.undirectedSize).toBe(links.source.length);
    expect(graph.size).toBeGreaterThan(500);
    graph.forEachNode((node) => graph.setNodeAttribute(node, "degree", 1));
    graph.updateEachNodeAttributes((_node, attributes) => ({ ...attributes, x: 0 }));
    expect(graph.mapNodes((node) => graph.getNodeAttribute(node, "x"))).toContain(0);
    graph.setAttribute("layoutIterations", 3);
    expect(pendingLinks(graph)).toBe(pending);
    expect(Object.getPrototypeOf(graph)).not.toBe(Graph.prototype);
  });

  it("are inserted by the first method that reads links, as the eager projection had them", () => {
    const firstReads: ((graph: CoauthorGraph) => unknown)[] = [
      (graph) => graph.forEachEdge(() => {}),
      (graph) => graph.edges(),
      (graph) => graph.degree(graph.nodes()[0]!),
      (graph) => graph.neighbors(graph.nodes()[0]!),
      (graph) => graph.hasEdge("e0"),
      (graph) => graph.export(),
      (graph) => graph.copy(),
      (graph) => inspect(graph),
      (graph) => insertPendingLinks(graph),
    ];
    for (const read of firstReads) {
      const { graph } = project();
      read(graph);
      expect(pendingLinks(graph)).toBeUndefined();
      expect(Object.getPrototypeOf(graph)).toBe(Graph.prototype);
      expect(contents(graph)).toBe(eager);
    }
  });

  it("keep graphology's counts once inserted, and take a link added after them", () => {
    const { graph } = project();
    const count = graph.size;
    const [a, b] = [graph.nodes()[0]!, graph.nodes()[graph.order - 1]!];
    if (!graph.hasEdge(a, b))
      graph.addUndirectedEdgeWithKey("extra", a, b, { weight: 1, fractional: 1, association: 1, papers: [] });
    expect(graph.edges().slice(0, count)).toEqual(Array.from({ length: count }, (_, i) => `e${i}`));
    expect(graph.size).toBe(graph.edges().length);
    expect(graph.undirectedSize).toBe(graph.size);
  });

  it("get the appearance and the GEXF the inserted graph gets, and stay pending", () => {
    const pending = project();
    const inserted = project();
    insertPendingLinks(inserted.graph);
    for (const { graph, links } of [pending, inserted]) assignAppearance(graph, { edgeSizeBy: "weight" }, links);
    expect(pendingLinks(pending.graph)?.looks?.size).toHaveLength(pending.links.source.length);
    const gexf = writeGexf(pending.graph, { title: "pending" });
    expect(pendingLinks(pending.graph)).toBeDefined();
    expect(gexf).toBe(writeGexf(inserted.graph, { title: "pending" }));
    expect(gexf).toContain('<edge id="0"');
    expect(contents(pending.graph)).toBe(contents(inserted.graph));
  });

  it("read into one row the values attributes() gives, undefined for a key a link lacks", () => {
    const { graph, links } = project();
    assignAppearance(graph, { edgeSizeBy: "weight" }, links);
    const pending = pendingLinks(graph)!;
    const keys = ["weight", "fractional", "association", "papers", "firstYear", "lastYear", "size", "color"];
    const row: Record<string, unknown> = {};
    let undated = 0;
    for (let link = 0; link < links.source.length; link++) {
      const attributes: Record<string, unknown> = pending.attributes(link);
      pending.attributesInto(link, row);
      expect(Object.keys(row)).toEqual(keys);
      for (const key of keys) expect(row[key]).toEqual(attributes[key]);
      if (!("firstYear" in attributes)) undated++;
    }
    expect(undated).toBeGreaterThan(0);
  });
});
