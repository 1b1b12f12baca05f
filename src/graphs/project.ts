/**
 * Projections of the bipartite graph.
 *
 * Coauthor network: one undirected edge per pair of authors who share a paper, with `weight` = joint
 * papers, `fractional` = Newman's collaboration strength Σ 1/(n−1) over their joint papers (n = authors
 * of the paper; Newman 2001, PRE 64 016132), `association` = the association strength of the joint papers
 * (link-strength.ts), `papers` (ids), `firstYear` and `lastYear`.
 * Hyper-authored papers: a paper with more than `maxAuthorsPerPaper` authors stays in the bipartite graph
 * but adds no links (an info diagnostic says so): its n(n−1)/2 pairs would swamp the network and memory.
 * The links are computed on typed arrays from the author–paper incidence (authorships.ts,
 * coauthor-links.ts). The graphology graph gets the authors, and the links only when something reads them
 * from it (pending-links.ts): then in (source, target) order, the i-th keyed `e<i>` (keys.ts), filed in
 * graphology's structures at once (bulk-edges.ts).
 * Cost: Σ n² over projected papers, with no per-pair object or lookup; one graph insertion per link read.
 *
 * Authors also get their main topic (main-topics.ts).
 *
 * Topic network: one edge per pair of topics sharing a paper, `weight` = shared papers.
 */

import Graph from "graphology";
import type { Attributes } from "graphology-types";
import type { CoauthorEdgeAttributes, CoauthorGraph, Diagnostic, LinkTable, TopicGraph } from "../model";
import { diagnostic } from "../model";
import { useHashTableAdjacency } from "./adjacency";
import { NO_YEAR, type Authorships, type KeyedAuthorships } from "./authorships";
import { bipartiteTables, type BipartiteSource, type BipartiteTables } from "./bipartite-tables";
import { projectLinks, type CoauthorLinks } from "./coauthor-links";
import { computeMainTopics } from "./main-topics";
import { deferLinks, type PendingLinks } from "./pending-links";

export interface ProjectionOptions {
  maxAuthorsPerPaper: number;
}

export interface Projection {
  graph: CoauthorGraph;
  diagnostics: Diagnostic[];
  /** The graph's links as typed arrays, in its node and link order (for the metrics' CSR forms). */
  links: LinkTable;
}

/** Paper count and first/last year of every author, over all their papers (hyper-authored ones included). */
function authorSpans(incidence: Authorships): { paperCount: Int32Array; firstYear: Int32Array; lastYear: Int32Array } {
  const paperCount = new Int32Array(incidence.authorCount);
  const firstYear = new Int32Array(incidence.authorCount).fill(NO_YEAR);
  const lastYear = new Int32Array(incidence.authorCount).fill(NO_YEAR);
  const { paperStart, authors, years } = incidence;
  for (let p = 0; p + 1 < paperStart.length; p++) {
    const year = years[p]!;
    for (let i = paperStart[p]!; i < paperStart[p + 1]!; i++) {
      const a = authors[i]!;
      paperCount[a]!++;
      if (year === NO_YEAR) continue;
      if (firstYear[a] === NO_YEAR || year < firstYear[a]!) firstYear[a] = year;
      if (lastYear[a] === NO_YEAR || year > lastYear[a]!) lastYear[a] = year;
    }
  }
  return { paperCount, firstYear, lastYear };
}

/** One info diagnostic per paper with more authors than the projection takes. */
function hyperAuthoredNotes(bipartite: BipartiteTables, maxAuthors: number): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const { incidence, nodes } = bipartite;
  incidence.paperNodes.forEach((paper, p) => {
    const count = incidence.paperStart[p + 1]! - incidence.paperStart[p]!;
    if (count <= maxAuthors) return;
    const attributes = nodes.paper(p);
    const id = paper.slice("paper:".length);
    diagnostics.push(
      diagnostic(
        "info",
        attributes.sourceFile,
        attributes.sourceLine,
        `"${attributes.label}" (${id}) has ${count} authors, more than maxAuthorsPerPaper = ` +
          `${maxAuthors}; it adds no coauthor links.`,
      ),
    );
  });
  return diagnostics;
}

/**
 * The papers list of a link with one joint paper, one frozen list per paper shared by all such links: most
 * links have a single joint paper (87% on 20,000 generated OpenAlex works), and a paper of n authors gives
 * up to n(n − 1)/2 of them the same list. Measured there: 46 bytes and one object less per link.
 */
