/**
 * Whether two parsed names can be one person, and how much of them agrees. Given names are compared in
 * order: the first given names must agree (equal, a known nickname, a short form such as `Greg`/`Gregory`,
 * or an initial that fits), and the shorter list of middle names must fit the longer one in order
 * (`J. M.` fits `John Michael`, `Christian Schroeder` fits `Christian A. Schroeder`). Family names must
 * be equal once particles are set aside, or one a part of the other's compound name (`Garcia` of
 * `Garcia-Lopez`; `Gunes Baydin, Atilim` and `Atilim Gunes Baydin` move the same word between the two).
 * A conflict — two different initials, two different full names — means two people, whatever else agrees.
 * One-letter typos of full names (`Andrea`/`Andreas` is a short form, `Saied`/`Saeid` a typo) are
 * reported as such: never joined, only listed. Cost: linear in the number of name parts.
 */

import { CJK_FAMILIES } from "./common-names";
import { isListedGivenName, isNickname } from "./nicknames";
import type { NameParts } from "./parse-name";
import { PARTICLES } from "./parse-name";

/** How two first given names agree, strongest first. */
export type FirstNameMatch = "equal" | "nickname" | "short" | "initial" | "initials" | "absent" | "typo";

export interface NameMatch {
  /** Why the names cannot be one person; the other fields are then meaningless. */
  conflict?: string;
  first: FirstNameMatch;
  /** Middle names that agree as full names, and as initials (an initial against a full name or an initial). */
  middleFull: number;
  middleInitials: number;
  /** The family names agree only as parts of a compound name (`Garcia` / `Garcia-Lopez`). */
  compoundFamily: boolean;
}

/** The words of a folded family name that are not particles (`van der waals` → `waals`). */
export function familyWords(family: string): string[] {
  const words = family.split(" ").filter(Boolean);
  const kept = words.filter((word) => !PARTICLES.has(word));
  return kept.length ? kept : words;
}

/** True when `a` and `b` are one edit apart (substitution, insertion, deletion, or swap of neighbours). */
export function isOneEditApart(a: string, b: string): boolean {
  if (a === b || Math.abs(a.length - b.length) > 1) return false;
  let start = 0;
  while (start < a.length && a[start] === b[start]) start++;
  let [endA, endB] = [a.length, b.length];
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) [endA, endB] = [endA - 1, endB - 1];
  const [middleA, middleB] = [a.slice(start, endA), b.slice(start, endB)];
  const isSwap = middleA.length === 2 && middleA[0] === middleB[1] && middleA[1] === middleB[0];
  return (middleA.length <= 1 && middleB.length <= 1) || isSwap;
}

type TokenMatch = "equal" | "nickname" | "short" | "initial" | "initials" | "typo" | undefined;

function matchToken(a: string, b: string): TokenMatch {
  if (a === b) return a.length === 1 ? "initials" : "equal";
  if (a.length === 1 || b.length === 1) return a[0] === b[0] && a.length !== b.length ? "initial" : undefined;
  if (isNickname(a, b)) return "nickname";
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  if (short.length >= 4 && long.startsWith(short)) return "short";
  return short.length >= 4 && isOneEditApart(a, b) ? "typo" : undefined;
}

/** Fits the shorter list of middle names into the longer one in order; undefined when one does not fit. */
function fitMiddles(a: readonly string[], b: readonly string[]): { full: number; initials: number } | undefined {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  let [full, initials, next] = [0, 0, 0];
  for (const name of short) {
    let match: TokenMatch;
    while (next < long.length && !(match = matchToken(name, long[next]!))) next++;
    if (next === long.length || match === "typo" || match === "short") return undefined;
    if (match === "equal" || match === "nickname") full++;
    else initials++;
    next++;
  }
  return { full, initials };
}

const conflict = (reason: string): NameMatch => ({
  conflict: reason,
  first: "absent",
  middleFull: 0,
  middleInitials: 0,
  compoundFamily: false,
});

/**
 * A romanised Chinese or Korean given name is often one word of two syllables (`Myungho`, `Xiaohong`) whose
 * initials are written as two (`M. H.`, `X. H.`): under such a family name, the initials after the first
 * must appear in the word, in order, after its first syllable's start (`M. S.` does not fit `Myungho`).
 */
function syllablesFit(word: string, initials: readonly string[]): boolean {
  let at = 2;
  for (const initial of initials) {
    const found = word.indexOf(initial, at);
    if (found < 0) return false;
    at = found + 2;
  }
  return true;
}

