/**
 * Stable paper ids. A DOI or arXiv id wins; otherwise the id is a hash of the folded title and the year, so
 * the same paper read twice (or from two files) gets the same id, and ids stay short in GEXF and URLs.
 */

import { foldText } from "./text";

/** 32-bit FNV-1a hash as 8 hex digits: fast, stable across runtimes, good enough to key titles. */
export function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, "0");
}

/** The folded form of a title used to recognise the same paper across records. */
export function normalizeTitle(title: string): string {
  return foldText(title);
}

/** `title:<hash>` of the folded title (and the year, when known). */
export function titleId(title: string, year?: number): string {
  return `title:${fnv1a(`${normalizeTitle(title)}|${year ?? ""}`)}`;
}

/** The id of a paper: `doi:…` (lower-cased), else `arxiv:…` (version dropped), else `titleId`. */
export function paperId(fields: { doi?: string; arxivId?: string; title: string; year?: number }): string {
  if (fields.doi) return `doi:${fields.doi.trim().toLowerCase()}`;
  if (fields.arxivId) return `arxiv:${fields.arxivId.trim().replace(/v\d+$/, "")}`;
  return titleId(fields.title, fields.year);
}
