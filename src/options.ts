/**
 * AnalysisOptions: every knob of the pipeline in one typed object, with defaults and a validator whose
 * messages name the option and the fix (the pattern of sigma's settings.ts).
 */

import type { CountingMethod, InputFile } from "./model";
import { COUNTING_METHODS } from "./model";

/** Community detection algorithms: Louvain (graphology's) or Leiden (CWTS's networkanalysis). */
export type CommunityAlgorithm = "louvain" | "leiden";
/** The community algorithms, the default first. */
export const COMMUNITY_ALGORITHMS: readonly CommunityAlgorithm[] = ["louvain", "leiden"];

const COMMUNITY_ALGORITHM_NAMES: Readonly<Record<CommunityAlgorithm, string>> = {
  louvain: "Louvain",
  leiden: "Leiden",
};

/** The algorithm's name as the report, the legends and the panels write it ("Leiden"). */
export function communityAlgorithmName(algorithm: CommunityAlgorithm): string {
  return COMMUNITY_ALGORITHM_NAMES[algorithm];
}

/** The metrics whose ranks under full and fractional counting can be compared (their values depend on it). */
export type ComparedMetric = "pagerank" | "weightedDegree";
/** The compared metrics, the default first. */
export const COMPARED_METRICS: readonly ComparedMetric[] = ["pagerank", "weightedDegree"];

/** How sure identity must be to join two occurrences (see AnalysisOptions.identity). */
export type IdentityMode = "strict" | "balanced" | "names-only";
const IDENTITY_MODES: readonly IdentityMode[] = ["strict", "balanced", "names-only"];

export interface AnalysisOptions {
  /** number, default: the current year. The year given to profile dates written without one ("May 6"). */
  referenceYear: number;
  /** number, default 42. Seed of every randomised step (Louvain, layout start positions, sampling). */
  seed: number;
  /**
   * number, default 100. Papers with more authors than this stay in the bipartite graph but are left out
   * of the coauthor projection, with an info diagnostic: a 3,000-author paper would add 4.5 million
   * links that say nothing about who works with whom (the usual rule in bibliometrics; Newman 2001).
   */
  maxAuthorsPerPaper: number;
  /**
   * number, default 4e9. The shortest-path metrics (betweenness, closeness, harmonic, diameter) are exact
   * when their sweep's work, nodes × 2 × links, is at most this (about 11 s on two threads of the project's
   * machine; ca-HepPh's 2.8·10⁹ is exact); above it they are sampled in rounds until the top 10 of each
   * holds, and the summary says so with the sources used, the k certified and error bounds.
   */
  exactPathWork: number;
  /**
   * number, default 250. Sources (about) of the first sampling round when the path metrics are estimated;
   * each further round doubles the sample, up to a sweep work of twice exactPathWork.
   */
  betweennessSamples: number;
  /**
   * boolean, default false. Shortest paths with distance = 1/weight (more joint papers = closer) instead
   * of hops; networkx's values with `weight` set to that distance. Off, paths count hops as networkx does.
   */
  weightedPaths: boolean;
  /**
   * number, default undefined: as many ForceAtlas2 steps as the layout's work budget affords (at most 300;
   * see src/layout/layout-graph.ts). A number forces that many steps; 0 skips the layout.
   */
  layoutIterations?: number;
  /** number, default 5. Key phrases kept per paper (besides its categories). */
  keyPhrasesPerPaper: number;
  /** string, default undefined. Forces a reader by name instead of detecting the format from content. */
  format?: string;
  /**
   * Record<field, header>, default undefined. For the generic CSV reader: which column holds which field
   * (title, authors, year, venue, doi, categories, keywords, abstract, arxiv, citations) when the headers
   * are not the usual names.
   */
  columns?: Readonly<Record<string, string>>;
  /**
   * "include" | "ignore", default "include". The papers a Semantic Scholar paper record carries in its
   * `citations` and `references` lists: read as papers of the corpus, or left out with a note.
   */
  s2Nested?: "include" | "ignore";
  /**
   * InputFile, default undefined. A thesaurus of names (`variant<TAB>canonical` lines, as VOSviewer's):
   * forces variants onto one person, and keeps canonical names apart.
   */
  thesaurus?: InputFile;
  /**
   * "strict" | "balanced" | "names-only", default "balanced". How sure author identity must be to join two
   * occurrences (the thresholds of src/identity/evidence/weights.ts); names-only is the bibliometrix-style
   * baseline, one person per family name and first initial.
   */
  identity: IdentityMode;
  /**
   * { name, file? }[], default undefined. Owners of single-person files (a CV, a citation report) as the
   * user states them; `file` undefined means every file where the name is found.
   */
  owners?: readonly { name: string; file?: string }[];
  /** number, default undefined. Only papers published in or after this year are analysed. */
  yearFrom?: number;
  /** number, default undefined. Only papers published in or before this year are analysed. */
  yearTo?: number;
  /**
   * "full" | "fractional", default "full". The coauthor link weight that weighted degree, PageRank,
   * communities, the minimum link weight, the layout and the line widths use: `full` counts each joint paper
   * once (the link's `weight`), `fractional` counts 1/(n − 1) of a joint paper of n authors (its
   * `fractional`, Newman 2001), so a paper gives each of its authors 1 in all however many wrote it.
   */
  counting: CountingMethod;
  /**
   * "pagerank" | "weightedDegree", default "pagerank". The metric whose ranks under full and fractional
   * counting the analysis compares (metrics/rank-comparison.ts).
   */
  rankMetric: ComparedMetric;
  /**
   * "louvain" | "leiden", default "louvain". The community algorithm of both networks: Louvain (Blondel et
   * al. 2008, graphology's) or Leiden (Traag et al. 2019, CWTS's networkanalysis, whose communities are
   * always connected); both maximise weighted modularity at `resolution`.
   */
  communityAlgorithm: CommunityAlgorithm;
  /** number, default 1. Modularity's resolution γ: above 1 more, smaller communities; below 1 fewer, larger. */
  resolution: number;
  /**
   * number, default 1 (none). Communities of fewer authors are merged into the community they are most
   * strongly linked to (VOSviewer's minimum cluster size); a small component with no such link stays.
   */
  minClusterSize: number;
  /**
   * number, default 10. Further seeds the community algorithm is run with to measure each community's
   * stability (the share of its pairs of members those runs keep together); 0 skips it.
   */
  stabilitySeeds: number;
  /**
   * number, default 0 (none). Coauthor links whose weight under `counting` is below it are dropped: joint
   * papers under full counting (every link has at least 1), Σ 1/(n − 1) under fractional counting.
   */
  minLinkWeight: number;
  /** number, default 0. Authors with fewer coauthors (after the other filters) are dropped. */
  minDegree: number;
  /** boolean, default false. Keep only the largest connected component of the coauthor network. */
  largestComponentOnly: boolean;
  /**
   * boolean, default false. Remove the profile owners: an ego network without its centre shows the real
   * structure among the coauthors.
   */
  hideOwners: boolean;
  /** boolean, default false. Remove the group authors (collaborations, consortia, WoS `CA`): they are not people. */
  hideGroups: boolean;
}

