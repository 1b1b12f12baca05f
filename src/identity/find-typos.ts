/**
 * Typos are listed, never merged: `Scribior, Adam` next to `Scibior, Adam`, or `Aadam Scibior` next to
 * `Adam Scibior`, may be one person misspelt or two people, and only the user can tell. Two names are
 * candidates when one part (family name, or first given name) is one edit apart and the rest fits, and
 * they are listed only with a shared coauthor — without one, near-identical names in a large corpus are
 * mostly different people (`Zhang`/`Zhong`).
 *
 * Candidates are found with symmetric-deletion keys (Garbe's SymSpell idea): each part is filed under
 * itself and every one-letter deletion of it, so two parts one substitution, insertion or deletion apart
 * share a key (then checked to be one edit apart). That is O(name length) keys per name form — no pairwise comparison over the corpus. Keys
 * shared by more than MAX_BUCKET forms are too common to single anyone out and are skipped.
 */

import { findSharedCoauthor, isOnSamePaper } from "./evidence";
import { fitsGiven } from "./link-initials";
import type { IdentityState } from "./name-units";
import { unitLabel } from "./name-units";

const MAX_BUCKET = 20;
/** Shorter parts are skipped: a one-letter change to `Li` or `Wu` is another common name, not a typo. */
const MIN_PART_LENGTH = 4;

function withDeletions(word: string): string[] {
  const keys = new Set([word]);
  for (let i = 0; i < word.length; i++) keys.add(word.slice(0, i) + word.slice(i + 1));
  return [...keys];
}

/** True for one substitution, insertion, deletion or swap of neighbours (`scibior`/`scribior`, `adam`/`aadam`). */
function isOneEditApart(a: string, b: string): boolean {
  if (a === b || Math.abs(a.length - b.length) > 1) return false;
  let start = 0;
  while (a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) [endA, endB] = [endA - 1, endB - 1];
  const [middleA, middleB] = [a.slice(start, endA), b.slice(start, endB)];
  const isSwap = middleA.length === 2 && middleA === [...middleB].reverse().join("");
  return (middleA.length <= 1 && middleB.length <= 1) || isSwap;
}

const fitsEitherWay = (a: readonly string[], b: readonly string[]): boolean => fitsGiven(a, b) || fitsGiven(b, a);

/** Files one unit per name form under its family-name and first-given-name deletion keys. */
function bucketForms(state: IdentityState): Map<string, number[]> {
  const buckets = new Map<string, number[]>();
  const seen = new Set<string>();
  const file = (key: string, unit: number) => (buckets.get(key) ?? buckets.set(key, []).get(key)!).push(unit);
  state.units.forEach((unit, index) => {
    const { family, given } = unit.parts;
    if (!given.length || seen.has(unit.form)) return;
    seen.add(unit.form);
    if (family.length >= MIN_PART_LENGTH)
      for (const key of withDeletions(family)) file(`f|${key}|${given[0]![0]}`, index);
    if (given[0]!.length >= MIN_PART_LENGTH)
      for (const key of withDeletions(given[0]!)) file(`g|${family}|${key}`, index);
  });
  return buckets;
}

/** How two forms differ when they are typo candidates, or undefined when they are not. */
function describeTypo(state: IdentityState, a: number, b: number): string | undefined {
  const [pa, pb] = [state.units[a]!.parts, state.units[b]!.parts];
  if (pa.family !== pb.family) {
    const close = isOneEditApart(pa.family, pb.family) && fitsEitherWay(pa.given, pb.given);
    return close ? `family names "${pa.family}" and "${pb.family}" are one letter apart` : undefined;
  }
  const [firstA, firstB] = [pa.given[0]!, pb.given[0]!];
  if (firstA.length === 1 || firstB.length === 1 || !isOneEditApart(firstA, firstB)) return undefined;
  const [restA, restB] = [pa.given.slice(1), pb.given.slice(1)];
  const restFits = !restA.length || !restB.length || fitsEitherWay(restA, restB);
  return restFits ? `given names "${firstA}" and "${firstB}" are one letter apart` : undefined;
}

/** Lists near-identical names with a shared coauthor as possible duplicates. */
export function findTypos(state: IdentityState): void {
  const listed = new Set<string>();
  for (const [bucket, units] of bucketForms(state)) {
    if (units.length < 2 || units.length > MAX_BUCKET) continue;
    const byFamily = bucket.startsWith("f|");
    for (let i = 0; i < units.length; i++) {
      for (let j = i + 1; j < units.length; j++) {
        const [a, b] = [units[i]!, units[j]!];
        // Names of one family share every family key; only the given-name keys can pair them (and vice versa).
        if (byFamily === (state.units[a]!.parts.family === state.units[b]!.parts.family)) continue;
        const pair = a < b ? `${a}|${b}` : `${b}|${a}`;
        if (listed.has(pair) || state.union.find(a) === state.union.find(b)) continue;
        listed.add(pair);
        const difference = describeTypo(state, a, b);
        if (difference === undefined || isOnSamePaper(state, [a], [b])) continue;
        const coauthor = findSharedCoauthor(state, [a], [b]);
        if (coauthor === undefined) continue;
        state.doubts.push({
          a,
          b,
          for: [difference, `shared coauthor "${coauthor}"`],
          against: [
            `"${unitLabel(state.units[a]!)}" and "${unitLabel(state.units[b]!)}" are spelt differently; a typo is not told from another person without more evidence`,
          ],
        });
      }
    }
  }
}
