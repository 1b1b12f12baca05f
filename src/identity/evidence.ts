/**
 * Evidence for and against joining two groups of name units, read from the papers: a shared coauthor
 * (supports one person: people who publish with the same colleague) and a shared paper (contradicts it:
 * a paper listing both names lists two people). Coauthors are compared by family name and first initial,
 * so `F. Wood` on one side and `Frank Wood` on the other count as the same colleague. Cost: the papers of
 * the two groups and their author lists, computed only for candidate pairs.
 */

import type { IdentityState, NameUnit } from "./name-units";
import { unitLabel } from "./name-units";

const coarseKeyOf = (unit: NameUnit): string => `${unit.parts.family}|${unit.parts.given[0]?.[0] ?? ""}`;

/** Coarse keys per unit index, built once per state: rebuilding (and rehashing) them per paper visited was a hot spot. */
const coarseKeyCache = new WeakMap<IdentityState, string[]>();

function coarseKeys(state: IdentityState): string[] {
  let keys = coarseKeyCache.get(state);
  if (!keys || keys.length !== state.units.length) coarseKeyCache.set(state, (keys = state.units.map(coarseKeyOf)));
  return keys;
}

function papersOf(state: IdentityState, units: readonly number[]): Set<number> {
  const papers = new Set<number>();
  for (const unit of units) for (const paper of state.units[unit]!.papers) papers.add(paper);
  return papers;
}

/** True when some paper names a unit of each group. */
export function isOnSamePaper(state: IdentityState, a: readonly number[], b: readonly number[]): boolean {
  const papers = papersOf(state, a);
  return b.some((unit) => state.units[unit]!.papers.some((paper) => papers.has(paper)));
}

/** Coauthors of a group, by coarse key → family name; cached per group, since typo checks reuse them. */
const colleagueCache = new WeakMap<IdentityState, Map<string, Map<string, string>>>();

function colleaguesOf(state: IdentityState, group: readonly number[]): Map<string, string> {
  const cache = colleagueCache.get(state) ?? colleagueCache.set(state, new Map()).get(state)!;
  const id = group.join(",");
  let colleagues = cache.get(id);
  if (colleagues) return colleagues;
  colleagues = new Map();
  const own = new Set(group);
  const keys = coarseKeys(state);
  for (const paper of papersOf(state, group)) {
    for (const unit of state.authorUnits[paper]!) {
      if (unit >= 0 && !own.has(unit)) colleagues.set(keys[unit]!, state.units[unit]!.parts.family);
    }
  }
  cache.set(id, colleagues);
  return colleagues;
}

/**
 * The label (as group `b` writes it) of a coauthor both groups have published with, or undefined.
 * Coauthors sharing the family name of the candidates are ignored: they may be the candidates themselves.
 */
export function findSharedCoauthor(
  state: IdentityState,
  a: readonly number[],
  b: readonly number[],
): string | undefined {
  const own = new Set([...a, ...b]);
  const families = new Set([...own].map((unit) => state.units[unit]!.parts.family));
  const colleagues = colleaguesOf(state, a);
  const keys = coarseKeys(state);
  for (const paper of papersOf(state, b)) {
    for (const unit of state.authorUnits[paper]!) {
      if (unit < 0 || own.has(unit) || families.has(state.units[unit]!.parts.family)) continue;
      if (colleagues.has(keys[unit]!)) return unitLabel(state.units[unit]!);
    }
  }
  return undefined;
}

/** Unit indices grouped by their current cluster representative. */
export function groupByCluster(state: IdentityState): Map<number, number[]> {
  const groups = new Map<number, number[]>();
  state.units.forEach((_unit, index) => {
    const root = state.union.find(index);
    const list = groups.get(root);
    if (list) list.push(index);
    else groups.set(root, [index]);
  });
  return groups;
}
