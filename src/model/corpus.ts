/** The corpus: every paper and profile read, with every diagnostic raised while reading them. */

import type { FileOwner, IdentityDecision, Person } from "./author";
import type { Diagnostic } from "./diagnostic";
import type { ImportedNetwork } from "./network";
import type { Paper, SourceRef } from "./paper";

/** The header of a scholar-profile page: its owner and the statistics the page states. */
export interface Profile {
  owner: string;
  primaryCategory?: string;
  hIndex?: number;
  paperCount?: number;
  citations?: number;
  noveltyPercent?: number;
  aiScore?: number;
  source: SourceRef;
}

/** What one reader returns for one file. */
export interface ReadResult {
  papers: Paper[];
  profiles: Profile[];
  diagnostics: Diagnostic[];
  /** Networks imported from GEXF or GraphML files (absent when the format holds papers only). */
  networks?: ImportedNetwork[];
}

/** One input file: its name (for diagnostics) and its text. */
export interface InputFile {
  name: string;
  text: string;
}

/** Per-file bookkeeping shown to the user: what was read, skipped and merged. */
export interface FileReport {
  file: string;
  format: string;
  papers: number;
  skipped: number;
  merged: number;
}

export interface Corpus {
  papers: Paper[];
  profiles: Profile[];
  diagnostics: Diagnostic[];
  files: FileReport[];
  /** Networks imported as they are (GEXF, GraphML), in input order. */
  networks: ImportedNetwork[];
}

/** The corpus after identity resolution: every AuthorRef has a `key`, and `people` lists each person once. */
export interface IdentifiedCorpus extends Corpus {
  people: Person[];
  /** Joins made beyond the same name, and doubtful splits left, each with its evidence (see IdentityDecision). */
  decisions: IdentityDecision[];
  /** Owners of single-person files. */
  owners: FileOwner[];
}
