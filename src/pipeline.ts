/**
 * analyse(): the one flow from input files to analysed networks. The CLI, the browser worker and the
 * tests all call this; no face re-implements a step. Export (GEXF, CSV, JSON) is done by the caller on
 * the returned Analysis.
 */

import { assignAppearance } from "./appearance";
import {
  addImportedNetworks,
  buildBipartite,
  filterCoauthors,
  isFilterActive,
  projectCoauthors,
  projectTopics,
  selectYears,
} from "./graphs";
import { readThesaurus, resolveIdentities } from "./identity";
import { ingest } from "./ingest";
import { layoutGraph } from "./layout";
import { computeMetrics } from "./metrics";
import type { GraphSummary, SweepRunner } from "./metrics";
import type {
  BipartiteGraph,
  CoauthorGraph,
  Corpus,
  Diagnostic,
  IdentifiedCorpus,
  InputFile,
  TopicGraph,
} from "./model";
import type { AnalysisOptions, OnProgress } from "./options";
import { resolveOptions } from "./options";
import { extractTopics } from "./topics";
import type { Topic } from "./topics";

export interface Analysis {
  options: AnalysisOptions;
  corpus: IdentifiedCorpus;
  /** Paper id → its topics (categories first, then key phrases). */
  paperTopics: Record<string, Topic[]>;
  /** Authors, papers and topics with authorship and topic edges. */
  bipartite: BipartiteGraph;
  /** The coauthor network after the filters, with every metric, size, colour and position on its nodes. */
  coauthors: CoauthorGraph;
  /** The topic co-occurrence network, likewise. */
  topics: TopicGraph;
  coauthorSummary: GraphSummary;
  topicSummary: GraphSummary;
}

/** The identity stage, with the user's thesaurus read first; its bad lines join the corpus's diagnostics. */
function identify(corpus: Corpus, options: AnalysisOptions): IdentifiedCorpus {
  if (!options.thesaurus) return resolveIdentities(corpus);
  const thesaurus = readThesaurus(options.thesaurus.text, options.thesaurus.name);
  const withNotes = { ...corpus, diagnostics: [...corpus.diagnostics, ...thesaurus.diagnostics] };
  return resolveIdentities(withNotes, { thesaurus: thesaurus.entries });
}

/**
 * Runs `work` as the pipeline step `name`: announces its start and end to onProgress (bench times steps
 * this way) and hands `work` a progress callback whose events read `name · inner stage`, their own ends
 * left out so that each step ends exactly once. Work may be asynchronous (the metrics sweep may run on
 * other threads); the end is announced once it settles.
 */
async function step<T>(name: string, onProgress: OnProgress, work: (inner: OnProgress) => T | Promise<T>): Promise<T> {
  onProgress(name, 0, 1);
  const result = await work((stage, done, total) => {
    if (done < total) onProgress(stage === name ? name : `${name} · ${stage}`, done, total);
  });
  onProgress(name, 1, 1);
  return result;
}

/**
 * What the caller's platform lends the pipeline: `sweep` runs the shortest-path sweep of the metrics on
 * other threads (worker_threads in the CLI, Web Workers in the browser); without it the sweep runs here.
 * Results are identical either way.
 */
export interface AnalysisRuntime {
  sweep?: SweepRunner;
}

/**
 * Steps 1–2: the files read and identified, then the papers of the year range. A function of its own so that
 * the raw and the un-selected corpus can be collected once it returns (closures in analyse() would keep
 * every intermediate alive until the end).
 */
async function readCorpus(
  inputs: InputFile[],
  options: AnalysisOptions,
  onProgress: OnProgress,
): Promise<{ corpus: IdentifiedCorpus; diagnostics: Diagnostic[] }> {
  // 1. Read every file with its reader; unreadable records become diagnostics.
  const read = await step("ingest", onProgress, (inner) => ingest(inputs, options, inner));
  // 2. One record per paper, one key per person; the year range then selects papers before anything is counted.
  const identified = await step("identities", onProgress, () => identify(read, options));
  return selectYears(identified, options);
}

/**
 * Step 4: the author–paper–topic graph, its projections, the filters. Only the projection's diagnostics
 * outlive this function: the unfiltered coauthor network is dropped once the filtered copy exists.
 */
async function buildNetworks(
  selected: IdentifiedCorpus,
  paperTopics: Record<string, Topic[]>,
  options: AnalysisOptions,
  onProgress: OnProgress,
): Promise<{ bipartite: BipartiteGraph; coauthors: CoauthorGraph; topics: TopicGraph; diagnostics: Diagnostic[] }> {
  const bipartite = await step("bipartite", onProgress, () => buildBipartite(selected, paperTopics));
  const { graph: projected, diagnostics } = await step("projection", onProgress, () => {
    const result = projectCoauthors(bipartite, options);
    addImportedNetworks(result.graph, selected.networks);
    return result;
  });
  const coauthors = isFilterActive(options)
    ? await step("filter", onProgress, () => filterCoauthors(projected, options))
    : projected;
  const topics = await step("topic network", onProgress, () => projectTopics(bipartite));
  return { bipartite, coauthors, topics, diagnostics };
}

/**
 * Runs the whole analysis on the given files (no files: an empty corpus and empty networks).
 *
 * @param inputs - the files as text, each with the name its diagnostics cite; the format is detected from content
 * @param partialOptions - any of the AnalysisOptions; the others take DEFAULT_OPTIONS. An invalid value throws
 *   a `papergraph/options: …` error that names the option and the fix.
 * @param onProgress - called as each step advances, `(stage, done, total)`; a step ends with done === total
 * @param runtime - what the platform lends: a SweepRunner to run the shortest-path sweep on other threads
 * @returns the corpus as read and identified, the three networks with every metric on their nodes, their summaries
 */
export async function analyse(
  inputs: InputFile[],
  partialOptions: Partial<AnalysisOptions> = {},
  onProgress: OnProgress = () => {},
  runtime: AnalysisRuntime = {},
): Promise<Analysis> {
  const options = resolveOptions(partialOptions);

  // 1–2. Ingest and identities (see readCorpus).
  const { corpus: selected, diagnostics: yearNotes } = await readCorpus(inputs, options, onProgress);
  // 3. Topics: categories and key phrases per paper.
  const paperTopics = await step("topics", onProgress, (inner) => extractTopics(selected.papers, options, inner));
  // 4. The author–paper–topic graph, its projections, the filters.
  const networks = await buildNetworks(selected, paperTopics, options, onProgress);
  const { bipartite, coauthors, topics } = networks;
  // 5. Metrics on both networks (the coauthor network first: it is what users wait for).
  const metricsOptions = { ...options, sweep: runtime.sweep };
  const coauthorSummary = await step("coauthor metrics", onProgress, (inner) =>
    computeMetrics(coauthors, metricsOptions, inner),
  );
  const topicSummary = await step("topic metrics", onProgress, (inner) =>
    computeMetrics(topics, metricsOptions, inner),
  );
  // 6. Sizes and colours first (overlap removal needs the sizes), then positions.
  await step("appearance", onProgress, () => [coauthors, topics].forEach((graph) => assignAppearance(graph, {})));
  await step("layout", onProgress, (inner) => {
    for (const graph of [coauthors, topics])
      layoutGraph(graph, { seed: options.seed, iterations: options.layoutIterations }, inner);
  });

  const corpus = { ...selected, diagnostics: [...selected.diagnostics, ...yearNotes, ...networks.diagnostics] };
  return { options, corpus, paperTopics, bipartite, coauthors, topics, coauthorSummary, topicSummary };
}
