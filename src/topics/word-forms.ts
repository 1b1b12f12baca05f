/**
 * Word forms: for each word token, the key it is matched by, the surface shown in labels, and whether it
 * may sit inside a phrase.
 *
 * The key is the folded word (`foldText`: case, diacritics, hyphens → spaces) with light plural folding
 * on each part, so "Autoencoders" and "autoencoder" share the key "autoencoder". The folding is
 * deliberately simple suffix stripping (-ies → -y, -sses/-ches/-shes/-xes → drop "es",
 * otherwise a final "s" unless the word ends in ss/us/is/as): it only has to make singular and plural
 * meet, not produce dictionary lemmas, and a stemmer would merge unrelated words (Porter turns both
 * "university" and "universe" into "univers").
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
  /** Folded, plural-folded key ("sparse", "autoencoder", "open source"). */
  key: string;
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

/** The matching key of a word or phrase: folded text, every part singularized. */
export function foldPhrase(text: string): string {
  const folded = foldText(text);
  return folded === "" ? "" : folded.split(" ").map(singularize).join(" ");
}

function buildForm(token: string): WordForm {
  const key = foldPhrase(token);
  return {
    key,
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
