/**
 * analyse(): the one flow from input files to analysed networks. The CLI, the browser worker and the
 * tests all call this; no face re-implements a step. Export (GEXF, CSV, JSON) is done by the caller on
 * the returned Analysis.
 *
 * The flow is a table of steps, each one call into a stage with the values it reads. resumeAnalysis()
 * runs the same table with a StepCache (step-cache.ts): a step whose values are those of the previous run
 * gives back its previous result without running, and so do the steps that read only such results. The
 * explorer's worker keeps one cache: a filter change reruns the filter and what reads it, while the read
 * and identified corpus, the topics and the topic network are kept. analyse() keeps nothing, so each
 * intermediate result is freed once the next step has what it needs.
 * Metrics, appearance and layout write their attributes onto the graph they are given, every one of them
 * on every node, so rerunning one on a graph that carries an earlier run's values leaves nothing stale.
 */

import {
  assignAuthorIndicators,
  assignBursts,
  assignCommunityLabels,
  computeAuthorIndicators,
  findBursts,
  profileCommunities,
  type BurstReport,
  type CommunityProfile,
} from "./analytics";
import { assignAppearance } from "./appearance";
import {
  addImportedNetworks,
  buildBipartiteTables,
  filterCoauthors,
  incidenceOf,
  isFilterActive,
  paperYears,
  projectCoauthorNodes,
  projectCoauthors,
  projectTopics,
  selectYears,
} from "./graphs";
import type { BipartiteBuild, CoauthorLinks, CoauthorLinksRunner } from "./graphs";
import { resolveIdentities } from "./identity";
import type { TypoCandidatesRunner } from "./identity";
import { ingest } from "./ingest";
import { layoutGraph, startLayout, type LayoutRunner } from "./layout";
import { assignCountingRanks, compareCountingRanks, computeMetrics } from "./metrics";
import type { CsrGraph, GraphSummary, RankComparison, CommunityRunner, SweepRunner } from "./metrics";
import { COUNTED_WEIGHT } from "./model";
import type {
  BipartiteGraph,
  CoauthorGraph,
  Diagnostic,
  IdentifiedCorpus,
  InputFile,
  LinkTable,
  TopicGraph,
} from "./model";
import type { AnalysisOptions, OnProgress } from "./options";
import { resolveOptions } from "./options";
import { createNoStepCache, type StepCache } from "./step-cache";
import { extractTopics, startEarlyTopics } from "./topics";
import type { EarlyTopics, Topic, TopicsRunner } from "./topics";

export { createStepCache } from "./step-cache";
export type { StepCache } from "./step-cache";

export interface Analysis {
  options: AnalysisOptions;
  corpus: IdentifiedCorpus;
  /** Paper id → its topics (categories first, then key phrases). */
  paperTopics: Record<string, Topic[]>;
  /**
   * Authors, papers and topics with authorship and topic edges. A getter: the analysis reads the bipartite
   * build's tables (graphs/bipartite-tables.ts), and the graph is built from them on first read and kept
   * (the same graph, every order included), so a caller that never reads it never pays for it (240 MB of
   * heap on 100,000 generated works).
   */
  readonly bipartite: BipartiteGraph;
  /**
   * The coauthor network after the filters, with every metric, size, colour and position on its nodes. When
   * no filter or import changed the projection, its links wait in the projection's tables until something
   * reads them from the graph, which then gets them (graphs/pending-links.ts): the same graph, every order
   * included, and a caller that reads only nodes never pays for them (2.16M links, 840 MB of heap and 13 s
   * of CPU on 100,000 generated works).
   */
  coauthors: CoauthorGraph;
  /** The topic co-occurrence network, likewise. */
  topics: TopicGraph;
  coauthorSummary: GraphSummary;
  topicSummary: GraphSummary;
  /** What the analysis found beyond the metrics of each node: see AnalysisInsights. */
  insights: AnalysisInsights;
  /** The distinct years of the papers read, before the year range (so a range can be checked against them). */
  paperYears: number[];
}

/** Findings about the coauthor network as a whole, for the report, the JSON and the explorer's panels. */
export interface AnalysisInsights {
  /** Each author's rank by options.rankMetric under full and fractional counting, and who moves most. */
  countingComparison: RankComparison;
  /** The coauthor communities by id: size, papers, stability across seeds, label and distinctive topics. */
  communities: CommunityProfile[];
  /** Kleinberg bursts of topics and authors over the years, strongest first. */
  bursts: BurstReport;
}

/**
 * The steps of the table, as a StepCache knows them. A caller that resumes learns which ran (the explorer
 * sends the page only the parts those steps made).
 */
