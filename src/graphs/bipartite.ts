/**
 * The bipartite (tripartite) graph every projection starts from: author nodes linked to the papers they
 * wrote (edge `position` = place in the author list), paper nodes linked to their topics. Projections
 * read authors and topics back from it, so there is one source of truth for who wrote what.
 */

import Graph from "graphology";
import { normalizeName } from "../identity";
import type { BipartiteEdgeAttributes, BipartiteGraph, IdentifiedCorpus } from "../model";
import type { Topic } from "../topics";
import { useHashTableAdjacency, useHashTableAdjacencyOf } from "./adjacency";
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
  // Every node's neighbours are keyed by names no other node shares (adjacency.ts).
  useHashTableAdjacency(graph);
  const authorship = authorshipAttributes();
  const topicNumber = new Map<string, number>();
  const topicLabels: string[] = [];
  const topicPapers: number[] = [];
  const topicStart = new Int32Array(corpus.papers.length + 1);
  const paperTopicList: number[] = [];
  let edges = 0;
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
    useHashTableAdjacencyOf(graph, node);
    // The author's node key as the incidence made it, not made again: one string less per authorship, and
    // graphology finds the node by a key whose hash is known.
    for (let i = paperStart[p]!; i < paperStart[p + 1]!; i++) {
      graph.addEdgeWithKey(edgeKey(edges++), authorNodes[authors[i]!]!, node, authorship(i - paperStart[p]!));
    }
    for (const topic of paperTopics[paper.id] ?? []) {
      const key = topicNode(topic.key);
      const [, added] = graph.mergeNode(key, { kind: "topic", label: topic.label, topicKind: topic.kind });
      if (added) {
        useHashTableAdjacencyOf(graph, key);
        topicNumber.set(key, topicLabels.length);
        topicPapers.push(0);
      }
      const number = topicNumber.get(key)!;
      // mergeNode keeps the last label given.
      topicLabels[number] = topic.label;
      // A topic listed twice for one paper keeps one edge with the last score, as mergeEdge would.
      const existing = graph.edge(node, key);
      if (existing === undefined) {
        graph.addEdgeWithKey(edgeKey(edges++), node, key, { kind: "about", score: topic.score });
        paperTopicList.push(number);
        topicPapers[number]!++;
      } else graph.mergeEdgeAttributes(existing, { kind: "about", score: topic.score });
    }
    topicStart[p + 1] = paperTopicList.length;
  });
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

/** A paper node's topics. */
export function paperTopicNodes(bipartite: BipartiteGraph, paper: string): string[] {
  return bipartite.filterNeighbors(paper, (_node, attributes) => attributes.kind === "topic");
}
