/**
 * The whole analysis as one JSON document: options, papers, people, profiles, per-file reports,
 * diagnostics, each paper's topics, both networks as graphology's serialisation (`graph.export()`, which
 * `Graph.from()` reads back) and their summaries. `format` and `version` let a reader refuse a document
 * it does not understand. Non-finite numbers become null, as JSON.stringify does.
 */

import type Graph from "graphology";
import type { Attributes, SerializedGraph } from "graphology-types";
import type {
  CoauthorEdgeAttributes,
  CoauthorGraph,
  CoauthorNodeAttributes,
  IdentifiedCorpus,
  NetworkGraphAttributes,
  TopicEdgeAttributes,
  TopicGraph,
  TopicNodeAttributes,
} from "../model";
import { CHUNK_CHARS, type ExportGraph } from "./values";

/** The parts of an analysis this export reads (the pipeline's Analysis satisfies it). */
export interface AnalysisJsonInput {
  options: object;
  corpus: IdentifiedCorpus;
  paperTopics: Record<string, unknown>;
  coauthors: CoauthorGraph;
  topics: TopicGraph;
  coauthorSummary: unknown;
  topicSummary: unknown;
  /** The analysis's findings beyond per-node metrics (rank comparison, communities, bursts), when present. */
  insights?: unknown;
}

export interface AnalysisJsonOptions {
  /** boolean, default false. Indent by two spaces (larger, easier to read). */
  pretty?: boolean;
}

/** Identifies the document; bump the version when a field changes meaning. */
export const ANALYSIS_JSON_FORMAT = { format: "papergraph-analysis", version: 2 } as const;

/** Everything in the document but the two networks, in document order. */
export type AnalysisJsonHead = typeof ANALYSIS_JSON_FORMAT &
  Pick<AnalysisJsonInput, "options" | "paperTopics" | "coauthorSummary" | "topicSummary" | "insights"> &
  Pick<IdentifiedCorpus, "papers" | "people" | "decisions" | "owners" | "profiles" | "files" | "diagnostics">;

/** The document as a reader gets it back (non-finite numbers in it read as null). */
export type AnalysisJsonDocument = AnalysisJsonHead & {
  coauthors: SerializedGraph<CoauthorNodeAttributes, CoauthorEdgeAttributes, NetworkGraphAttributes>;
  topics: SerializedGraph<TopicNodeAttributes, TopicEdgeAttributes, NetworkGraphAttributes>;
};

/** Everything but the two networks, in document order. */
function documentHead(analysis: AnalysisJsonInput): AnalysisJsonHead {
  const { corpus } = analysis;
  return {
    ...ANALYSIS_JSON_FORMAT,
    options: analysis.options,
    papers: corpus.papers,
    people: corpus.people,
    decisions: corpus.decisions,
    owners: corpus.owners,
    profiles: corpus.profiles,
    files: corpus.files,
    diagnostics: corpus.diagnostics,
    paperTopics: analysis.paperTopics,
    coauthorSummary: analysis.coauthorSummary,
    topicSummary: analysis.topicSummary,
    insights: analysis.insights,
  };
}

/**
 * graph.export() without edge keys: they are handles, not data — the graph stages' `e<index>` (graphs/keys.ts)
 * repeat the edge's place, graphology's generated ones carry a per-graph counter; Graph.from() makes new
 * ones when reading the document back.
 */
function exportGraph<N extends Attributes, E extends Attributes, G extends Attributes>(
  graph: Graph<N, E, G>,
): SerializedGraph<N, E, G> {
  const serialized = graph.export();
  const edges = serialized.edges.map(({ key: _key, ...edge }) => edge);
  return { ...serialized, edges };
}

/** The analysis as a JSON string with graphs as `graph.export()`. */
export function writeAnalysisJson(analysis: AnalysisJsonInput, options: AnalysisJsonOptions = {}): string {
  const document: AnalysisJsonDocument = {
    ...documentHead(analysis),
    coauthors: exportGraph(analysis.coauthors),
    topics: exportGraph(analysis.topics),
  };
  return JSON.stringify(document, null, options.pretty ? 2 : undefined);
}

/**
 * A serialised graph as JSON pieces: its options and attributes, then nodes and edges in blocks of about
 * CHUNK_CHARS characters (blocks of 10,000 items, megabytes each, took 1.6× the CPU: see values.ts).
 */
function* graphChunks(graph: ExportGraph): Generator<string> {
  const { options, attributes, nodes, edges } = exportGraph(graph);
  yield `{"options":${JSON.stringify(options)},"attributes":${JSON.stringify(attributes)}`;
  for (const [name, items] of [
    ["nodes", nodes],
    ["edges", edges],
  ] as const) {
    yield `,"${name}":[`;
    let block = "";
    for (let i = 0; i < items.length; i++) {
      block += i === 0 ? JSON.stringify(items[i]) : `,${JSON.stringify(items[i])}`;
      if (block.length >= CHUNK_CHARS) {
        yield block;
        block = "";
      }
    }
    yield `${block}]`;
  }
  yield "}";
}

/**
 * The same document as writeAnalysisJson (compact), in pieces that concatenate to it: a network of
 * millions of links serialises to more than the longest string a JavaScript engine holds (about 512 MB
 * in V8), so the command line writes large analyses piece by piece.
 */
export function* writeAnalysisJsonChunks(analysis: AnalysisJsonInput): Generator<string, void, undefined> {
  const head = JSON.stringify(documentHead(analysis));
  yield `${head.slice(0, -1)},"coauthors":`;
  yield* graphChunks(analysis.coauthors);
  yield ',"topics":';
  yield* graphChunks(analysis.topics);
  yield "}";
}
