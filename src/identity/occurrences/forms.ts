/**
 * Name forms: one entry per distinct folded name (and reading), shared by all its occurrences, holding
 * what every comparison needs — the readings, the spellings as written (for labels), and the keys of the
 * blocks the form is compared in (blocking/block-keys.ts). Filing a spelling is O(1) after its first
 * sight. Occurrences are counted per spelling while they are filed (an array slot: the form object is
 * not touched per occurrence), and when filing is over (`finish`) every form's spellings are written as
 * columns over all forms — no Map per form.
 */

import { blockKeys } from "../blocking/block-keys";
import { familyWords } from "../names/compatibility";
import type { NameParts } from "../names/parse-name";
import { nameForm } from "../names/parse-name";
import { groupKey } from "./group-authors";

export interface NameForm {
  /** The folded name: given names, then the family name (`adam scibior`); a group's key (`atlas collaboration`). */
  text: string;
  readings: NameParts[];
  /** A group author (a collaboration, a consortium): never compared with people. */
  group: boolean;
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
  /**
   * The spellings of each form, in order of first sight, as columns filled by `finish`: form `f`'s are
   * `formSpellings[spellingStart[f]]` to `formSpellings[spellingStart[f + 1] - 1]` (numbers into
   * `spellings`), each seen `spellingCounts[i]` times.
   */
  spellingStart: Int32Array;
  formSpellings: Int32Array;
  spellingCounts: Int32Array;
  /** Files readings under a form; returns its index. `written` is nameForm of the first reading, when known. */
  add(readings: NameParts[], group: boolean, written?: string): number;
  /** Counts one more occurrence written `spelling` (its number). */
  spell(form: number, spelling: number): void;
  /** Writes every form's spellings and counts, in order of first sight; call once, after the last `spell`. */
  finish(): void;
  isGroup(form: number): boolean;
}

/** Room for this many spellings in a pair's number (form × SPAN + spelling): far more than any corpus has. */
const SPAN = 2 ** 26;

/** An empty form table. */
export function buildFormTable(): FormTable {
  const forms: NameForm[] = [];
  const byKey = new Map<string, number>();
  // A spelling is nearly always filed under one form, the one of its first sight: its count is kept by
  // spelling number. The rare other pairs (a thesaurus entry for one paper, a reader's group flag) are
  // counted by pair. `firstSights` lists the pairs in order of first sight: a spelling number, or
  // -1 - the index of an other pair.
  const formOfSpelling: number[] = [];
  const countOfSpelling: number[] = [];
  const otherPairs = new Map<number, number>();
  const others: { form: number; spelling: number; count: number }[] = [];
  const firstSights: number[] = [];
  const table: FormTable = {
    forms,
    spellings: [],
    spellingStart: new Int32Array(1),
    formSpellings: new Int32Array(0),
    spellingCounts: new Int32Array(0),
    add(readings, group, written) {
      const parts = readings[0]!;
      const name = written ?? nameForm(parts);
      // Every spelling of one group is one form, whatever its readings (group-authors.ts).
      const text = group ? groupKey(name) : name;
      const key = group ? `g\u0000${text}` : `p${readings.length}\u0000${text}`;
      let index = byKey.get(key);
      if (index === undefined) {
        // Each reading's family words once: the family keys, the coarse key and the blocks are made of them.
        const words = readings.map((reading) => familyWords(reading.family));
        const familyKeys = words.map((list) => list.join(""));
        const coarse = `c:${familyKeys[0]}|${parts.given[0]?.[0] ?? ""}`;
        const blocks = group ? [] : blockKeys(readings, words);
        const specificity = parts.given.reduce((sum, name) => sum + (name.length > 1 ? 2 : 1), 0);
        const form = { text, readings, group, blocks, coarse, familyKeys, specificity };
        index = forms.push(form) - 1;
        byKey.set(key, index);
      }
      return index;
    },
    spell(form, spelling) {
      const first = formOfSpelling[spelling];
      if (first === form) countOfSpelling[spelling]!++;
      else if (first === undefined) {
        formOfSpelling[spelling] = form;
        countOfSpelling[spelling] = 1;
        firstSights.push(spelling);
      } else {
        const index = otherPairs.get(form * SPAN + spelling);
        if (index !== undefined) others[index]!.count++;
        else {
          otherPairs.set(form * SPAN + spelling, others.length);
          firstSights.push(-1 - others.length);
          others.push({ form, spelling, count: 1 });
        }
      }
    },
    finish() {
      // Each pair's form, then a counting sort by form: the pairs of one form stay in order of first sight.
      const formOf = (sight: number) => (sight >= 0 ? formOfSpelling[sight]! : others[-1 - sight]!.form);
      const start = new Int32Array(forms.length + 1);
      for (const sight of firstSights) start[formOf(sight) + 1]!++;
      for (let form = 0; form < forms.length; form++) start[form + 1]! += start[form]!;
      const fill = start.slice(0, forms.length);
      const [spellings, counts] = [new Int32Array(firstSights.length), new Int32Array(firstSights.length)];
      for (const sight of firstSights) {
        const at = fill[formOf(sight)]!++;
        const other = sight < 0 ? others[-1 - sight]! : undefined;
        spellings[at] = other ? other.spelling : sight;
        counts[at] = other ? other.count : countOfSpelling[sight]!;
      }
      table.spellingStart = start;
      table.formSpellings = spellings;
      table.spellingCounts = counts;
    },
    isGroup: (form) => forms[form]!.group,
  };
  return table;
}
