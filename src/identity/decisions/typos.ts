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

/**
 * The candidates of findFamilyTypos, found from two strings per form and nothing else, so that they can be
 * found elsewhere (a worker thread in the CLI) while clustering runs: the forms grouped by family name and
 * first initial, and the pairs of groups worth comparing.
 */
export interface TypoCandidates {
  /** Group g's forms are members[memberStart[g]] to members[memberStart[g + 1] − 1], in form order. */
  memberStart: Int32Array;
  members: Int32Array;
  /**
   * Pairs of groups (a, b side by side) whose family names are one letter apart and share a deletion key of
   * at most MAX_BUCKET groups, each pair once, in the order the keys first give it.
   */
  pairs: Int32Array;
}

/**
 * Per form, what typoCandidates reads: its family key ("" for a form never compared: a group author, a form
 * without occurrences, a family name shorter than MIN_LENGTH or longer than MAX_LENGTH) and the first letter
 * of its first given name ("" when it has none).
 */
export function typoInputs(engine: IdentityEngine): { families: string[]; initials: string[] } {
  const { forms } = engine.table.forms;
  const families = new Array<string>(forms.length);
  const initials = new Array<string>(forms.length);
  for (let index = 0; index < forms.length; index++) {
    const form = forms[index]!;
    const family = form.familyKeys[0]!;
    const compared =
      !form.group &&
      engine.formOccurrences[index]!.length > 0 &&
      family.length >= MIN_LENGTH &&
      family.length <= MAX_LENGTH;
    families[index] = compared ? family : "";
    initials[index] = compared ? (form.readings[0]!.given[0]?.[0] ?? "") : "";
  }
  return { families, initials };
}

/** The forms' typo candidates (see TypoCandidates) from typoInputs' strings. */
export function typoCandidates(formFamilies: readonly string[], formInitials: readonly string[]): TypoCandidates {
  // Forms grouped by family name and first initial: the deletion keys are made once per group.
  const groups = new Map<string, number>();
  const [families, initials, groupOf] = [[] as string[], [] as string[], new Int32Array(formFamilies.length)];
  const memberStart = new Int32Array(formFamilies.length + 1);
  for (let form = 0; form < formFamilies.length; form++) {
    const family = formFamilies[form]!;
    groupOf[form] = -1;
    if (family === "") continue;
    const initial = `|${formInitials[form]!}`;
    const id = family + initial;
    let group = groups.get(id);
    if (group === undefined) {
      groups.set(id, (group = families.push(family) - 1));
      initials.push(initial);
    }
    groupOf[form] = group;
    memberStart[group + 1]!++;
  }
  for (let group = 0; group < families.length; group++) memberStart[group + 1]! += memberStart[group]!;
  const fill = memberStart.slice(0, families.length);
  const members = new Int32Array(memberStart[families.length]!);
  for (let form = 0; form < formFamilies.length; form++)
    if (groupOf[form]! >= 0) members[fill[groupOf[form]!]!++] = form;
  // A pair met again under another key gives the same answer: it is kept once, where first met.
  const seen = new Set<number>();
  const pairs: number[] = [];
  for (const list of sharedDeletionKeys(families, initials)) {
    if (list.length > MAX_BUCKET) continue;
    for (let i = 0; i < list.length; i++)
      for (let j = i + 1; j < list.length; j++) {
        const [a, b] = [list[i]!, list[j]!];
        const key = a * families.length + b;
        if (seen.has(key) || !isOneEditApart(families[a]!, families[b]!)) continue;
        seen.add(key);
        pairs.push(a, b);
      }
  }
  return { memberStart: memberStart.slice(0, families.length + 1), members, pairs: Int32Array.from(pairs) };
}

/**
 * Finds the typo candidates elsewhere, e.g. on a worker thread: given typoInputs' strings, returns the
 * function that waits for and returns typoCandidates' answer, or undefined to leave them to this thread.
 */
export type TypoCandidatesRunner = (families: string[], initials: string[]) => (() => TypoCandidates) | undefined;

/**
 * Starts the typo candidates as soon as the forms are known (createEngine): with a runner they are found
 * elsewhere while the clusters are formed, otherwise here when the doubts ask for them.
 */
export function startTypoCandidates(engine: IdentityEngine, runner?: TypoCandidatesRunner): () => TypoCandidates {
  const { families, initials } = typoInputs(engine);
  return runner?.(families, initials) ?? (() => typoCandidates(families, initials));
}

/** Pairs of occurrences (one per form) whose family names are one letter apart and given names agree. */
export function findFamilyTypos(engine: IdentityEngine, candidates: TypoCandidates): [number, number][] {
  const { memberStart, members, pairs } = candidates;
  const membersOf = (group: number) => members.subarray(memberStart[group], memberStart[group + 1]);
  const found: [number, number][] = [];
  for (let i = 0; i < pairs.length; i += 2) {
    const pair = firstAgreeingPair(engine, membersOf(pairs[i]!), membersOf(pairs[i + 1]!));
    if (pair) found.push(pair);
  }
  return found;
}

/** The first occurrences of two forms, one of each group, whose given names agree. */
function firstAgreeingPair(engine: IdentityEngine, a: Int32Array, b: Int32Array): [number, number] | undefined {
  const { forms } = engine.table.forms;
  for (const f of a)
    for (const g of b)
      if (!compareGiven(forms[f]!.readings[0]!.given, forms[g]!.readings[0]!.given).conflict)
        return [engine.formOccurrences[f]![0]!, engine.formOccurrences[g]![0]!];
  return undefined;
}
