/**
 * Whether two records are one paper, on what they carry besides their title (dedupe-papers.ts asks).
 *
 * Ids first: two records whose DOIs differ, whose arXiv ids differ, or whose ids in one database differ
 * (WoS UT, OpenAlex work, Semantic Scholar paper: a database that keeps two records apart holds two
 * papers) are two papers, whatever their titles.
 *
 * A shared title and year is weak evidence on its own: a journal issue prints several letters titled
 * "… - Response" in one year, each by another group. Records matched by title must also name compatible
 * author lists: more than half of the shorter list is in the longer one, by family name (or by the name
 * read the other way round, `Zhang Wei` for `Wei Zhang`). A list cut off after its first authors (`et
 * al.`, a profile page) is a prefix of the full list and passes; a list without authors is compatible
 * with any. Linear in the lengths of the two lists.
 */

import type { Paper, RecordIds } from "../model";
import { parseName } from "./names/parse-name";

const ARXIV_DOI = /^10\.48550\/arxiv\.(.+)$/i;

/** The DOI (lower case, arXiv DOIs excluded) and arXiv id (no version) a record carries. */
export function paperIdentifiers(paper: Paper): { doi?: string; arxiv?: string } {
  const doi = paper.doi?.trim().toLowerCase();
  const arxivDoi = doi ? ARXIV_DOI.exec(doi)?.[1] : undefined;
  const arxiv = (paper.arxivId?.trim() ?? arxivDoi)?.toLowerCase().replace(/v\d+$/, "");
  return { doi: arxivDoi ? undefined : doi, arxiv };
}

const RECORD_ID_NAMES: Record<keyof RecordIds, string> = {
  wos: "WoS",
  openalex: "OpenAlex",
  semanticScholar: "Semantic Scholar",
};

/** Why two records cannot be one paper by their ids ("different DOIs (…, …)"), or undefined when no id disagrees. */
export function idConflict(a: Paper, b: Paper): string | undefined {
  const [ia, ib] = [paperIdentifiers(a), paperIdentifiers(b)];
  const differ = (x: string | undefined, y: string | undefined) => x !== undefined && y !== undefined && x !== y;
  if (differ(ia.doi, ib.doi)) return `different DOIs (${ia.doi}, ${ib.doi})`;
  if (differ(ia.arxiv, ib.arxiv)) return `different arXiv ids (${ia.arxiv}, ${ib.arxiv})`;
  for (const scheme of Object.keys(RECORD_ID_NAMES) as (keyof RecordIds)[]) {
    const [x, y] = [a.recordIds?.[scheme]?.trim(), b.recordIds?.[scheme]?.trim()];
    if (differ(x, y)) return `different ${RECORD_ID_NAMES[scheme]} ids (${x}, ${y})`;
  }
  return undefined;
}

type ListName = { family: string; swapped?: string };

/** Names of each record's list, parsed once: a common title ("Editorial") compares one record with many. */
const parsedLists = new WeakMap<Paper, ListName[]>();

/** The folded family names of a list, and each author's first given name when it is a whole word. */
function familyNames(paper: Paper): ListName[] {
  let names = parsedLists.get(paper);
  if (names) return names;
  names = paper.authors.map((author) => {
    const { family, given } = parseName(author.name);
    const first = given[0];
    return first !== undefined && first.length > 1 ? { family, swapped: first } : { family };
  });
  parsedLists.set(paper, names);
  return names;
}

/**
 * Why two author lists cannot be one paper's ("3 of the 12 authors of the shorter list are in the other"),
 * or undefined when they are compatible.
 */
export function authorConflict(a: Paper, b: Paper): string | undefined {
  const [shorter, longer] = a.authors.length <= b.authors.length ? [a, b] : [b, a];
  if (shorter.authors.length === 0) return undefined;
  const families = new Set(familyNames(longer).map((name) => name.family));
  const shared = familyNames(shorter).filter(
    (name) => families.has(name.family) || (name.swapped !== undefined && families.has(name.swapped)),
  ).length;
  if (shared * 2 > shorter.authors.length) return undefined;
  return `${shared} of the ${shorter.authors.length} authors of the shorter list are in the other`;
}
