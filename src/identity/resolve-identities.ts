/**
 * The identity stage: the user's thesaurus is read, papers found in several records become one
 * (dedupe-papers.ts), then every author occurrence gets a person key (resolve-authors.ts), with the owners
 * of profile pages stated and those of other single-person files inferred. Returns a new corpus; the input
 * is not changed. The decisions (joins and doubtful splits, with their evidence) and the file owners are
 * returned with it for the report, the JSON and the explorer.
 */

import type { Corpus, FileReport, IdentifiedCorpus, InputFile } from "../model";
import { dedupePapers } from "./dedupe-papers";
import type { StatedOwner } from "./clustering/owners";
import type { IdentityMode } from "../options";
import type { TypoCandidatesRunner } from "./decisions/typos";
import { resolveAuthors } from "./resolve-authors";
import { readThesaurus } from "./thesaurus";

export interface IdentityStageOptions {
  /** IdentityMode, default "balanced". */
  mode?: IdentityMode;
  /** InputFile, default undefined. A thesaurus of names (`variant<TAB>canonical` lines, as VOSviewer's). */
  thesaurus?: InputFile;
  /** StatedOwner[], default []. Owners of single-person files stated by the user (`--owner`). */
  owners?: readonly StatedOwner[];
  /** TypoCandidatesRunner, default none. Finds the family-name typo candidates elsewhere (a worker thread in the CLI). */
  typoCandidates?: TypoCandidatesRunner;
}

/** Merges duplicate papers and keys every author; per-file merge counts go into the file reports. */
export function resolveIdentities(corpus: Corpus, options: IdentityStageOptions = {}): IdentifiedCorpus {
  const thesaurus = options.thesaurus ? readThesaurus(options.thesaurus.text, options.thesaurus.name) : undefined;
  const deduped = dedupePapers(corpus.papers);
  const profileOwners = corpus.profiles.map((profile) => ({ name: profile.owner, file: profile.source.file }));
  const authors = resolveAuthors(deduped.papers, {
    mode: options.mode,
    thesaurus: thesaurus?.entries,
    owners: [...profileOwners, ...(options.owners ?? [])],
    typoCandidates: options.typoCandidates,
  });
  return {
    ...corpus,
    papers: authors.papers,
    people: authors.people,
    decisions: authors.decisions,
    owners: authors.owners,
    diagnostics: [
      ...corpus.diagnostics,
      ...(thesaurus?.diagnostics ?? []),
      ...deduped.diagnostics,
      ...authors.diagnostics,
    ],
    files: corpus.files.map((report) => mergeInto(report, deduped.mergedByFile.get(report.file) ?? 0)),
  };
}

/** A file's report once `merged` of its papers were merged into others: they move from read to merged. */
function mergeInto(report: FileReport, merged: number): FileReport {
  return { ...report, read: report.read - merged, papers: report.papers - merged, merged: report.merged + merged };
}
