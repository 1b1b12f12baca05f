/**
 * The judgement of one pair of clusters: the hard constraints first (ids, thesaurus, a shared paper, a
 * conflicting name), then every weighted evidence item — name, context, list owner — summed into points
 * and split into evidence for and against. Pure given the engine state; cost: the name comparison plus
 * one walk over the smaller cluster's profile.
 */

import type { Evidence } from "../../model";
import type { IdentityEngine } from "../clustering/engine";
import { formLabel } from "../names/form-label";
import { contextEvidence } from "./context-evidence";
import { corpusPoints, nameEvidence } from "./name-evidence";
import { WEIGHTS } from "./weights";

export interface PairJudgement {
  score: number;
  for: Evidence[];
  against: Evidence[];
  /** A hard constraint or a name conflict: never one person, whatever the points. */
  blocked?: string;
  /** The names are one typo apart: listed, never joined. */
  typo?: string;
}

/** Evidence that one side is the owner of the files the other side's occurrences all come from. */
function ownerEvidence(engine: IdentityEngine, ra: number, rb: number, contextPoints: number): Evidence[] {
  for (const [owner, other] of [
    [ra, rb],
    [rb, ra],
  ] as const) {
    const owned = engine.owners.ownedBy(owner);
    if (!owned.length) continue;
    const files = engine.clusters.profile(other).files;
    const covering = owned.filter((item) => files.has(item.file));
    if (!covering.length || covering.length < files.size) continue;
    const label = formLabel(engine.table.forms, engine.table.form[covering[0]!.seed]!);
    const where = `the list of ${label} (${covering[0]!.file})`;
    if (covering.some((item) => item.stated))
      return [{ kind: "owner", weight: WEIGHTS.ownerStated, text: `in ${where}, whose owner is stated` }];
    if (contextPoints > 0)
      return [{ kind: "owner", weight: WEIGHTS.ownerInferredNear, text: `in ${where}, near the owner's other papers` }];
    return [
      {
        kind: "owner",
        weight: WEIGHTS.ownerInferredFar,
        text: `in ${where}, but on papers with nothing in common with the owner's others`,
      },
    ];
  }
  return [];
}

const blocked = (reason: string): PairJudgement => ({ score: -Infinity, for: [], against: [], blocked: reason });

/** Judges whether two clusters are one person; `typoContext` adds the context evidence of a typo (for listing it). */
export function judgePair(engine: IdentityEngine, a: number, b: number, typoContext = false): PairJudgement {
  const { clusters, table } = engine;
  const [ra, rb] = [clusters.find(a), clusters.find(b)];
  const hard = clusters.hardConflict(ra, rb);
  if (hard) return blocked(hard);
  const names = {
    table: table.forms,
    ambiguity: engine.ambiguity,
    contested: engine.contested,
    smallCorpus: corpusPoints(table.forms.forms.length),
  };
  const name = nameEvidence(names, clusters.formsOf(ra).keys(), clusters.formsOf(rb).keys());
  if (name.conflict) return blocked(name.conflict);
  // Names first: the profiles (coauthors, affiliations…) are built only for pairs whose names may agree,
  // and for a typo only when the doubt is being listed.
  if (name.typo !== undefined && !typoContext) return { score: -Infinity, for: [], against: [], typo: name.typo };
  const [pa, pb] = [clusters.profile(ra), clusters.profile(rb)];
  const own = new Set<string>();
  for (const profile of [pa, pb])
    for (const form of profile.forms.keys()) for (const key of table.forms.forms[form]!.familyKeys) own.add(key);
  const context = contextEvidence(engine, pa, pb, own);
  if (name.typo !== undefined)
    return {
      score: -Infinity,
      for: [{ kind: "name", weight: 0, text: name.typo }, ...context.filter((item) => item.weight >= 0)],
      against: context.filter((item) => item.weight < 0),
      typo: name.typo,
    };
  const contextPoints = context.reduce((sum, item) => sum + Math.max(0, item.weight), 0);
  const evidence = [...name.evidence, ...context, ...ownerEvidence(engine, ra, rb, contextPoints)];
  return {
    score: Math.round(evidence.reduce((sum, item) => sum + item.weight, 0) * 100) / 100,
    for: evidence.filter((item) => item.weight >= 0),
    against: evidence.filter((item) => item.weight < 0),
  };
}
