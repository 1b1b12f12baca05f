/**
 * How well a clustering of author occurrences matches the truth, in the two measures the author-name
 * disambiguation literature reports (S2AND, Subramanian et al. 2021; Amigó et al. 2009 for B-cubed):
 * - pairwise: over pairs of occurrences, precision = pairs put together that are one person / pairs put
 *   together, recall = pairs put together that are one person / pairs that are one person;
 * - B-cubed: per occurrence, precision = share of its predicted cluster that is its person, recall =
 *   share of its person found in its predicted cluster, each averaged over occurrences.
 * Only occurrences with a truth label count (a corpus labelled by ids has unlabelled authors too).
 * Both come from the contingency table of predicted × true clusters, never from listing pairs: cost
 * O(occurrences).
 */

/** Precision, recall and their harmonic mean. */
export interface PrecisionRecall {
  precision: number;
  recall: number;
  f1: number;
}

export interface ClusteringScores {
  pairwise: PrecisionRecall;
  bcubed: PrecisionRecall;
  /** Labelled occurrences scored. */
  occurrences: number;
  /** People in the truth and in the prediction, among the labelled occurrences. */
  truePeople: number;
  predictedPeople: number;
}

const pairs = (n: number): number => (n * (n - 1)) / 2;
const f1 = (precision: number, recall: number): number =>
  precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
const measure = (precision: number, recall: number): PrecisionRecall => ({
  precision,
  recall,
  f1: f1(precision, recall),
});

const count = <K>(map: Map<K, number>, key: K): void => void map.set(key, (map.get(key) ?? 0) + 1);

/**
 * Scores `predicted` (a cluster id per occurrence) against `truth` (a person per occurrence, or undefined
 * when unknown). With no pair to judge, precision and recall are 1 (nothing was wrongly joined or split).
 */
export function scoreClustering(
  truth: readonly (string | undefined)[],
  predicted: readonly string[],
): ClusteringScores {
  /** Predicted cluster → true person → occurrences in both. */
  const cells = new Map<string, Map<string, number>>();
  const trueSizes = new Map<string, number>();
  const predictedSizes = new Map<string, number>();
  let occurrences = 0;
  truth.forEach((person, index) => {
    if (person === undefined) return;
    const cluster = predicted[index]!;
    occurrences++;
    count(trueSizes, person);
    count(predictedSizes, cluster);
    const row = cells.get(cluster) ?? cells.set(cluster, new Map()).get(cluster)!;
    count(row, person);
  });
  let togetherAndSame = 0;
  let bcubedPrecision = 0;
  let bcubedRecall = 0;
  for (const [cluster, row] of cells) {
    for (const [person, n] of row) {
      togetherAndSame += pairs(n);
      bcubedPrecision += (n * n) / predictedSizes.get(cluster)!;
      bcubedRecall += (n * n) / trueSizes.get(person)!;
    }
  }
  const together = [...predictedSizes.values()].reduce((sum, n) => sum + pairs(n), 0);
  const same = [...trueSizes.values()].reduce((sum, n) => sum + pairs(n), 0);
  return {
    pairwise: measure(together ? togetherAndSame / together : 1, same ? togetherAndSame / same : 1),
    bcubed: measure(occurrences ? bcubedPrecision / occurrences : 1, occurrences ? bcubedRecall / occurrences : 1),
    occurrences,
    truePeople: trueSizes.size,
    predictedPeople: predictedSizes.size,
  };
}
