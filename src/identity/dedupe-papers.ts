/**
 * Paper de-duplication across records and files. Two records are one paper when they share a DOI, an
 * arXiv id (an arXiv DOI `10.48550/arXiv.…` counts as its arXiv id), or the normalised title and year (a
 * record without a year matches on the title alone) — but never when an id disagrees (two DOIs, two arXiv
 * ids, two WoS or OpenAlex records: an erratum, a namesake, another letter of the same issue), never on an
 * empty title, and on a title only when the author lists are compatible (paper-match.ts). A record matched
 * by title but kept apart gets a note saying why. The merged
 * record keeps the fuller author list (a profile's cut-off list gives way to a complete one from BibTeX or
 * OpenAlex) plus anyone the other list names and it lacks (a profile's owner, appended after a cut-off
 * list, survives a BibTeX list cut off with `and others`), unions categories, keywords and record ids, and
 * takes every other field from the first record that has it.
 */

import type { AuthorIds, AuthorRef, Diagnostic, Paper } from "../model";
import { diagnostic, normalizeTitle, paperId } from "../model";
import { parseName } from "./names/parse-name";
import { authorConflict, idConflict, paperIdentifiers } from "./paper-match";

export interface DedupeResult {
  papers: Paper[];
  diagnostics: Diagnostic[];
  /** Records merged into an earlier one, per file of the merged (dropped) record. */
  mergedByFile: Map<string, number>;
}

/** What a record is matched by: its folded title (empty: none) with its year, its DOI, its arXiv id. */
interface MatchKeys {
  title: string;
  year: number | undefined;
  doi: string | undefined;
  arxiv: string | undefined;
}

function matchKeys(paper: Paper): MatchKeys {
  const { doi, arxiv } = paperIdentifiers(paper);
  return { title: normalizeTitle(paper.title), year: paper.year, doi: doi || undefined, arxiv: arxiv || undefined };
}

/**
 * The groups (indexes into the merged records) filed under each key, in filing order: by DOI, by arXiv id,
 * and by title, then year. Maps of the keys themselves, not of keys built as strings (`title:…|2019`: three
 * per record, each made, hashed and kept until the end; on 100,000 generated works about 0.4 s of a CPU
 * profile of identity went to the Map of those strings).
 */
interface GroupIndex {
  doi: Map<string, number[]>;
  arxiv: Map<string, number[]>;
  /** Per title: every record of it, of any year or none (`any`), and the records of each year. */
  titles: Map<string, { any: number[]; byYear: Map<number, number[]> }>;
}

const union = <T>(a: readonly T[] | undefined, b: readonly T[] | undefined): T[] => [
  ...new Set([...(a ?? []), ...(b ?? [])]),
];

/** Family name and first initial: loose enough that `C. Rager` and `Can Rager` are one entry of a list. */
function listKey(author: AuthorRef): string {
  const { family, given } = parseName(author.name);
  return `${family}|${given[0]?.[0] ?? ""}`;
}

/** True when two references carry different ids of one scheme: two people, whatever their names. */
function idsDiffer(a: AuthorRef, b: AuthorRef): boolean {
  if (!a.ids || !b.ids) return false;
  return (Object.keys(a.ids) as (keyof AuthorIds)[]).some((kind) => {
    const [x, y] = [a.ids?.[kind]?.trim().toLowerCase(), b.ids?.[kind]?.trim().toLowerCase()];
    return Boolean(x && y && x !== y);
  });
}

/**
 * The fuller of two author lists (the longer one; on equal length, the one not cut off), followed by the
 * authors of the other list it does not name. Each author of the other list is matched, in order, to the
 * first unmatched author of the fuller list with the same family name and initial and no conflicting id,
 * and gives it the ids it lacks (an OpenAlex id must survive the merge of a duplicate record); two
 * `Wei Zhang` with different ids are two people, and the second is kept.
 */
