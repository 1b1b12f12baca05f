/**
 * Parsing of a person's name for matching. A cleaned name (clean-name.ts) is split into a family name and
 * given names — `Last, First`, `First Last`, `Last F.M.` as Scopus and Web of Science write it, particles
 * such as `Del` or `van der` kept with the family name — and folded (fold-name.ts). Initials stay
 * one-letter given names: `A. Karvonen` and `Adam Karvonen` have different forms, and only the evidence
 * decides that they are one person. A romanised CJK name written family-first without a comma
 * (`Wang Wei`) has a second reading (`readings`), so it meets `Wei Wang`. Linear in the name's length.
 */

import { cleanName } from "./clean-name";
import { CJK_FAMILIES } from "./common-names";
import { foldName } from "./fold-name";

/** A name split for matching: folded family name and folded given names (one letter = an initial). */
export interface NameParts {
  family: string;
  given: string[];
}

/** Lower-cased particles that belong to the family name when they precede it (`Adrian Del Maestro`). */
export const PARTICLES: ReadonlySet<string> = new Set([
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
  "le",
  "ten",
  "ter",
  "bin",
  "ibn",
  "al",
  "el",
  "zu",
]);
const SUFFIXES = new Set(["jr", "sr", "ii", "iii", "iv"]);

const isSuffix = (token: string): boolean => SUFFIXES.has(foldName(token));

// The patterns of a name's parts, made once (a literal in a function body is a new RegExp per call).
const FEW_INITIALS = /^(\p{Lu}[.-]*){1,3}$/u;
const DOTTED_INITIALS = /^(\p{Lu}\.-?)+$/u;
const WHITE_SPACE = /\s+/;
const DOTS_QUOTES_HYPHENS = /[.'-]/g;
const UPPER_RUN = /^\p{Lu}{2,3}$/u;
const VOWEL = /[AEIOUY]/;
const DOTS_HYPHENS = /[.-]+/;
const SPACES = / /g;
const COMMAS = /,/g;

/** `J.C.`, `JC`, `J` (upper case, at most three letters) or `J.-L.`: a token made of initials only. */
function isInitials(token: string): boolean {
  // A lower-case second letter (`Adam`, most tokens) is neither pattern's: no regex is run for it.
  const second = token.charCodeAt(1);
  if (second >= 97 && second <= 122) return false;
  return FEW_INITIALS.test(token) || DOTTED_INITIALS.test(token);
}

/** Splits given names into folded tokens; an upper-case run like `JM` is two initials. */
function givenTokens(text: string, allCaps: boolean): string[] {
  return text.split(WHITE_SPACE).flatMap((token) => {
    const letters = token.replace(DOTS_QUOTES_HYPHENS, "");
    // In an all-caps record (`LI, XU`) a short vowelled token is more likely a name than initials.
    const splitRun = UPPER_RUN.test(letters) && !(allCaps && VOWEL.test(letters));
    const pieces = splitRun ? [...letters] : token.split(DOTS_HYPHENS);
    return pieces.map((piece) => foldName(piece).replace(SPACES, "")).filter(Boolean);
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

interface Tokenised {
  clean: string;
  allCaps: boolean;
  /** Comma-separated parts (suffixes dropped), or undefined when the name has no comma. */
  commaParts?: string[];
  tokens: string[];
}

function tokenise(name: string): Tokenised {
  const clean = cleanName(name);
  const allCaps = clean === clean.toUpperCase();
  // Without a comma there is one part, never two: its parts are not split nor folded.
  const commaParts = clean.includes(",")
    ? clean
        .split(",")
        .map((part) => part.trim())
        .filter((part) => part && !isSuffix(part))
    : [];
  const tokens = clean
    .replace(COMMAS, " ")
    .split(WHITE_SPACE)
    .filter((token) => token && !isSuffix(token));
  return { clean, allCaps, commaParts: commaParts.length >= 2 ? commaParts : undefined, tokens };
}

function partsOf({ allCaps, commaParts, tokens }: Tokenised): NameParts {
  const [family, given] = commaParts
    ? [commaParts[0]!, commaParts.slice(1).join(" ")]
    : tokens.length
      ? splitUncommaed(tokens)
      : ["", ""];
  return { family: foldName(family), given: given ? givenTokens(given, allCaps) : [] };
}

/** Splits a cleaned name into folded family and given names. */
export function parseName(name: string): NameParts {
  return partsOf(tokenise(name));
}

/**
 * Every reading of a name: the parsed one, then — for two full words without a comma whose first word is
 * a common romanised Chinese, Korean or Vietnamese family name (`Wang Wei`, `Kim Minsu`) — the family-first one.
 */
export function readings(name: string): NameParts[] {
  const tokenised = tokenise(name);
  const primary = partsOf(tokenised);
  const { commaParts, tokens } = tokenised;
  if (commaParts || tokens.length !== 2 || tokens.some(isInitials)) return [primary];
  const first = foldName(tokens[0]!);
  if (!CJK_FAMILIES.has(first)) return [primary];
  return [primary, { family: first, given: givenTokens(tokens[1]!, tokenised.allCaps) }];
}

/** The folded form of a parsed name: given names, then the family name. */
export function nameForm(parts: NameParts): string {
  return [...parts.given, parts.family].filter(Boolean).join(" ");
}

/** The folded form of a person's name used as their key: `normalizeName("Räuker, Tilman") === "tilman rauker"`. */
export function normalizeName(name: string): string {
  return nameForm(parseName(name));
}
