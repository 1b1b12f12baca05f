/**
 * The joins no weighing can overturn, made first: occurrences fixed to one thesaurus person are one
 * person (unless one paper names both: two authors of one paper are two people), and occurrences sharing
 * an id of any scheme are one person, whatever their spellings, unless the thesaurus or another id of the
 * same scheme keeps them apart (then the pair is listed as a doubtful split). A join between different
 * spellings is logged with its id or thesaurus line as the evidence. One visit per occurrence and id.
 */

import type { Evidence } from "../../model";
import type { IdKind } from "../occurrences/author-ids";
import { ID_KINDS, idName } from "../occurrences/author-ids";
import type { IdentityEngine } from "./engine";
import { joinClusters } from "./engine";

/** What a forced join has against it: nothing (one list shared by every such decision: never change it). */
const NOTHING_AGAINST: Evidence[] = [];

/** `shared ORCID ` and the like, by scheme: each id's evidence text is then one concatenation, not three. */
const SHARED = Object.fromEntries(ID_KINDS.map((kind) => [kind, `shared ${idName(kind)} `])) as Record<IdKind, string>;

/**
 * True when a join is worth logging: between different spellings, or of a thesaurus-fixed occurrence
 * (same-spelling joins say nothing worth showing). The evidence is then written only for the joins that
 * are logged (most id joins are of one spelling).
 */
function worthLogging(engine: IdentityEngine, a: number, b: number): boolean {
  const { clusters, table } = engine;
  // Each cluster's sole form, kept up to date by union: no profile nor form map is built to tell.
  const sole = clusters.soleFormOf(clusters.find(a));
  return sole < 0 || sole !== clusters.soleFormOf(clusters.find(b)) || table.pins.has(a);
}

/** Logs a forced join worth logging (worthLogging), with evidence the caller may share between joins of one reason, then makes it. */
function join(engine: IdentityEngine, a: number, b: number, evidence: Evidence[]): void {
  engine.log.record("join", a, b, { score: Infinity, for: evidence, against: NOTHING_AGAINST }, Infinity);
  joinClusters(engine, a, b);
}

/** Joins the occurrences of each thesaurus person. */
export function joinThesaurusPersons(engine: IdentityEngine): void {
  const first = new Map<number, number>();
  // The pins in occurrence order (they were filed in it).
  for (const [index, pin] of engine.table.pins) {
    const holder = first.get(pin.person);
    if (holder === undefined) {
      first.set(pin.person, index);
      continue;
    }
    const { clusters } = engine;
    if (clusters.find(holder) === clusters.find(index)) continue;
    const reason = clusters.hardConflict(holder, index);
    if (reason === "one paper names both") continue;
    if (worthLogging(engine, holder, index))
      join(engine, holder, index, [{ kind: "thesaurus", weight: Infinity, text: pin.by }]);
    else joinClusters(engine, holder, index);
  }
}

/** Joins occurrences that share an id, or lists them when another id or the thesaurus keeps them apart. */
export function joinSharedIds(engine: IdentityEngine): void {
  // The first occurrence of each id, by the id's number (equal ids of one scheme share it): no map lookup.
  const holders = new Int32Array(engine.table.idCount).fill(-1);
  // Per id number, the evidence of its joins, written once: one person's spellings joined by one id (28,000
  // logged joins of 4,000 ids on 20,000 generated works) share one list, not one list and text each.
  const evidenceOf = new Array<Evidence[] | undefined>(engine.table.idCount);
  const { clusters } = engine;
  // Id numbers read from columns: the tuples are read only for the pairs that need a check or a text.
  const { idList, idLists, idStart, idNumbers } = engine.table;
  for (let index = 0; index < idList.length; index++) {
    const list = idList[index]!;
    if (list < 0) continue;
    for (let i = idStart[list]!; i < idStart[list + 1]!; i++) {
      const number = idNumbers[i]!;
      const other = holders[number]!;
      if (other < 0) {
        holders[number] = index;
        continue;
      }
      if (clusters.find(other) === clusters.find(index)) continue;
      const reason = clusters.hardConflict(other, index);
      // Most joins are of one spelling and log nothing: no evidence (nor a function to write it) for them.
      if (reason === undefined && !worthLogging(engine, other, index)) {
        joinClusters(engine, other, index);
        continue;
      }
      const id = idLists[list]![i - idStart[list]!]!;
      const evidence = (evidenceOf[number] ??= [{ kind: "id", weight: Infinity, text: SHARED[id[0]] + id[1] }]);
      if (reason === undefined) join(engine, other, index, evidence);
      else
        engine.log.record(
          "split",
          other,
          index,
          { score: Infinity, for: evidence, against: [{ kind: "constraint", weight: -Infinity, text: reason }] },
          Infinity,
        );
    }
  }
}
