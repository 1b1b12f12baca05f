/**
 * Name normalisation for matching people. A name is cleaned (mis-encoded UTF-8 repaired, LaTeX accents
 * decoded with the BibTeX reader's decodeLatex, since names reach us with LaTeX from other sources too,
 * footnote marks such as `*` or `$^{\dagger}$` and DBLP homonym numbers like `0001` dropped),
 * split into a family name and given names (`Last, First`, `First Last`, `Last F.M.` as Scopus and Web of
 * Science write it, particles such as `Del` or `van der` kept with the family name), and folded (case,
 * diacritics, punctuation, hyphens). Initials are kept as one-letter given names: `A. Karvonen` and
 * `Adam Karvonen` have different forms, and only merge-authors.ts decides, with evidence, that they are
 * one person.
 */

import { decodeLatex } from "../ingest";
import { foldText } from "../model";
import { repairMojibake } from "./repair-encoding";

/** A name split for matching: folded family name and folded given names (one letter = an initial). */
export interface NameParts {
  family: string;
  given: string[];
}

/** Lower-cased particles that belong to the family name when they precede it (`Adrian Del Maestro`). */
const PARTICLES = new Set([
  "van",
  "von",
  "der",
  "den",
  "de",
  "del",
  "della",
  "di",
  "da",
  "dos",
  "das",
  "du",
  "la",
  "ten",
  "ter",
  "bin",
  "ibn",
  "al",
  "el",
]);
const SUFFIXES = new Set(["jr", "sr", "ii", "iii", "iv"]);
const MARKS = /\$[^$]*\$|[*†‡§¶]/g;
const HOMONYM_NUMBER = /\s+\d{4}$/;

/** The name as it should be shown and parsed: encoding repaired, LaTeX decoded, marks and homonym numbers dropped. */
export function cleanName(name: string): string {
  return decodeLatex(repairMojibake(name).replace(MARKS, ""))
    .replace(/[{}]/g, "")
    .replace(/\s+/g, " ")
    .trim()
    .replace(HOMONYM_NUMBER, "")
    .replace(/^[,;\s]+|[,;\s]+$/g, "");
}

/** Puts "Last, First" into "First Last" order; names with no comma or several commas are left alone. */
export function reorderLastFirst(name: string): string {
  const parts = name.split(",");
  if (parts.length !== 2) return name;
  const [last, first] = parts.map((part) => part.trim());
  return last && first ? `${first} ${last}` : name;
}

const isSuffix = (token: string): boolean => SUFFIXES.has(foldText(token));
/** `J.C.`, `JC`, `J` (upper case, at most three letters) or `J.-L.`: a token made of initials only. */
const isInitials = (token: string): boolean => /^(\p{Lu}[.-]*){1,3}$/u.test(token) || /^(\p{Lu}\.-?)+$/u.test(token);

/** Splits given names into folded tokens; an upper-case run like `JM` is two initials. */
function givenTokens(text: string, allCaps: boolean): string[] {
  return text.split(/\s+/).flatMap((token) => {
    const letters = token.replace(/[.\-']/g, "");
    // In an all-caps record (`LI, XU`) a short vowelled token is more likely a name than initials.
    const splitRun = /^\p{Lu}{2,3}$/u.test(letters) && !(allCaps && /[AEIOUY]/.test(letters));
    const pieces = splitRun ? [...letters] : token.split(/[.-]+/);
    return pieces.map((piece) => foldText(piece).replace(/ /g, "")).filter(Boolean);
  });
}

/** Splits a name written without a comma into family and given parts. */
function splitUncommaed(tokens: string[]): [family: string, given: string] {
  // `Phillips J.C.`, `Li X`: a leading word followed only by initials is family-first (Scopus, PubMed).
  const firstInitial = tokens.findIndex(isInitials);
  if (tokens.length > 1 && firstInitial > 0 && tokens.slice(firstInitial).every(isInitials)) {
    return [tokens.slice(0, firstInitial).join(" "), tokens.slice(firstInitial).join(" ")];
  }
  let start = tokens.length - 1;
  while (start > 1 && PARTICLES.has(tokens[start - 1]!.toLowerCase())) start--;
  return [tokens.slice(start).join(" "), tokens.slice(0, start).join(" ")];
}

/** Splits a cleaned name into folded family and given names. */
export function parseName(name: string): NameParts {
  const clean = cleanName(name);
  const allCaps = clean === clean.toUpperCase();
  const commaParts = clean
    .split(",")
    .map((part) => part.trim())
    .filter((part) => part && !isSuffix(part));
  let family: string;
  let given: string;
  if (commaParts.length >= 2) {
    [family, given] = [commaParts[0]!, commaParts.slice(1).join(" ")];
  } else {
    const tokens = clean
      .replace(/,/g, " ")
      .split(/\s+/)
      .filter((token) => token && !isSuffix(token));
    [family, given] = tokens.length ? splitUncommaed(tokens) : ["", ""];
  }
  return { family: foldText(family), given: given ? givenTokens(given, allCaps) : [] };
}

/** The folded form of a parsed name: given names, then the family name. */
export function nameForm(parts: NameParts): string {
  return [...parts.given, parts.family].filter(Boolean).join(" ");
}

/** The folded form of a person's name used as their key: `normalizeName("Räuker, Tilman") === "tilman rauker"`. */
export function normalizeName(name: string): string {
  return nameForm(parseName(name));
}

/** The cleaned name in display order (`Scibior, Adam` → `Adam Scibior`). */
export function displayName(name: string): string {
  return reorderLastFirst(cleanName(name));
}