export type StepName =
  | "ingest"
  | "identities"
  | "years"
  | "topics"
  | "bipartite"
  | "projection"
  | "filter"
  | "topic network"
  | "coauthor metrics"
  | "counting comparison"
  | "community labels"
  | "bursts"
  | "author indicators"
  | "topic metrics"
  | "coauthor appearance"
  | "topic appearance"
  | "coauthor layout"
  | "topic layout";

/**
 * What the caller's platform lends the pipeline: `sweep` runs the shortest-path sweep of the metrics on
 * other threads (worker_threads in the CLI, Web Workers in the browser), `communityRuns` the Louvain or
 * Leiden runs of the community stability (a worker_thread in the CLI, during the sweep), `topics` the
 * topics of the papers as read (during identity: see topics/early-topics.ts), `coauthorLinks` the coauthor
 * links (during the bipartite build) and `layout` the coauthor layout (during the steps after the metrics),
 * each on a worker_thread in the CLI; without them all run here.
 * Results are identical either way.
 */
export interface AnalysisRuntime {
  sweep?: SweepRunner;
  /** Makes the community runs (the reported seed and the stability seeds), e.g. on a worker thread during the sweep. */
  communityRuns?: CommunityRunner;
  /**
   * Lays the coauthor network out elsewhere, with the same positions (the CLI: a large one on a worker
   * thread, from the end of its metrics, while the steps up to the layout run here).
   */
  layout?: LayoutRunner;
  /** Extracts the topics of the papers as read while identity runs, e.g. on a worker thread. */
  topics?: TopicsRunner;
  /** Computes the coauthor links from the incidence while the bipartite graph is built, e.g. on a worker thread. */
  coauthorLinks?: CoauthorLinksRunner;
  /** Finds identity's family-name typo candidates while its clusters are formed, e.g. on a worker thread. */
  typoCandidates?: TypoCandidatesRunner;
}

/** Runs a step of the table through the cache; `announce` is the name onProgress reports (none: silent). */
type Step = <T>(
  name: StepName,
  inputs: readonly unknown[],
  work: (inner: OnProgress) => T | Promise<T>,
  announce?: string | null,
) => Promise<T>;

/**
 * The step runner of one analysis: a step that runs announces its start and end to onProgress (bench
 * times steps this way) and gets a progress callback whose events read `name · inner stage`, their own
 * ends left out so that each step ends exactly once. Work may be asynchronous (the metrics sweep may run
 * on other threads); the end is announced once it settles. A step answered by the cache says nothing.
 */
function stepRunner(cache: StepCache, onProgress: OnProgress): Step {
  return (name, inputs, work, announce = name) =>
    cache.run(name, inputs, async () => {
      if (announce === null) return work(() => {});
      onProgress(announce, 0, 1);
      const result = await work((stage, done, total) => {
        if (done < total) onProgress(stage === announce ? announce : `${announce} · ${stage}`, done, total);
      });
      onProgress(announce, 1, 1);
      return result;
    });
}

/**
 * Steps 1–3: the files read and identified, then the papers of the year range. A function of its own so that,
 * without a cache, the raw and the un-selected corpus can be collected once it returns. With a topics
 * runner, the topics of the papers as read are started before identity; with a typo candidates runner,
 * identity finds those elsewhere while it forms its clusters.
 */
async function readCorpus(
  step: Step,
  inputs: readonly InputFile[],
  options: AnalysisOptions,
  runtime: Pick<AnalysisRuntime, "topics" | "typoCandidates">,
): Promise<{ corpus: IdentifiedCorpus; diagnostics: Diagnostic[]; years: number[]; early?: EarlyTopics }> {
  const { referenceYear, format, columns, thesaurus } = options;
  // 1. Read every file with its reader; unreadable records become diagnostics.
  const readInputs = [referenceYear, format, JSON.stringify(columns), ...inputs];
  const read = await step("ingest", readInputs, (inner) => ingest([...inputs], options, inner));
  const { topics, typoCandidates } = runtime;
  const early = topics && startEarlyTopics(topics, read.papers, options);
  // 2. One record per paper, one key per person.
  const { identity, owners } = options;
  const identified = await step(
    "identities",
    [read, identity, thesaurus?.name, thesaurus?.text, JSON.stringify(owners)],
    () => resolveIdentities(read, { mode: identity, thesaurus, owners, typoCandidates }),
  );
  // 3. The year range selects papers before anything is counted.
  const select = () => ({ ...selectYears(identified, options), years: paperYears(identified.papers) });
  const selected = await step("years", [identified, options.yearFrom, options.yearTo], select, null);
  return { ...selected, early };
}

/**
 * Steps 5–7: the author–paper–topic tables (the graph is built from them only when read: see Analysis), the
 * coauthor projection and its filters, the topic network. Without a cache, the unfiltered coauthor network
 * is dropped once the filtered copy exists. With a links runner, the coauthor links are started from the
 * incidence before the bipartite tables are written.
 */
