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
import { compareGiven, compareReadings } from "../names/compatibility";
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

/** Points of the given names' agreement, with the bonus of a full first name under a top family name. */
function givenPoints(match: NameMatch, commonness: keyof typeof FAMILY_POINTS): number {
  let given = FIRST_POINTS[match.first] + match.middleFull * WEIGHTS.middleFull;
  given += match.middleInitials * WEIGHTS.middleInitial + (match.compoundFamily ? WEIGHTS.compoundFamily : 0);
  if (commonness === "top" && (match.first === "equal" || match.first === "nickname"))
    given += WEIGHTS.topFamilyFirstName;
  return given;
}

/** What the name judgement reads: the forms, their ambiguity in their blocks, forms that ids tell apart. */
export interface NameContext {
  table: FormTable;
  /** Per form, how many fuller names of its blocks it fits (blocking/blocks.ts). */
  ambiguity: Int32Array;
  /** Forms borne by several people that ids tell apart (clustering/same-name.ts): form → how many. */
  contested: ReadonlyMap<number, number>;
  /** Points every name gains in a small corpus (corpusPoints). */
  smallCorpus: number;
}

/** ln(5,000 / M) for a corpus of M distinct names, M at least 1,000: fewer names, fewer namesakes. */
export function corpusPoints(distinctNames: number): number {
  const m = Math.max(1000, Math.min(5000, distinctNames));
  return Math.round(Math.min(WEIGHTS.smallCorpusMax, Math.log(5000 / m)) * 100) / 100;
}

/**
 * Points and evidence of one pair of forms; `vaguer` is the less specific side's least ambiguous form
 * (a side that holds a maximal form is not ambiguous, whichever of its forms is compared).
 */
function judgeForms(
  { table, ambiguity, contested, smallCorpus }: NameContext,
  a: number,
  b: number,
  vaguer: number,
): NameJudgement {
  const match = compareReadings(table.forms[a]!.readings, table.forms[b]!.readings);
  if (match.conflict) return { conflict: match.conflict, points: -Infinity, evidence: [] };
  if (match.first === "typo") return { typo: describe(table, a, b, match), points: -Infinity, evidence: [] };
  const family = table.forms[a]!.familyKeys[0]!;
  const commonness = familyCommonness(family);
  const evidence: Evidence[] = [
    { kind: "name", weight: givenPoints(match, commonness), text: describe(table, a, b, match) },
    {
      kind: "name",
      weight: FAMILY_POINTS[commonness],
      text: commonness === "other" ? `family name "${family}" is not a common one` : `common family name "${family}"`,
    },
  ];
  if (smallCorpus > 0)
    evidence.push({
      kind: "name",
      weight: smallCorpus,
      text: `a small corpus (${table.forms.length} names): namesakes are few`,
    });
  const k = ambiguity[vaguer]!;
  const byIds = a === b ? (contested.get(a) ?? 0) : 0;
  if (byIds > 1) {
    // The same name borne by several people with different ids: it cannot say which of them it is.
    const points = evidence.reduce((sum, item) => sum + item.weight, 0);
    evidence.push({
      kind: "ambiguity",
      weight: Math.round(-(points + Math.log(byIds - 1)) * 100) / 100,
      text: `${byIds} people with different ids are named "${formLabel(table, a)}"`,
    });
  } else if (k > 1) {
    // Two forms that differ, when the vaguer one fits k people of its block: the name cannot say which of
    // them it is, so it counts for no more than the odds of one in k (−ln(k − 1)). Two occurrences of
    // the same form keep their name evidence, less ln k: they may be any of the k, but likely the same one.
    const points = evidence.reduce((sum, item) => sum + item.weight, 0);
    const weight = a === b ? -Math.log(k) : -(points + Math.log(k - 1));
    evidence.push({
      kind: "ambiguity",
      weight: Math.round(weight * 100) / 100,
      text: `"${formLabel(table, vaguer)}" fits ${k} different fuller names here`,
    });
  }
  return { points: evidence.reduce((sum, item) => sum + item.weight, 0), evidence };
}

/** The least ambiguous form of the less specific side (by its most specific form). */
function vaguerSide(context: NameContext, formsA: readonly number[], formsB: readonly number[]): number {
  const spec = (forms: readonly number[]) => Math.max(...forms.map((form) => specificity(context.table, form)));
  const side = spec(formsA) <= spec(formsB) ? formsA : formsB;
  return side.reduce((best, form) => (context.ambiguity[form]! < context.ambiguity[best]! ? form : best));
}

/** Judges two clusters' names: any conflicting pair of forms forbids the join; the best pair speaks otherwise. */
export function nameEvidence(context: NameContext, formsA: Iterable<number>, formsB: Iterable<number>): NameJudgement {
  let best: NameJudgement | undefined;
  let typo: string | undefined;
  const [listA, listB] = [[...formsA], [...formsB]];
  const vaguer = vaguerSide(context, listA, listB);
  for (const a of listA) {
    for (const b of listB) {
      const judgement = judgeForms(context, a, b, vaguer);
      if (judgement.conflict) return judgement;
      if (judgement.typo) typo ??= judgement.typo;
      else if (!best || judgement.points > best.points) best = judgement;
    }
  }
  if (typo !== undefined) return { typo, points: -Infinity, evidence: [] };
  return best!;
}

/**
 * The points of a form's name against itself — `nameEvidence(context, [form], [form]).points` — without
 * writing its evidence (joinSameNames asks this of every repeated form and keeps only the number; the
 * texts were a fifth of its time on 100,000 generated works). A form that fits one name of its block and
 * that no ids contest gets only the name's own points, summed in judgeForms' order: given names, family
 * name, small corpus. Its first reading against itself is its best match (compareReadings keeps the first
 * agreeing pair, and equal given names always agree), so only that reading is compared.
 */
export function aloneNamePoints(context: NameContext, form: number): number {
  const { table, ambiguity, contested, smallCorpus } = context;
  if (ambiguity[form] !== 1 || (contested.get(form) ?? 0) > 1) return nameEvidence(context, [form], [form]).points;
  const { readings, familyKeys } = table.forms[form]!;
  const { given } = readings[0]!;
  const match = compareGiven(given, given);
  const commonness = familyCommonness(familyKeys[0]!);
  const points = 0 + givenPoints(match, commonness) + FAMILY_POINTS[commonness];
  return smallCorpus > 0 ? points + smallCorpus : points;
}
