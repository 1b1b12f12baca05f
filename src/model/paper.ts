/** A paper record, the unit every reader produces and every later stage consumes. */

import type { AuthorRef } from "./author";

/** Where a record came from: file name and the 1-based line its record starts on. */
export interface SourceRef {
  file: string;
  line: number;
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
  hasCode?: boolean;
  citations?: number;
  source: SourceRef;
}
