/**
 * Word forms: for each word token, the key it is matched by, the surface shown in labels, and whether it
 * may sit inside a phrase.
 *
 * The plain form is the folded word (`foldText`: case, diacritics, hyphens → spaces) with light plural
 * folding on each part, so "Autoencoders" and "autoencoder" share the plain form "autoencoder" (-ies → -y,
 * -sses/-ches/-shes/-xes → drop "es", otherwise a final "s" unless the word ends in ss/us/is/as). The key
 * it is matched by goes one step further, to a light inflectional stem (stemWord), so that "measure
 * progress", "measuring progress" and "measured progress" are one topic; the topic then shows its most
 * frequent plain form and surface (extract-topics.ts). The stem only strips -ing and -ed (-ied → -y) and
 * then evens out the end (a final e dropped, a final double consonant undoubled) the same way for every
 * word, so a verb and its inflections meet ("measure"/"measuring" → "measur", "model"/"modelling" →
 * "model"); it never touches derivations, unlike Porter's stemmer, which merges unrelated words
 * ("university" and "universe" both become "univers").
 *
 * The surface lower-cases a Capitalised word (sentence starts, Title Case titles) but keeps words with
 * inner capitals or digits ("PyTorch", "LLMs", "GPT-4") as written. A word may sit in a phrase when it is
 * not a stop word, has a letter, and is longer than one character.
 *
 * Forms are memoised per vocabulary: folding runs once per distinct token, not once per occurrence,
 * which keeps 100k abstracts in seconds.
 */

import { foldText } from "../model";
import { acronymBase } from "./acronyms";
import { isStopWord } from "./stop-words";

export interface WordForm {
  /** Folded, plural-folded, stemmed key ("spars", "autoencoder", "open sourc"): what matching compares. */
  key: string;
  /** Folded, plural-folded form ("sparse", "autoencoder", "open source"): what a topic's key shows. */
  plain: string;
  /** The word as a label shows it ("autoencoders", "PyTorch"). */
  surface: string;
  /** Not a stop word, has a letter, longer than one character, and folds to something. */
  isPhraseWord: boolean;
  /** The acronym the word writes ("SAEs" → "SAE"), if it has an acronym's shape. */
  acronym: string | undefined;
}

const HAS_LETTER = /\p{L}/u;
const CAPITALISED = /^\p{Lu}[\p{Ll}\p{M}]+(?:-[\p{Ll}\p{M}]+)*$/u;
const KEEPS_FINAL_S = /(?:ss|us|is|as)$/;
const SIBILANT_ES = /(?:sses|ches|shes|xes)$/;

/** Folds an English plural to its singular by suffix rules ("models" → "model", "studies" → "study"). */
export function singularize(word: string): string {
  if (word.length <= 3 || !word.endsWith("s")) return word;
  if (word.endsWith("ies") && word.length > 4) return `${word.slice(0, -3)}y`;
  if (SIBILANT_ES.test(word)) return word.slice(0, -2);
  if (KEEPS_FINAL_S.test(word)) return word;
  return word.slice(0, -1);
}

/** The plain form of a word or phrase: folded text, every part singularized. */
export function foldPhrase(text: string): string {
  const folded = foldText(text);
  return folded === "" ? "" : folded.split(" ").map(singularize).join(" ");
}

const VOWEL = /[aeiouy]/;
const DOUBLE_CONSONANT = /([bcdfghjklmnpqrstvwxz])\1$/;

/**
 * A singular word's light inflectional stem (see the header): -ied → -y, then -ing (stem of 3 letters or
 * more, with a vowel) or -ed (4 or more, not -eed), then, whether or not a suffix went, a final e dropped
 * and a final double consonant undoubled in words longer than 3 letters.
 */
export function stemWord(word: string): string {
  let stem = word;
  if (word.length > 4 && word.endsWith("ied")) stem = `${word.slice(0, -3)}y`;
  else if (word.endsWith("ing") && word.length - 3 >= 3 && VOWEL.test(word.slice(0, -3))) stem = word.slice(0, -3);
  else if (word.endsWith("ed") && !word.endsWith("eed") && word.length - 2 >= 4 && VOWEL.test(word.slice(0, -2)))
    stem = word.slice(0, -2);
  if (stem.length > 3 && stem.endsWith("e")) stem = stem.slice(0, -1);
  if (stem.length > 3 && DOUBLE_CONSONANT.test(stem)) stem = stem.slice(0, -1);
  return stem;
}

/** The matching key of a word or phrase: its plain form (foldPhrase), every part stemmed. */
export function phraseKey(text: string): string {
  const plain = foldPhrase(text);
  return plain === "" ? "" : plain.split(" ").map(stemWord).join(" ");
}

function buildForm(token: string): WordForm {
  const plain = foldPhrase(token);
  const key = plain === "" ? "" : plain.split(" ").map(stemWord).join(" ");
  return {
    key,
    plain,
    surface: CAPITALISED.test(token) ? token.toLowerCase() : token,
    isPhraseWord: key !== "" && token.length > 1 && HAS_LETTER.test(token) && !isStopWord(token),
    acronym: acronymBase(token),
  };
}

/** A memoised word-form lookup; one per extraction run, so its cache never outlives the corpus. */
export type Vocabulary = (token: string) => WordForm;

/** Creates a vocabulary that computes each distinct token's form once. */
export function createVocabulary(): Vocabulary {
  const cache = new Map<string, WordForm>();
  return (token) => {
    let form = cache.get(token);
    if (form === undefined) {
      form = buildForm(token);
      cache.set(token, form);
    }
    return form;
  };
}
