/**
 * Candidate pairs of clusters, block by block; nothing is compared across blocks. In a block of at most
 * SMALL_BLOCK clusters every pair whose names may agree is a candidate. In a larger block (a common name:
 * `Wang|w` may hold thousands of occurrences) only clusters that share something rare — a coauthor, a
 * venue, an affiliation word — are paired: each such feature's list of clusters gives all its pairs when
 * it is short (at most MAX_POSTING), else a chain of neighbours, so the work stays linear in the block's
 * size. Names are compared once per pair of forms of a block (at most MAX_PAIRWISE_FORMS forms; larger
 * blocks compare forms that share a first name, and initials with everything only when few).
 */

import type { IdentityEngine } from "../clustering/engine";
import { WEIGHTS } from "../evidence/weights";
import { compareReadings } from "../names/compatibility";
import { MAX_PAIRWISE_FORMS } from "./blocks";

export const SMALL_BLOCK = 64;
const MAX_POSTING = 30;
const MAX_INITIAL_FORMS = 50;

/** Pairs of forms of a block whose names may be one person's (equal forms included), as "f g" with f ≤ g. */
function agreeingForms(engine: IdentityEngine, forms: readonly number[]): Set<string> {
  const { forms: table } = engine.table.forms;
  const agree = new Set<string>();
  const test = (f: number, g: number) => {
    if (f === g || !compareReadings(table[f]!.readings, table[g]!.readings).conflict)
      agree.add(f < g ? `${f} ${g}` : `${g} ${f}`);
  };
  if (forms.length <= MAX_PAIRWISE_FORMS) {
    for (let i = 0; i < forms.length; i++) for (let j = i; j < forms.length; j++) test(forms[i]!, forms[j]!);
    return agree;
  }
  const byFirst = new Map<string, number[]>();
  for (const f of forms) {
    const first = table[f]!.readings[0]!.given[0] ?? "";
    (byFirst.get(first) ?? byFirst.set(first, []).get(first)!).push(f);
  }
  for (const [first, group] of byFirst) {
    if (first.length <= 1 && group.length <= MAX_INITIAL_FORMS)
      for (const f of group) for (const g of forms) test(f, g);
    else if (group.length <= MAX_PAIRWISE_FORMS) for (const f of group) for (const g of group) test(f, g);
  }
  return agree;
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
  const agree = agreeingForms(engine, forms);
  const mayAgree = (a: number, b: number) => {
    for (const f of formsOf.get(a)!)
      for (const g of formsOf.get(b)!) if (agree.has(f < g ? `${f} ${g}` : `${g} ${f}`)) return true;
    return false;
  };
  const roots = [...formsOf.keys()];
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
  const seen = new Set<string>();
  for (const key of blockKeys) {
    const forms = engine.blocks.get(key);
    if (!forms) continue;
    for (const [a, b] of blockPairs(engine, forms)) {
      const id = a < b ? `${a} ${b}` : `${b} ${a}`;
      if (seen.has(id)) continue;
      seen.add(id);
      yield [a, b];
    }
  }
}
