/**
 * The details of a selected community: its label, size and stability across seeds (with what that means),
 * its distinctive topics with their papers in the community and in the corpus (analytics/community-labels.ts),
 * its members by weighted degree (each a button that selects the member) and a button that frames it on
 * the canvas. The canvas dims the other nodes and the centrality table lists the members only.
 */

import { CATEGORY_PALETTE, OTHER_COLOR } from "../../appearance";
import { metricsGraph, type Dataset } from "../dataset";
import { h } from "../dom";
import { metricsNetwork, selectCommunity, selectNode, type NetworkName, type Store } from "../state";
import { communityAlgorithmName } from "../../options";
import {
  communityName,
  communityProfile,
  communityStability,
  stabilityExplanation,
  stabilitySeeds,
  stabilityText,
} from "./community-profile";

const MEMBERS_SHOWN = 30;

/** The panel content for community `community` of the network whose metrics `network` shows. */
export function renderCommunity(dataset: Dataset, network: NetworkName, community: number, store: Store): Node[] {
  const graph = metricsGraph(dataset, network);
  const members = graph
    .filterNodes((_node, attributes) => attributes.community === community)
    .sort(
      (a, b) => (graph.getNodeAttribute(b, "weightedDegree") ?? 0) - (graph.getNodeAttribute(a, "weightedDegree") ?? 0),
    );
  const profile = communityProfile(dataset, network, community);
  const summary = dataset.summaries[metricsNetwork(network)];
  const algorithm = summary ? communityAlgorithmName(summary.communityAlgorithm) : "";
  const seeds = stabilitySeeds(dataset, network);
  const topics = (profile?.topics ?? []).map((topic) =>
    h(
      "li",
      { title: `Log-likelihood ratio G² ${topic.llr.toFixed(1)}` },
      topic.label,
      h("span", {
        className: "muted",
        text: ` ${topic.papers} of the community's ${profile!.papers} papers, ${topic.corpusPapers} in all`,
      }),
    ),
  );
  return [
    h(
      "h3",
      { className: "details-name" },
      h("span", { className: "swatch", attrs: { style: `background:${CATEGORY_PALETTE[community] ?? OTHER_COLOR}` } }),
      // The name the legend gives it, label included.
      ` ${communityName(dataset, network, community)}`,
    ),
    h("p", { className: "muted", text: `community · ${members.length.toLocaleString("en")} members (${algorithm})` }),
    h(
      "p",
      { className: "community-stability", attrs: { "data-testid": "community-stability" } },
      h("strong", { text: `Stability ${stabilityText(communityStability(dataset, network, community), seeds)}` }),
      h("span", { className: "muted", text: ` — ${stabilityExplanation(seeds)}` }),
    ),
    h(
      "div",
      { className: "file-actions" },
      h("button", {
        text: "Focus",
        title: "Frame the community on the canvas",
        on: { click: () => selectCommunity(store, community, true) },
      }),
      h("button", { text: "Clear", className: "secondary", on: { click: () => selectCommunity(store, undefined) } }),
    ),
    metricsNetwork(network) === "coauthors"
      ? h("h4", { text: "Top topics", title: "Its most distinctive topics, by log-likelihood ratio against the rest" })
      : null,
    metricsNetwork(network) !== "coauthors"
      ? null
      : topics.length
        ? h("ul", { className: "community-topic-list" }, ...topics)
        : h("p", { className: "muted", text: "No topic stands out." }),
    h("h4", { text: "Members by weighted degree" }),
    h(
      "ol",
      { className: "neighbours" },
      ...members.slice(0, MEMBERS_SHOWN).map((node) =>
        h(
          "li",
          {},
          h("button", {
            className: "link",
            text: graph.getNodeAttribute(node, "label"),
            on: { click: () => selectNode(store, node, true) },
          }),
        ),
      ),
    ),
    members.length > MEMBERS_SHOWN
      ? h("p", { className: "muted", text: `… and ${members.length - MEMBERS_SHOWN} more in the table` })
      : null,
  ].filter((child): child is NonNullable<typeof child> => child !== null);
}
