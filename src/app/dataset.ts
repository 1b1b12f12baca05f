/**
 * The analysis as the page uses it: the parts received from the worker put together, plus lookups
 * (papers by id, people by node key) that the panels need on every hover and click. A run sends only
 * the parts it changed; the others are taken over from the dataset on screen, lookups included.
 */

import { authorNode, paperNode, topicNode } from "../graphs";
import type { GraphSummary } from "../metrics";
import type {
  AnalysedGraph,
  AuthorTopicGraph,
  BipartiteGraph,
  CoauthorGraph,
  NetworkGraph,
  Paper,
  Person,
  TopicGraph,
} from "../model";
import type { Topic } from "../topics";
import type { AnalysisMeta } from "./protocol";
import { metricsNetwork, type NetworkName } from "./state";
import type { Assembly } from "./transfer";

/** The three networks of an analysis, each with its attribute types. */
export interface NetworkGraphs {
  coauthors: CoauthorGraph;
  topics: TopicGraph;
  bipartite: BipartiteGraph;
  authorTopics: AuthorTopicGraph;
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

/** Paper ids by topic node key. */
function indexTopics(paperTopics: Record<string, Topic[]>): Map<string, string[]> {
  const papersByTopic = new Map<string, string[]>();
  for (const [paperId, topics] of Object.entries(paperTopics)) {
    for (const topic of topics) {
      const key = topicNode(topic.key);
      const list = papersByTopic.get(key) ?? papersByTopic.set(key, []).get(key)!;
      list.push(paperId);
    }
  }
  return papersByTopic;
}

/** A part the run did not send and the page does not hold: the worker and the page disagree. */
function missing(part: string): never {
  throw new Error(`papergraph/app: the analysis arrived without its ${part}. Reload the page.`);
}

/**
 * The dataset of a run: the parts it sent (`meta.sent`, put together in `assembly`) and, for the others,
 * those of `previous`, the dataset on screen, which the worker knows the page holds.
 */
export function hydrateDataset(assembly: Assembly, meta: AnalysisMeta, previous?: Dataset): Dataset {
  const sent = new Set(meta.sent);
  // The worker packed each network from the pipeline's typed graphs, so each arrives with its own attributes.
  const graph = <K extends NetworkName>(name: K): NetworkGraphs[K] =>
    sent.has(name)
      ? ((assembly.graphs[name] ?? missing(name)) as NetworkGraphs[K])
      : (previous?.graphs[name] ?? missing(name));
  const corpus = sent.has("corpus")
    ? {
        papers: assembly.papers,
        people: assembly.people,
        papersById: new Map(assembly.papers.map((paper) => [paper.id, paper])),
        peopleByNode: new Map(assembly.people.map((person) => [authorNode(person.key), person])),
      }
    : (previous ?? missing("papers"));
  const topics = sent.has("paperTopics")
    ? { paperTopics: assembly.paperTopics, papersByTopic: indexTopics(assembly.paperTopics) }
    : (previous ?? missing("topics"));
  return {
    ...meta,
    papers: corpus.papers,
    people: corpus.people,
    papersById: corpus.papersById,
    peopleByNode: corpus.peopleByNode,
    paperTopics: topics.paperTopics,
    papersByTopic: topics.papersByTopic,
    graphs: {
      coauthors: graph("coauthors"),
      topics: graph("topics"),
      bipartite: graph("bipartite"),
      authorTopics: graph("authorTopics"),
    },
    summaries: { coauthors: meta.coauthorSummary, topics: meta.topicSummary },
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

/** The papers of `ids` (paper ids, or paper node keys as links list them), newest first. */
export function papersById(dataset: Dataset, ids: readonly string[]): Paper[] {
  const prefix = paperNode("");
  const papers = ids
    .map((id) => dataset.papersById.get(id.startsWith(prefix) ? id.slice(prefix.length) : id))
    .filter((paper): paper is Paper => paper !== undefined);
  return papers.sort((a, b) => (b.year ?? 0) - (a.year ?? 0) || a.title.localeCompare(b.title));
}

/** The papers behind a node: an author's papers, a topic's papers, or the paper itself; newest first. */
export function papersOfNode(dataset: Dataset, node: string): Paper[] {
  if (node.startsWith(authorNode(""))) return papersById(dataset, dataset.peopleByNode.get(node)?.paperIds ?? []);
  if (node.startsWith(topicNode(""))) return papersById(dataset, dataset.papersByTopic.get(node) ?? []);
  if (node.startsWith(paperNode(""))) return papersById(dataset, [node]);
  return [];
}
