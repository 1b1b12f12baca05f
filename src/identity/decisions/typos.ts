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

/** Pairs of occurrences (one per form) whose family names are one letter apart and given names agree. */
export function findFamilyTypos(engine: IdentityEngine): [number, number][] {
  const { forms } = engine.table.forms;
  // Forms grouped by family name and first initial: the deletion keys are made once per group.
  const groups = new Map<string, number[]>();
  forms.forEach((form, index) => {
    const family = form.familyKeys[0]!;
    if (
      form.group ||
      !engine.formOccurrences[index]!.length ||
      family.length < MIN_LENGTH ||
      family.length > MAX_LENGTH
    )
      return;
    const id = `${family}|${form.readings[0]!.given[0]?.[0] ?? ""}`;
    (groups.get(id) ?? groups.set(id, []).get(id)!).push(index);
  });
  // A bucket holds its one id as a string until a second comes: most keys are nobody else's.
  const buckets = new Map<string, string | string[]>();
  for (const id of groups.keys()) {
    const bar = id.lastIndexOf("|");
    const [family, initial] = [id.slice(0, bar), id.slice(bar)];
    for (let i = -1; i < family.length; i++) {
      const bucket = (i < 0 ? family : family.slice(0, i) + family.slice(i + 1)) + initial;
      const list = buckets.get(bucket);
      // Deleting either of two equal neighbouring letters gives one key: the id is filed under it once.
      if (list === undefined) buckets.set(bucket, id);
      else if (typeof list === "string") {
        if (list !== id) buckets.set(bucket, [list, id]);
      } else if (list[list.length - 1] !== id) list.push(id);
    }
  }
  const found = new Map<string, [number, number]>();
  for (const list of buckets.values()) {
    if (typeof list === "string" || list.length > MAX_BUCKET) continue;
    for (let i = 0; i < list.length; i++)
      for (let j = i + 1; j < list.length; j++) {
        const [a, b] = [list[i]!, list[j]!];
        if (!isOneEditApart(a.split("|")[0]!, b.split("|")[0]!) || found.has(`${a} ${b}`)) continue;
        const pair = firstAgreeingPair(engine, groups.get(a)!, groups.get(b)!);
        if (pair) found.set(`${a} ${b}`, pair);
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
