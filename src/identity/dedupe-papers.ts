/**
 * Paper de-duplication across records and files. Two records are one paper when they share a DOI, an
 * arXiv id, or the normalised title and year (a record without a year matches on the title alone). The
 * merged record keeps the fuller author list (a profile's cut-off list gives way to a complete one from
 * BibTeX or OpenAlex), unions categories and keywords, and takes every other field from the first record
 * that has it.
 */

import type { Diagnostic, Paper } from "../model";
import { diagnostic, normalizeTitle, paperId } from "../model";

export interface DedupeResult {
  papers: Paper[];
  diagnostics: Diagnostic[];
  /** Records merged into an earlier one, per file of the merged (dropped) record. */
  mergedByFile: Map<string, number>;
}

function matchKeys(paper: Paper): string[] {
  const title = normalizeTitle(paper.title);
  const keys = [`title:${title}|${paper.year ?? ""}`, `title:${title}|`];
  if (paper.doi) keys.push(`doi:${paper.doi.toLowerCase()}`);
  if (paper.arxivId) keys.push(`arxiv:${paper.arxivId.replace(/v\d+$/, "")}`);
  return keys;
}

const union = <T>(a: readonly T[] | undefined, b: readonly T[] | undefined): T[] => [...new Set([...(a ?? []), ...(b ?? [])])];

/** The fuller of two author lists: the longer one; on equal length, the one not cut off. */
function fullerAuthors(a: Paper, b: Paper): Pick<Paper, "authors" | "authorsTruncated"> {
  const pickB = b.authors.length > a.authors.length || (b.authors.length === a.authors.length && a.authorsTruncated && !b.authorsTruncated);
  const chosen = pickB ? b : a;
  return { authors: chosen.authors, authorsTruncated: chosen.authorsTruncated };
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
  if (a.citations !== undefined || b.citations !== undefined) merged.citations = Math.max(a.citations ?? 0, b.citations ?? 0);
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
    const found = lookup.map((key) => groupOf.get(key)).find((index) => index !== undefined);
    if (found === undefined) {
      groups.push(paper);
      for (const key of keys) if (!groupOf.has(key)) groupOf.set(key, groups.length - 1);
      continue;
    }
    const kept = groups[found]!;
    groups[found] = mergePapers(kept, paper);
    for (const key of matchKeys(groups[found]!)) if (!groupOf.has(key)) groupOf.set(key, found);
    mergedByFile.set(paper.source.file, (mergedByFile.get(paper.source.file) ?? 0) + 1);
    diagnostics.push(
      diagnostic("info", paper.source.file, paper.source.line, `"${paper.title}" is the same paper as ${kept.source.file}:${kept.source.line}; merged.`),
    );
  }
  return { papers: groups, diagnostics, mergedByFile };
}
