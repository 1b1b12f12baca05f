/**
 * The bipartite graph as the analysis reads it: the author–paper incidence, each paper's topics and a node
 * table (each author's, paper's and topic's attributes), numbered as the graph orders its nodes. The bipartite
 * build writes these tables (bipartite.ts) and builds graphology's graph from them only when asked; the
 * projections and analytics (projectCoauthors, projectTopics, computeMainTopics, profileCommunities,
 * findBursts) read the tables, and take either the tables or a graph, whose tables are then read back.
 *
 * Why: on 100,000 generated works the graph (189,162 nodes, 729,327 links) holds about 240 MB of the heap
 * for the whole run and took most of the bipartite step; the command line reads only these tables (see the
 * README, Scale).
 */

import type {
  BipartiteAuthorAttributes,
  BipartiteGraph,
  BipartitePaperAttributes,
  BipartiteTopicAttributes,
} from "../model";
import { authorshipsOf, type KeyedAuthorships } from "./authorships";
import type { PaperTopics } from "./main-topics";

/** The bipartite graph's nodes: authors and papers numbered as the incidence numbers them, topics as paperTopics does. */
export interface BipartiteNodes {
  /** Author a's attributes (its key is incidence.authorNodes[a]). */
  authors: readonly BipartiteAuthorAttributes[];
  /** Paper p's attributes (its key is incidence.paperNodes[p]). */
  paper(p: number): BipartitePaperAttributes;
  /** Topic t's node key and attributes, topics in the graph's node order. */
  topicNodes: readonly string[];
  topics: readonly BipartiteTopicAttributes[];
}

/** The bipartite graph's incidence, its papers' topics and its nodes (see the header). */
export interface BipartiteTables {
  incidence: KeyedAuthorships;
  paperTopics: PaperTopics;
  nodes: BipartiteNodes;
}

/** What the readers of the bipartite graph take: the graph, or its tables as the build wrote them. */
export type BipartiteSource = BipartiteGraph | BipartiteTables;

/** The PaperTopics of a bipartite graph: topics numbered in node order, papers as in `paperNodes`. */
export function paperTopicsOf(bipartite: BipartiteGraph, paperNodes: readonly string[]): PaperTopics {
  const number = new Map<string, number>();
  const labels: string[] = [];
  const paperCounts: number[] = [];
  bipartite.forEachNode((node, attributes) => {
    if (attributes.kind !== "topic") return;
    number.set(node, labels.length);
    labels.push(attributes.label);
    paperCounts.push(bipartite.degree(node));
  });
  const start = new Int32Array(paperNodes.length + 1);
  const topics: number[] = [];
  paperNodes.forEach((paper, p) => {
    bipartite.forEachNeighbor(paper, (node, attributes) => {
      if (attributes.kind === "topic") topics.push(number.get(node)!);
    });
    start[p + 1] = topics.length;
  });
  return { start, topics: Int32Array.from(topics), labels, paperCounts: Int32Array.from(paperCounts) };
}

/** The tables of `source`: as given, or read back from the graph's nodes and links. */
export function bipartiteTables(source: BipartiteSource): BipartiteTables {
  if ("incidence" in source) return source;
  const incidence = authorshipsOf(source);
  const topicNodes: string[] = [];
  const topics: BipartiteTopicAttributes[] = [];
  source.forEachNode((node, attributes) => {
    if (attributes.kind !== "topic") return;
    topicNodes.push(node);
    topics.push(attributes);
  });
  const authors = incidence.authorNodes.map((node) => source.getNodeAttributes(node) as BipartiteAuthorAttributes);
  const paper = (p: number) => source.getNodeAttributes(incidence.paperNodes[p]!) as BipartitePaperAttributes;
  return {
    incidence,
    paperTopics: paperTopicsOf(source, incidence.paperNodes),
    nodes: { authors, paper, topicNodes, topics },
  };
}
