/**
 * The whole analysis as one JSON document: options, papers, people, profiles, per-file reports,
 * diagnostics, each paper's topics, both networks as graphology's serialisation (`graph.export()`, which
 * `Graph.from()` reads back) and their summaries. `format` and `version` let a reader refuse a document
 * it does not understand. Non-finite numbers become null, as JSON.stringify does.
 */

import type Graph from "graphology";
import type { IdentifiedCorpus } from "../model";

/** The parts of an analysis this export reads (the pipeline's Analysis satisfies it). */
export interface AnalysisJsonInput {
  options: object;
  corpus: IdentifiedCorpus;
  paperTopics: Record<string, unknown>;
  coauthors: Graph;
  topics: Graph;
  coauthorSummary: unknown;
  topicSummary: unknown;
}

export interface AnalysisJsonOptions {
  /** boolean, default false. Indent by two spaces (larger, easier to read). */
  pretty?: boolean;
}

/** Identifies the document; bump the version when a field changes meaning. */
export const ANALYSIS_JSON_FORMAT = { format: "papergraph-analysis", version: 1 } as const;

/** The analysis as a JSON string with graphs as `graph.export()`. */
export function writeAnalysisJson(analysis: AnalysisJsonInput, options: AnalysisJsonOptions = {}): string {
  const { corpus } = analysis;
  const document = {
    ...ANALYSIS_JSON_FORMAT,
    options: analysis.options,
    papers: corpus.papers,
    people: corpus.people,
    merges: corpus.merges,
    possibleDuplicates: corpus.possibleDuplicates,
    profiles: corpus.profiles,
    files: corpus.files,
    diagnostics: corpus.diagnostics,
    paperTopics: analysis.paperTopics,
    coauthors: analysis.coauthors.export(),
    topics: analysis.topics.export(),
    coauthorSummary: analysis.coauthorSummary,
    topicSummary: analysis.topicSummary,
  };
  return JSON.stringify(document, null, options.pretty ? 2 : undefined);
}
