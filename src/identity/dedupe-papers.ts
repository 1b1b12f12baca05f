/**
 * Paper de-duplication across records and files. Two records are one paper when they share a DOI, an
 * arXiv id (an arXiv DOI `10.48550/arXiv.…` counts as its arXiv id), or the normalised title and year (a
 * record without a year matches on the title alone) — but never when both carry DOIs, or both arXiv ids,
 * that differ (an erratum or a namesake with the same title), and never on an empty title. The merged
 * record keeps the fuller author list (a profile's cut-off list gives way to a complete one from BibTeX or
 * OpenAlex) plus anyone the other list names and it lacks (a profile's owner, appended after a cut-off
 * list, survives a BibTeX list cut off with `and others`), unions categories and keywords, and takes every
 * other field from the first record that has it.
 */

import type { AuthorIds, AuthorRef, Diagnostic, Paper } from "../model";
import { diagnostic, normalizeTitle, paperId } from "../model";
import { parseName } from "./names/parse-name";

export interface DedupeResult {
  papers: Paper[];
  diagnostics: Diagnostic[];
  /** Records merged into an earlier one, per file of the merged (dropped) record. */
  mergedByFile: Map<string, number>;
}

const ARXIV_DOI = /^10\.48550\/arxiv\.(.+)$/i;

/** The DOI (lower case, arXiv DOIs excluded) and arXiv id (no version) a record carries. */
function identifiers(paper: Paper): { doi?: string; arxiv?: string } {
  const doi = paper.doi?.trim().toLowerCase();
  const arxivDoi = doi ? ARXIV_DOI.exec(doi)?.[1] : undefined;
  const arxiv = (paper.arxivId?.trim() ?? arxivDoi)?.toLowerCase().replace(/v\d+$/, "");
  return { doi: arxivDoi ? undefined : doi, arxiv };
}

function matchKeys(paper: Paper): string[] {
  const title = normalizeTitle(paper.title);
  const keys = title ? [`title:${title}|${paper.year ?? ""}`, `title:${title}|`] : [];
  const { doi, arxiv } = identifiers(paper);
  if (doi) keys.push(`doi:${doi}`);
  if (arxiv) keys.push(`arxiv:${arxiv}`);
  return keys;
}

/** True when the two records carry different DOIs or different arXiv ids: two papers, whatever their titles. */
function isDistinct(a: Paper, b: Paper): boolean {
  const [ia, ib] = [identifiers(a), identifiers(b)];
  return Boolean((ia.doi && ib.doi && ia.doi !== ib.doi) || (ia.arxiv && ib.arxiv && ia.arxiv !== ib.arxiv));
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
  if (a.hasCode || b.hasCode) merged.hasCode = true;
  if (a.citations !== undefined || b.citations !== undefined)
    merged.citations = Math.max(a.citations ?? 0, b.citations ?? 0);
  merged.id = paperId(merged);
  return merged;
}

/** Collapses records of the same paper into one, reporting each merge. */
export function dedupePapers(papers: readonly Paper[]): DedupeResult {
  const groupOf = new Map<string, number>();
  const groups: Paper[] = [];
  const diagnostics: Diagnostic[] = [];
  const mergedByFile = new Map<string, number>();

  for (const paper of papers) {
    const keys = matchKeys(paper);
    // A record with a year must not match another year's paper of the same title through the year-less key.
    const lookup = paper.year === undefined ? keys : keys.filter((key) => !key.endsWith("|"));
    const found = lookup
      .map((key) => groupOf.get(key))
      .find((index) => index !== undefined && !isDistinct(groups[index]!, paper));
    if (found === undefined) {
      groups.push(paper);
      for (const key of keys) if (!groupOf.has(key)) groupOf.set(key, groups.length - 1);
      continue;
    }
    const kept = groups[found]!;
    groups[found] = mergePapers(kept, paper);
    for (const key of matchKeys(groups[found])) if (!groupOf.has(key)) groupOf.set(key, found);
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
  return { papers: withUniqueIds(groups, diagnostics), diagnostics, mergedByFile };
}

/**
 * Different papers must never share an id (graph node keys are built from it). Ids of different papers
 * only meet when two title hashes collide; the later paper then gets a `~2`, `~3`… suffix and a warning.
 */
function withUniqueIds(papers: Paper[], diagnostics: Diagnostic[]): Paper[] {
  const seen = new Map<string, number>();
  return papers.map((paper) => {
    const count = (seen.get(paper.id) ?? 0) + 1;
    seen.set(paper.id, count);
    if (count === 1) return paper;
    const id = `${paper.id}~${count}`;
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
