export type {
  AuthorIds,
  AuthorRef,
  DecisionSide,
  Evidence,
  EvidenceKind,
  FileOwner,
  IdentityDecision,
  Person,
} from "./author";
export type { Corpus, FileReport, IdentifiedCorpus, InputFile, Profile, ReadResult, RecordCount } from "./corpus";
export { diagnostic } from "./diagnostic";
export type { Diagnostic, Severity } from "./diagnostic";
export { createPaper } from "./paper";
export type { Paper, PaperFields, RecordIds, SourceRef } from "./paper";
export type { ImportedEdge, ImportedNetwork, ImportedNode } from "./network";
export type {
  AnalysedGraph,
  AnalysedNode,
  AuthorTopicEdgeAttributes,
  AuthorTopicGraph,
  AuthorTopicNodeAttributes,
  BipartiteAuthorAttributes,
  BipartiteEdgeAttributes,
  BipartiteGraph,
  BipartiteNodeAttributes,
  BipartitePaperAttributes,
  BipartiteTopicAttributes,
  CoauthorEdgeAttributes,
  CoauthorGraph,
  CoauthorNodeAttributes,
  CountingMethod,
  EdgeDisplay,
  LinkTable,
  NetworkEdgeAttributes,
  NetworkGraph,
  NetworkGraphAttributes,
  NetworkNodeAttributes,
  NodeDisplay,
  NodeKind,
  NodeMetrics,
  TopicEdgeAttributes,
  TopicGraph,
  TopicKind,
  TopicNodeAttributes,
} from "./graphs";
export { COUNTED_WEIGHT, COUNTING_METHODS } from "./graphs";
export { hashText, normalizeTitle, paperId, titleId } from "./ids";
export { createRng } from "./random";
export type { Rng } from "./random";
export { foldText } from "./text";
export { ARXIV_CATEGORIES } from "./arxiv-categories";
