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

import type { Paper } from "../model";
import { compareKeys, type AcronymTable } from "./acronyms";
import { collectCandidates, MAX_UNITS, type Candidate, type CandidateOptions, type PaperText } from "./key-phrases";
import type { Vocabulary } from "./word-forms";

/** What the counting passes need: how to read a paper, the acronyms in force, the vocabulary. */
export interface CorpusReader {
  read: (paper: Paper) => PaperText;
  acronyms: AcronymTable;
  vocabulary: Vocabulary;
}

/** Document frequencies of every candidate that can reach `minDf`, plus the options that collect them. */
export interface PhraseCounts {
  df: Map<string, number>;
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

/** Counts in how many papers each candidate occurs (two passes over the papers). */
export function countPhrases(papers: readonly Paper[], reader: CorpusReader, minDf: number): PhraseCounts {
  const { read, acronyms, vocabulary } = reader;
  const df = new Map<string, number>();
  const count = (key: string) => df.set(key, (df.get(key) ?? 0) + 1);
  for (const paper of papers) {
    for (const key of collectCandidates(read(paper), acronyms, vocabulary, { maxUnits: 2 }).keys()) count(key);
  }
  const candidateOptions = { maxUnits: MAX_UNITS, canJoin: (pair: string) => (df.get(pair) ?? 0) >= minDf };
  for (const paper of papers) {
    for (const [key, candidate] of collectCandidates(read(paper), acronyms, vocabulary, candidateOptions)) {
      if (!candidate.isShort) count(key);
    }
  }
  return { df, candidateOptions };
}

/** Whether one key appears in the other as whole words. */
function overlaps(a: string, b: string): boolean {
  return ` ${a} `.includes(` ${b} `) || ` ${b} `.includes(` ${a} `);
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
    const documentFrequency = counts.df.get(key) ?? 0;
    if (documentFrequency < minDf) continue;
    const score = candidate.weight * inverseDocumentFrequency(papers, documentFrequency);
    ranked.push({ key, score, words: key.split(" ").length });
  }
  ranked.sort((a, b) => b.score - a.score || b.words - a.words || compareKeys(a.key, b.key));
  const chosen: PhraseChoice[] = [];
  for (const { key, score } of ranked) {
    if (chosen.length >= limit) break;
    if (!chosen.some((kept) => overlaps(kept.key, key))) chosen.push({ key, score });
  }
  return chosen;
}