function onePaperLists(paperIds: readonly string[]): (paper: number) => readonly string[] {
  const lists = new Array<readonly string[] | undefined>(paperIds.length);
  return (paper) => (lists[paper] ??= Object.freeze([paperIds[paper]!]));
}

/**
 * A link's papers list of `count` papers from `first` on. Sized up front: a list grown by push() keeps spare
 * slots (17 for one paper, measured 195 bytes a list against 66), which every collection walks.
 */
function paperList(paperIds: readonly string[], papers: Int32Array, first: number, count: number): string[] {
  const list = new Array<string>(count);
  for (let k = 0; k < count; k++) list[k] = paperIds[papers[first + k]!]!;
  return list;
}

/**
 * The coauthor network's nodes, with no link yet: authors in bipartite order, each with its paper count,
 * years and main topic. What the projection can make before its links are known (the pipeline makes it
 * while the links thread still works). Attribute objects are written whole, as literals, so every node
 * keeps one shape.
 */
export function projectCoauthorNodes(bipartite: BipartiteSource): CoauthorGraph {
  const tables = bipartiteTables(bipartite);
  const graph: CoauthorGraph = new Graph({ type: "undirected" });
  const { incidence, nodes } = tables;
  const spans = authorSpans(incidence);
  const mainTopics = computeMainTopics(tables);
  incidence.authorNodes.forEach((node, a) => {
    const author = nodes.authors[a]!;
    const firstYear = spans.firstYear[a]!;
    const person = {
      kind: "author" as const,
      label: author.label,
      isOwner: author.isOwner,
      paperCount: spans.paperCount[a]!,
    };
    // Group authors alone carry the flag, so a corpus without them exports what it did before.
    const base = author.isGroup ? { ...person, isGroup: true } : person;
    const dated = firstYear === NO_YEAR ? base : { ...base, firstYear, lastYear: spans.lastYear[a]! };
    const mainTopic = mainTopics.get(node);
    graph.addNode(node, mainTopic === undefined ? dated : { ...dated, mainTopic });
  });
  useHashTableAdjacency(graph);
  return graph;
}

/**
 * The links of `links` left pending beside `graph` (pending-links.ts), in (source, target) order, the i-th
 * keyed `e<i>`: inserted, by bulk-edges.ts, only when something reads them from the graph. Each link's
 * attribute object is made whole, as a literal, when inserted or exported, so every link keeps one shape.
 */
function deferCoauthorLinks(graph: CoauthorGraph, incidence: KeyedAuthorships, links: CoauthorLinks): void {
  const paperIds = incidence.paperNodes;
  const onePaper = onePaperLists(paperIds);
  // attributesInto's papers lists, one per length, reused by every call (setting an array's length is slow).
  const rowPapers: string[][] = [];
  const pending: PendingLinks = {
    nodes: incidence.authorNodes,
    source: links.source,
    target: links.target,
    looks: undefined,
    attributes(link: number): CoauthorEdgeAttributes {
      const first = links.paperStart[link]!;
      const count = links.paperStart[link + 1]! - first;
      const papers = count === 1 ? onePaper(links.papers[first]!) : paperList(paperIds, links.papers, first, count);
      const weight = links.weight[link]!;
      const fractional = links.fractional[link]!;
      const association = links.association[link]!;
      const firstYear = links.firstYear[link]!;
      // size and color are the appearance stage's; their slots are made here so that writing them later
      // changes no object's shape: measured, 120 bytes per link object instead of 144 grown afterwards.
      const size = pending.looks?.size[link];
      const color = pending.looks?.color[link];
      return firstYear === NO_YEAR
        ? { weight, fractional, association, papers, size, color }
        : { weight, fractional, association, papers, firstYear, lastYear: links.lastYear[link]!, size, color };
    },
    attributesInto(link: number, row: Attributes): void {
      const first = links.paperStart[link]!;
      const count = links.paperStart[link + 1]! - first;
      const papers = (rowPapers[count] ??= new Array<string>(count));
      for (let k = 0; k < count; k++) papers[k] = paperIds[links.papers[first + k]!]!;
      const firstYear = links.firstYear[link]!;
      const dated = firstYear !== NO_YEAR;
      row.weight = links.weight[link];
      row.fractional = links.fractional[link];
      row.association = links.association[link];
      row.papers = papers;
      row.firstYear = dated ? firstYear : undefined;
      row.lastYear = dated ? links.lastYear[link] : undefined;
      row.size = pending.looks?.size[link];
      row.color = pending.looks?.color[link];
    },
  };
  deferLinks(graph, pending);
}

