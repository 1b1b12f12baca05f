/**
 * Name normalisation for matching people. Conservative on purpose: case, white space, punctuation and
 * Unicode diacritics are folded (`Räuker` = `Rauker`), and a single "Last, First" is turned into
 * "First Last". Initials are not expanded here: `A. Karvonen` and `Adam Karvonen` stay two keys until a
 * later rule has evidence that they are one person.
 */

import { foldText } from "../model";

/** Puts "Last, First" into "First Last" order; names with no comma or several commas are left alone. */
export function reorderLastFirst(name: string): string {
  const parts = name.split(",");
  if (parts.length !== 2) return name;
  const [last, first] = parts.map((part) => part.trim());
  return last && first ? `${first} ${last}` : name;
}

/** The folded form of a person's name used as their key: `normalizeName("Räuker, Tilman") === "tilman rauker"`. */
export function normalizeName(name: string): string {
  return foldText(reorderLastFirst(name));
}
