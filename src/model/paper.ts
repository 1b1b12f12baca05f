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
 * Builds a Paper from a reader's fields, in the order of `Paper` whatever the order they are given in:
 * optional fields that are undefined, "" or an empty keyword list are left out (so records compare and
 * serialise cleanly), and the id is `paperId` of DOI, arXiv id, title and year unless the reader gives one.
 */
export function createPaper(fields: PaperFields): Paper {
  return new PaperObject(fields);
}

/** A field a reader filled in: neither undefined nor "". */
function filled(value: unknown): boolean {
  return value !== undefined && value !== "";
}

/**
 * The paper's fields set in the order of `Paper`, each only when filled. A constructor rather than a loop
 * adding the fields one by one to `{}`: V8 gives the objects a constructor makes room for every field it
 * assigns, where `{}` holds four and keeps the rest in a second object (a property array) that the garbage
 * collector moves with every paper kept; and a loop's keyed stores look each field's place up at run time
 * (createPaper was 12 ms of a 280 ms read of 20 MB of generated OpenAlex works in a CPU profile). Its
 * prototype is Object.prototype, so a paper is a plain object as before.
 */
const PaperObject = function (this: Record<string, unknown>, fields: PaperFields) {
  if (filled(fields.title)) this.title = fields.title;
  this.authors = fields.authors;
  this.authorsTruncated = fields.authorsTruncated;
  if (fields.year !== undefined) this.year = fields.year;
  if (fields.month !== undefined) this.month = fields.month;
  if (fields.day !== undefined) this.day = fields.day;
  this.categories = fields.categories;
  if (fields.keywords !== undefined && fields.keywords.length > 0) this.keywords = fields.keywords;
  if (filled(fields.venue)) this.venue = fields.venue;
  if (filled(fields.abstract)) this.abstract = fields.abstract;
  if (filled(fields.doi)) this.doi = fields.doi;
  if (filled(fields.arxivId)) this.arxivId = fields.arxivId;
  if (fields.recordIds !== undefined) this.recordIds = fields.recordIds;
  if (fields.hasCode !== undefined) this.hasCode = fields.hasCode;
  if (fields.citations !== undefined) this.citations = fields.citations;
  this.source = fields.source;
  this.id = fields.id ?? paperId(this as unknown as Paper);
} as unknown as new (
  fields: PaperFields,
) => Paper;
PaperObject.prototype = Object.prototype;
