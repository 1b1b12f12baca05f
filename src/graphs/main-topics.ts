/**
 * Each author's main topic: the topic on most of their papers, ignoring topics found on more than half of
 * all papers — on a one-field profile every paper shares the category, which would give everyone the same
 * main topic — unless the corpus has a single topic. Ties go to the label first in locale order, and topics
 * are counted by label (two topics named alike count as one). The projection writes it as the coauthor
 * network's node attribute `mainTopic`: exported like any attribute, and a colouring of the explorer.
 *
 * Read from the bipartite graph, the one record of who wrote what on which topic. Each paper's topics are
 * listed once, so the cost is O(authorship links + paper–topic links), whatever the authors per paper.
 */

import type { BipartiteGraph } from "../model";
import { paperTopicNodes } from "./bipartite";

/** Author node → label of its main topic; authors whose papers have no counted topic are left out. */
export function computeMainTopics(bipartite: BipartiteGraph): Map<string, string> {
  let paperCount = 0;
  let topicCount = 0;
  bipartite.forEachNode((_node, attributes) => {
    if (attributes.kind === "paper") paperCount++;
    else if (attributes.kind === "topic") topicCount++;
  });
  const isCounted = (topic: string) => topicCount <= 1 || bipartite.degree(topic) <= paperCount / 2;
  const topicsOfPaper = new Map<string, string[]>();
  bipartite.forEachNode((paper, attributes) => {
    if (attributes.kind !== "paper") return;
    const labels = paperTopicNodes(bipartite, paper)
      .filter(isCounted)
      .map((topic) => bipartite.getNodeAttribute(topic, "label"));
    topicsOfPaper.set(paper, labels);
  });
  const result = new Map<string, string>();
  bipartite.forEachNode((author, attributes) => {
    if (attributes.kind !== "author") return;
    const counts = new Map<string, number>();
    bipartite.forEachNeighbor(author, (paper) => {
      for (const label of topicsOfPaper.get(paper) ?? []) counts.set(label, (counts.get(label) ?? 0) + 1);
    });
    let best: string | undefined;
    let bestCount = 0;
    for (const [label, count] of counts) {
      if (count > bestCount || (count === bestCount && best !== undefined && label.localeCompare(best) < 0)) {
        best = label;
        bestCount = count;
      }
    }
    if (best !== undefined) result.set(author, best);
  });
  return result;
}
