/**
 * The page's side of the identity review: the user's verdicts become the thesaurus the analysis runs
 * with (written by the core, identity/decisions/review-thesaurus.ts, so `papergraph analyze --thesaurus`
 * replays the very same file), and each verdict is described by what it changed: the rank by weighted
 * degree, in the coauthor network on screen, of the people holding its two sides before the run it
 * started and after ("moves EM Bruna from rank 1 to rank 2 by weighted degree").
 */

import { keyOfOccurrence, writeReviewThesaurus, type Review } from "../identity";
import { authorNode } from "../graphs";
import { nodeRanks } from "../metrics";
import type { InputFile } from "../model";
import type { Dataset } from "./dataset";

/** The name of the review thesaurus: in the evidence of the joins it forces, and of its download. */
export const REVIEW_FILE = "papergraph-identity-review.txt";

/** The thesaurus of `reviews` as an analysis input, or undefined when there is no verdict. */
export function reviewThesaurusFile(reviews: readonly Review[]): InputFile | undefined {
  return reviews.length ? { name: REVIEW_FILE, text: writeReviewThesaurus(reviews) } : undefined;
}

/** True when `dataset` was analysed with the verdicts `reviews`, all of them and no other. */
export function isAnalysedWith(dataset: Dataset, reviews: readonly Review[]): boolean {
  return dataset.options.thesaurus?.text === reviewThesaurusFile(reviews)?.text;
}

/** A side of a verdict in one analysis: its label and its person's rank (undefined: not in the network). */
export interface SideRank {
  label: string;
  rank: number | undefined;
}

const ranksOf = new WeakMap<Dataset, Map<string, number>>();

/** The rank by weighted degree of person `key` in the coauthor network of `dataset` (ranked once per dataset). */
export function rankOfPerson(dataset: Dataset, key: string): number | undefined {
  let ranks = ranksOf.get(dataset);
  if (!ranks) ranksOf.set(dataset, (ranks = nodeRanks(dataset.graphs.coauthors, "weightedDegree")));
  return ranks.get(authorNode(key));
}

/** The rank by weighted degree of the person holding each side's first listed occurrence in `dataset`. */
export function sideRanks(dataset: Dataset, review: Review): SideRank[] {
  return [review.a, review.b].map((side) => {
    const first = side.occurrences[0];
    const key = first && keyOfOccurrence(dataset.papersById, first);
    return { label: side.label, rank: key === undefined ? undefined : rankOfPerson(dataset, key) };
  });
}

const rankText = (rank: number | undefined) => (rank === undefined ? "outside the network" : `rank ${rank}`);

/** What a verdict changed, side by side, in words. */
export function describeChange(before: readonly SideRank[], after: readonly SideRank[]): string {
  return before
    .map(({ label, rank }, index) => {
      const now = after[index]?.rank;
      if (rank === now) return `keeps ${label} at ${rankText(rank)}`;
      return `moves ${label} from ${rankText(rank)} to ${rankText(now)} by weighted degree`;
    })
    .join("; ");
}
