/**
 * Blocking keys: two names are only ever compared when they share a block, so the work grows with the
 * sizes of the blocks, not with the square of the corpus. A block is a family name (particles set aside,
 * words run together: `van der Waals` → `waals`, `Garcia-Lopez` → `garcialopez`) and a first initial.
 * A compound family name is also filed under its first and its last word (`Garcia`, `Lopez`), so that
 * `Gunes Baydin, Atilim` meets `A. G. Baydin`; a CJK name with a family-first reading is filed under that
 * reading too (`Wang Wei` meets `Wei Wang`). A name without given names is filed under its family alone.
 */

import { familyWords } from "../names/compatibility";
import type { NameParts } from "../names/parse-name";

/** The family name as blocks and coarse keys see it: particles set aside, words run together. */
export function familyKey(family: string): string {
  return familyWords(family).join("");
}

/** Every block key of a name's readings, each once; `familyWordsOf` are the readings' familyWords when the caller has them. */
export function blockKeys(
  readings: readonly NameParts[],
  familyWordsOf: readonly (readonly string[])[] = readings.map((reading) => familyWords(reading.family)),
): string[] {
  const keys = new Set<string>();
  for (let r = 0; r < readings.length; r++) {
    const initial = readings[r]!.given[0]?.[0] ?? "";
    const words = familyWordsOf[r]!;
    if (!words.length) continue;
    keys.add(`${words.join("")}|${initial}`);
    if (words.length > 1) {
      keys.add(`${words[0]}|${initial}`);
      keys.add(`${words[words.length - 1]}|${initial}`);
    }
  }
  return [...keys];
}
