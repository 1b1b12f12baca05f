/**
 * The analysis as the page uses it: the payload from the worker with its graphs rebuilt, plus lookups
 * (papers by id, people by node key) that the panels need on every hover and click. The bipartite graph
 * has no layout or metrics from the pipeline; it gets seeded start positions and its plain degree here
 * so that it can be drawn and sized like the other two.
 */

import type Graph from "graphology";
import { authorNode, paperNode, topicNode } from "../graphs";
import { assignSeedPositions } from "../layout";
import type { GraphSummary } from "../metrics";
import type { Paper, Person } from "../model";
import type { AnalysisPayload } from "./protocol";
import type { NetworkName } from "./state";
import { unpackGraph } from "./transfer";

export interface Dataset extends Omit<AnalysisPayload, "coauthors" | "topics" | "bipartite"> {
  graphs: Record<NetworkName, Graph>;
  summaries: Partial<Record<NetworkName, GraphSummary>>;
  papersById: Map<string, Paper>;
  /** Person by author node key (`author:<key>`). */
  peopleByNode: Map<string, Person>;
  /** Paper ids by topic node key (`topic:<key>`). */
  papersByTopic: Map<string, string[]>;
}

/** Rebuilds a worker payload into graphs and lookups. */
export function hydrateDataset(payload: AnalysisPayload): Dataset {
  const { coauthors, topics, bipartite, ...rest } = payload;
  const bipartiteGraph = unpackGraph(bipartite);
  assignSeedPositions(bipartiteGraph, payload.options.seed);
  bipartiteGraph.updateEachNodeAttributes((node, attributes) => ({ ...attributes, degree: bipartiteGraph.degree(node) }));
  const papersByTopic = new Map<string, string[]>();
  for (const [paperId, paperTopics] of Object.entries(payload.paperTopics)) {
    for (const topic of paperTopics) {
      const key = topicNode(topic.key);
      const list = papersByTopic.get(key) ?? papersByTopic.set(key, []).get(key)!;
      list.push(paperId);
    }
  }
  return {
    ...rest,
    graphs: { coauthors: unpackGraph(coauthors), topics: unpackGraph(topics), bipartite: bipartiteGraph },
    summaries: { coauthors: payload.coauthorSummary, topics: payload.topicSummary },
    papersById: new Map(payload.papers.map((paper) => [paper.id, paper])),
    peopleByNode: new Map(payload.people.map((person) => [authorNode(person.key), person])),
    papersByTopic,
  };
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
