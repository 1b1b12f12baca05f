/**
 * `papergraph`: the library's pure entry. Everything here runs unchanged in Node, a browser page and a Web
 * Worker: it takes strings and plain objects and returns plain data or graphology graphs, and imports no
 * DOM and no `node:*` module (test/architecture.test.ts checks the core it re-exports). Reading files,
 * threads and writing files are `papergraph/node` (src/cli/node.ts).
 *
 * The one flow is {@link analyse}; the stages it runs are exported too, for callers that want one step:
 * the readers, identity resolution, the graph builders, the metrics, the layout and the exports.
 *
 * @module papergraph
 */

// The pipeline and its options.
export { analyse } from "./pipeline";
export type { Analysis, AnalysisInsights, AnalysisRuntime } from "./pipeline";
export { COMMUNITY_ALGORITHMS, COMPARED_METRICS, DEFAULT_OPTIONS, resolveOptions, validateOptions } from "./options";
export type { AnalysisOptions, CommunityAlgorithm, ComparedMetric, OnProgress } from "./options";

// The data model: papers, authors, the corpus and its diagnostics; the three networks as typed graphs.
export type {
  AnalysedGraph,
  AnalysedNode,
  AuthorIds,
  AuthorRef,
  BipartiteAuthorAttributes,
  BipartiteEdgeAttributes,
  BipartiteGraph,
  BipartiteNodeAttributes,
  BipartitePaperAttributes,
  BipartiteTopicAttributes,
  CoauthorEdgeAttributes,
  CoauthorGraph,
  CoauthorNodeAttributes,
  Corpus,
  CountingMethod,
  DecisionSide,
  Diagnostic,
  EdgeDisplay,
  Evidence,
  EvidenceKind,
  FileOwner,
  FileReport,
  IdentifiedCorpus,
  IdentityDecision,
  ImportedEdge,
  ImportedNetwork,
  ImportedNode,
  InputFile,
  NetworkEdgeAttributes,
  NetworkGraph,
  NetworkGraphAttributes,
  NetworkNodeAttributes,
  NodeDisplay,
  NodeKind,
  NodeMetrics,
  Paper,
  Person,
  Profile,
  ReadResult,
  RecordIds,
  Severity,
  SourceRef,
  TopicEdgeAttributes,
  TopicGraph,
  TopicKind,
  TopicNodeAttributes,
} from "./model";
export { COUNTED_WEIGHT, COUNTING_METHODS } from "./model";

// Readers: one per format, format detection by content, and ingest() over many files.
export {
  detectFormat,
  findReader,
  formatNames,
  ingest,
  readArxivAtom,
  readArxivJsonl,
  readBibtex,
  readCsv,
  readDblp,
  readGexf,
  readGraphml,
  readIeee,
  readOpenAlex,
  readProfile,
  readRis,
  readScopus,
  readSemanticScholar,
  readWos,
} from "./ingest";
export type {
  CsvColumns,
  CsvOptions,
  IngestOptions,
  ProfileOptions,
  Reader,
  ReaderOptions,
  TableField,
} from "./ingest";

// Identity: one record per paper, one key per person decided on evidence, the names thesaurus in and out.
export {
  dedupePapers,
  normalizeName,
  parseName,
  readThesaurus,
  resolveAuthors,
  resolveIdentities,
  writeThesaurus,
} from "./identity";
export type {
  DedupeResult,
  IdentityMode,
  IdentityOptions,
  IdentityStageOptions,
  NameParts,
  ResolvedAuthors,
  StatedOwner,
  ThesaurusEntry,
  ThesaurusResult,
} from "./identity";

// Topics of a paper.
export { extractTopics } from "./topics";
export type { Topic, TopicOptions } from "./topics";

// Graphs: the author–paper–topic graph, its projections and the coauthor filters.
export {
  associationStrengths,
  buildBipartite,
  filterCoauthors,
  isFilterActive,
  projectCoauthors,
  projectTopics,
} from "./graphs";
export type {
  BipartiteNodes,
  BipartiteSource,
  BipartiteTables,
  CoauthorFilter,
  Projection,
  ProjectionOptions,
} from "./graphs";

