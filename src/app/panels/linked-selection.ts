/**
 * The linked views panel: what the selection (an author, a topic, a community of either) links to across
 * the coauthor and topic networks — an author's topics or a topic's authors, with the papers that join
 * them — and, for topics, the coauthor communities that carry them most. Buttons show the selection in
 * the other networks, where the canvas highlights the same nodes (view/linked.ts).
 */

import { linkedWeights } from "../../graphs";
import type { Dataset } from "../dataset";
import { h, replaceChildren } from "../dom";
import { watch, type NetworkName, type Store } from "../state";
import { carryingCommunities, communityName, linkSources, type LinkSources } from "../view/linked";
import { switchNetwork } from "./view-controls";

/** Linked nodes and communities listed at most. */
const SHOWN = 12;

/** Where a selection of authors (true) or of topics (false) has its counterparts. */
const OTHER_NETWORKS = (ofAuthors: boolean): { network: NetworkName; label: string }[] => [
  ofAuthors ? { network: "topics", label: "Show in topics" } : { network: "coauthors", label: "Show in coauthors" },
  { network: "authorTopics", label: "Show in authors–topics" },
];

/** A list of `[label, count]` rows. */
function countList(rows: [string, number][]): HTMLElement {
  return h(
    "ol",
    { className: "linked-list" },
    ...rows.map(([label, count]) =>
      h("li", {}, h("span", { text: label }), h("span", { className: "muted num", text: String(count) })),
    ),
  );
}

/** The panel's content for `sources`. */
function render(dataset: Dataset, sources: LinkSources, network: NetworkName, store: Store): (Node | null)[] {
  const graph = dataset.graphs.authorTopics;
  const weights = [...linkedWeights(graph, sources.nodes)].sort(
    (a, b) => b[1] - a[1] || graph.getNodeAttribute(a[0], "label").localeCompare(graph.getNodeAttribute(b[0], "label")),
  );
  const ofAuthors = sources.kind === "author" || sources.kind === "authors";
  const rows = weights
    .slice(0, SHOWN)
    .map(([node, weight]): [string, number] => [graph.getNodeAttribute(node, "label"), weight]);
  const communities = ofAuthors ? [] : carryingCommunities(dataset, sources).slice(0, SHOWN);
  return [
    h("p", {}, h("strong", { text: sources.label })),
    h(
      "div",
      { className: "file-actions" },
      ...OTHER_NETWORKS(ofAuthors)
        .filter((other) => other.network !== network)
        .map((other) =>
          h("button", {
            text: other.label,
            attrs: { "data-linked-network": other.network },
            on: { click: () => switchNetwork(store, other.network) },
          }),
        ),
    ),
    h("h4", { text: ofAuthors ? "Publishes on" : "Carried by" }),
    weights.length
      ? h("div", { attrs: { "data-linked": "nodes" } }, countList(rows))
      : h("p", { className: "muted", text: ofAuthors ? "No paper with a topic." : "No author in the network." }),
    weights.length > SHOWN ? h("p", { className: "note muted", text: `and ${weights.length - SHOWN} more.` }) : null,
    communities.length ? h("h4", { text: "Communities carrying it most" }) : null,
    communities.length
      ? h(
          "div",
          { attrs: { "data-linked": "communities" } },
          countList(
            communities.map(({ community, papers }) => [communityName(dataset, "coauthors", community), papers]),
          ),
        )
      : null,
    h("p", {
      className: "note muted",
      text: `Counts are papers: ${ofAuthors ? "the selection's papers on each topic" : "each author's (or community's) papers on it"}.`,
    }),
  ];
}

/** Mounts the linked views panel in `element`; returns its dispose function. */
export function mountLinkedSelectionPanel(element: HTMLElement, store: Store): () => void {
  return watch(store, ["dataset", "selected", "community", "linkedCommunity", "network"], (state) => {
    const sources = state.dataset && linkSources(state.dataset, state);
    if (!state.dataset || !sources)
      return replaceChildren(
        element,
        h("p", {
          className: "muted",
          text: "Select an author, a topic or a community: the topic or coauthor network then highlights what it links to.",
        }),
      );
    replaceChildren(element, ...render(state.dataset, sources, state.network, store));
  });
}
