/**
 * The graph contract of DESIGN.md ("Graph conventions") as types: the attributes of every node, link and
 * graph of the three networks, as graphology's generic `Graph<NodeAttributes, EdgeAttributes,
 * GraphAttributes>`. The graphs stage builds them, metrics, layout and appearance add their attributes,
 * export and the explorer read them — all against these types, so an attribute read or written under a
 * wrong name or type fails to compile (the way gephi-lite types its data and rendering attributes).
 *
 * Attributes are object type aliases, not interfaces: an alias has the implicit index signature that lets
 * a typed graph pass where code reads attributes by name (`Graph<Record<string, unknown>>`, as the exports
 * and appearance do), while a misspelt attribute on a typed graph stays a compile error.
 */

import type Graph from "graphology";

/** What a node stands for; its key starts with the same word (`author:`, `paper:`, `topic:`). */
export type NodeKind = "author" | "paper" | "topic";

/** A topic is a subject category of the records or a key phrase mined from titles and abstracts. */
export type TopicKind = "category" | "phrase";

/**
 * The node metrics computeMetrics writes, under the names the exports use (networkx's definitions and
 * normalisations, see src/metrics): the centralities, clustering, k-core, and the two partition ids.
 */
export type NodeMetrics = {
  degree: number;
  weightedDegree: number;
  betweenness: number;
  closeness: number;
  harmonic: number;
  eigenvector: number;
  pagerank: number;
  clustering: number;
  coreness: number;
  /** Community (Louvain or Leiden, AnalysisOptions.communityAlgorithm), 0 = largest. */
  community: number;
  /** Connected component, 0 = largest. */
  component: number;
};

/** A node's picture: position (layout stage), disc size and colour (appearance stage). */
export type NodeDisplay = { x?: number; y?: number; size?: number; color?: string };

/** A link's picture: width and colour (appearance stage). */
export type EdgeDisplay = { size?: number; color?: string };

/** A node's strongest burst of activity (analytics/bursts.ts): its first and last year and its weight. */
export type NodeBurst = { burstStart?: number; burstEnd?: number; burstWeight?: number };

/** What every node may carry besides its own data: the metrics once computed, and its picture. */
export type AnalysedNode = Partial<NodeMetrics> & NodeDisplay;

/** An author of the coauthor network (an imported network's nodes are authors without papers). */
export type CoauthorNodeAttributes = AnalysedNode &
  NodeBurst & {
    kind: "author";
    label: string;
    /** The owner of a profile page read (hidden by the `hideOwners` filter). */
    isOwner: boolean;
    /** A group author (a collaboration, a consortium, WoS `CA`), not a person (hidden by the `hideGroups` filter). */
    isGroup?: boolean;
    paperCount: number;
    firstYear?: number;
    lastYear?: number;
    /** The author's most frequent topic among those on at most half of all papers (graphs/main-topics.ts). */
    mainTopic?: string;
    /** Σ citations of the author's papers that have a count, and how many have one (analytics/author-indicators.ts). */
    citations?: number;
    citedPapers?: number;
    /** h-index over those papers. */
    hIndex?: number;
    /** Share of the author's papers that list them first; among complete author lists, last. */
    firstAuthorShare?: number;
    lastAuthorShare?: number;
    /** The h-index and citations a scholar-profile page states of its owner. */
    profileHIndex?: number;
    profileCitations?: number;
    /** Its community's most distinctive topics, "A · B" (analytics/community-labels.ts). */
    communityLabel?: string;
    /** Rank by the compared metric under full and under fractional counting (metrics/rank-comparison.ts). */
    fullRank?: number;
    fractionalRank?: number;
  };

/**
 * How a joint paper counts towards a coauthor link (AnalysisOptions.counting): `full`, one per joint paper
 * (the link's `weight`); `fractional`, 1/(n − 1) per joint paper of n authors (the link's `fractional`,
 * Newman 2001), so that each author of a multi-author paper gets 1 from it in all.
 */
export type CountingMethod = "full" | "fractional";

/** The counting methods, the default first. */
export const COUNTING_METHODS: readonly CountingMethod[] = ["full", "fractional"];

/** The coauthor-link attribute that holds a counting method's link weight. */
export const COUNTED_WEIGHT: Readonly<Record<CountingMethod, "weight" | "fractional">> = Object.freeze({
  full: "weight",
  fractional: "fractional",
});

/**
 * A coauthor link: joint papers, Newman's fractional strength, the association strength of the joint papers
 * (graphs/link-strength.ts), their ids and years.
 */
export type CoauthorEdgeAttributes = EdgeDisplay & {
  weight: number;
  fractional: number;
  /** Joint papers over those expected from the two authors' total link weights (van Eck & Waltman 2009). */
  association: number;
  /** The joint papers' node keys; read-only: links with the same single joint paper share one list. */
  papers: readonly string[];
  firstYear?: number;
  lastYear?: number;
};

