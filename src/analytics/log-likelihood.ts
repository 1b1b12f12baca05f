/**
 * Dunning's log-likelihood ratio (G²) of a 2×2 contingency table: how surprising a term's count in one set
 * of documents is against its count in the rest, the statistic CiteSpace labels clusters with (Chen,
 * Ibekwe-SanJuan & Hou 2010). For a term found in k1 of n1 documents of the set and k2 of n2 others:
 *
 *   G² = 2 Σ O · ln(O / E) over the four cells (with, without the term × in, out of the set),
 *   E = row total · column total / N, and 0 · ln 0 = 0.
 *
 * scipy `chi2_contingency([[k1, n1 − k1], [k2, n2 − k2]], correction=False, lambda_="log-likelihood")`
 * gives the same statistic. G² is large both for terms over- and under-represented in the set; callers
 * that want what is distinctive keep only k1/n1 > k2/n2.
 * References: Dunning, "Accurate methods for the statistics of surprise and coincidence", Computational
 * Linguistics 19 (1993) 61–74; Chen, Ibekwe-SanJuan & Hou, JASIST 61 (2010) 1386–1409.
 */

/** O · ln(O / E), 0 when O is 0. */
const term = (observed: number, expected: number): number =>
  observed === 0 ? 0 : observed * Math.log(observed / expected);

/** G² of a term in k1 of n1 documents of a set and in k2 of n2 documents outside it (see the header). */
export function logLikelihoodRatio(k1: number, n1: number, k2: number, n2: number): number {
  const total = n1 + n2;
  const withTerm = k1 + k2;
  const withoutTerm = total - withTerm;
  if (total === 0 || withTerm === 0 || withoutTerm === 0) return 0;
  const expected = (row: number, column: number) => (row * column) / total;
  return (
    2 *
    (term(k1, expected(withTerm, n1)) +
      term(n1 - k1, expected(withoutTerm, n1)) +
      term(k2, expected(withTerm, n2)) +
      term(n2 - k2, expected(withoutTerm, n2)))
  );
}
