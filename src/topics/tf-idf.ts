/**
 * TF-IDF over the corpus: document frequencies of candidate phrases, and the choice of each paper's best
 * phrases.
 *
 * For a candidate phrase p of paper d in a corpus of N papers (candidates and tf: key-phrases.ts):
 *   tf(p, d) = 3 · occurrences in the title and keywords + occurrences in the abstract
 *   df(p)    = number of papers in which p occurs
 *   idf(p)   = ln((1 + N) / (1 + df(p))) + 1      (smoothed as scikit-learn's smooth_idf: never 0 or ∞)
 *   score    = tf(p, d) · idf(p)
 *
 * Counting takes two passes. The first counts short candidates (merged acronyms, keywords, two-unit runs).
 * The second counts longer runs, grown only across adjacent pairs whose df reaches the minimum: a run
 * found in 2 papers has each of its pairs in those 2 papers, so the pruning loses no eligible phrase and
 * keeps the table near the size of the pair table instead of every 3- and 4-gram of the corpus.
 *
 * Choice: candidates with df below the minimum are out; the rest are ranked by score, then the longer
 * phrase first (a sub-phrase such as "sparse feature" scores at least as high as "sparse feature circuit"
 * whenever it occurs only inside it, and the longer one says more), then by key. A candidate that contains
 * or is contained in a phrase already chosen (as whole words) is skipped, so one idea never fills two of
 * the places.
 */

import { compareKeys } from "./acronyms";
import { MAX_UNITS, visitCandidates, type Candidate, type CandidateOptions, type PaperUnits } from "./key-phrases";

/** A candidate's document frequency, and the last paper that counted it (what the counting passes need). */
interface Frequency {
  /** The key as the map holds it: parts keep this copy of their pairs' keys (key-phrases.ts, internPair). */
  key: string;
  df: number;
  /** First pass: the last paper that counted it. Second pass: 2p + 1 when seen short in paper p, 2p when long only. */
  seen: number;
}

/** Document frequencies of every candidate that can reach `minDf`, plus the options that collect them. */
export interface PhraseCounts {
  df: Map<string, Frequency>;
  /** Options for collecting a paper's full candidate set with the same pruning. */
  candidateOptions: CandidateOptions;
}

/** A phrase chosen for a paper. */
export interface PhraseChoice {
  key: string;
  score: number;
}

/** Smoothed inverse document frequency, ln((1 + N) / (1 + df)) + 1. */
export function inverseDocumentFrequency(papers: number, documentFrequency: number): number {
  return Math.log((1 + papers) / (1 + documentFrequency)) + 1;
}

/**
 * Counts in how many papers each candidate occurs (two passes over the papers' units; `onPaper` per paper
 * and pass). Occurrences are visited, not gathered per paper: one lookup per occurrence finds the key's
 * frequency and the last paper that saw it, which says whether this paper has counted it yet.
 */
export function countPhrases(papers: readonly PaperUnits[], minDf: number, onPaper?: () => void): PhraseCounts {
  const df = new Map<string, Frequency>();
  const internPair = (pair: string) => {
    let frequency = df.get(pair);
    if (frequency === undefined) df.set(pair, (frequency = { key: pair, df: 0, seen: -1 }));
    return frequency.key;
  };
  papers.forEach((paper, p) => {
    visitCandidates(paper, { maxUnits: 2, internPair }, (key) => {
      const frequency = df.get(key);
      if (frequency === undefined) df.set(key, { key, df: 1, seen: p });
      else if (frequency.seen !== p) {
        frequency.df++;
        frequency.seen = p;
      }
    });
    onPaper?.();
  });
  const candidateOptions = { maxUnits: MAX_UNITS, canJoin: (pair: string) => (df.get(pair)?.df ?? 0) >= minDf };
  for (const frequency of df.values()) frequency.seen = -1;
  // A run is counted by the paper's end, when it is known to be long everywhere in the paper.
  const longInPaper: Frequency[] = [];
  papers.forEach((paper, p) => {
    visitCandidates(paper, candidateOptions, (key, _weight, isShort) => {
      let frequency = df.get(key);
      if (frequency === undefined) df.set(key, (frequency = { key, df: 0, seen: -1 }));
      if (frequency.seen < 2 * p) {
        frequency.seen = 2 * p + (isShort ? 1 : 0);
        if (!isShort) longInPaper.push(frequency);
      } else if (isShort) frequency.seen = 2 * p + 1;
    });
    for (const frequency of longInPaper) if (frequency.seen === 2 * p) frequency.df++;
    longInPaper.length = 0;
    onPaper?.();
  });
  return { df, candidateOptions };
}

/** Whether one key appears in the other as whole words. */
function overlaps(a: string, b: string): boolean {
  return ` ${a} `.includes(` ${b} `) || ` ${b} `.includes(` ${a} `);
}

/** The words of a key, as `key.split(" ").length` counts them (one more than its spaces), without the array. */
function wordCount(key: string): number {
  let words = 1;
  for (let at = key.indexOf(" "); at >= 0; at = key.indexOf(" ", at + 1)) words++;
  return words;
}

/** A paper's best `limit` eligible phrases by tf·idf, without overlaps. */
export function choosePhrases(
  candidates: ReadonlyMap<string, Candidate>,
  counts: PhraseCounts,
  papers: number,
  minDf: number,
  limit: number,
): PhraseChoice[] {
  const ranked: (PhraseChoice & { words: number })[] = [];
  for (const [key, candidate] of candidates) {
    const documentFrequency = counts.df.get(key)?.df ?? 0;
    if (documentFrequency < minDf) continue;
    const score = candidate.weight * inverseDocumentFrequency(papers, documentFrequency);
    ranked.push({ key, score, words: wordCount(key) });
  }
  ranked.sort((a, b) => b.score - a.score || b.words - a.words || compareKeys(a.key, b.key));
  const chosen: PhraseChoice[] = [];
  for (const { key, score } of ranked) {
    if (chosen.length >= limit) break;
    if (!chosen.some((kept) => overlaps(kept.key, key))) chosen.push({ key, score });
  }
  return chosen;
}