export const DEFAULT_OPTIONS: Readonly<AnalysisOptions> = Object.freeze({
  referenceYear: new Date().getFullYear(),
  seed: 42,
  maxAuthorsPerPaper: 100,
  exactPathWork: 4e9,
  betweennessSamples: 250,
  keyPhrasesPerPaper: 5,
  weightedPaths: false,
  counting: "full",
  rankMetric: "pagerank",
  communityAlgorithm: "louvain",
  resolution: 1,
  minClusterSize: 1,
  stabilitySeeds: 10,
  minLinkWeight: 0,
  minDegree: 0,
  largestComponentOnly: false,
  hideOwners: false,
  hideGroups: false,
  identity: "balanced",
});

/** The options of the explorer's filter panel: the year range and the coauthor-network filters. */
export type FilterOptions = Pick<
  AnalysisOptions,
  "yearFrom" | "yearTo" | "minLinkWeight" | "minDegree" | "largestComponentOnly" | "hideOwners" | "hideGroups"
>;

/** The filters as DEFAULT_OPTIONS sets them (no year range). */
export const DEFAULT_FILTERS: Readonly<FilterOptions> = Object.freeze({
  yearFrom: undefined,
  yearTo: undefined,
  minLinkWeight: DEFAULT_OPTIONS.minLinkWeight,
  minDegree: DEFAULT_OPTIONS.minDegree,
  largestComponentOnly: DEFAULT_OPTIONS.largestComponentOnly,
  hideOwners: DEFAULT_OPTIONS.hideOwners,
  hideGroups: DEFAULT_OPTIONS.hideGroups,
});

/**
 * The options of the explorer's counting and community panels: the counting method, the metric whose
 * ranks the comparison table shows, and the community algorithm with its resolution and minimum size.
 */
export type AnalyticsOptions = Pick<
  AnalysisOptions,
  "counting" | "rankMetric" | "communityAlgorithm" | "resolution" | "minClusterSize"
>;

