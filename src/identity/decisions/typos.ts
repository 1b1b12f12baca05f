/**
 * Family names one letter apart (`Scribior`/`Scibior`) are in different blocks, so clustering never
 * compares them; they are found here for the list of doubtful splits only (never joined). Each family
 * name of at least MIN_LENGTH letters is filed under itself and every one-letter deletion of it, with the
 * first initial (Garbe's symmetric-deletion idea): two names one substitution, insertion or deletion apart
 * share a key. O(name length) keys per distinct form, no pairwise comparison over the corpus; keys shared
 * by more than MAX_BUCKET forms are too common to single anyone out and are skipped, and family names
 * longer than MAX_LENGTH are not real ones.
 */

import type { IdentityEngine } from "../clustering/engine";
import { compareGiven, isOneEditApart } from "../names/compatibility";

const MIN_LENGTH = 4;
const MAX_LENGTH = 40;
const MAX_BUCKET = 20;

/**
 * The deletion keys shared by at least two groups, each as the list of its groups in filing order, in the
 * order the keys are first met. A key is a group's family name with one letter left out (or none), then
 * its initial; it is never built as a string: it is found in an open-addressing table by a hash of its
 * letters and told from another key of the same slot by comparing the letters themselves (a Map of
 * hundreds of thousands of string keys cost seconds).
 */
export function sharedDeletionKeys(families: readonly string[], initials: readonly string[]): number[][] {
  const letterAt = (group: number, skip: number, i: number): number => {
    const family = families[group]!;
    const length = skip < 0 ? family.length : family.length - 1;
    if (i >= length) return initials[group]!.charCodeAt(i - length);
    return family.charCodeAt(skip >= 0 && i >= skip ? i + 1 : i);
  };
  const keyLength = (group: number, skip: number): number =>
    families[group]!.length - (skip < 0 ? 0 : 1) + initials[group]!.length;
  const sameKey = (g: number, skip: number, h: number, hSkip: number): boolean => {
    const length = keyLength(g, skip);
    if (length !== keyLength(h, hSkip)) return false;
    for (let i = 0; i < length; i++) if (letterAt(g, skip, i) !== letterAt(h, hSkip, i)) return false;
    return true;
  };
  let keys = 0;
  for (const family of families) keys += family.length + 1;
  let size = 1;
  while (size < keys * 2) size *= 2;
  /**
   * Per slot, two numbers side by side: key number + 1 (0: empty) and that key's hash, so that a probe
   * reads one place of memory (the table is megabytes, and each probe of it was a cache miss or two).
   * Per key: the group and left-out letter that first gave it.
   */
  const slots = new Int32Array(size * 2);
  const [ownerGroup, ownerSkip] = [new Int32Array(keys), new Int32Array(keys)];
  const lastGroup = new Int32Array(keys);
  const shared = new Map<number, number[]>();
  let count = 0;
  families.forEach((family, group) => {
    const initial = initials[group]!;
    for (let skip = -1; skip < family.length; skip++) {
      // The letters of the key in order (family name without letter `skip`, then initial), as letterAt reads them.
      let hash = 0x811c9dc5;
      for (let i = 0; i < family.length; i++) if (i !== skip) hash = Math.imul(hash ^ family.charCodeAt(i), 16777619);
      for (let i = 0; i < initial.length; i++) hash = Math.imul(hash ^ initial.charCodeAt(i), 16777619);
      // FNV's low bits see only the letters' low bits: mixed (murmur3's finaliser) before they pick a slot.
      hash = Math.imul(hash ^ (hash >>> 16), 0x85ebca6b);
      hash = Math.imul(hash ^ (hash >>> 13), 0xc2b2ae35);
      hash ^= hash >>> 16;
      let slot = hash & (size - 1);
      let key = -1;
      for (; slots[2 * slot] !== 0; slot = (slot + 1) & (size - 1)) {
        const candidate = slots[2 * slot]! - 1;
        if (slots[2 * slot + 1] === hash && sameKey(group, skip, ownerGroup[candidate]!, ownerSkip[candidate]!)) {
          key = candidate;
          break;
        }
      }
      if (key < 0) {
        key = count++;
        slots[2 * slot] = key + 1;
        slots[2 * slot + 1] = hash;
        ownerGroup[key] = group;
        ownerSkip[key] = skip;
        lastGroup[key] = group;
        continue;
      }
      // Deleting either of two equal neighbouring letters gives one key: the group is filed under it once.
      if (lastGroup[key] === group) continue;
      lastGroup[key] = group;
      const list = shared.get(key);
      if (list) list.push(group);
      else shared.set(key, [ownerGroup[key]!, group]);
    }
  });
  return [...shared.keys()].sort((a, b) => a - b).map((key) => shared.get(key)!);
}

/** Pairs of occurrences (one per form) whose family names are one letter apart and given names agree. */
export function findFamilyTypos(engine: IdentityEngine): [number, number][] {
  const { forms } = engine.table.forms;
  // Forms grouped by family name and first initial: the deletion keys are made once per group.
  const groups = new Map<string, number>();
  const [families, initials, members] = [[] as string[], [] as string[], [] as number[][]];
  forms.forEach((form, index) => {
    const family = form.familyKeys[0]!;
    if (
      form.group ||
      !engine.formOccurrences[index]!.length ||
      family.length < MIN_LENGTH ||
      family.length > MAX_LENGTH
    )
      return;
    const initial = `|${form.readings[0]!.given[0]?.[0] ?? ""}`;
    const id = family + initial;
    let group = groups.get(id);
    if (group === undefined) {
      groups.set(id, (group = families.push(family) - 1));
      initials.push(initial);
      members.push([]);
    }
    members[group]!.push(index);
  });
  const found = new Map<number, [number, number]>();
  for (const list of sharedDeletionKeys(families, initials)) {
    if (list.length > MAX_BUCKET) continue;
    for (let i = 0; i < list.length; i++)
      for (let j = i + 1; j < list.length; j++) {
        const [a, b] = [list[i]!, list[j]!];
        const key = a * families.length + b;
        if (!isOneEditApart(families[a]!, families[b]!) || found.has(key)) continue;
        const pair = firstAgreeingPair(engine, members[a]!, members[b]!);
        if (pair) found.set(key, pair);
      }
  }
  return [...found.values()];
}

/** The first occurrences of two forms, one of each group, whose given names agree. */
function firstAgreeingPair(
  engine: IdentityEngine,
  a: readonly number[],
  b: readonly number[],
): [number, number] | undefined {
  const { forms } = engine.table.forms;
  for (const f of a)
    for (const g of b)
      if (!compareGiven(forms[f]!.readings[0]!.given, forms[g]!.readings[0]!.given).conflict)
        return [engine.formOccurrences[f]![0]!, engine.formOccurrences[g]![0]!];
  return undefined;
}