/** The links as the metrics read them: weights under both counting methods and the joint papers. */
function linkTable(nodes: string[], links: CoauthorLinks): LinkTable {
  const { source, target, weight, fractional, paperStart, papers } = links;
  return { nodes, source, target, weights: { weight, fractional }, paperStart, papers };
}

/**
 * Projects the bipartite graph onto its authors: the weighted coauthor network (see coauthor-links.ts), its
 * links pending until read from the graph (pending-links.ts), and its links as typed arrays. `bipartite` is
 * the graph or its tables (bipartite-tables.ts, as the build wrote them); `links`, projectLinks of its
 * incidence under options.maxAuthorsPerPaper, when the caller has had them computed (e.g. on another
 * thread); `nodes`, projectCoauthorNodes of the same bipartite graph, when the caller has made them.
 */
export function projectCoauthors(
  bipartite: BipartiteSource,
  options: ProjectionOptions,
  links?: CoauthorLinks,
  nodes?: CoauthorGraph,
): Projection {
  const tables = bipartiteTables(bipartite);
  const { incidence } = tables;
  const projected = links ?? projectLinks(incidence, options.maxAuthorsPerPaper);
  const graph = nodes ?? projectCoauthorNodes(tables);
  deferCoauthorLinks(graph, incidence, projected);
  const diagnostics = hyperAuthoredNotes(tables, options.maxAuthorsPerPaper);
  return { graph, diagnostics, links: linkTable(incidence.authorNodes, projected) };
}

/**
 * Projects the bipartite graph onto its topics: topics linked by the papers they share, each link's papers
 * in paper order. Links are added in the order their first paper meets them, a paper's topics taken in key
 * order. `bipartite` is the graph or its tables (bipartite-tables.ts); each paper's topics are read from the
 * tables, numbered as the graph's topic nodes are ordered. Topic pairs are found by number in a Map, not by
 * graphology's edge lookup per pair of every paper, which with the neighbour filter per paper took most of
 * the step's 0.5-0.8 s on 100,000 generated works.
 */
export function projectTopics(bipartite: BipartiteSource): TopicGraph {
  const graph: TopicGraph = new Graph({ type: "undirected" });
  const { incidence, paperTopics, nodes } = bipartiteTables(bipartite);
  const { topicNodes } = nodes;
  nodes.topics.forEach((attributes, t) => {
    graph.addNode(topicNodes[t]!, {
      kind: "topic",
      label: attributes.label,
      topicKind: attributes.topicKind,
      paperCount: paperTopics.paperCounts[t]!,
    });
  });
  const { paperNodes } = incidence;
  const { start, topics } = paperTopics;
  // Each topic's place in key order (the order a paper's topics are paired in).
  const byKey = topicNodes.map((_node, t) => t).sort((a, b) => (topicNodes[a]! < topicNodes[b]! ? -1 : 1));
  const rank = new Int32Array(topicNodes.length);
  byKey.forEach((t, r) => (rank[t] = r));
  const linkOf = new Map<number, number>();
  const linkPapers: number[][] = [];
  const linkEnds: number[] = [];
  const paper: number[] = [];
  for (let p = 0; p + 1 < start.length; p++) {
    paper.length = 0;
    for (let i = start[p]!; i < start[p + 1]!; i++) paper.push(rank[topics[i]!]!);
    paper.sort((a, b) => a - b);
    for (let i = 0; i < paper.length; i++)
      for (let j = i + 1; j < paper.length; j++) {
        const pair = paper[i]! * byKey.length + paper[j]!;
        const link = linkOf.get(pair);
        if (link !== undefined) linkPapers[link]!.push(p);
        else {
          linkOf.set(pair, linkPapers.length);
          linkPapers.push([p]);
          linkEnds.push(pair);
        }
      }
  }
  linkPapers.forEach((list, link) => {
    const pair = linkEnds[link]!;
    const [a, b] = [byKey[Math.floor(pair / byKey.length)]!, byKey[pair % byKey.length]!];
    const ids = new Array<string>(list.length);
    for (let k = 0; k < list.length; k++) ids[k] = paperNodes[list[k]!]!;
    graph.addUndirectedEdge(topicNodes[a]!, topicNodes[b]!, { weight: list.length, papers: ids });
  });
  return graph;
}
