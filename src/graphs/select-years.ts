/**
 * The year range of the analysis: it selects papers before the projection, so that link weights, paper
 * counts and first/last years count only the papers in range (a filter on the projected network could not
 * take a paper's share out of a link). People left without a paper in range are dropped, and with them the
 * identity decisions (joins and doubtful splits) about them.
 */

import type { Diagnostic, IdentifiedCorpus } from "../model";
import { diagnostic } from "../model";

/** The year range: papers published in [yearFrom, yearTo]; an undefined end is open. */
export interface YearRange {
  yearFrom?: number;
  yearTo?: number;
}

/** Keeps the papers inside the year range; papers without a year cannot be placed and are left out, said once. */
export function selectYears(
  corpus: IdentifiedCorpus,
  range: YearRange,
): { corpus: IdentifiedCorpus; diagnostics: Diagnostic[] } {
  const { yearFrom, yearTo } = range;
  if (yearFrom === undefined && yearTo === undefined) return { corpus, diagnostics: [] };
  const inRange = (year: number | undefined) =>
    year !== undefined && (yearFrom === undefined || year >= yearFrom) && (yearTo === undefined || year <= yearTo);
  const papers = corpus.papers.filter((paper) => inRange(paper.year));
  const undated = corpus.papers.filter((paper) => paper.year === undefined).length;
  const span = `${yearFrom ?? "…"}–${yearTo ?? "…"}`;
  const diagnostics = undated
    ? [diagnostic("info", "", 0, `${undated} papers without a year are left out by the year range ${span}.`)]
    : [];
  const kept = new Set(papers.map((paper) => paper.id));
  const people = corpus.people
    .map((person) => ({ ...person, paperIds: person.paperIds.filter((id) => kept.has(id)) }))
    .filter((person) => person.paperIds.length > 0);
  const present = new Set(people.map((person) => person.key));
  const decisions = corpus.decisions.filter((decision) => present.has(decision.a.key) && present.has(decision.b.key));
  return { corpus: { ...corpus, papers, people, decisions }, diagnostics };
}

/** The distinct publication years of `papers`, ascending (papers without a year have none). */
export function paperYears(papers: readonly { year?: number }[]): number[] {
  const years = new Set<number>();
  for (const paper of papers) if (paper.year !== undefined) years.add(paper.year);
  return [...years].sort((a, b) => a - b);
}
