/**
 * Evidence from the names themselves (WEIGHTS in weights.ts): how much of the given names agree (a full
 * first name, a nickname, an initial; each middle name), how common the family name is, and how many
 * people of the block the less specific name could stand for. For two clusters every pair of their forms
 * must be compatible — a cluster never holds two conflicting given names — and the best-agreeing pair
 * speaks for them. A one-letter typo between full names is reported as such and never joins. Cost: the
 * product of the two clusters' numbers of forms (a handful), each comparison linear in the name.
 */

import type { Evidence } from "../../model";
import { familyCommonness } from "../names/common-names";
import type { NameMatch } from "../names/compatibility";
import { compareReadings, familyWords } from "../names/compatibility";
import { formLabel, specificity } from "../names/form-label";
import type { FormTable } from "../occurrences/forms";
import { WEIGHTS } from "./weights";

export interface NameJudgement {
  /** Two names that cannot be one person (the judgement then holds nothing else). */
  conflict?: string;
  /** Two names one typo apart: listed, never joined. */
  typo?: string;
  points: number;
  evidence: Evidence[];
}

const FIRST_POINTS: Record<NameMatch["first"], number> = {
  equal: WEIGHTS.firstEqual,
  nickname: WEIGHTS.firstNickname,
  short: WEIGHTS.firstShort,
  initial: WEIGHTS.firstInitial,
  initials: WEIGHTS.firstInitials,
  absent: WEIGHTS.firstAbsent,
  typo: 0,
};

const FAMILY_POINTS = { top: WEIGHTS.familyTop, common: WEIGHTS.familyCommon, other: WEIGHTS.familyOther } as const;

function describe(table: FormTable, a: number, b: number, match: NameMatch): string {
  const [la, lb] = [formLabel(table, a), formLabel(table, b)];
  if (la === lb || table.forms[a]!.text === table.forms[b]!.text) return `same name "${la}"`;
  const how = { equal: "", nickname: " (nickname)", short: " (short form)", typo: " (typo)" } as Record<string, string>;
  return `"${la}" fits "${lb}"${how[match.first] ?? ""}`;
}

/** Points and evidence of one pair of forms; `ambiguity` is per form (blocking/blocks.ts). */
function judgeForms(table: FormTable, ambiguity: Int32Array, a: number, b: number): NameJudgement {
  const match = compareReadings(table.forms[a]!.readings, table.forms[b]!.readings);
  if (match.conflict) return { conflict: match.conflict, points: -Infinity, evidence: [] };
  if (match.first === "typo") return { typo: describe(table, a, b, match), points: -Infinity, evidence: [] };
  const family = familyWords(table.forms[a]!.readings[0]!.family).join("");
  const commonness = familyCommonness(family);
  let given = FIRST_POINTS[match.first] + match.middleFull * WEIGHTS.middleFull;
  given += match.middleInitials * WEIGHTS.middleInitial + (match.compoundFamily ? WEIGHTS.compoundFamily : 0);
  if (commonness === "top" && (match.first === "equal" || match.first === "nickname"))
    given += WEIGHTS.topFamilyFirstName;
  const evidence: Evidence[] = [
    { kind: "name", weight: given, text: describe(table, a, b, match) },
    {
      kind: "name",
      weight: FAMILY_POINTS[commonness],
      text: commonness === "other" ? `family name "${family}" is not a common one` : `common family name "${family}"`,
    },
  ];
  const vaguer = specificity(table, a) <= specificity(table, b) ? a : b;
  const k = ambiguity[vaguer]!;
  if (k > 1)
    evidence.push({
      kind: "ambiguity",
      weight: Math.round(WEIGHTS.ambiguity * Math.log(k) * 100) / 100,
      text: `"${formLabel(table, vaguer)}" fits ${k} different fuller names here`,
    });
  return { points: evidence.reduce((sum, item) => sum + item.weight, 0), evidence };
}

/** Judges two clusters' names: any conflicting pair of forms forbids the join; the best pair speaks otherwise. */
export function nameEvidence(
  table: FormTable,
  ambiguity: Int32Array,
  formsA: Iterable<number>,
  formsB: Iterable<number>,
): NameJudgement {
  let best: NameJudgement | undefined;
  let typo: string | undefined;
  const listB = [...formsB];
  for (const a of formsA) {
    for (const b of listB) {
      const judgement = judgeForms(table, ambiguity, a, b);
      if (judgement.conflict) return judgement;
      if (judgement.typo) typo ??= judgement.typo;
      else if (!best || judgement.points > best.points) best = judgement;
    }
  }
  if (typo !== undefined) return { typo, points: -Infinity, evidence: [] };
  return best!;
}
