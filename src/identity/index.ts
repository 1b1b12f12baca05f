export { dedupePapers, mergePapers } from "./dedupe-papers";
export type { DedupeResult } from "./dedupe-papers";
export { resolveAuthors } from "./merge-authors";
export type { ResolvedAuthors } from "./merge-authors";
export { normalizeName, reorderLastFirst } from "./normalize-name";
export { resolveIdentities } from "./resolve-identities";