/** The analytics options as DEFAULT_OPTIONS sets them. */
export const DEFAULT_ANALYTICS: Readonly<AnalyticsOptions> = Object.freeze({
  counting: DEFAULT_OPTIONS.counting,
  rankMetric: DEFAULT_OPTIONS.rankMetric,
  communityAlgorithm: DEFAULT_OPTIONS.communityAlgorithm,
  resolution: DEFAULT_OPTIONS.resolution,
  minClusterSize: DEFAULT_OPTIONS.minClusterSize,
});

const POSITIVE_INTEGERS = [
  "maxAuthorsPerPaper",
  "exactPathWork",
  "betweennessSamples",
  "keyPhrasesPerPaper",
  "minClusterSize",
] as const;

/** Throws a `papergraph/options` error naming the first invalid option and how to fix it. */
export function validateOptions(options: AnalysisOptions): void {
  const fail = (message: string): never => {
    throw new Error(`papergraph/options: ${message}`);
  };
  if (!Number.isInteger(options.referenceYear) || options.referenceYear < 1000 || options.referenceYear > 9999) {
    fail(`referenceYear must be a four-digit year (got ${options.referenceYear}).`);
  }
  if (!Number.isInteger(options.seed)) fail(`seed must be an integer (got ${options.seed}).`);
  for (const name of POSITIVE_INTEGERS) {
    const value = options[name];
    if (!Number.isInteger(value) || value < 1) fail(`${name} must be a positive integer (got ${value}).`);
  }
  for (const name of ["yearFrom", "yearTo"] as const) {
    const value = options[name];
    if (value !== undefined && !Number.isInteger(value)) fail(`${name} must be a year (got ${value}).`);
  }
  if (options.yearFrom !== undefined && options.yearTo !== undefined && options.yearFrom > options.yearTo) {
    fail(`yearFrom (${options.yearFrom}) is after yearTo (${options.yearTo}). Swap them.`);
  }
  if (!Number.isInteger(options.minDegree) || options.minDegree < 0) {
    fail(`minDegree must be 0 or a positive integer (got ${options.minDegree}).`);
  }
  if (!Number.isFinite(options.minLinkWeight) || options.minLinkWeight < 0) {
    fail(`minLinkWeight must be 0 (no minimum) or a positive number (got ${options.minLinkWeight}).`);
  }
  if (!COMMUNITY_ALGORITHMS.includes(options.communityAlgorithm)) {
    fail(
      `communityAlgorithm must be one of ${COMMUNITY_ALGORITHMS.join(", ")} (got ${String(options.communityAlgorithm)}).`,
    );
  }
  if (!Number.isFinite(options.resolution) || options.resolution <= 0) {
    fail(`resolution must be a positive number, e.g. 1 (got ${options.resolution}).`);
  }
  if (!Number.isInteger(options.stabilitySeeds) || options.stabilitySeeds < 0) {
    fail(`stabilitySeeds must be 0 (none) or a positive integer (got ${options.stabilitySeeds}).`);
  }
  if (!COMPARED_METRICS.includes(options.rankMetric)) {
    fail(`rankMetric must be one of ${COMPARED_METRICS.join(", ")} (got ${String(options.rankMetric)}).`);
  }
  if (!COUNTING_METHODS.includes(options.counting)) {
    fail(`counting must be one of ${COUNTING_METHODS.join(", ")} (got ${String(options.counting)}).`);
  }
  if (options.s2Nested !== undefined && options.s2Nested !== "include" && options.s2Nested !== "ignore") {
    fail(`s2Nested must be "include" or "ignore" (got ${String(options.s2Nested)}).`);
  }
  if (!IDENTITY_MODES.includes(options.identity)) {
    fail(`identity must be one of ${IDENTITY_MODES.join(", ")} (got ${String(options.identity)}).`);
  }
  const { layoutIterations } = options;
  if (layoutIterations !== undefined && (!Number.isInteger(layoutIterations) || layoutIterations < 0)) {
    fail(`layoutIterations must be 0 (no layout) or a positive integer (got ${options.layoutIterations}).`);
  }
}

/** Fills defaults for missing options and validates the result. */
export function resolveOptions(partial: Partial<AnalysisOptions> = {}): AnalysisOptions {
  const defined = Object.fromEntries(Object.entries(partial).filter(([, v]) => v !== undefined));
  const options: AnalysisOptions = { ...DEFAULT_OPTIONS, ...defined };
  validateOptions(options);
  return options;
}

/** Progress callback of long stages: `done` of `total` units of `stage` are finished. */
export type OnProgress = (stage: string, done: number, total: number) => void;
