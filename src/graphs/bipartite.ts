/**
 * The bipartite (tripartite) graph every projection starts from: author nodes linked to the papers they
 * wrote (edge `position` = place in the author list), paper nodes linked to their topics. The build writes
 * it as tables (bipartite-tables.ts: the incidence, each paper's topics, each node's attributes), which the
 * projections and analytics read, so there is one source of truth for who wrote what; graphology's graph is
 * built from those tables when first asked for.
 *
 * Measured on 100,000 generated works (2026-12-02, 2-core VM, load 2.4-3.5, CPU of the build alone, three
 * rounds in one process each, after incidenceOf's 0.45-0.71 s): main d9de705's build with the graph
 * 3.23-4.03 s, 250 MB of heap kept (after a full collection); the tables alone 0.19-0.22 s, 13 MB, and the
 * graph from them, when read, 3.36-3.69 s and 238 MB more.
 */

import Graph from "graphology";
import { normalizeName } from "../identity";
import type {
  BipartiteAuthorAttributes,
  BipartiteEdgeAttributes,
  BipartiteGraph,
  BipartitePaperAttributes,
  BipartiteTopicAttributes,
  IdentifiedCorpus,
  Paper,
} from "../model";
import type { Topic } from "../topics";
import { useHashTableAdjacency } from "./adjacency";
import { addUndirectedEdges } from "./bulk-edges";
import { incidenceOf, type KeyedAuthorships } from "./authorships";
import type { BipartiteTables } from "./bipartite-tables";
import { edgeKey, topicNode } from "./keys";
import type { PaperTopics } from "./main-topics";

/**
 * The attributes of an authorship edge at `position`, one frozen object per position shared by every such
 * edge: nothing writes them, and an object per edge (40 bytes) survived young-generation collections for nothing.
 */
function authorshipAttributes(): (position: number) => BipartiteEdgeAttributes {
  const shared: BipartiteEdgeAttributes[] = [];
  return (position) => (shared[position] ??= Object.freeze({ kind: "authorship" as const, position }));
}

/** The bipartite build: its tables, and the graph made from them when first read. */
export interface BipartiteBuild extends BipartiteTables {
  /**
   * The author–paper–topic graph, built from the tables on first read and kept: the graph buildBipartite
   * gives, every node, link, key, attribute and iteration order included.
   */
  readonly graph: BipartiteGraph;
}

/** Builds the author–paper–topic graph of a corpus whose authors carry keys (after the identity stage). */
export function buildBipartite(corpus: IdentifiedCorpus, paperTopics: Record<string, Topic[]>): BipartiteGraph {
  return buildBipartiteTables(corpus, paperTopics).graph;
}

/** The attributes of the paper node of `paper`. */
function paperAttributes(paper: Paper): BipartitePaperAttributes {
  return {
    kind: "paper",
    label: paper.title,
    year: paper.year,
    categories: paper.categories,
    authorsTruncated: paper.authorsTruncated,
    hasCode: paper.hasCode ?? false,
    authorCount: paper.authors.length,
    sourceFile: paper.source.file,
    sourceLine: paper.source.line,
  };
}

/** Each person's author node attributes, in people order. */
function authorAttributes(corpus: IdentifiedCorpus): BipartiteAuthorAttributes[] {
  // Owners are found by spelling, not by key: identity may key a person by a fuller name than the page's.
  const owners = new Set(corpus.profiles.map((profile) => normalizeName(profile.owner)));
  return corpus.people.map((person) => {
    // Without profile pages there is no owner to spell: no variant is normalised (89k people at 100k works).
    const isOwner =
      person.owner === true ||
      (owners.size > 0 &&
        (owners.has(person.key) || person.variants.some((variant) => owners.has(normalizeName(variant)))));
    const attributes = { kind: "author" as const, label: person.label, isOwner };
    return person.group ? { ...attributes, isGroup: true } : attributes;
  });
}

/**
 * Each paper's topics, numbered as first met, paper by paper in list order: a topic listed twice for one
 * paper has one link, with the last score, and a topic keeps the last label and kind given (as graphology's
 * mergeNode and mergeEdge would). `scores[i]` is the score of link i of `links.topics`.
 */