function fullerAuthors(a: Paper, b: Paper): Pick<Paper, "authors" | "authorsTruncated"> {
  const pickB =
    b.authors.length > a.authors.length ||
    (b.authors.length === a.authors.length && a.authorsTruncated && !b.authorsTruncated);
  const [chosen, other] = pickB ? [b, a] : [a, b];
  const authors = [...chosen.authors];
  const matched = new Set<number>();
  const keys = authors.map(listKey);
  const missing: AuthorRef[] = [];
  for (const author of other.authors) {
    const key = listKey(author);
    const at = keys.findIndex((k, i) => k === key && !matched.has(i) && !idsDiffer(authors[i]!, author));
    if (at < 0) {
      missing.push(author);
      continue;
    }
    matched.add(at);
    if (author.ids) authors[at] = { ...authors[at]!, ids: { ...author.ids, ...authors[at]!.ids } };
  }
  return { authors: [...authors, ...missing], authorsTruncated: chosen.authorsTruncated };
}

/** Merges `b` into `a`: fuller authors, unioned lists, first non-empty scalar fields. */
export function mergePapers(a: Paper, b: Paper): Paper {
  const merged: Paper = {
    ...b,
    ...Object.fromEntries(Object.entries(a).filter(([, value]) => value !== undefined && value !== "")),
    ...fullerAuthors(a, b),
    categories: union(a.categories, b.categories),
    source: a.source,
  };
  const keywords = union(a.keywords, b.keywords);
  if (keywords.length) merged.keywords = keywords;
  if (a.recordIds || b.recordIds) merged.recordIds = { ...b.recordIds, ...a.recordIds };
  if (a.hasCode || b.hasCode) merged.hasCode = true;
  if (a.citations !== undefined || b.citations !== undefined)
    merged.citations = Math.max(a.citations ?? 0, b.citations ?? 0);
  merged.id = paperId(merged);
  return merged;
}

/**
 * Earlier records a key is compared with. Only titles repeat this often ("Editorial", "Reply" in a large
 * corpus); past the cap a record is kept apart rather than compared with every namesake (quadratic).
 */
const MAX_NAMESAKES = 50;

/** The groups of a key not met before (most keys of most papers): one shared empty list, not one per lookup. */
const NO_GROUPS: readonly number[] = [];

/**
 * The first of the first MAX_NAMESAKES groups of `list` that is the same paper as `paper`, or -1; the first
 * title match kept apart is noted in `result.refused` with its reason.
 */
function searchList(
  paper: Paper,
  list: readonly number[],
  groups: readonly Paper[],
  isTitle: boolean,
  result: { refused?: { group: number; reason: string } },
): number {
  for (let i = 0; i < list.length && i < MAX_NAMESAKES; i++) {
    const index = list[i]!;
    const group = groups[index]!;
    const reason = idConflict(group, paper) ?? (isTitle ? authorConflict(group, paper) : undefined);
    if (reason === undefined) return index;
    if (isTitle) result.refused ??= { group: index, reason };
  }
  return -1;
}

/** The first group among those sharing one of the record's keys that is the same paper, or why the first title match is not. */
function findGroup(
  paper: Paper,
  keys: MatchKeys,
  groups: readonly Paper[],
  index: GroupIndex,
): { found?: number; refused?: { group: number; reason: string } } {
  const result: { refused?: { group: number; reason: string } } = {};
  // Ids first: an equal DOI or arXiv id is the same paper whatever the author lists say.
  let found =
    keys.doi === undefined ? -1 : searchList(paper, index.doi.get(keys.doi) ?? NO_GROUPS, groups, false, result);
  if (found < 0 && keys.arxiv !== undefined)
    found = searchList(paper, index.arxiv.get(keys.arxiv) ?? NO_GROUPS, groups, false, result);
  if (found < 0 && keys.title) {
    const lists = index.titles.get(keys.title);
    // A record with a year must not match another year's paper of the same title: it is compared with
    // that year's records; a record without a year with every record of the title.
    const list = keys.year === undefined ? lists?.any : lists?.byYear.get(keys.year);
    if (list) found = searchList(paper, list, groups, true, result);
  }
  return found >= 0 ? { found } : { refused: result.refused };
}

