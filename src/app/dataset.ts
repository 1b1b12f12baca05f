/**
 * The analysis as the page uses it: the parts received from the worker put together, plus lookups
 * (papers by id, people by node key) that the panels need on every hover and click.
 */

import { authorNode, paperNode, topicNode } from "../graphs";
import type { GraphSummary } from "../metrics";
import type { AnalysedGraph, BipartiteGraph, CoauthorGraph, NetworkGraph, Paper, Person, TopicGraph } from "../model";
import type { Topic } from "../topics";
import type { AnalysisMeta } from "./protocol";
import { metricsNetwork, type NetworkName } from "./state";
import type { Assembly } from "./transfer";

/** The three networks of an analysis, each with its attribute types. */
export interface NetworkGraphs {
  coauthors: CoauthorGraph;
  topics: TopicGraph;
  bipartite: BipartiteGraph;
}

export interface Dataset extends AnalysisMeta {
  graphs: NetworkGraphs;
  papers: Paper[];
  people: Person[];
  paperTopics: Record<string, Topic[]>;
  summaries: Partial<Record<NetworkName, GraphSummary>>;
  papersById: Map<string, Paper>;
  /** Person by author node key (`author:<key>`). */
  peopleByNode: Map<string, Person>;
  /** Paper ids by topic node key (`topic:<key>`). */
  papersByTopic: Map<string, string[]>;
}

/** The dataset from all parts of a run and its final meta. */
export function hydrateDataset(assembly: Assembly, meta: AnalysisMeta): Dataset {
  const { graphs, papers, people, paperTopics } = assembly;
  if (!graphs.coauthors || !graphs.topics || !graphs.bipartite) {
    throw new Error("papergraph/app: the worker's reply lacks a network. Reload the page.");
  }
  const papersByTopic = new Map<string, string[]>();
  for (const [paperId, topics] of Object.entries(paperTopics)) {
    for (const topic of topics) {
      const key = topicNode(topic.key);
      const list = papersByTopic.get(key) ?? papersByTopic.set(key, []).get(key)!;
      list.push(paperId);
    }
  }
  return {
    ...meta,
    papers,
    people,
    paperTopics,
    // The worker packed each network from analyse()'s typed graphs, so each arrives with its own attributes.
    graphs: {
      coauthors: graphs.coauthors as CoauthorGraph,
      topics: graphs.topics as TopicGraph,
      bipartite: graphs.bipartite as BipartiteGraph,
    },
    summaries: { coauthors: meta.coauthorSummary, topics: meta.topicSummary },
    papersById: new Map(papers.map((paper) => [paper.id, paper])),
    peopleByNode: new Map(people.map((person) => [authorNode(person.key), person])),
    papersByTopic,
  };
}

/** The network on the canvas, as code that serves all three reads it. */
export function shownGraph(dataset: Dataset, network: NetworkName): NetworkGraph {
  return dataset.graphs[network];
}

/** The network whose metrics the panels describe while `network` is shown (see metricsNetwork). */
export function metricsGraph(dataset: Dataset, network: NetworkName): AnalysedGraph {
  return dataset.graphs[metricsNetwork(network)];
}

/** The papers behind a node: an author's papers, a topic's papers, or the paper itself; newest first. */
export function papersOfNode(dataset: Dataset, node: string): Paper[] {
  let ids: string[] = [];
  if (node.startsWith(authorNode(""))) ids = dataset.peopleByNode.get(node)?.paperIds ?? [];
  else if (node.startsWith(topicNode(""))) ids = dataset.papersByTopic.get(node) ?? [];
  else if (node.startsWith(paperNode(""))) ids = [node.slice(paperNode("").length)];
  const papers = ids.map((id) => dataset.papersById.get(id)).filter((paper): paper is Paper => paper !== undefined);
  return papers.sort((a, b) => (b.year ?? 0) - (a.year ?? 0) || a.title.localeCompare(b.title));
}
