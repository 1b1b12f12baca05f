/**
 * The linked coauthor ↔ topic views: what is selected in one network (an author, a topic, a community of
 * either) read as a set of author or topic nodes, the *sources*, and the nodes of the network on the
 * canvas that they link to, weighted by the papers that join them (graphs/author-topics.ts). An author's
 * topics are weighted by how many of the author's papers carry each; a topic's authors by how many of
 * their papers carry it. The selection survives a switch of network, so the other network shows its
 * counterpart: a community selected in one network is kept as `linkedCommunity` when the user switches.
 */

import { linkedWeights } from "../../graphs";
import type { Dataset } from "../dataset";
import { metricsNetwork, type NetworkName, type ViewState } from "../state";

/** What the linked views start from: author or topic nodes, named for the panel. */
export interface LinkSources {
  nodes: string[];
  /** "author", "topic", or a community of authors or of topics. */
  kind: "author" | "topic" | "authors" | "topics";
  label: string;
}

/** The linked highlight on the canvas: sources and the nodes they link to, by papers. */
export interface Linked {
  sources: LinkSources;
  sourceSet: ReadonlySet<string>;
  /** Node of the shown network → papers joining it to the sources. */
  weights: Map<string, number>;
  /** The largest weight (the highlight's scale). */
  heaviest: number;
}

/** The nodes of community `community` of a metrics network, as the panels number it. */
function communityMembers(dataset: Dataset, network: "coauthors" | "topics", community: number): string[] {
  return dataset.graphs[network].filterNodes((_node, attributes) => attributes.community === community);
}

/** A community's name: its number and, for coauthor communities, its label of distinctive topics. */
export function communityName(dataset: Dataset, network: "coauthors" | "topics", community: number): string {
  const label = network === "coauthors" ? dataset.insights.communities[community]?.label : undefined;
  const kind = network === "coauthors" ? "Coauthor community" : "Topic community";
  return `${kind} ${community + 1}${label ? ` (${label})` : ""}`;
}

/** The sources the view state selects, or undefined when it selects nothing the views can link. */
export function linkSources(dataset: Dataset, state: ViewState): LinkSources | undefined {
  const { selected, community, linkedCommunity, network } = state;
  const graph = dataset.graphs.authorTopics;
  if (selected && (selected.startsWith("author:") || selected.startsWith("topic:"))) {
    const kind = selected.startsWith("author:") ? "author" : "topic";
    const attributes = graph.hasNode(selected) ? graph.getNodeAttributes(selected) : undefined;
    return { nodes: [selected], kind, label: attributes?.label ?? selected.slice(selected.indexOf(":") + 1) };
  }
  const chosen =
    community !== undefined ? { network: metricsNetwork(network), community } : (linkedCommunity ?? undefined);
  if (!chosen) return undefined;
  return {
    nodes: communityMembers(dataset, chosen.network, chosen.community),
    kind: chosen.network === "coauthors" ? "authors" : "topics",
    label: communityName(dataset, chosen.network, chosen.community),
  };
}

/** Whether `network` is where the sources themselves are drawn (no linking needed there). */
function isHomeNetwork(sources: LinkSources, network: NetworkName): boolean {
  const ofAuthors = sources.kind === "author" || sources.kind === "authors";
  return network === (ofAuthors ? "coauthors" : "topics") || network === "bipartite";
}

/**
 * The linked highlight of `network` for the view state, or undefined when the network is the sources' own
 * (the coauthor network for an author, say: the ordinary selection shows there).
 */
export function linkedHighlight(dataset: Dataset, state: ViewState, network: NetworkName): Linked | undefined {
  const sources = linkSources(dataset, state);
  if (!sources || isHomeNetwork(sources, network)) return undefined;
  const weights = linkedWeights(dataset.graphs.authorTopics, sources.nodes);
  let heaviest = 0;
  for (const weight of weights.values()) heaviest = Math.max(heaviest, weight);
  return { sources, sourceSet: new Set(sources.nodes), weights, heaviest };
}

/** linkedHighlight for `network`, computed again only when the dataset or the selection changed. */
export function createLinkedMemo(network: NetworkName): (state: ViewState) => Linked | undefined {
  let inputs: unknown[] = [];
  let value: Linked | undefined;
  return (state) => {
    const now = [state.dataset, state.selected, state.community, state.linkedCommunity, state.network];
    if (now.some((input, i) => input !== inputs[i])) {
      inputs = now;
      value = state.dataset ? linkedHighlight(state.dataset, state, network) : undefined;
    }
    return value;
  };
}

/**
 * The coauthor communities that carry the linked authors most: each community with the distinct papers
 * its members have on the sources (topics), most first.
 */
export function carryingCommunities(dataset: Dataset, sources: LinkSources): { community: number; papers: number }[] {
  const graph = dataset.graphs.authorTopics;
  const coauthors = dataset.graphs.coauthors;
  const papers = new Map<number, Set<string>>();
  for (const source of sources.nodes) {
    if (!graph.hasNode(source)) continue;
    graph.forEachEdge(source, (_edge, attributes, from, to) => {
      const author = from === source ? to : from;
      if (!coauthors.hasNode(author)) return;
      const community = coauthors.getNodeAttribute(author, "community");
      if (community === undefined) return;
      const set = papers.get(community) ?? papers.set(community, new Set()).get(community)!;
      for (const paper of attributes.papers) set.add(paper);
    });
  }
  return [...papers]
    .map(([community, set]) => ({ community, papers: set.size }))
    .sort((a, b) => b.papers - a.papers || a.community - b.community);
}