// Metrics (networkx's definitions and normalisations), and the sweep runner a platform may lend analyse().
export {
  computeBetweenness,
  computeCloseness,
  computeClustering,
  computeCommunities,
  computeComponents,
  computeCoreness,
  computeDegree,
  computeEigenvector,
  computeHarmonic,
  computeMetrics,
  computeModularity,
  computePagerank,
  computeTransitivity,
  computeWeightedDegree,
  compareCountingRanks,
  createPoolSweepRunner,
  NODE_METRICS,
  rankNodes,
  createSweepScratch,
  runChunksInline,
  sweepChunk,
} from "./metrics";
export type {
  CommunityOptions,
  CommunityResult,
  CommunityStability,
  EigenvectorMethod,
  GraphSummary,
  MetricsGraph,
  MetricsOptions,
  NodeMetricAttribute,
  NodeMetricDescriptor,
  NodeMetricKey,
  PathMetricSummary,
  PoolRunnerOptions,
  RankComparison,
  RankMove,
  RankedValue,
  StartSweepWorker,
  SweepInput,
  SweepPartial,
  SweepRunner,
  SweepScratch,
  SweepSums,
  SweepWorker,
} from "./metrics";

// Analytics: communities named by their distinctive topics, bursts over the years, author indicators.
export {
  computeAuthorIndicators,
  detectBursts,
  findBursts,
  hIndex,
  logLikelihoodRatio,
  profileCommunities,
} from "./analytics";
export type {
  AuthorIndicators,
  Burst,
  BurstParameters,
  BurstReport,
  BurstRun,
  CommunityProfile,
  DistinctiveTopic,
} from "./analytics";

// Layout and appearance: seeded ForceAtlas2 positions; sizes and colours from the metrics.
export { layoutGraph } from "./layout";
export type { LayoutGraph, LayoutOptions } from "./layout";
export { assignAppearance, describeAppearance } from "./appearance";
export type {
  AppearanceDescription,
  AppearanceGraph,
  AppearanceOptions,
  CategoricalColorLegend,
  CategoryValue,
  ColorLegend,
  SequentialColorLegend,
  SizeLegend,
} from "./appearance";

// Exports: GEXF 1.3, GraphML, Pajek, VOSviewer, CSV, the analysis as JSON (each large one also in pieces, for
// documents past one string); an SVG picture with its legend and a one-file HTML page of a network.
export {
  ANALYSIS_JSON_FORMAT,
  describeLegend,
  HTML_VIEWER_FILES,
  htmlNetworkOf,
  joinViewerScript,
  writeAnalysisJson,
  writeAnalysisJsonChunks,
  writeEdgesCsv,
  writeGexf,
  writeGexfChunks,
  writeGraphml,
  writeGraphmlChunks,
  writeHtml,
  writeNodesCsv,
  writePajek,
  writeSvg,
  writeSvgChunks,
  writeVosviewer,
} from "./export";
export type {
  AnalysisJsonDocument,
  AnalysisJsonHead,
  AnalysisJsonInput,
  AnalysisJsonOptions,
  ExportGraph,
  GexfOptions,
  GexfVersion,
  GraphmlOptions,
  HtmlAnalysisInput,
  HtmlNetwork,
  HtmlOptions,
  HtmlPaper,
  LegendModel,
  LegendOptions,
  PajekOptions,
  SvgOptions,
  VosviewerFiles,
} from "./export";

// Sessions: a versioned JSON document of the files (SHA-256), options, view and positions of an analysis.
export {
  applySessionView,
  createSession,
  describeFile,
  graphPositions,
  matchSessionFiles,
  readSession,
  SESSION_FORMAT,
  SessionError,
  sessionAnalysisOptions,
  sha256Hex,
  writeSession,
} from "./session";
export type { PositionsApplied, Session, SessionFile, SessionInput, SessionView } from "./session";
