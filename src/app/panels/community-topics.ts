/**
 * The topics that characterise a community of authors: topics on the community's papers ranked by
 * count × ln(lift), where lift is their share among the community's papers over their share among all
 * papers. A topic every paper has (the profile's own field) has lift 1 and characterises no one; a topic
 * on a single paper ranks below one the community keeps returning to.
 */

import { topicNode } from "../../graphs";
import type { Dataset } from "../dataset";

const TOPICS_SHOWN = 3;

/** Up to three topic labels that characterise the authors `members` (author node keys). */
export function characteristicTopics(dataset: Dataset, members: string[]): string[] {
  const papers = new Set<string>();
  for (const node of members) for (const id of dataset.peopleByNode.get(node)?.paperIds ?? []) papers.add(id);
  if (!papers.size) return [];
  const counts = new Map<string, { label: string; count: number }>();
  for (const id of papers) {
    for (const topic of dataset.paperTopics[id] ?? []) {
      const entry = counts.get(topic.key) ?? counts.set(topic.key, { label: topic.label, count: 0 }).get(topic.key)!;
      entry.count++;
    }
  }
  const total = dataset.papers.length;
  const scored = [...counts].map(([key, { label, count }]) => {
    const overall = dataset.papersByTopic.get(topicNode(key))?.length ?? count;
    const lift = count / papers.size / (overall / total);
    return { label, score: count * Math.log(lift), count };
  });
  return scored
    .filter((topic) => topic.count >= Math.min(2, papers.size) && topic.score > 0)
    .sort((a, b) => b.score - a.score || a.label.localeCompare(b.label))
    .slice(0, TOPICS_SHOWN)
    .map((topic) => topic.label);
}
