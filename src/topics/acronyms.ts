/**
 * Acronyms defined in the text — "sparse autoencoders (SAEs)" — and the table that merges each acronym
 * with its long form.
 *
 * A definition is a long form followed by an acronym in parentheses. The long form is found with the
 * Schwartz–Hearst algorithm: the acronym's letters are matched right to left against the words before the
 * parenthesis, the first letter at a word start, within min(|A| + 5, 2|A|) words and without crossing
 * punctuation. It yields the shortest long form ("National Deep Inference Fabric (NDIF)", not "The
 * National…"). A plural acronym ("SAEs", "LLMs") is stored without its "s", so every plural and
 * possessive use matches.
 *
 * Across the corpus an acronym means its most often defined long form (ties: the smaller key); a paper's
 * own definition wins inside that paper. Reference: A. Schwartz and M. Hearst, "A simple algorithm for
 * identifying abbreviation definitions in biomedical text", Pacific Symposium on Biocomputing, 2003.
 */

import { isWordToken } from "./clean-text";
import type { Vocabulary } from "./word-forms";

export interface AcronymDefinition {
  /** The acronym without a plural "s": "SAE". */
  acronym: string;
  /** Key of the long form, the phrase key it merges into: "spars autoencoder" (word-forms.ts). */
  key: string;
  /** Plain form of the long form, as a topic key shows it: "sparse autoencoder". */
  plain: string;
  /** The readable label: "sparse autoencoders (SAEs)". */
  label: string;
}

/** The acronyms and long forms in force for one paper: its own definitions over the corpus-wide ones. */
export interface AcronymTable {
  byAcronym: ReadonlyMap<string, AcronymDefinition>;
  byLongForm: ReadonlyMap<string, AcronymDefinition>;
  /** First word of every long form's key, so most positions are rejected with one lookup. */
  firstWords: ReadonlySet<string>;
  /** Words in the longest long-form key, which bounds the tokens a long form spans. */
  maxWords: number;
}

const ACRONYM_SHAPE = /^\p{Lu}[\p{L}\p{N}-]{1,11}$/u;
const UPPER = /\p{Lu}/u;
const LOWER = /\p{Ll}/u;
const ALNUM = /[\p{L}\p{N}]/u;

/** The acronym a token writes ("SAEs" → "SAE", "NDIF" → "NDIF"), or undefined when it is an ordinary word. */
export function acronymBase(token: string): string | undefined {
  if (!ACRONYM_SHAPE.test(token)) return undefined;
  const base = token.endsWith("s") && UPPER.test(token.charAt(token.length - 2)) ? token.slice(0, -1) : token;
  let upper = 0;
  let lower = 0;
  for (const char of base) {
    if (UPPER.test(char)) upper++;
    else if (LOWER.test(char)) lower++;
  }
  return upper >= 2 && lower <= upper && base.length <= 10 ? base : undefined;
}

/** Schwartz–Hearst: index of the first word of the long form of `letters` among `words`, or −1. */
export function matchLongForm(letters: string, words: readonly string[]): number {
  const text = words.join(" ").toLowerCase();
  let at = text.length - 1;
  for (let s = letters.length - 1; s >= 0; s--) {
    const char = letters[s];
    while (at >= 0 && (text[at] !== char || (s === 0 && at > 0 && ALNUM.test(text[at - 1]!)))) at--;
    if (at < 0) return -1;
    at--;
  }
  let index = 0;
  for (let i = 0; i <= at; i++) if (text[i] === " ") index++;
  return index;
}

/** Finds "long form (ACRONYM)" definitions in a token list. */
export function findAcronymDefinitions(tokens: readonly string[], vocabulary: Vocabulary): AcronymDefinition[] {
  const found: AcronymDefinition[] = [];
  for (let i = 1; i + 2 < tokens.length; i++) {
    if (tokens[i] !== "(" || tokens[i + 2] !== ")") continue;
    const written = tokens[i + 1]!;
    const acronym = acronymBase(written);
    if (acronym === undefined) continue;
    const letters = acronym.toLowerCase().replace(/[^\p{L}\p{N}]/gu, "");
    const maxWords = Math.min(letters.length + 5, letters.length * 2);
    let start = i;
    while (start > 0 && i - start < maxWords && isWordToken(tokens[start - 1]!)) start--;
    const preceding = tokens.slice(start, i);
    const first = preceding.length === 0 ? -1 : matchLongForm(letters, preceding);
    if (first < 0) continue;
    const forms = preceding.slice(first).map(vocabulary);
    if (!forms[0]!.isPhraseWord || !forms[forms.length - 1]!.isPhraseWord) continue;
    const key = forms.map((form) => form.key).join(" ");
    const plain = forms.map((form) => form.plain).join(" ");
    if (plain === letters) continue;
    const label = `${forms.map((form) => form.surface).join(" ")} (${written})`;
    found.push({ acronym, key, plain, label });
  }
  return found;
}

/** Builds a table from definitions; one definition per acronym (the first given wins). */
export function createAcronymTable(definitions: Iterable<AcronymDefinition>): AcronymTable {
  const byAcronym = new Map<string, AcronymDefinition>();
  const byLongForm = new Map<string, AcronymDefinition>();
  const firstWords = new Set<string>();
  let maxWords = 0;
  for (const definition of definitions) {
    if (byAcronym.has(definition.acronym)) continue;
    byAcronym.set(definition.acronym, definition);
    if (!byLongForm.has(definition.key)) byLongForm.set(definition.key, definition);
    const words = definition.key.split(" ");
    firstWords.add(words[0]!);
    maxWords = Math.max(maxWords, words.length);
  }
  return { byAcronym, byLongForm, firstWords, maxWords };
}

/**
 * The corpus-wide table: each acronym's long form defined in the most papers (ties: the smaller key),
 * labelled by its smallest written label, so the table does not depend on the order of the papers.
 */
export function buildCorpusAcronyms(perPaper: Iterable<readonly AcronymDefinition[]>): AcronymTable {
  type Form = { definition: AcronymDefinition; papers: number };
  const counts = new Map<string, Map<string, Form>>();
  for (const definitions of perPaper) {
    const seen = new Set<string>();
    for (const definition of definitions) {
      const pair = `${definition.acronym} ${definition.key}`;
      if (seen.has(pair)) continue;
      seen.add(pair);
      const forms = counts.get(definition.acronym) ?? new Map<string, Form>();
      counts.set(definition.acronym, forms);
      const entry = forms.get(definition.key) ?? { definition, papers: 0 };
      entry.papers++;
      if (compareKeys(definition.label, entry.definition.label) < 0) entry.definition = definition;
      forms.set(definition.key, entry);
    }
  }
  const chosen: AcronymDefinition[] = [];
  for (const acronym of Array.from(counts.keys()).sort()) {
    const entries = Array.from(counts.get(acronym)!.values());
    entries.sort((a, b) => b.papers - a.papers || compareKeys(a.definition.key, b.definition.key));
    chosen.push(entries[0]!.definition);
  }
  return createAcronymTable(chosen);
}

/** Orders strings by code unit, independent of locale, so output never depends on the runtime's ICU. */
export function compareKeys(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