/** A topic of the topic network. */
export type TopicNodeAttributes = AnalysedNode &
  NodeBurst & {
    kind: "topic";
    label: string;
    topicKind: TopicKind;
    paperCount: number;
  };

/** A topic link: the papers the two topics share. */
export type TopicEdgeAttributes = EdgeDisplay & { weight: number; papers: string[] };

/** An author of the bipartite graph. */
export type BipartiteAuthorAttributes = AnalysedNode & {
  kind: "author";
  label: string;
  isOwner: boolean;
  /** A group author, not a person; set only on groups. */
  isGroup?: boolean;
};

/** A paper of the bipartite graph, with what the projections and diagnostics read of it. */
export type BipartitePaperAttributes = AnalysedNode & {
  kind: "paper";
  label: string;
  year?: number;
  categories: string[];
  authorsTruncated: boolean;
  hasCode: boolean;
  authorCount: number;
  sourceFile: string;
  sourceLine: number;
};

/** A topic of the bipartite graph. */
export type BipartiteTopicAttributes = AnalysedNode & { kind: "topic"; label: string; topicKind: TopicKind };

export type BipartiteNodeAttributes = BipartiteAuthorAttributes | BipartitePaperAttributes | BipartiteTopicAttributes;

/** Author → paper (`position` in the author list, from 0) or paper → topic (`score` of the topic). */
export type BipartiteEdgeAttributes = EdgeDisplay &
  ({ kind: "authorship"; position: number } | { kind: "about"; score: number });

/** Graph-level attributes: the ForceAtlas2 steps the layout stage actually ran. */
export type NetworkGraphAttributes = { layoutIterations?: number };

/**
 * A network's links as typed arrays, in its graph's node and link order: link i joins nodes[source[i]] and
 * nodes[target[i]], sorted by (source, target), source < target, no pair twice; its joint papers are
 * papers[paperStart[i] ..< paperStart[i + 1]] (paper numbers). The projection keeps its links so
 * (graphs/project.ts), and the metrics and the counting comparison (src/metrics) build their CSR forms and
 * the paper cover from them instead of walking the graph's links: at two million links each walk costs seconds.
 */
export interface LinkTable {
  /** Node keys, in the graph's node order. */
  nodes: string[];
  source: Int32Array;
  target: Int32Array;
  /** Each link's value of a numeric link attribute, by attribute name ("weight", "fractional"). */
  weights: Readonly<Record<string, ArrayLike<number>>>;
  paperStart: Int32Array;
  papers: Int32Array;
}

/** The weighted coauthor network. */
export type CoauthorGraph = Graph<CoauthorNodeAttributes, CoauthorEdgeAttributes, NetworkGraphAttributes>;

/** The topic co-occurrence network. */
export type TopicGraph = Graph<TopicNodeAttributes, TopicEdgeAttributes, NetworkGraphAttributes>;

/** The author–paper–topic graph the projections start from. */
export type BipartiteGraph = Graph<BipartiteNodeAttributes, BipartiteEdgeAttributes, NetworkGraphAttributes>;

/** An author or a topic of the author–topic graph (graphs/author-topics.ts), with its number of papers. */
export type AuthorTopicNodeAttributes = AnalysedNode &
  (
    | { kind: "author"; label: string; isOwner: boolean; isGroup?: boolean; paperCount: number }
    | { kind: "topic"; label: string; topicKind: TopicKind; paperCount: number }
  );

/** An author–topic link: the author's papers on the topic (`weight` = how many). */
export type AuthorTopicEdgeAttributes = EdgeDisplay & { weight: number; papers: string[] };

/** Authors linked to the topics they publish on, weighted by papers (the explorer's linked views). */
export type AuthorTopicGraph = Graph<AuthorTopicNodeAttributes, AuthorTopicEdgeAttributes, NetworkGraphAttributes>;

/** The coauthor or the topic network, as code serving both reads them (CLI report, explorer panels). */
export type AnalysedGraph = Graph<
  CoauthorNodeAttributes | TopicNodeAttributes,
  CoauthorEdgeAttributes | TopicEdgeAttributes,
  NetworkGraphAttributes
>;

/** A node of any of the three networks; `kind` tells which attributes it has. */
export type NetworkNodeAttributes =
  | CoauthorNodeAttributes
  | TopicNodeAttributes
  | BipartiteNodeAttributes
  | AuthorTopicNodeAttributes;

/** What code serving all three networks reads of a link: its picture and its weight, when it has one. */
export type NetworkEdgeAttributes = EdgeDisplay & { weight?: number };

/** Any of the three networks, as the explorer's canvas and panels read them. */
export type NetworkGraph = Graph<NetworkNodeAttributes, NetworkEdgeAttributes, NetworkGraphAttributes>;
