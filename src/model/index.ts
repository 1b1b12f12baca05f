export type { AuthorIds, AuthorRef, Person } from "./author";
export type { Corpus, FileReport, IdentifiedCorpus, InputFile, Profile, ReadResult } from "./corpus";
export { diagnostic } from "./diagnostic";
export type { Diagnostic, Severity } from "./diagnostic";
export type { Paper, SourceRef } from "./paper";
export { fnv1a, normalizeTitle, paperId, titleId } from "./ids";
export { createRng } from "./random";
export type { Rng } from "./random";
export { foldText } from "./text";
