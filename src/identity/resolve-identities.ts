/**
 * The identity stage: one record per paper (dedupe-papers.ts), then one key per person
 * (merge-authors.ts). Returns a new corpus; the input is not changed. What was joined, and what was left
 * apart although it may be one person, is returned in `merges` and `possibleDuplicates` for the CLI and UI.
 */

import type { Corpus, FileReport, IdentifiedCorpus } from "../model";
import { dedupePapers } from "./dedupe-papers";
import { resolveAuthors } from "./merge-authors";
import type { IdentityOptions } from "./merge-authors";

/** Merges duplicate papers and keys every author; per-file merge counts go into the file reports. */
export function resolveIdentities(corpus: Corpus, options: IdentityOptions = {}): IdentifiedCorpus {
  const deduped = dedupePapers(corpus.papers);
  const authors = resolveAuthors(deduped.papers, options);
  return {
    ...corpus,
    papers: authors.papers,
    people: authors.people,
    merges: authors.merges,
    possibleDuplicates: authors.possibleDuplicates,
    diagnostics: [...corpus.diagnostics, ...deduped.diagnostics, ...authors.diagnostics],
    files: corpus.files.map((report) => mergeInto(report, deduped.mergedByFile.get(report.file) ?? 0)),
  };
}

/** A file's report once `merged` of its papers were merged into others: they move from read to merged. */
function mergeInto(report: FileReport, merged: number): FileReport {
  return { ...report, read: report.read - merged, papers: report.papers - merged, merged: report.merged + merged };
}
