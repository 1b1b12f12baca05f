/**
 * Runs an identity resolver on a labelled set and scores it. The resolver gets the papers without ids
 * and returns them with a person key on each author; keys are matched back to the author slots they were
 * given (a resolver may drop a slot: a name without letters, a person listed twice on one paper), and a
 * dropped slot counts as a person of its own. Cost: one pass over the author slots.
 */

import type { Paper } from "../../model";
import type { LabelledPapers } from "./labelled-papers";
import type { ClusteringScores } from "./score-clustering";
import { scoreClustering } from "./score-clustering";

/** Something that keys the authors of papers: the identity stage in one of its modes, or a baseline. */
export type Resolver = (papers: Paper[]) => Paper[];

/** The key of every author slot of `input`, read from `output` (the same papers, keyed, slots maybe dropped). */
export function keysBySlot(input: readonly Paper[], output: readonly Paper[]): string[][] {
  return input.map((paper, p) => {
    const keyed = output[p]?.authors ?? [];
    let next = 0;
    const byName = new Map<string, string>();
    return paper.authors.map((author, a) => {
      if (keyed[next]?.name === author.name && keyed[next]?.key !== undefined) {
        byName.set(author.name, keyed[next]!.key!);
        return keyed[next++]!.key!;
      }
      // A name listed twice on one paper is kept once: the second slot is the first one's person.
      return byName.get(author.name) ?? `\u0000dropped ${p}:${a}`;
    });
  });
}

/** Scores a resolver on one labelled set. */
export function evaluateResolver(labelled: LabelledPapers, resolve: Resolver): ClusteringScores {
  const keys = keysBySlot(labelled.papers, resolve(labelled.papers));
  return scoreClustering(labelled.truth.flat(), keys.flat());
}
