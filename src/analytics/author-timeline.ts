/**
 * An author's timeline: papers per year and coauthors gained per year (those with whom the author writes a
 * first joint paper that year), from the first year of the author's dated papers to the last, years
 * without papers included as zeros, so that a chart of it spaces the years evenly. Undated papers are
 * counted apart, and so are the coauthors met only on them (they are counted after every dated paper).
 * A paper with more than `maxAuthorsPerPaper` authors gains no coauthors, as it makes no coauthor links
 * (AnalysisOptions.maxAuthorsPerPaper), though it counts as one of the author's papers.
 *
 * Cost: O(Σ authors of the author's papers + years + papers · log papers) for the sort by year.
 */

import type { Paper } from "../model";

/** One year of the timeline. */
export interface TimelineYear {
  year: number;
  papers: number;
  /** Coauthors whose first joint paper with the author is of this year. */
  newCoauthors: number;
}

/** The timeline of one author (see the header). */
export interface AuthorTimeline {
  /** Every year from the first dated paper to the last, in order; empty without dated papers. */
  years: TimelineYear[];
  /** Papers without a year, and the coauthors met only on them. */
  undated: { papers: number; newCoauthors: number };
}

/** The timeline of the author whose identity key is `authorKey` (AuthorRef.key), from their `papers`. */
export function authorTimeline(
  papers: readonly Paper[],
  authorKey: string,
  maxAuthorsPerPaper: number,
): AuthorTimeline {
  const own = papers.filter((paper) => paper.authors.some((author) => author.key === authorKey));
  const dated = own.filter((paper) => paper.year !== undefined).sort((a, b) => a.year! - b.year!);
  const met = new Set<string>();
  /** Coauthors of `paper` the author had not written with before it. */
  const gained = (paper: Paper): number => {
    if (paper.authors.length > maxAuthorsPerPaper) return 0;
    let count = 0;
    for (const { key } of paper.authors) {
      if (key === undefined || key === authorKey || met.has(key)) continue;
      met.add(key);
      count++;
    }
    return count;
  };
  const years: TimelineYear[] = [];
  if (dated.length) {
    const first = dated[0]!.year!;
    for (let year = first; year <= dated.at(-1)!.year!; year++) years.push({ year, papers: 0, newCoauthors: 0 });
    for (const paper of dated) {
      const entry = years[paper.year! - first]!;
      entry.papers++;
      entry.newCoauthors += gained(paper);
    }
  }
  const undated = { papers: 0, newCoauthors: 0 };
  for (const paper of own) {
    if (paper.year !== undefined) continue;
    undated.papers++;
    undated.newCoauthors += gained(paper);
  }
  return { years, undated };
}