async function buildNetworks(
  step: Step,
  selected: IdentifiedCorpus,
  paperTopics: Record<string, Topic[]>,
  options: AnalysisOptions,
  linksRunner: CoauthorLinksRunner | undefined,
): Promise<{
  /** The bipartite build: its tables, and its graph on demand. */
  bipartite: BipartiteBuild;
  coauthors: CoauthorGraph;
  /** The coauthor network's links as typed arrays when it is the projection as made (no filter, no import). */
  links: LinkTable | undefined;
  topics: TopicGraph;
  diagnostics: Diagnostic[];
}> {
  const { maxAuthorsPerPaper, hideOwners, hideGroups, minLinkWeight, minDegree, largestComponentOnly, counting } =
    options;
  // The links started with the bipartite step, for its incidence and this cap (a cached step starts none).
  let early: { links: Promise<CoauthorLinks | undefined>; maxAuthors: number } | undefined;
  const built = await step("bipartite", [selected, paperTopics], () => {
    const incidence = incidenceOf(selected);
    const links = linksRunner?.(incidence, maxAuthorsPerPaper);
    if (links) early = { links: links.catch(() => undefined), maxAuthors: maxAuthorsPerPaper };
    return buildBipartiteTables(selected, paperTopics, incidence);
  });
  const projection = await step("projection", [built, maxAuthorsPerPaper], async () => {
    // The authors and their attributes first, while the links thread still works.
    const nodes = projectCoauthorNodes(built);
    // A failed runner gave undefined: the links are then projected here.
    const links = early?.maxAuthors === maxAuthorsPerPaper ? await early.links : undefined;
    early = undefined;
    const result = projectCoauthors(built, options, links, nodes);
    if (selected.networks.length === 0) return result;
    // Imported links join the graph but not the typed links, which then no longer describe it.
    addImportedNetworks(result.graph, selected.networks);
    return { ...result, links: undefined };
  });
  const filterInputs = [projection, hideOwners, hideGroups, minLinkWeight, minDegree, largestComponentOnly, counting];
  const isActive = isFilterActive(options);
  const coauthors = await step(
    "filter",
    filterInputs,
    () => (isActive ? filterCoauthors(projection.graph, options) : projection.graph),
    isActive ? "filter" : null,
  );
  const topics = await step("topic network", [built], () => projectTopics(built));
  const links = coauthors === projection.graph ? projection.links : undefined;
  return { bipartite: built, coauthors, links, topics, diagnostics: projection.diagnostics };
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
  inputs: readonly InputFile[],
  partialOptions: Partial<AnalysisOptions> = {},
  onProgress: OnProgress = () => {},
  runtime: AnalysisRuntime = {},
): Promise<Analysis> {
  return resumeAnalysis(createNoStepCache(), inputs, partialOptions, onProgress, runtime);
}

/**
 * analyse() with `cache`: the steps whose values are unchanged since the cache's last run give their kept
 * results, the others run (cache.takeRan() lists them). The same inputs and options give the same Analysis
 * as analyse(), whatever ran before.
 */
