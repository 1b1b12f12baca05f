/**
 * The bipartite (tripartite) graph every projection starts from: author nodes linked to the papers they
 * wrote (edge `position` = place in the author list), paper nodes linked to their topics. Projections
 * read authors and topics back from it, so there is one source of truth for who wrote what.
 */

import Graph from "graphology";
import { normalizeName } from "../identity";
import type { BipartiteEdgeAttributes, BipartiteGraph, IdentifiedCorpus } from "../model";
import type { Topic } from "../topics";
import { useHashTableAdjacency } from "./adjacency";
import { addUndirectedEdges } from "./bulk-edges";
import { incidenceOf, type KeyedAuthorships } from "./authorships";
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

/** Edges as node numbers and attributes, in the order they are added; the arrays grow as needed. */
class Edges {
  count = 0;
  source: Int32Array;
  target: Int32Array;
  attributes: BipartiteEdgeAttributes[] = [];

  constructor(capacity: number) {
    this.source = new Int32Array(Math.max(capacity, 16));
    this.target = new Int32Array(Math.max(capacity, 16));
  }

  add(source: number, target: number, attributes: BipartiteEdgeAttributes): void {
    if (this.count === this.source.length) {
      const grown = (array: Int32Array) => {
        const copy = new Int32Array(array.length * 2);
        copy.set(array);
        return copy;
      };
      this.source = grown(this.source);
      this.target = grown(this.target);
    }
    this.source[this.count] = source;
    this.target[this.count] = target;
    this.attributes.push(attributes);
    this.count++;
  }

  /** The edge to `target` among the edges from `first` on, if any. */
  find(first: number, target: number): number | undefined {
    for (let edge = first; edge < this.count; edge++) if (this.target[edge] === target) return edge;
    return undefined;
  }
}

/**
 * The bipartite graph with its author–paper incidence and its papers' topics, as authorshipsOf and
 * paperTopicsOf would read them back from the graph.
 */
export interface BipartiteWithAuthorships {
  graph: BipartiteGraph;
  incidence: KeyedAuthorships;
  paperTopics: PaperTopics;
}

/** Builds the author–paper–topic graph of a corpus whose authors carry keys (after the identity stage). */
export function buildBipartite(corpus: IdentifiedCorpus, paperTopics: Record<string, Topic[]>): BipartiteGraph {
  return buildBipartiteWithAuthorships(corpus, paperTopics).graph;
}

/**
 * buildBipartite, with the author–paper incidence and the papers' topics: the projection then does not walk
 * the graph back (authorshipsOf: 0.6 s of CPU on 100,000 generated works; see the README, issue 16). The
 * incidence (incidenceOf the corpus, unless the caller made it already) names the author and paper nodes:
 * authors in people order, papers in paper order; topics are numbered as first met. That is the graph's
 * node order.
 */
export function buildBipartiteWithAuthorships(
  corpus: IdentifiedCorpus,
  paperTopics: Record<string, Topic[]>,
  incidence: KeyedAuthorships = incidenceOf(corpus),
): BipartiteWithAuthorships {
  const graph: BipartiteGraph = new Graph({ type: "undirected", multi: false, allowSelfLoops: false });
  const { authorNodes, paperNodes, paperStart, authors } = incidence;
  // Owners are found by spelling, not by key: identity may key a person by a fuller name than the page's.
  const owners = new Set(corpus.profiles.map((profile) => normalizeName(profile.owner)));
  corpus.people.forEach((person, a) => {
    // Without profile pages there is no owner to spell: no variant is normalised (89k people at 100k works).
    const isOwner =
      person.owner === true ||
      (owners.size > 0 &&
        (owners.has(person.key) || person.variants.some((variant) => owners.has(normalizeName(variant)))));
    const attributes = { kind: "author" as const, label: person.label, isOwner };
    graph.addNode(authorNodes[a]!, person.group ? { ...attributes, isGroup: true } : attributes);
  });
  const authorship = authorshipAttributes();
  const topicNumber = new Map<string, number>();
  const topicLabels: string[] = [];
  const topicPapers: number[] = [];
  const topicStart = new Int32Array(corpus.papers.length + 1);
  const paperTopicList: number[] = [];
  // The nodes in the order they are added and the edges as node numbers, added at once when every node is
  // there (bulk-edges.ts): authorships then topics paper by paper, as they were added one by one.
  const nodes = authorNodes.slice();
  const edges = new Edges(authors.length + 2 * corpus.papers.length);
  const topicNodeNumber: number[] = [];
  corpus.papers.forEach((paper, p) => {
    const node = paperNodes[p]!;
    graph.addNode(node, {
      kind: "paper",
      label: paper.title,
      year: paper.year,
      categories: paper.categories,
      authorsTruncated: paper.authorsTruncated,
      hasCode: paper.hasCode ?? false,
      authorCount: paper.authors.length,
      sourceFile: paper.source.file,
      sourceLine: paper.source.line,
    });
    const paperNumber = nodes.push(node) - 1;
    for (let i = paperStart[p]!; i < paperStart[p + 1]!; i++)
      edges.add(authors[i]!, paperNumber, authorship(i - paperStart[p]!));
    const firstTopicEdge = edges.count;
    for (const topic of paperTopics[paper.id] ?? []) {
      const key = topicNode(topic.key);
      const [, added] = graph.mergeNode(key, { kind: "topic", label: topic.label, topicKind: topic.kind });
      if (added) {
        topicNumber.set(key, topicLabels.length);
        topicNodeNumber.push(nodes.push(key) - 1);
        topicPapers.push(0);
      }
      const number = topicNumber.get(key)!;
      // mergeNode keeps the last label given.
      topicLabels[number] = topic.label;
      // A topic listed twice for one paper keeps one edge with the last score, as mergeEdge would.
      const existing = edges.find(firstTopicEdge, topicNodeNumber[number]!);
      if (existing === undefined) {
        edges.add(paperNumber, topicNodeNumber[number]!, { kind: "about", score: topic.score });
        paperTopicList.push(number);
        topicPapers[number]!++;
      } else edges.attributes[existing] = { kind: "about", score: topic.score };
    }
    topicStart[p + 1] = paperTopicList.length;
  });
  // Every node's neighbours are keyed by names no other node shares (adjacency.ts).
  useHashTableAdjacency(graph);
  const { source, target, attributes } = edges;
  addUndirectedEdges(
    graph,
    nodes,
    source.subarray(0, edges.count),
    target.subarray(0, edges.count),
    edgeKey,
    (edge) => attributes[edge]!,
  );
  const topicLinks = {
    start: topicStart,
    topics: Int32Array.from(paperTopicList),
    labels: topicLabels,
    paperCounts: Int32Array.from(topicPapers),
  };
  return { graph, incidence, paperTopics: topicLinks };
}

/** A paper node's authors in list order (the `position` of their authorship edges). */
export function paperAuthors(bipartite: BipartiteGraph, paper: string): string[] {
  const authors: [number, string][] = [];
  bipartite.forEachEdge(paper, (_edge, attributes, source, target) => {
    if (attributes.kind === "authorship") authors.push([attributes.position, source === paper ? target : source]);
  });
  return authors.sort((a, b) => a[0] - b[0]).map(([, author]) => author);
}
