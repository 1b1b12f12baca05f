/** A paper record, the unit every reader produces and every later stage consumes. */

import type { AuthorRef } from "./author";
import { paperId } from "./ids";

/** Where a record came from: file name and the 1-based line its record starts on. */
export interface SourceRef {
  file: string;
  line: number;
}

/**
 * The record's own id in the database it came from. Two records one database keeps apart (two WoS UTs,
 * two OpenAlex works) are two papers, even when they share a title and a year.
 */
export interface RecordIds {
  /** Web of Science accession number (UT), `WOS:000186802200017`. */
  wos?: string;
  /** OpenAlex work id, `W2963341956`. */
  openalex?: string;
  /** Semantic Scholar paper id. */
  semanticScholar?: string;
}

export interface Paper {
  /** Stable id: `doi:…`, `arxiv:…`, or `title:<hash of normalised title + year>`. */
  id: string;
  title: string;
  /** Authors in the order the record gives them. */
  authors: AuthorRef[];
  /** The record's author list was cut off ("et al.", "and others"): the true list is longer. */
  authorsTruncated: boolean;
  year?: number;
  month?: number;
  day?: number;
  /** Subject categories as codes, e.g. `cs.LG`. */
  categories: string[];
  /** Author keywords, when the source has them (BibTeX, Scopus…); they feed topics. */
  keywords?: string[];
  venue?: string;
  abstract?: string;
  doi?: string;
  arxivId?: string;
  /** Ids of the record in its database (WoS, OpenAlex, Semantic Scholar). */
  recordIds?: RecordIds;
  hasCode?: boolean;
  citations?: number;
  source: SourceRef;
}

/** The fields a reader fills in; optional ones may be undefined or "" when the record lacks them. */
export type PaperFields = Omit<Paper, "id"> & { id?: string };

/**
 * Builds a Paper from a reader's fields: optional fields that are undefined, "" or an empty keyword list
 * are left out (so records compare and serialise cleanly), and the id is `paperId` of DOI, arXiv id,
 * title and year unless the reader gives one.
 */
export function createPaper(fields: PaperFields): Paper {
  // A loop over the keys rather than Object.entries/filter/fromEntries: readers call this once per record,
  // and the three intermediate arrays per paper cost as much as parsing the record's JSON.
  const paper: Record<string, unknown> = {};
  for (const key in fields) {
    const value = fields[key as keyof PaperFields];
    if (value !== undefined && value !== "" && !(key === "keywords" && (value as string[]).length === 0))
      paper[key] = value;
  }
  paper.id = fields.id ?? paperId(paper as unknown as Paper);
  return paper as unknown as Paper;
}