export async function resumeAnalysis(
  cache: StepCache,
  inputs: readonly InputFile[],
  partialOptions: Partial<AnalysisOptions> = {},
  onProgress: OnProgress = () => {},
  runtime: AnalysisRuntime = {},
): Promise<Analysis> {
  const options = resolveOptions(partialOptions);
  const step = stepRunner(cache, onProgress);
  const { seed, exactPathWork, betweennessSamples, weightedPaths, layoutIterations, counting } = options;
  // The coauthor links' weight under the counting method; the topic network's links count shared papers.
  const linkWeight = COUNTED_WEIGHT[counting];

  // 1–3. Ingest, identities, the year range (see readCorpus).
  const read = await readCorpus(step, inputs, options, runtime);
  const { corpus: selected, diagnostics: yearNotes, years } = read;
  // 4. Topics: categories and key phrases per paper (those started before identity when they are the same).
  const paperTopics = await step("topics", [selected.papers, options.keyPhrasesPerPaper], (inner) => {
    const extract = () => extractTopics(selected.papers, options, inner);
    return read.early?.topicsOf(selected.papers, extract) ?? extract();
  });
  // 5–7. The author–paper–topic graph, the coauthor network and its filters, the topic network.
  const networks = await buildNetworks(step, selected, paperTopics, options, runtime.coauthorLinks);
  const { bipartite, coauthors, topics } = networks;
  // 8. Metrics on both networks (the coauthor network first: it is what users wait for), then the ranks of
  // the compared metric under both counting methods.
  const metricsOptions = { ...options, sweep: runtime.sweep, communityRuns: runtime.communityRuns };
  const { communityAlgorithm, resolution, minClusterSize, stabilitySeeds } = options;
  const metricInputs = [
    seed,
    exactPathWork,
    betweennessSamples,
    weightedPaths,
    communityAlgorithm,
    resolution,
    minClusterSize,
    stabilitySeeds,
  ];
  const { links } = networks;
  let metricsRan = false;
  // The metrics' CSR form, which the counting comparison takes over (when the metrics ran here).
  let metricsCsr: CsrGraph | undefined;
  const coauthorSummary = await step("coauthor metrics", [coauthors, ...metricInputs, linkWeight], (inner) => {
    metricsRan = true;
    const onCsr = (csr: CsrGraph) => (metricsCsr = csr);
    return computeMetrics(coauthors, { ...metricsOptions, getEdgeWeight: linkWeight, links, onCsr }, inner);
  });
  // The coauthor layout reads the links' weights and the nodes' communities, which the steps after the metrics
  // leave as they are: with a runner it starts now, elsewhere, and its step below waits for it. Not when the
  // cache kept the metrics: their summary then keeps the appearance, and so the layout (all but a change of
  // layoutIterations alone, which lays out here). Its signal aborts once the positions are not needed: the
  // analysis failed, or is done.
  const coauthorLayout = { seed, iterations: layoutIterations, getEdgeWeight: linkWeight };
  const stopLayout = new AbortController();
  const laidOut =
    runtime.layout && metricsRan
      ? startLayout(runtime.layout, coauthors, coauthorLayout, links, stopLayout.signal)
      : undefined;
  try {
    // The metrics step just wrote (or kept, for these same inputs) PageRank and weighted degree under the
    // analysis's counting: the comparison reads them back. Its result depends on neither, so a change of
    // counting keeps it.
    // It takes over the metrics' CSR form: the other method's is that one reweighted in place, not a new one.
    const known = { links, measured: counting, csr: metricsCsr };
    metricsCsr = undefined;
    const countingComparison = await step("counting comparison", [coauthors, options.rankMetric], () => {
      const result = compareCountingRanks(coauthors, options.rankMetric, undefined, known);
      assignCountingRanks(coauthors, result);
      return result.comparison;
    });
    known.csr = undefined;
    // 9. What the network says beyond each node: communities named by their distinctive topics.
    const communities = await step("community labels", [coauthors, coauthorSummary, bipartite], () => {
      const { communities: stability } = coauthorSummary.communityStability;
      const profiles = profileCommunities(coauthors, bipartite, stability);
      assignCommunityLabels(coauthors, profiles);
      return profiles;
    });
    const topicSummary = await step("topic metrics", [topics, ...metricInputs], (inner) =>
      computeMetrics(topics, metricsOptions, inner),
    );
    // 10. Bursts of topics and authors over the years, marked on both networks' nodes.
    const bursts = await step("bursts", [bipartite, coauthors, topics], () => {
      const found = findBursts(bipartite);
      assignBursts([coauthors, topics], found.all);
      return found.report;
    });
    // 11. Author indicators: citations, h-index, first- and last-author shares.
    await step("author indicators", [selected, coauthors], () =>
      assignAuthorIndicators(coauthors, computeAuthorIndicators(selected, bipartite.incidence)),
    );
    // 12. Sizes and colours first (overlap removal needs the sizes), then positions.
    const coauthorLook = await step(
      "coauthor appearance",
      [coauthors, coauthorSummary, linkWeight],
      () => assignAppearance(coauthors, { edgeSizeBy: linkWeight }, links),
      "appearance",
    );
    const topicLook = await step(
      "topic appearance",
      [topics, topicSummary],
      () => assignAppearance(topics, {}),
      "appearance",
    );
    await step(
      "coauthor layout",
      [coauthors, coauthorLook, seed, layoutIterations, linkWeight],
      (inner) => (laidOut ? laidOut() : layoutGraph(coauthors, coauthorLayout, inner, links)),
      "layout",
    );
    await step(
      "topic layout",
      [topics, topicLook, seed, layoutIterations],
      (inner) => layoutGraph(topics, { seed, iterations: layoutIterations }, inner),
      "layout",
    );

    const corpus = { ...selected, diagnostics: [...selected.diagnostics, ...yearNotes, ...networks.diagnostics] };
    return {
      options,
      corpus,
      paperTopics,
      get bipartite() {
        return bipartite.graph;
      },
      coauthors,
      topics,
      coauthorSummary,
      topicSummary,
      insights: { countingComparison, communities, bursts },
      paperYears: years,
    };
  } finally {
    stopLayout.abort();
  }
}
