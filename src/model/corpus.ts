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

/**
 * What became of the records a reader met in one file (entries, rows, works, paper blocks, or the links of a
 * network): each was read, skipped (with a diagnostic saying why) or merged into another record, so
 * read + skipped + merged = seen.
 */
export interface RecordCount {
  seen: number;
  read: number;
  skipped: number;
  merged: number;
}

/** What one reader returns for one file. */
export interface ReadResult {
  papers: Paper[];
  profiles: Profile[];
  diagnostics: Diagnostic[];
  /** Networks imported from GEXF, GraphML or edge-list files (absent when the format holds papers only). */
  networks?: ImportedNetwork[];
  /** The records met and what became of them (readers keep it through ingest's RecordLog). */
  records: RecordCount;
}

/**
 * One input file: its name (for diagnostics) and its text. `notes` are what was noticed while its bytes
 * became text (the encoding it was decoded from, or why it could not be read at all); they join the file's
 * diagnostics, and an error among them means the file holds nothing to read.
 */
export interface InputFile {
  name: string;
  text: string;
  notes?: Diagnostic[];
}

/**
 * Per-file bookkeeping shown to the user: the records met and what became of them (read + skipped + merged
 * = seen, see RecordCount), and the papers the file contributes (equal to `read` for a file of papers, 0 for
 * a network, whose records are its links). Records merged by the identity stage move from read to merged.
 */
export interface FileReport extends RecordCount {
  file: string;
  format: string;
  papers: number;
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
