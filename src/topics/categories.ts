/**
 * Category topics: the display name of an arXiv category code (from the taxonomy table of
 * src/model/arxiv-categories.ts) and the topic key of a category. Lookup is case-insensitive ("CS.lg"
 * finds "cs.LG"), and an unknown code is its own name, so a category never disappears from the topic
 * network because the table lacks it.
 */

import { ARXIV_CATEGORIES } from "../model";

/** Lower-cased code → name, so lookups ignore case. */
const NAMES = new Map(Object.entries(ARXIV_CATEGORIES).map(([code, name]) => [code.toLowerCase(), name]));

/** The display name of an arXiv category code ("cs.LG" → "Machine Learning"); an unknown code names itself. */
export function categoryName(code: string): string {
  return NAMES.get(code.trim().toLowerCase()) ?? code.trim();
}

/** Whether the table knows the code (case-insensitive). */
export function isKnownCategory(code: string): boolean {
  return NAMES.has(code.trim().toLowerCase());
}

/** The topic key of a category: `cat:` and the lower-cased code, e.g. `cat:cs.lg`. */
export function categoryKey(code: string): string {
  return `cat:${code.trim().toLowerCase()}`;
}
