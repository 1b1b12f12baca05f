/**
 * How a name form is shown in evidence texts: its most frequent spelling, cleaned and in display order,
 * computed once per form.
 */

import type { FormTable } from "../occurrences/forms";
import { displayName } from "./clean-name";

/**
 * Per form table, the labels by form number: an array, not a Map of numbers (on 100,000 works the
 * 278,608 lookups of the logged decisions' sides took 0.11 s of CPU in the Map).
 */
const labels = new WeakMap<FormTable, (string | undefined)[]>();

/** The label of a form: `formLabel(table, f) === "Adam Scibior"` for a form written mostly `Scibior, Adam`. */
export function formLabel(table: FormTable, form: number): string {
  let cache = labels.get(table);
  // Sized for every form: an array written at scattered indices from empty would turn into a dictionary.
  if (cache === undefined) labels.set(table, (cache = new Array<string | undefined>(table.forms.length)));
  let label = cache[form];
  if (label === undefined) {
    let [best, count] = [-1, -1];
    for (let i = table.spellingStart[form]!; i < table.spellingStart[form + 1]!; i++)
      if (table.spellingCounts[i]! > count) [best, count] = [table.formSpellings[i]!, table.spellingCounts[i]!];
    cache[form] = label = displayName(table.spellings[best] ?? "");
  }
  return label;
}

/** How much a form says: two points per full given name, one per initial (counted when the form is filed). */
export function specificity(table: FormTable, form: number): number {
  return table.forms[form]!.specificity;
}
