/**
 * How a name form is shown in evidence texts: its most frequent spelling, cleaned and in display order,
 * computed once per form.
 */

import type { FormTable } from "../occurrences/forms";
import { displayName } from "./clean-name";

const labels = new WeakMap<FormTable, Map<number, string>>();

/** The label of a form: `formLabel(table, f) === "Adam Scibior"` for a form written mostly `Scibior, Adam`. */
export function formLabel(table: FormTable, form: number): string {
  const cache = labels.get(table) ?? labels.set(table, new Map()).get(table)!;
  let label = cache.get(form);
  if (label === undefined) {
    let [best, count] = [-1, -1];
    for (let i = table.spellingStart[form]!; i < table.spellingStart[form + 1]!; i++)
      if (table.spellingCounts[i]! > count) [best, count] = [table.formSpellings[i]!, table.spellingCounts[i]!];
    cache.set(form, (label = displayName(table.spellings[best] ?? "")));
  }
  return label;
}

/** How much a form says: two points per full given name, one per initial (counted when the form is filed). */
export function specificity(table: FormTable, form: number): number {
  return table.forms[form]!.specificity;
}
