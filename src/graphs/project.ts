/**
 * Projections of the bipartite graph.
 *
 * Coauthor network: one undirected edge per pair of authors who share a paper, with `weight` = joint
 * papers, `fractional` = Newman's collaboration strength Σ 1/(n−1) over their joint papers (n = authors
 * of the paper; Newman 2001, PRE 64 016132), `papers` (ids), `firstYear` and `lastYear`.
 * Hyper-authored papers: a paper with more than `maxAuthorsPerPaper` authors stays in the bipartite graph
 * but adds no links (an info diagnostic says so): its n(n−1)/2 pairs would swamp the network and memory.
 * Cost: Σ n² over projected papers.
 *
 * Authors also get their main topic (main-topics.ts).
 *
 * Topic network: one edge per pair of topics sharing a paper, `weight` = shared papers.
 */

import Graph from "graphology";
import type {
  AnalysedNode,
  BipartiteGraph,
  CoauthorEdgeAttributes,
  CoauthorGraph,
  Diagnostic,
  TopicGraph,
} from "../model";
import { diagnostic } from "../model";
import { paperAuthors, paperTopicNodes } from "./bipartite";
import { computeMainTopics } from "./main-topics";

export interface ProjectionOptions {
  maxAuthorsPerPaper: number;
}

export interface Projection {
  graph: CoauthorGraph;
  diagnostics: Diagnostic[];
}

type Span = { firstYear?: number; lastYear?: number };

function widenSpan(span: Span, year: number | undefined): void {
  if (year === undefined) return;
  if (span.firstYear === undefined || year < span.firstYear) span.firstYear = year;
  if (span.lastYear === undefined || year > span.lastYear) span.lastYear = year;
}

/** Adds one paper's contribution to the link between `a` and `b`. */
function addJointPaper(
  graph: CoauthorGraph,
  a: string,
  b: string,
  paper: string,
  year: number | undefined,
  share: number,
): void {
  const [source, target] = a < b ? [a, b] : [b, a];
  const edge = graph.edge(source, target);
  if (edge === undefined) {
    // Literals, not a spread of the span: all five fields stay in the object itself (smaller on 2M links).
    const attributes: CoauthorEdgeAttributes =
      year === undefined
        ? { weight: 1, fractional: share, papers: [paper] }
        : { weight: 1, fractional: share, papers: [paper], firstYear: year, lastYear: year };
    graph.addUndirectedEdge(source, target, attributes);
    return;
  }
  const attributes = graph.getEdgeAttributes(edge);
  attributes.weight += 1;
  attributes.fractional += share;
  attributes.papers.push(paper);
  widenSpan(attributes, year);
}

/**
 * Copies every grown `papers` list into one of its exact length: push() leaves spare slots in each list it
 * grew (measured: 25 MB of the coauthor network of 30,000 synthetic papers).
 */
function trimPaperLists(graph: Graph<AnalysedNode, { papers: string[] }>): void {
  graph.forEachEdge((_edge, attributes) => {
    if (attributes.papers.length > 1) attributes.papers = attributes.papers.slice();
  });
}

/** Projects the bipartite graph onto its authors: the weighted coauthor network. */
export function projectCoauthors(bipartite: BipartiteGraph, options: ProjectionOptions): Projection {
  const graph: CoauthorGraph = new Graph({ type: "undirected" });
  const diagnostics: Diagnostic[] = [];
  bipartite.forEachNode((node, attributes) => {
    if (attributes.kind === "author")
      graph.addNode(node, { kind: "author", label: attributes.label, isOwner: attributes.isOwner, paperCount: 0 });
  });
  bipartite.forEachNode((paper, attributes) => {
    if (attributes.kind !== "paper") return;
    const authors = paperAuthors(bipartite, paper);
    const { year } = attributes;
    for (const author of authors) {
      const person = graph.getNodeAttributes(author);
      person.paperCount += 1;
      widenSpan(person, year);
    }
    if (authors.length > options.maxAuthorsPerPaper) {
      const id = paper.slice("paper:".length);
      diagnostics.push(
        diagnostic(
          "info",
          attributes.sourceFile,
          attributes.sourceLine,
          `"${attributes.label}" (${id}) has ${authors.length} authors, more than maxAuthorsPerPaper = ` +
            `${options.maxAuthorsPerPaper}; it adds no coauthor links.`,
        ),
      );
      return;
    }
    const share = 1 / (authors.length - 1);
    for (let i = 0; i < authors.length; i++) {
      for (let j = i + 1; j < authors.length; j++) addJointPaper(graph, authors[i]!, authors[j]!, paper, year, share);
    }
  });
  trimPaperLists(graph);
  for (const [author, topic] of computeMainTopics(bipartite)) graph.setNodeAttribute(author, "mainTopic", topic);
  return { graph, diagnostics };
}

/** Projects the bipartite graph onto its topics: topics linked by the papers they share. */
export function projectTopics(bipartite: BipartiteGraph): TopicGraph {
  const graph: TopicGraph = new Graph({ type: "undirected" });
  bipartite.forEachNode((node, attributes) => {
    if (attributes.kind === "topic")
      graph.addNode(node, {
        kind: "topic",
        label: attributes.label,
        topicKind: attributes.topicKind,
        paperCount: bipartite.degree(node),
      });
  });
  bipartite.forEachNode((paper, attributes) => {
    if (attributes.kind !== "paper") return;
    const topics = paperTopicNodes(bipartite, paper).sort();
    for (let i = 0; i < topics.length; i++) {
      for (let j = i + 1; j < topics.length; j++) {
        const edge = graph.edge(topics[i]!, topics[j]!);
        if (edge === undefined) graph.addUndirectedEdge(topics[i]!, topics[j]!, { weight: 1, papers: [paper] });
        else {
          const attributes = graph.getEdgeAttributes(edge);
          attributes.weight += 1;
          attributes.papers.push(paper);
        }
      }
    }
  });
  trimPaperLists(graph);
  return graph;
}
