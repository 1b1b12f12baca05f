/** Evaluation of author identity on labelled sets: labelling, running a resolver, pairwise and B-cubed scores. */
export { evaluateResolver, keysBySlot } from "./evaluate";
export type { Resolver } from "./evaluate";
export { labelByHand, labelByIds, readHandLabels, readIdCorrections } from "./labelled-papers";
export type { HandLabels, LabelledPapers } from "./labelled-papers";
export { scoreClustering } from "./score-clustering";
export type { ClusteringScores, PrecisionRecall } from "./score-clustering";