function topicTables(
  papers: readonly Paper[],
  paperTopics: Record<string, Topic[]>,
): { links: PaperTopics; topicNodes: string[]; topics: BipartiteTopicAttributes[]; scores: Float64Array } {
  const topicNumber = new Map<string, number>();
  const topicNodes: string[] = [];
  const topics: BipartiteTopicAttributes[] = [];
  const topicPapers: number[] = [];
  const start = new Int32Array(papers.length + 1);
  const list: number[] = [];
  const scores: number[] = [];
  papers.forEach((paper, p) => {
    const first = list.length;
    for (const topic of paperTopics[paper.id] ?? []) {
      const key = topicNode(topic.key);
      let number = topicNumber.get(key);
      if (number === undefined) {
        number = topicNodes.length;
        topicNumber.set(key, number);
        topicNodes.push(key);
        topics.push({ kind: "topic", label: topic.label, topicKind: topic.kind });
        topicPapers.push(0);
      } else {
        const attributes = topics[number]!;
        attributes.label = topic.label;
        attributes.topicKind = topic.kind;
      }
      const existing = list.indexOf(number, first);
      if (existing >= 0) scores[existing] = topic.score;
      else {
        list.push(number);
        scores.push(topic.score);
        topicPapers[number]!++;
      }
    }
    start[p + 1] = list.length;
  });
  const links = {
    start,
    topics: Int32Array.from(list),
    labels: topics.map((topic) => topic.label),
    paperCounts: Int32Array.from(topicPapers),
  };
  return { links, topicNodes, topics, scores: Float64Array.from(scores) };
}

/**
 * The author–paper–topic graph of the tables: authors in incidence order, then each paper followed by the
 * topics it is the first to name; authorship then topic links paper by paper, keyed in that order and filed
 * at once (bulk-edges.ts). This is the order in which the graph was built node by node and link by link
 * (test/graphs/bipartite.test.ts checks it against that build).
 */
function graphOfTables(tables: BipartiteTables, scores: Float64Array): BipartiteGraph {
  const graph: BipartiteGraph = new Graph({ type: "undirected", multi: false, allowSelfLoops: false });
  const { incidence, paperTopics, nodes } = tables;
  const { authorNodes, paperNodes, paperStart, authors } = incidence;
  authorNodes.forEach((node, a) => graph.addNode(node, nodes.authors[a]));
  const order = authorNodes.slice();
  const edgeCount = authors.length + paperTopics.topics.length;
  const source = new Int32Array(edgeCount);
  const target = new Int32Array(edgeCount);
  const attributes = new Array<BipartiteEdgeAttributes>(edgeCount);
  const topicNumber = new Int32Array(nodes.topics.length);
  const authorship = authorshipAttributes();
  let edge = 0;
  let nextTopic = 0;
  paperNodes.forEach((node, p) => {
    graph.addNode(node, nodes.paper(p));
    const paperNumber = order.push(node) - 1;
    for (let i = paperStart[p]!; i < paperStart[p + 1]!; i++) {
      source[edge] = authors[i]!;
      target[edge] = paperNumber;
      attributes[edge++] = authorship(i - paperStart[p]!);
    }
    for (let i = paperTopics.start[p]!; i < paperTopics.start[p + 1]!; i++) {
      const topic = paperTopics.topics[i]!;
      // Topics are numbered as first met: a topic this paper names first is the next number.
      if (topic === nextTopic) {
        graph.addNode(nodes.topicNodes[topic]!, nodes.topics[topic]);
        topicNumber[topic] = order.push(nodes.topicNodes[topic]!) - 1;
        nextTopic++;
      }
      source[edge] = paperNumber;
      target[edge] = topicNumber[topic]!;
      attributes[edge++] = { kind: "about", score: scores[i]! };
    }
  });
  // Every node's neighbours are keyed by names no other node shares (adjacency.ts).
  useHashTableAdjacency(graph);
  addUndirectedEdges(graph, order, source, target, edgeKey, (link) => attributes[link]!);
  return graph;
}

/**
 * The bipartite graph's tables (bipartite-tables.ts) of a corpus whose authors carry keys, with the graph
 * built from them on first read of `graph`. The incidence (incidenceOf the corpus, unless the caller made it
 * already) names the author and paper nodes: authors in people order, papers in paper order; topics are
 * numbered as first met. The analysis reads the tables alone; the graph, 240 MB of the heap on 100,000
 * generated works, is made for those who ask (the explorer, the HTML export, the public API).
 */
export function buildBipartiteTables(
  corpus: IdentifiedCorpus,
  paperTopics: Record<string, Topic[]>,
  incidence: KeyedAuthorships = incidenceOf(corpus),
): BipartiteBuild {
  const { links, topicNodes, topics, scores } = topicTables(corpus.papers, paperTopics);
  const papers = corpus.papers;
  const nodes = {
    authors: authorAttributes(corpus),
    paper: (p: number) => paperAttributes(papers[p]!),
    topicNodes,
    topics,
  };
  const tables = { incidence, paperTopics: links, nodes };
  let graph: BipartiteGraph | undefined;
  return {
    ...tables,
    get graph() {
      return (graph ??= graphOfTables(tables, scores));
    },
  };
}

/** A paper node's authors in list order (the `position` of their authorship edges). */
export function paperAuthors(bipartite: BipartiteGraph, paper: string): string[] {
  const authors: [number, string][] = [];
  bipartite.forEachEdge(paper, (_edge, attributes, source, target) => {
    if (attributes.kind === "authorship") authors.push([attributes.position, source === paper ? target : source]);
  });
  return authors.sort((a, b) => a[0] - b[0]).map(([, author]) => author);
}
