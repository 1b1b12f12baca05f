/**
 * The clustering panel: the network's graph-level figures (modularity of the Louvain or Leiden partition,
 * its stability across seeds, average clustering, transitivity, components), the selected node's local
 * clustering coefficient, the degree distribution, and the communities with their size, stability, top
 * members and — for authors — their label and distinctive topics (analytics/community-labels.ts); a
 * community's name selects it (details.ts shows it, the canvas dims the rest, the table lists its members).
 * All numbers come from the pipeline; this panel only groups and ranks them.
 */

import { CATEGORY_PALETTE, OTHER_COLOR } from "../../appearance";
import type { AnalysedGraph } from "../../model";
import { metricsGraph, type Dataset } from "../dataset";
import { formatNumber, h, replaceChildren } from "../dom";
import { metricsNetwork, selectCommunity, selectNode, watch, type NetworkName, type Store } from "../state";
import { communityAlgorithmName } from "../../options";
import {
  communityProfile,
  communityStability,
  stabilityExplanation,
  stabilitySeeds,
  stabilityText,
} from "./community-profile";
import { countIntegers, drawBars } from "./histogram";

const COMMUNITIES_SHOWN = 12;
const MEMBERS_SHOWN = 3;

function figure(label: string, value: string, title?: string): HTMLElement {
  return h(
    "div",
    { className: "figure", title },
    h("span", { className: "figure-value", text: value }),
    h("span", { className: "figure-label", text: label }),
  );
}

/** Community id → member nodes, largest weighted degree first. */
function groupCommunities(graph: AnalysedGraph): Map<number, string[]> {
  const groups = new Map<number, string[]>();
  graph.forEachNode((node, { community: id }) => {
    if (id === undefined) return;
    const list = groups.get(id) ?? groups.set(id, []).get(id)!;
    list.push(node);
  });
  const weight = (node: string) => graph.getNodeAttribute(node, "weightedDegree") ?? 0;
  for (const members of groups.values()) members.sort((a, b) => weight(b) - weight(a));
  return new Map([...groups].sort((a, b) => b[1].length - a[1].length || a[0] - b[0]));
}

function communityList(dataset: Dataset, graph: AnalysedGraph, network: NetworkName, store: Store): HTMLElement {
  const list = h("ol", { className: "communities" });
  const seeds = stabilitySeeds(dataset, network);
  const groups = [...groupCommunities(graph)].slice(0, COMMUNITIES_SHOWN);
  for (const [id, members] of groups) {
    const swatch = h("span", {
      className: "swatch",
      attrs: { style: `background:${CATEGORY_PALETTE[id] ?? OTHER_COLOR}` },
    });
    const top = members.slice(0, MEMBERS_SHOWN).map((node) =>
      h("button", {
        className: "link",
        text: graph.getNodeAttribute(node, "label"),
        on: { click: () => selectNode(store, node, true) },
      }),
    );
    const profile = communityProfile(dataset, network, id);
    const topics = profile?.topics.map((topic) => topic.label) ?? [];
    const stability = stabilityText(communityStability(dataset, network, id), seeds);
    list.append(
      h(
        "li",
        {},
        h(
          "div",
          { className: "community-head" },
          swatch,
          h("button", {
            className: "link community-pick",
            text: `Community ${id + 1}`,
            title: "Select this community: its members on the canvas and in the table, its topics",
            attrs: { "aria-pressed": String(store.get().community === id), "data-community": String(id) },
            on: { click: () => selectCommunity(store, store.get().community === id ? undefined : id, true) },
          }),
          h("span", { className: "muted", text: `${members.length} members` }),
          h("span", {
            className: "muted community-stability",
            text: `stability ${stability}`,
            title: stabilityExplanation(seeds),
          }),
        ),
        profile?.label ? h("div", { className: "community-label", text: profile.label }) : null,
        h("div", { className: "community-members" }, ...top.flatMap((button, i) => (i ? [", ", button] : [button]))),
        topics.length
          ? h("div", {
              className: "community-topics muted",
              text: `Distinctive topics: ${topics.join(" · ")}`,
              title: "Ranked by the log-likelihood ratio of their papers in the community against the rest",
            })
          : null,
      ),
    );
  }
  return list;
}

function componentSizes(graph: AnalysedGraph): number[] {
  const sizes = new Map<number | undefined, number>();
  graph.forEachNode((_node, { component }) => sizes.set(component, (sizes.get(component) ?? 0) + 1));
  return [...sizes.values()].sort((a, b) => b - a);
}

/** Mounts the clustering panel in `element`; returns its dispose function. */
export function mountClusteringPanel(element: HTMLElement, store: Store): () => void {
  const render = () => {
    const { dataset, network, selected } = store.get();
    if (!dataset) return replaceChildren(element, h("p", { className: "empty", text: "No analysis yet." }));
    const shown = metricsNetwork(network);
    const graph = metricsGraph(dataset, network);
    const summary = dataset.summaries[shown]!;
    const local =
      selected && graph.hasNode(selected)
        ? h(
            "p",
            { className: "local" },
            "Local clustering of ",
            h("strong", { text: graph.getNodeAttribute(selected, "label") }),
            `: ${formatNumber(graph.getNodeAttribute(selected, "clustering"))}`,
          )
        : h("p", { className: "local muted", text: "Select a node to see its local clustering coefficient." });
    const sizes = componentSizes(graph);
    const more = sizes.length > 8 ? ` … (${sizes.length} in all)` : "";
    replaceChildren(
      element,
      h(
        "div",
        { className: "figures" },
        figure(
          "modularity",
          formatNumber(summary.modularity),
          `Weighted modularity of the ${communityAlgorithmName(summary.communityAlgorithm)} partition (γ = 1)`,
        ),
        figure("communities", formatNumber(summary.communities)),
        figure(
          "stability",
          stabilityText(summary.communityStability.overall, summary.communityStability.seeds),
          stabilityExplanation(summary.communityStability.seeds).replace("the community's", "each community's"),
        ),
        figure(
          "avg clustering",
          formatNumber(summary.averageClustering),
          "Mean local clustering coefficient (networkx average_clustering)",
        ),
        figure(
          "transitivity",
          formatNumber(summary.transitivity),
          "3 × triangles / connected triples (networkx transitivity)",
        ),
        figure("components", formatNumber(summary.components)),
        figure("density", formatNumber(summary.density)),
      ),
      local,
      drawBars(
        countIntegers(graph.mapNodes((_node, attributes) => attributes.degree ?? NaN)),
        "Degree distribution (nodes per degree)",
      ),
      h(
        "p",
        { className: "components" },
        h("strong", { text: "Component sizes: " }),
        sizes.slice(0, 8).join(", ") + more,
      ),
      h("h4", {
        text: `Communities (${communityAlgorithmName(summary.communityAlgorithm)}, resolution ${summary.resolution})`,
      }),
      h("p", { className: "hint muted", text: stabilityExplanation(summary.communityStability.seeds) }),
      communityList(dataset, graph, network, store),
    );
  };
  return watch(store, ["dataset", "network", "selected", "community"], render);
}
