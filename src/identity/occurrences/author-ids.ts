/**
 * Author ids in one comparable spelling, and their names for evidence texts. Ids of one scheme are
 * compared as written after URL prefixes are dropped (`https://orcid.org/0000-…` = `0000-…`) and ORCID and
 * OpenAlex ids are upper-cased. Equal ids join; two different ids of one scheme keep apart.
 */

import type { AuthorIds } from "../../model";

/** Id schemes in the order they are trusted; the names match AuthorIds. */
export const ID_KINDS = ["orcid", "openalex", "scopus", "dblp", "semanticScholar"] as const;
export type IdKind = (typeof ID_KINDS)[number];

const ID_NAMES: Record<IdKind, string> = {
  orcid: "ORCID",
  openalex: "OpenAlex id",
  scopus: "Scopus id",
  dblp: "DBLP pid",
  semanticScholar: "Semantic Scholar id",
};

/** Names an id scheme for evidence texts: `idName("orcid") === "ORCID"`. */
export const idName = (kind: IdKind): string => ID_NAMES[kind];

/** One id of an occurrence: scheme and normalised value. */
export type AuthorId = readonly [kind: IdKind, value: string];

const NO_IDS: readonly AuthorId[] = Object.freeze([]);
const URL_PREFIX = /^https?:\/\/[^/]+\/(?:authors\/|pid\/)?/i;

/** The ids of a reference in comparable form, most trusted scheme first. */
export function normalizeIds(ids: AuthorIds | undefined): readonly AuthorId[] {
  if (!ids) return NO_IDS;
  const result: AuthorId[] = [];
  for (const kind of ID_KINDS) {
    let value = ids[kind]?.trim();
    if (!value) continue;
    // Most ids come bare or as one site's URL: the patterns run only where they can match.
    if (value.charCodeAt(0) === 104 || value.charCodeAt(0) === 72) value = value.replace(URL_PREFIX, "");
    if (value.endsWith(".html")) value = value.slice(0, -5);
    if (kind === "orcid" || kind === "openalex") value = value.toUpperCase();
    result.push([kind, value]);
  }
  return result;
}
