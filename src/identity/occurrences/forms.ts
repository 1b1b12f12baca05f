/**
 * Name forms: one entry per distinct folded name (and reading), shared by all its occurrences, holding
 * what every comparison needs — the readings, the spellings as written (for labels), and the keys of the
 * blocks the form is compared in (blocking/block-keys.ts). Filing a spelling is O(1) after its first
 * sight.
 */

import { blockKeys, familyKey } from "../blocking/block-keys";
import type { NameParts } from "../names/parse-name";
import { nameForm } from "../names/parse-name";
import { groupKey } from "./group-authors";

export interface NameForm {
  /** The folded name: given names, then the family name (`adam scibior`); a group's key (`atlas collaboration`). */
  text: string;
  readings: NameParts[];
  /** A group author (a collaboration, a consortium): never compared with people. */
  group: boolean;
  /** Spellings as written (numbers into FormTable.spellings, in order of first sight) → how often. */
  spellings: Map<number, number>;
  /** Blocks this form is compared in; empty for groups. */
  blocks: string[];
  /** Family name and first initial: how coauthors are recognised across spellings (`F. Wood` = `Frank Wood`). */
  coarse: string;
  /** The family key (blocking/block-keys.ts) of each reading. */
  familyKeys: string[];
  /** How much the name says: two points per full given name, one per initial (names/form-label.ts). */
  specificity: number;
}

export interface FormTable {
  forms: NameForm[];
  /** Every distinct spelling as written, numbered (build-occurrences.ts numbers them as it first sees them). */
  spellings: string[];
  /** Files readings under a form; returns its index. */
  add(readings: NameParts[], group: boolean): number;
  /** Counts one more occurrence written `spelling` (its number). */
  spell(form: number, spelling: number): void;
  isGroup(form: number): boolean;
}

/** An empty form table. */
export function buildFormTable(): FormTable {
  const forms: NameForm[] = [];
  const byKey = new Map<string, number>();
  return {
    forms,
    spellings: [],
    add(readings, group) {
      // Every spelling of one group is one form, whatever its readings (group-authors.ts).
      const text = group ? groupKey(nameForm(readings[0]!)) : nameForm(readings[0]!);
      const key = group ? `g\u0000${text}` : `p${readings.length}\u0000${text}`;
      let index = byKey.get(key);
      if (index === undefined) {
        const parts = readings[0]!;
        const coarse = `c:${familyKey(parts.family)}|${parts.given[0]?.[0] ?? ""}`;
        const blocks = group ? [] : blockKeys(readings);
        const familyKeys = readings.map((reading) => familyKey(reading.family));
        const specificity = parts.given.reduce((sum, name) => sum + (name.length > 1 ? 2 : 1), 0);
        const form = { text, readings, group, spellings: new Map(), blocks, coarse, familyKeys, specificity };
        index = forms.push(form) - 1;
        byKey.set(key, index);
      }
      return index;
    },
    spell(form, spelling) {
      const { spellings } = forms[form]!;
      spellings.set(spelling, (spellings.get(spelling) ?? 0) + 1);
    },
    isGroup: (form) => forms[form]!.group,
  };
}
