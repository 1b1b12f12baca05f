/**
 * Blocks of name forms (block-keys.ts), and how ambiguous each form is inside its blocks: the number of
 * "people-like" forms it could stand for. A form is maximal when it fits no more specific compatible form
 * of its block (`John M. Pandolfi` and `John E. Pandolfi` are maximal, `Pandolfi, J` fits both, so its
 * ambiguity is 2). Cost: the sum over blocks of forms² name comparisons; a block of more than
 * MAX_PAIRWISE_FORMS forms (a very common name) is not compared pairwise: its initials-only forms count
 * the distinct full first names of the block instead, capped at MAX_AMBIGUITY.
 */

import { compareGiven, compareReadings } from "../names/compatibility";
import { specificity } from "../names/form-label";
import type { FormTable } from "../occurrences/forms";

export const MAX_PAIRWISE_FORMS = 400;
const MAX_AMBIGUITY = 20;

/** Block key → the person forms filed under it (each once). */
export function buildBlocks(table: FormTable): Map<string, number[]> {
  const blocks = new Map<string, number[]>();
  table.forms.forEach((form, index) => {
    for (const key of form.blocks) (blocks.get(key) ?? blocks.set(key, []).get(key)!).push(index);
  });
  return blocks;
}

/** True when form `a` says less than, and agrees with, form `b`. */
export function fits(table: FormTable, a: number, b: number): boolean {
  const [sa, sb] = [specificity(table, a), specificity(table, b)];
  const less = sa < sb || (sa === sb && table.forms[a]!.text.length < table.forms[b]!.text.length);
  return less && !compareReadings(table.forms[a]!.readings, table.forms[b]!.readings).conflict;
}

/**
 * The forms of a block a form could fit: all of them for an initial, else those whose first name agrees
 * with its own (equal, a nickname, a short form). First names are compared once per distinct pair.
 */
function candidatesFor(table: FormTable, forms: readonly number[]): (form: number) => readonly number[] {
  const byFirst = new Map<string, number[]>();
  for (const f of forms)
    for (const first of new Set(table.forms[f]!.readings.map((reading) => reading.given[0] ?? "")))
      (byFirst.get(first) ?? byFirst.set(first, []).get(first)!).push(f);
  const agreeing = new Map<string, number[]>();
  for (const first of byFirst.keys()) {
    if (first.length <= 1) continue;
    const list: number[] = [];
    for (const [other, group] of byFirst)
      if (
        other.length > 1 &&
        !compareGiven([first], [other]).conflict &&
        compareGiven([first], [other]).first !== "typo"
      )
        list.push(...group);
    agreeing.set(first, list);
  }
  return (form) => {
    const firsts = [...new Set(table.forms[form]!.readings.map((reading) => reading.given[0] ?? ""))];
    if (firsts.some((first) => first.length <= 1)) return forms;
    return firsts.length === 1
      ? agreeing.get(firsts[0]!)!
      : [...new Set(firsts.flatMap((first) => agreeing.get(first)!))];
  };
}

/** Per form, the most people-like forms it could stand for in any of its blocks (at least 1). */
export function computeAmbiguity(table: FormTable, blocks: Map<string, number[]>): Int32Array {
  const ambiguity = new Int32Array(table.forms.length).fill(1);
  for (const forms of blocks.values()) {
    if (forms.length < 2) continue;
    if (forms.length > MAX_PAIRWISE_FORMS) {
      const firstNames = new Set(
        forms.map((f) => table.forms[f]!.readings[0]!.given[0] ?? "").filter((name) => name.length > 1),
      );
      const k = Math.min(MAX_AMBIGUITY, firstNames.size);
      for (const f of forms) if (specificity(table, f) <= 2) ambiguity[f] = Math.max(ambiguity[f]!, k);
      continue;
    }
    const candidates = candidatesFor(table, forms);
    const isMaximal = new Set(forms.filter((f) => !candidates(f).some((g) => g !== f && fits(table, f, g))));
    for (const f of forms) {
      if (isMaximal.has(f)) continue;
      const k = candidates(f).filter((m) => m !== f && isMaximal.has(m) && fits(table, f, m)).length;
      ambiguity[f] = Math.max(ambiguity[f]!, Math.min(MAX_AMBIGUITY, k));
    }
  }
  return ambiguity;
}