/**
 * True when one side is a single word and the other's initials after the first do not fit its syllables.
 * A given name of the nickname table (`Ricky`) is no romanised CJK name, so `Ricky T. Q. Chen` has
 * middle names; one of three letters may be a pinyin syllable (`Dan`, `Ben`) and keeps the rule.
 */
function syllableConflict(a: readonly string[], b: readonly string[]): boolean {
  const [word, initials] = a.length === 1 && a[0]!.length > 1 ? [a[0]!, b] : [b[0]!, a];
  if (word.length <= 1 || initials.length < 2) return false;
  if (word.length > 3 && isListedGivenName(word)) return false;
  const rest = initials.slice(1);
  return rest.every((name) => name.length === 1) && !syllablesFit(word, rest);
}

/** Compares given names only (the family names are taken as agreeing); `cjk` for a CJK family name. */
export function compareGiven(
  a: readonly string[],
  b: readonly string[],
  compoundFamily = false,
  cjk = false,
): NameMatch {
  if (!a.length || !b.length) return { first: "absent", middleFull: 0, middleInitials: 0, compoundFamily };
  // `Xiaohong` and `Xiao-Hong` are one name written in one or two parts.
  if (a.length !== b.length && a.join("") === b.join(""))
    return { first: "equal", middleFull: 0, middleInitials: 0, compoundFamily };
  const first = matchToken(a[0]!, b[0]!);
  if (!first) return conflict(`first names "${a[0]}" and "${b[0]}" differ`);
  if (cjk && (a.length === 1 || b.length === 1) && syllableConflict(a, b))
    return conflict(
      `the initials "${[...a, ...b].filter((name) => name.length === 1).join(" ")}" do not fit "${[...a, ...b].find((name) => name.length > 1)}"`,
    );
  const middles = fitMiddles(a.slice(1), b.slice(1));
  if (!middles) return conflict(`middle names "${a.slice(1).join(" ")}" and "${b.slice(1).join(" ")}" differ`);
  return { first, middleFull: middles.full, middleInitials: middles.initials, compoundFamily };
}

/** Given names of `parts` without trailing words that `extra` (family words of the other name) accounts for. */
function withoutMovedWords(parts: NameParts, extra: readonly string[]): string[] | undefined {
  const given = parts.given;
  if (given.length <= extra.length) return undefined;
  const tail = given.slice(given.length - extra.length);
  return tail.every((word, i) => word === extra[i] || word === extra[i]![0])
    ? given.slice(0, -extra.length)
    : undefined;
}

/** Family words per reading, computed once: the same readings are compared many times. */
const wordsOf = new WeakMap<NameParts, string[]>();
function cachedWords(parts: NameParts): string[] {
  let words = wordsOf.get(parts);
  if (!words) wordsOf.set(parts, (words = familyWords(parts.family)));
  return words;
}

/** Compares two readings of names, family and given. */
export function compareParts(a: NameParts, b: NameParts): NameMatch {
  const [wordsA, wordsB] = [cachedWords(a), cachedWords(b)];
  if (wordsA.join("") === wordsB.join(""))
    return compareGiven(a.given, b.given, false, CJK_FAMILIES.has(wordsA.join("")));
  const [shortParts, longParts, shortWords, longWords] =
    wordsA.length < wordsB.length ? [a, b, wordsA, wordsB] : [b, a, wordsB, wordsA];
  const n = shortWords.length;
  const isPrefix = shortWords.every((word, i) => longWords[i] === word);
  const isSuffix = shortWords.every((word, i) => longWords[longWords.length - n + i] === word);
  if (!n || n === longWords.length || (!isPrefix && !isSuffix)) return conflict("family names differ");
  const extra = isSuffix ? longWords.slice(0, longWords.length - n) : longWords.slice(n);
  const moved = isSuffix ? withoutMovedWords(shortParts, extra) : undefined;
  if (moved) return compareGiven(moved, longParts.given);
  return compareGiven(shortParts.given, longParts.given, true);
}

/** The best agreement over every reading of two names (see parse-name.ts `readings`), or the first conflict. */
export function compareReadings(a: readonly NameParts[], b: readonly NameParts[]): NameMatch {
  let best: NameMatch | undefined;
  for (const partsA of a) {
    for (const partsB of b) {
      const match = compareParts(partsA, partsB);
      if (!match.conflict && (!best || best.conflict)) best = match;
      best ??= match;
    }
  }
  return best!;
}
