/**
 * Author indicators from the papers of the analysis (the year range's), written on the coauthor network's
 * author nodes:
 *
 * - `citations`: Σ of the citation counts of the author's papers that have one (`Paper.citations`: OpenAlex
 *   cited_by_count, Semantic Scholar citationCount, Scopus "Cited by", Web of Science TC, IEEE "Article
 *   Citation Count", a CSV column), counted as the source gave them on the day of export;
 * - `citedPapers`: how many of the author's papers have a count — the indicators below rest on them;
 * - `hIndex`: the largest h such that h of those papers have at least h citations each (Hirsch, "An index
 *   to quantify an individual's scientific research output", PNAS 102 (2005) 16569), over this corpus only;
 * - `firstAuthorShare`: the share of the author's papers that list them first;
 * - `lastAuthorShare`: the share, among the author's papers whose author list is complete (a list cut off
 *   by "et al." has an unknown last author), that list them last; a sole author is both first and last;
 * - `profileHIndex`, `profileCitations`: what a scholar-profile page states of its owner (over all their
 *   work, not only this corpus), on the owner's node.
 * An author without a counted paper gets no `citations`, `citedPapers` or `hIndex`; one without a complete
 * author list no `lastAuthorShare` (the attributes are absent, not 0). Imported network authors have no
 * papers and get none.
 *
 * Cost: O(authorships + Σ papers per author · log) for the h-index sorts.
 */

import { authorNode, incidenceOf, type KeyedAuthorships } from "../graphs";
import type { CoauthorGraph, IdentifiedCorpus } from "../model";

/** Indicators of one author (see the header); absent ones are undefined. */
export interface AuthorIndicators {
  citations?: number;
  citedPapers?: number;
  hIndex?: number;
  firstAuthorShare?: number;
  lastAuthorShare?: number;
  profileHIndex?: number;
  profileCitations?: number;
}

/** The attributes authorIndicators writes, so that a rerun removes those an author no longer has. */
export const INDICATOR_ATTRIBUTES = [
  "citations",
  "citedPapers",
  "hIndex",
  "firstAuthorShare",
  "lastAuthorShare",
  "profileHIndex",
  "profileCitations",
] as const;

/** The h-index of a list of citation counts: the largest h with h counts ≥ h. */
export function hIndex(counts: readonly number[]): number {
  const sorted = [...counts].sort((a, b) => b - a);
  let h = 0;
  while (h < sorted.length && sorted[h]! >= h + 1) h++;
  return h;
}

interface Tally {
  papers: number;
  first: number;
  complete: number;
  last: number;
  /** Σ of the counts, summed in paper order as the counts come. */
  citations: number;
  counts: number[];
  /** The number of the last paper counted, so that an author listed twice on a paper counts once. */
  seen: number;
}

/**
 * Author node key → indicators, from the corpus's papers and profiles, in the order the authors are first
 * met. One pass over the authorships as the incidence numbers them (`incidence`, the corpus's as incidenceOf
 * makes it: the bipartite build's), each author's tally found by number, with no array or set per paper (an
 * author listed twice on a paper is told by their tally's last paper). With a keyed list and a Set per paper,
 * and an attribute call per indicator and author in assignAuthorIndicators, the step took 0.93 s of CPU on
 * 100,000 generated works, 0.54 s with tallies in a Map by person key and node keys made for the result
 * (best of two, alternated, load 2-5).
 */
export function computeAuthorIndicators(
  corpus: IdentifiedCorpus,
  incidence: KeyedAuthorships = incidenceOf(corpus),
): Map<string, AuthorIndicators> {
  const { paperStart, authors, authorNodes } = incidence;
  const tallies: (Tally | undefined)[] = new Array<Tally | undefined>(authorNodes.length);
  const met: number[] = [];
  corpus.papers.forEach((paper, p) => {
    const from = paperStart[p]!;
    const to = paperStart[p + 1]!;
    if (from === to) return;
    const { authorsTruncated, citations } = paper;
    const first = authors[from]!;
    const last = authorsTruncated ? -1 : authors[to - 1]!;
    for (let i = from; i < to; i++) {
      const author = authors[i]!;
      let tally = tallies[author];
      if (tally === undefined) {
        tally = { papers: 0, first: 0, complete: 0, last: 0, citations: 0, counts: [], seen: -1 };
        tallies[author] = tally;
        met.push(author);
      } else if (tally.seen === p) continue;
      tally.seen = p;
      tally.papers++;
      if (first === author) tally.first++;
      if (!authorsTruncated) tally.complete++;
      if (last === author) tally.last++;
      if (citations !== undefined) {
        tally.citations += citations;
        tally.counts.push(citations);
      }
    }
  });
  const result = new Map<string, AuthorIndicators>();
  for (const author of met) {
    const tally = tallies[author]!;
    const cited = tally.counts.length > 0;
    result.set(authorNodes[author]!, {
      citations: cited ? tally.citations : undefined,
      citedPapers: cited ? tally.counts.length : undefined,
      hIndex: cited ? hIndex(tally.counts) : undefined,
      firstAuthorShare: tally.first / tally.papers,
      lastAuthorShare: tally.complete > 0 ? tally.last / tally.complete : undefined,
    });
  }
  for (const owner of corpus.owners) {
    const profile = corpus.profiles.find((item) => item.source.file === owner.file);
    if (!profile) continue;
    const node = authorNode(owner.key);
    result.set(node, { ...result.get(node), profileHIndex: profile.hIndex, profileCitations: profile.citations });
  }
  return result;
}

/**
 * Writes each author's indicators on `coauthors` and removes those it does not have (see the header), in
 * one pass over the nodes (setNodeAttribute and removeNodeAttribute look the node up and emit an event each).
 * Each attribute is written by its name, not by a computed one (a loop over INDICATOR_ATTRIBUTES): V8 turns an
 * object that gets a property by computed name while holding more than 12 outside itself into a dictionary,
 * and the author nodes hold some twenty. So written, every author's object of 100,000 generated works became
 * one here (a table per node, the heap 190 MB larger over the step, 0.84-0.90 s of young-generation
 * collections, --trace-gc), and stayed one for the steps after (the GEXF's attribute model read the 89k
 * nodes in 0.29 s).
 */
export function assignAuthorIndicators(coauthors: CoauthorGraph, indicators: Map<string, AuthorIndicators>): void {
  coauthors.updateEachNodeAttributes(
    (node, attributes) => {
      const values = indicators.get(node) ?? {};
      const written: AuthorIndicators = attributes;
      if (values.citations === undefined) delete written.citations;
      else written.citations = values.citations;
      if (values.citedPapers === undefined) delete written.citedPapers;
      else written.citedPapers = values.citedPapers;
      if (values.hIndex === undefined) delete written.hIndex;
      else written.hIndex = values.hIndex;
      if (values.firstAuthorShare === undefined) delete written.firstAuthorShare;
      else written.firstAuthorShare = values.firstAuthorShare;
      if (values.lastAuthorShare === undefined) delete written.lastAuthorShare;
      else written.lastAuthorShare = values.lastAuthorShare;
      if (values.profileHIndex === undefined) delete written.profileHIndex;
      else written.profileHIndex = values.profileHIndex;
      if (values.profileCitations === undefined) delete written.profileCitations;
      else written.profileCitations = values.profileCitations;
      return attributes;
    },
    { attributes: [...INDICATOR_ATTRIBUTES] },
  );
}
