/**
 * The two strong identity rules, applied before any guess on initials:
 * 1. ids — units sharing an ORCID, OpenAlex, Scopus, DBLP or Semantic Scholar id are one person, whatever
 *    their spellings (`Åšcibior, Adam` and `Adam Scibior` with one OpenAlex id);
 * 2. the same folded name — units with one name form are one person, unless their ids differ (DBLP's
 *    `Di Xu` and `Di Xu 0001`, two ORCIDs). A reference without any id then joins the name only when one
 *    person holds it; when several do, it stays apart and is listed as a possible duplicate of each.
 * Both passes visit each unit a constant number of times: O(units + ids).
 */

import { idName } from "./identity-union";
import type { IdentityState } from "./name-units";
import { recordLink, unitLabel } from "./name-units";

/** At most this many candidates are listed per doubtful name, so one very common name cannot flood the list. */
export const MAX_CANDIDATES = 10;

/** Joins units that share any id, recording the id as the evidence when the spellings differ. */
export function linkIds(state: IdentityState): void {
  const holder = new Map<string, number>();
  state.units.forEach((unit, index) => {
    for (const [kind, values] of unit.ids) {
      for (const value of values) {
        const id = `${kind}:${value}`;
        const other = holder.get(id);
        if (other === undefined) {
          holder.set(id, index);
          continue;
        }
        const evidence = `shared ${idName(kind)} ${value}`;
        const reason = state.union.conflict(other, index);
        if (reason !== undefined) {
          state.doubts.push({ a: other, b: index, for: [evidence], against: [reason] });
        } else if (state.union.find(other) !== state.union.find(index)) {
          state.union.union(other, index);
          if (state.units[other]!.form !== unit.form) recordLink(state, other, index, evidence);
        }
      }
    }
  });
}

/** Joins units with the same name form unless their ids tell them apart. */
export function linkSameName(state: IdentityState): void {
  const byForm = new Map<string, number[]>();
  state.units.forEach((unit, index) => {
    const list = byForm.get(unit.form);
    if (list) list.push(index);
    else byForm.set(unit.form, [index]);
  });
  for (const indices of byForm.values()) {
    if (indices.length < 2) continue;
    const withIds = indices.filter((index) => state.units[index]!.ids.size > 0);
    const bare = indices.find((index) => state.units[index]!.ids.size === 0);
    // Each id-bearing unit joins the first earlier person its ids agree with, or starts a new one.
    const people: number[] = [];
    for (const index of withIds) {
      if (!people.some((person) => state.union.union(person, index))) people.push(index);
    }
    if (bare === undefined || people.length === 0) continue;
    if (people.length === 1 && state.union.union(bare, people[0]!)) continue;
    const name = unitLabel(state.units[bare]!);
    for (const root of people.slice(0, MAX_CANDIDATES)) {
      state.doubts.push({
        a: bare,
        b: root,
        for: [`same name "${name}"`],
        against: [`${people.length} people with different ids are named "${name}"; this record gives no id`],
      });
    }
  }
}
