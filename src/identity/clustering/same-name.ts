/**
 * Occurrences of one name form whose name alone reaches the threshold (a rare full name: `Atılım Güneş
 * Baydin` is one person wherever it appears) are joined here, in one linear pass per form, without
 * comparing pairs: each occurrence joins the first cluster of its form that no hard constraint keeps it
 * from. An occurrence without ids, when its form is borne by several clusters told apart by ids, fits
 * none of them better than the others: it stays apart and is listed against each. Common names (`Wei
 * Zhang`), and forms that fit several fuller names of their block, are left to the evidence
 * (agglomerate.ts). Group authors join by their folded name alone.
 */

import { aloneNamePoints, corpusPoints } from "../evidence/name-evidence";
import { formLabel } from "../names/form-label";
import type { IdentityEngine } from "./engine";
import { joinClusters } from "./engine";

const MAX_LISTED = 10;

/** Lists an occurrence without ids against each of the id-bearing people of its name. */
function listAmbiguous(engine: IdentityEngine, index: number, people: readonly number[]): void {
  const name = formLabel(engine.table.forms, engine.table.form[index]!);
  for (const root of people.slice(0, MAX_LISTED))
    engine.log.record(
      "split",
      root,
      index,
      {
        score: engine.threshold,
        for: [{ kind: "name", weight: 0, text: `same name "${name}"` }],
        against: [
          {
            kind: "constraint",
            weight: 0,
            text: `${people.length} people with different ids are named "${name}"; this record gives no id`,
          },
        ],
      },
      engine.threshold,
    );
}

/** Joins one form's occurrences into as few clusters as the constraints allow. */
function joinForm(engine: IdentityEngine, occurrences: readonly number[]): void {
  const { clusters } = engine;
  const people: number[] = [];
  const bare: number[] = [];
  for (const index of occurrences) {
    if (!clusters.idsOf(clusters.find(index)) && clusters.pinOf(clusters.find(index)) === undefined) {
      bare.push(index);
      continue;
    }
    // The first person it fits, by a loop: a function per occurrence for find cost more than the search.
    let home: number | undefined;
    for (const person of people)
      if (!clusters.hardConflict(person, index)) {
        home = person;
        break;
      }
    if (home === undefined) people.push(index);
    else if (clusters.find(home) !== clusters.find(index)) joinClusters(engine, home, index);
  }
  const roots = () => [...new Set(people.map((person) => clusters.find(person)))];
  for (const index of bare) {
    const fitting = roots().filter((root) => !clusters.hardConflict(root, index));
    if (fitting.length === 1) joinClusters(engine, fitting[0]!, index);
    else if (fitting.length === 0) people.push(index);
    else listAmbiguous(engine, index, fitting);
  }
}

/** Marks forms borne by several clusters with ids (after the id joins): their name alone cannot tell who. */
function markContested(engine: IdentityEngine): void {
  const { clusters } = engine;
  engine.formOccurrences.forEach((occurrences, form) => {
    // A Set only once a second holder appears: most forms are one person's (or have one occurrence).
    let first = -1;
    let holders: Set<number> | undefined;
    for (const index of occurrences) {
      const root = clusters.find(index);
      if (!clusters.idsOf(root)) continue;
      if (first < 0) first = root;
      else if (root !== first) (holders ??= new Set([first])).add(root);
    }
    if (holders) engine.contested.set(form, holders.size);
  });
}

/** Joins occurrences of rare name forms (and of group names) by the name alone. */
export function joinSameNames(engine: IdentityEngine): void {
  const { forms } = engine.table.forms;
  markContested(engine);
  const context = {
    table: engine.table.forms,
    ambiguity: engine.ambiguity,
    contested: new Map<number, number>(),
    smallCorpus: corpusPoints(engine.table.forms.forms.length),
  };
  engine.formOccurrences.forEach((occurrences, form) => {
    if (occurrences.length < 2) return;
    // A form that fits several people of its block (`Pandolfi, J` beside John M. and John E.) is not one
    // person by itself, however rare the family name: its occurrences are judged on the evidence.
    const alone =
      forms[form]!.group || (engine.ambiguity[form] === 1 && aloneNamePoints(context, form) >= engine.threshold);
    if (alone) joinForm(engine, occurrences);
  });
}
