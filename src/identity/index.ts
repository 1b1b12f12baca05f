/** The identity stage: paper de-duplication and evidence-based author identity, with its decisions and evaluation. */
export { dedupePapers, mergePapers } from "./dedupe-papers";
export type { DedupeResult } from "./dedupe-papers";
export { resolveAuthors } from "./resolve-authors";
export type { IdentityMode, IdentityOptions, ResolvedAuthors } from "./resolve-authors";
export type { StatedOwner } from "./clustering/owners";
export type { TypoCandidates, TypoCandidatesRunner } from "./decisions/typos";
export { cleanName, displayName, reorderLastFirst } from "./names/clean-name";
export { foldName } from "./names/fold-name";
export { normalizeName, parseName, readings } from "./names/parse-name";
export type { NameParts } from "./names/parse-name";
export { resolveIdentities } from "./resolve-identities";
export type { IdentityStageOptions } from "./resolve-identities";
export { readThesaurus } from "./thesaurus";
export type { ThesaurusEntry, ThesaurusResult } from "./thesaurus";
export { WEIGHTS, THRESHOLDS } from "./evidence/weights";
export { writeThesaurus } from "./decisions/write-thesaurus";
export { keyOfOccurrence, reviewDecision, writeReviewThesaurus } from "./decisions/review-thesaurus";
export type { OccurrenceRef, Review, ReviewedCorpus, ReviewSide, Verdict } from "./decisions/review-thesaurus";
