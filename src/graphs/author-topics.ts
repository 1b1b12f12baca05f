/**
 * The author–topic graph: each author linked to each topic they publish on, the link weighted by the
 * author's papers that carry the topic (its `papers` lists them). It is read off the author–paper–topic
 * graph (bipartite.ts), so it always agrees with the coauthor and topic projections of the same run.
 * Authors without a paper on any topic, and topics nobody is credited with, have no link and are left out:
 * the graph is for seeing who works on what.
 *
 * `linkedWeights` is what the explorer's linked views highlight: for a set of nodes on one side (an
 * author, a coauthor community, a topic, a topic community), the nodes on the other side weighted by the
 * distinct papers that join them to the set — a paper two members of a community wrote counts once.
 */

import Graph from "graphology";
import type { AuthorTopicGraph, BipartiteGraph } from "../model";

/** The author–topic graph of `bipartite` (see the header). Cost: O(Σ authors × topics per paper). */
export function buildAuthorTopics(bipartite: BipartiteGraph): AuthorTopicGraph {
  const graph: AuthorTopicGraph = new Graph({ type: "undirected", multi: false, allowSelfLoops: false });
  const paperCounts = new Map<string, number>();
  bipartite.forEachNode((paper, attributes) => {
    if (attributes.kind !== "paper") return;
    const authors: string[] = [];
    const topics: string[] = [];
    bipartite.forEachNeighbor(paper, (node, neighbour) => {
      if (neighbour.kind === "author") authors.push(node);
      else if (neighbour.kind === "topic") topics.push(node);
    });
    if (!authors.length || !topics.length) return;
    for (const node of [...authors, ...topics]) {
      paperCounts.set(node, (paperCounts.get(node) ?? 0) + 1);
      if (graph.hasNode(node)) continue;
      const source = bipartite.getNodeAttributes(node);
      if (source.kind === "author") {
        const author = { kind: "author" as const, label: source.label, isOwner: source.isOwner, paperCount: 0 };
        graph.addNode(node, source.isGroup ? { ...author, isGroup: true } : author);
      } else if (source.kind === "topic") {
        graph.addNode(node, { kind: "topic", label: source.label, topicKind: source.topicKind, paperCount: 0 });
      }
    }
    const id = paper.slice(paper.indexOf(":") + 1);
    for (const author of authors) {
      for (const topic of topics) {
        const edge = graph.edge(author, topic);
        if (edge === undefined) graph.addEdge(author, topic, { weight: 1, papers: [id] });
        else {
          const link = graph.getEdgeAttributes(edge);
          link.weight++;
          link.papers.push(id);
        }
      }
    }
  });
  // Papers that carry at least one topic (an author's papers without topics have no link to count them by).
  graph.updateEachNodeAttributes((node, attributes) => ({ ...attributes, paperCount: paperCounts.get(node) ?? 0 }));
  return graph;
}

/**
 * The nodes across from `sources` (topics of authors, or authors of topics) weighted by the distinct
 * papers that join them to any of the sources. Sources not in the graph are skipped; a node that is itself
 * a source is not weighted.
 */
export function linkedWeights(graph: AuthorTopicGraph, sources: Iterable<string>): Map<string, number> {
  const chosen = new Set([...sources].filter((node) => graph.hasNode(node)));
  const papers = new Map<string, Set<string>>();
  for (const source of chosen) {
    graph.forEachEdge(source, (_edge, attributes, from, to) => {
      const other = from === source ? to : from;
      if (chosen.has(other)) return;
      const set = papers.get(other) ?? papers.set(other, new Set()).get(other)!;
      for (const paper of attributes.papers) set.add(paper);
    });
  }
  return new Map([...papers].map(([node, set]) => [node, set.size]));
}
