/**
 * What the panels and the legend say of a community: its name with its label (its most distinctive topics,
 * analytics/community-labels.ts), its distinctive topics, and its stability across seeds in words. Only the
 * coauthor network's communities have a profile (labels come from the topics of the members' papers); a
 * topic community is named by its number alone.
 */

import type { CommunityProfile } from "../../analytics";
import type { Dataset } from "../dataset";
import { formatNumber } from "../dom";
import { metricsNetwork, type NetworkName } from "../state";

/** The profile of community `id` of the network whose metrics `network` shows, if it has one. */
export function communityProfile(dataset: Dataset, network: NetworkName, id: number): CommunityProfile | undefined {
  if (metricsNetwork(network) !== "coauthors") return undefined;
  const profile = dataset.insights.communities[id];
  return profile?.id === id ? profile : dataset.insights.communities.find((item) => item.id === id);
}

/** "Community 3: Machine Learning · downstream task" (or "Community 3" without a label). */
export function communityName(dataset: Dataset, network: NetworkName, id: number): string {
  const label = communityProfile(dataset, network, id)?.label;
  return label ? `Community ${id + 1}: ${label}` : `Community ${id + 1}`;
}

/** The further seeds the stability was measured over (0: not measured). */
export function stabilitySeeds(dataset: Dataset, network: NetworkName): number {
  return dataset.summaries[metricsNetwork(network)]?.communityStability.seeds ?? 0;
}

/** The one-line explanation of the stability figure, for `seeds` further runs. */
export function stabilityExplanation(seeds: number): string {
  return (
    `Stability: the share of the community's pairs of members that ${seeds} further runs with other seeds ` +
    "keep in one community (1 = always together)."
  );
}

/** A community's stability as a figure ("0.92"), or why there is none. */
export function stabilityText(stability: number, seeds: number): string {
  if (seeds === 0) return "not measured";
  if (Number.isNaN(stability)) return "one member, no pair";
  return formatNumber(stability);
}

/** The stability of community `id` of the network whose metrics `network` shows (NaN when unknown). */
export function communityStability(dataset: Dataset, network: NetworkName, id: number): number {
  return dataset.summaries[metricsNetwork(network)]?.communityStability.communities[id] ?? Number.NaN;
}
