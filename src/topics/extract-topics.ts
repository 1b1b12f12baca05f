/**
 * extractTopics: the topics of every paper — its categories, then its best key phrases.
 *
 * Categories come first, deduplicated, with score 1, keyed `cat:<lower-cased code>` and labelled with
 * their names (categories.ts). Then up to `keyPhrasesPerPaper` key phrases, keyed `phrase:<folded
 * phrase>`, scored by tf·idf over the given papers (formula and choice rules: tf-idf.ts).
 *
 * Which phrases may become topics: in a corpus of SHARED_PHRASE_MIN_PAPERS (10) papers or more, a phrase
 * must occur in at least 2 papers, so that every phrase topic links papers in the topic network; in a
 * smaller corpus papers rarely share a phrase, so a phrase occurring in one paper is kept.
 *
 * Phrases are matched by their stemmed key (word-forms.ts), so "measure progress" and "measuring progress"
 * are one topic. Its key shows its most frequent plain form (folded, singular; `phrase:measuring progress`)
 * and its label its most frequent surface form, both over the papers it was chosen for (ties: the smaller
 * string), e.g. "sparse autoencoders (SAEs)" or "attention heads".
 *
 * Passes, each linear in the text: 1 acronym definitions → corpus table; 2–3 document frequencies;
 * 4 scoring and choice. Output is deterministic: Maps iterate in insertion order and every sort has a
 * total tie-break.
 */

import type { Paper, TopicKind } from "../model";
import type { OnProgress } from "../options";
import { buildCorpusAcronyms, compareKeys } from "./acronyms";
import { categoryKey, categoryName } from "./categories";
import { collectCandidates, paperUnits, readPaperText } from "./key-phrases";
import { choosePhrases, countPhrases, type PhraseChoice } from "./tf-idf";
import { createVocabulary, phraseKey } from "./word-forms";

export interface Topic {
  /** `cat:cs.lg` for a category, `phrase:<folded, singular phrase>` for a key phrase. */
  key: string;
  label: string;
  kind: TopicKind;
  /** 1 for a category; tf·idf for a phrase. */
  score: number;
}

/** The fields of a paper extractTopics reads. */
export type TopicPaper = Pick<Paper, "id" | "title" | "abstract" | "keywords" | "categories">;

export interface TopicOptions {
  /** number, required. Key phrases kept per paper besides its categories; 0 keeps categories only. */
  keyPhrasesPerPaper: number;
}

/** Corpora at least this large require a phrase to occur in 2 papers. */
export const SHARED_PHRASE_MIN_PAPERS = 10;

/** Papers read between two progress reports. */
const PROGRESS_EVERY = 1000;

/** Passes over the papers (acronyms, two counting passes, choice): the progress total is 4 × papers. */
const PASSES = 4;

/** The topics of one paper's categories, in the paper's order, each once. */
export function categoryTopics(categories: readonly string[]): Topic[] {
  const topics = new Map<string, Topic>();
  for (const code of categories) {
    const key = categoryKey(code);
    if (code.trim() === "" || topics.has(key)) continue;
    topics.set(key, { key, label: categoryName(code), kind: "category", score: 1 });
  }
  return Array.from(topics.values());
}

/** Adds surface → weight counts into a key's tally. */
function tally(labels: Map<string, Map<string, number>>, key: string, surfaces: ReadonlyMap<string, number>): void {
  const into = labels.get(key) ?? new Map<string, number>();
  labels.set(key, into);
  for (const [surface, weight] of surfaces) into.set(surface, (into.get(surface) ?? 0) + weight);
}

/** The most frequent surface in a tally (ties: the smaller string). */
function mostFrequent(counts: ReadonlyMap<string, number>): string {
  let best = "";
  let bestCount = -1;
  for (const [surface, count] of counts) {
    if (count > bestCount || (count === bestCount && compareKeys(surface, best) < 0)) {
      best = surface;
      bestCount = count;
    }
  }
  return best;
}

/** Topics of every paper: paper id → its categories, then up to `keyPhrasesPerPaper` key phrases. */
export function extractTopics(
  papers: readonly TopicPaper[],
  options: TopicOptions,
  onProgress?: OnProgress,
): Record<string, Topic[]> {
  const limit = options.keyPhrasesPerPaper;
  if (!Number.isInteger(limit) || limit < 0) {
    throw new Error(`papergraph/topics: keyPhrasesPerPaper must be 0 or more (got ${limit}). Pass a whole number.`);
  }
  const vocabulary = createVocabulary();
  const total = papers.length * PASSES;
  let done = 0;
  const tick = () => {
    done++;
    if (onProgress && (done % PROGRESS_EVERY === 0 || done === total)) onProgress("topics", done, total);
  };
  // 1. Each paper's text, tokenised once, and the acronyms defined anywhere in the corpus.
  const texts = papers.map((paper) => {
    tick();
    return readPaperText(paper, vocabulary);
  });
  const acronyms = buildCorpusAcronyms(texts.map((text) => text.definitions));
  // Units are built once and read by the three passes below: folding and matching each token once.
  const units = texts.map((text) => paperUnits(text, acronyms, vocabulary));
  texts.length = 0;
  // 2–3. Document frequencies.
  const minDf = papers.length >= SHARED_PHRASE_MIN_PAPERS ? 2 : 1;
  const counts = countPhrases(units, minDf, tick);
  // 4. Choose each paper's phrases and tally the surfaces and plain forms of the chosen ones for their
  // labels and shown keys.
  const labels = new Map<string, Map<string, number>>();
  const plains = new Map<string, Map<string, number>>();
  // A phrase that names one of the corpus's categories ("machine learning" beside cs.LG) would be the same
  // topic twice under two keys; the category already stands for it.
  const categoryPhrases = new Set(
    papers.flatMap((paper) => paper.categories.map((code) => phraseKey(categoryName(code)))),
  );
  const choices: PhraseChoice[][] = units.map((paper) => {
    tick();
    const candidates = collectCandidates(paper, counts.candidateOptions);
    for (const key of categoryPhrases) candidates.delete(key);
    const chosen = limit === 0 ? [] : choosePhrases(candidates, counts, papers.length, minDf, limit);
    if (chosen.length === 0) return chosen;
    // The chosen phrases' surfaces, gathered again for these keys alone (their weights are the same).
    const surfacesOf = new Set(chosen.map(({ key }) => key));
    const labelled = collectCandidates(paper, { ...counts.candidateOptions, surfacesOf });
    for (const { key } of chosen) {
      tally(labels, key, labelled.get(key)!.surfaces!);
      tally(plains, key, labelled.get(key)!.plains!);
    }
    return chosen;
  });
  // Each chosen phrase's shown key and label, found once however many papers chose it.
  const shown = new Map<string, { key: string; label: string }>();
  const shownOf = (key: string) => {
    let found = shown.get(key);
    if (found === undefined) {
      found = { key: `phrase:${mostFrequent(plains.get(key)!)}`, label: mostFrequent(labels.get(key)!) };
      shown.set(key, found);
    }
    return found;
  };
  const topics: Record<string, Topic[]> = {};
  papers.forEach((paper, i) => {
    const phrases = choices[i]!.map(({ key, score }): Topic => {
      const { key: topicKey, label } = shownOf(key);
      return { key: topicKey, label, kind: "phrase", score };
    });
    // Most papers of a large corpus have no categories: their phrases are their topics, not copied.
    topics[paper.id] = paper.categories.length === 0 ? phrases : [...categoryTopics(paper.categories), ...phrases];
  });
  return topics;
}
