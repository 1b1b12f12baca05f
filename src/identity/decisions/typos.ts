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
import { familyKey } from "../blocking/block-keys";
import { compareGiven, isOneEditApart } from "../names/compatibility";

const MIN_LENGTH = 4;
const MAX_LENGTH = 40;
const MAX_BUCKET = 20;

/** Pairs of occurrences (one per form) whose family names are one letter apart and given names agree. */
export function findFamilyTypos(engine: IdentityEngine): [number, number][] {
  const { forms } = engine.table.forms;
  const buckets = new Map<string, number[]>();
  forms.forEach((form, index) => {
    const parts = form.readings[0]!;
    const family = familyKey(parts.family);
    if (
      form.group ||
      !engine.formOccurrences[index]!.length ||
      family.length < MIN_LENGTH ||
      family.length > MAX_LENGTH
    )
      return;
    const keys = new Set([family]);
    for (let i = 0; i < family.length; i++) keys.add(family.slice(0, i) + family.slice(i + 1));
    for (const key of keys) {
      const id = `${key}|${parts.given[0]?.[0] ?? ""}`;
      (buckets.get(id) ?? buckets.set(id, []).get(id)!).push(index);
    }
  });
  const found = new Map<string, [number, number]>();
  for (const list of buckets.values()) {
    if (list.length < 2 || list.length > MAX_BUCKET) continue;
    for (let i = 0; i < list.length; i++)
      for (let j = i + 1; j < list.length; j++) {
        const [a, b] = [forms[list[i]!]!.readings[0]!, forms[list[j]!]!.readings[0]!];
        const [fa, fb] = [familyKey(a.family), familyKey(b.family)];
        if (fa === fb || !isOneEditApart(fa, fb) || compareGiven(a.given, b.given).conflict) continue;
        const pair: [number, number] = [engine.formOccurrences[list[i]!]![0]!, engine.formOccurrences[list[j]!]![0]!];
        found.set(`${list[i]} ${list[j]}`, pair);
      }
  }
  return [...found.values()];
}