/**
 * Files group `group` under each of `keys` it is not yet filed under as `listed`'s group (a key's list may
 * be long). A record without a year is filed twice in its title's `any` list, once for its year-less key
 * and once for its key with an empty year (two names of one key when they were strings): kept so, as the
 * first MAX_NAMESAKES entries of a list are compared.
 */
function register(index: GroupIndex, keys: MatchKeys, group: number, listed?: MatchKeys): void {
  if (keys.doi !== undefined && keys.doi !== listed?.doi) push(index.doi, keys.doi, group);
  if (keys.arxiv !== undefined && keys.arxiv !== listed?.arxiv) push(index.arxiv, keys.arxiv, group);
  if (!keys.title) return;
  const sameTitle = keys.title === listed?.title;
  let lists = index.titles.get(keys.title);
  if (lists === undefined) index.titles.set(keys.title, (lists = { any: [], byYear: new Map() }));
  if (keys.year === undefined) {
    if (!sameTitle) lists.any.push(group, group);
    return;
  }
  // The year as the string keys wrote it: the listed record's year-less key is not this year's.
  if (!sameTitle || `${listed.year ?? ""}` !== `${keys.year}`) push(lists.byYear, keys.year, group);
  if (!sameTitle) lists.any.push(group);
}

/** Appends `group` to the list of `key`. */
function push<K>(lists: Map<K, number[]>, key: K, group: number): void {
  const list = lists.get(key);
  if (list) list.push(group);
  else lists.set(key, [group]);
}

/** Collapses records of the same paper into one, reporting each merge and each title match kept apart. */
export function dedupePapers(papers: readonly Paper[]): DedupeResult {
  const index: GroupIndex = { doi: new Map(), arxiv: new Map(), titles: new Map() };
  const groups: Paper[] = [];
  const diagnostics: Diagnostic[] = [];
  const mergedByFile = new Map<string, number>();
  const keptApart = new Set<number>();

  for (const paper of papers) {
    const keys = matchKeys(paper);
    const { found, refused } = findGroup(paper, keys, groups, index);
    if (found === undefined) {
      groups.push(paper);
      register(index, keys, groups.length - 1);
      if (refused) {
        keptApart.add(groups.length - 1);
        const other = groups[refused.group]!.source;
        diagnostics.push(
          diagnostic(
            "info",
            paper.source.file,
            paper.source.line,
            `"${paper.title}" has the title and year of ${other.file}:${other.line} but ${refused.reason}; ` +
              "they are kept apart as two papers.",
          ),
        );
      }
      continue;
    }
    const kept = groups[found]!;
    groups[found] = mergePapers(kept, paper);
    register(index, matchKeys(groups[found]), found, matchKeys(kept));
    mergedByFile.set(paper.source.file, (mergedByFile.get(paper.source.file) ?? 0) + 1);
    diagnostics.push(
      diagnostic(
        "info",
        paper.source.file,
        paper.source.line,
        `"${paper.title}" is the same paper as ${kept.source.file}:${kept.source.line}; merged.`,
      ),
    );
  }
  return { papers: withUniqueIds(groups, keptApart, diagnostics), diagnostics, mergedByFile };
}

/**
 * Different papers must never share an id (graph node keys are built from it). Ids of different papers
 * meet when two title hashes collide, or when records of one title and year were kept apart; the later
 * paper then gets a `~2`, `~3`… suffix, with a warning unless a note already says why it was kept apart.
 */
function withUniqueIds(papers: Paper[], keptApart: ReadonlySet<number>, diagnostics: Diagnostic[]): Paper[] {
  const seen = new Map<string, number>();
  return papers.map((paper, index) => {
    const count = (seen.get(paper.id) ?? 0) + 1;
    seen.set(paper.id, count);
    if (count === 1) return paper;
    const id = `${paper.id}~${count}`;
    if (keptApart.has(index)) return { ...paper, id };
    diagnostics.push(
      diagnostic(
        "warning",
        paper.source.file,
        paper.source.line,
        `"${paper.title}" has the id of another paper (${paper.id}); it is kept apart as ${id}.`,
      ),
    );
    return { ...paper, id };
  });
}
