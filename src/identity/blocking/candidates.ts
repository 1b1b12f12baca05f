/**
 * Candidate pairs of clusters, block by block; nothing is compared across blocks. In a block of at most
 * SMALL_BLOCK clusters every pair whose names may agree is a candidate. In a larger block (a common name:
 * `Wang|w` may hold thousands of occurrences) only clusters that share something rare — a coauthor, a
 * venue, an affiliation word — are paired: each such feature's list of clusters gives all its pairs when
 * it is short (at most MAX_POSTING), else a chain of neighbours, so the work stays linear in the block's
 * size. Names are compared once per pair of forms whose first given names agree.
 */

import type { IdentityEngine } from "../clustering/engine";
import { WEIGHTS } from "../evidence/weights";
import { compareGiven, compareReadings } from "../names/compatibility";
import { MAX_PAIRWISE_FORMS } from "./blocks";

export const SMALL_BLOCK = 64;
const MAX_POSTING = 30;

/** One number per unordered pair of indices (below 2^26 each, so the key stays an exact integer). */
export const pairKey = (a: number, b: number): number => (a < b ? a * 0x4000000 + b : b * 0x4000000 + a);

/**
 * Pairs of forms of a block whose names may be one person's (equal forms included), as "f g" with f ≤ g.
 * Forms are grouped by first given name: full first names are compared once per pair of distinct names
 * (equal, nickname, short form or typo), and only forms of agreeing groups are compared in full;
 * initials meet every group.
 */
function agreeingForms(engine: IdentityEngine, forms: readonly number[]): Set<number> {
  const { forms: table } = engine.table.forms;
  const agree = new Set<number>();
  const test = (f: number, g: number) => {
    if (f === g || !compareReadings(table[f]!.readings, table[g]!.readings).conflict) agree.add(pairKey(f, g));
  };
  // A form is filed under the first given name of each of its readings (`Wang Wei` under wang and wei).
  const byFirst = new Map<string, number[]>();
  for (const f of forms)
    for (const first of new Set(table[f]!.readings.map((reading) => reading.given[0] ?? "")))
      (byFirst.get(first) ?? byFirst.set(first, []).get(first)!).push(f);
  const groups = [...byFirst];
  for (let i = 0; i < groups.length; i++) {
    const [first, group] = groups[i]!;
    for (let x = 0; x < group.length; x++) for (let y = x; y < group.length; y++) test(group[x]!, group[y]!);
    for (let j = i + 1; j < groups.length; j++) {
      const [other, otherGroup] = groups[j]!;
      const initials = first.length <= 1 || other.length <= 1;
      if (!initials && compareGiven([first], [other]).conflict) continue;
      if (group.length * otherGroup.length > MAX_PAIRWISE_FORMS * MAX_PAIRWISE_FORMS) continue;
      for (const f of group) for (const g of otherGroup) test(f, g);
    }
  }
  return agree;
}

/** A set-like view that compares two forms when first asked about them, and remembers the answer. */
function lazyAgreement(engine: IdentityEngine): { has(pair: number): boolean } {
  const { forms: table } = engine.table.forms;
  const known = new Map<number, boolean>();
  return {
    has(pair) {
      let answer = known.get(pair);
      if (answer === undefined) {
        const [f, g] = [Math.floor(pair / 0x4000000), pair % 0x4000000];
        answer = f === g || !compareReadings(table[f]!.readings, table[g]!.readings).conflict;
        known.set(pair, answer);
      }
      return answer;
    },
  };
}

/** Rare features of a cluster: coauthors above the floor, rare venues, rare affiliation words. */
function features(engine: IdentityEngine, root: number): number[] {
  const profile = engine.clusters.profile(root);
  const { stats } = engine;
  const found: number[] = [];
  for (const key of profile.coauthors.keys()) if (stats.paperIdf(key) >= WEIGHTS.coauthorFloor) found.push(key);
  for (const venue of profile.venues.keys()) if (stats.paperIdf(venue) >= 1) found.push(venue);
  for (const word of profile.affiliation.keys()) if (stats.affiliationIdf(word) >= 2) found.push(word);
  return found;
}

function* allPairs(list: readonly number[]): Generator<[number, number]> {
  for (let i = 0; i < list.length; i++) for (let j = i + 1; j < list.length; j++) yield [list[i]!, list[j]!];
}

/** All pairs of a short list; neighbours only in a long one (a feature that common proves little, and joins chain). */
function* pairsOf(list: readonly number[]): Generator<[number, number]> {
  if (list.length <= MAX_POSTING) yield* allPairs(list);
  else for (let i = 1; i < list.length; i++) yield [list[i - 1]!, list[i]!];
}

/** Candidate pairs of cluster representatives in one block. */
function* blockPairs(engine: IdentityEngine, forms: readonly number[]): Generator<[number, number]> {
  const { clusters } = engine;
  const formsOf = new Map<number, Set<number>>();
  for (const form of forms)
    for (const occurrence of engine.formOccurrences[form]!) {
      const root = clusters.find(occurrence);
      (formsOf.get(root) ?? formsOf.set(root, new Set()).get(root)!).add(form);
    }
  if (formsOf.size < 2) return;
  const roots = [...formsOf.keys()];
  // A small block compares its forms up front; a large one only the forms of the pairs its features give.
  const agree = roots.length <= SMALL_BLOCK ? agreeingForms(engine, forms) : lazyAgreement(engine);
  const mayAgree = (a: number, b: number) => {
    for (const f of formsOf.get(a)!) for (const g of formsOf.get(b)!) if (agree.has(pairKey(f, g))) return true;
    return false;
  };
  if (roots.length <= SMALL_BLOCK) {
    for (const [a, b] of allPairs(roots)) if (mayAgree(a, b)) yield [a, b];
    return;
  }
  const postings = new Map<number, number[]>();
  for (const root of roots)
    for (const feature of features(engine, root))
      (postings.get(feature) ?? postings.set(feature, []).get(feature)!).push(root);
  for (const list of postings.values()) for (const [a, b] of pairsOf(list)) if (mayAgree(a, b)) yield [a, b];
}

/** Candidate pairs of cluster representatives over the given blocks, each pair once. */
export function* candidatePairs(engine: IdentityEngine, blockKeys: Iterable<string>): Generator<[number, number]> {
  const seen = new Set<number>();
  for (const key of blockKeys) {
    const forms = engine.blocks.get(key);
    if (!forms) continue;
    for (const [a, b] of blockPairs(engine, forms)) {
      const id = pairKey(a, b);
      if (seen.has(id)) continue;
      seen.add(id);
      yield [a, b];
    }
  }
}
