/**
 * Evidence from what surrounds two groups of occurrences (WEIGHTS in weights.ts): coauthors they share,
 * weighted by how rare each coauthor is (a hub on most papers is no evidence; coauthors of the candidates'
 * own family name are left out, as they may be the candidates themselves); affiliation words in common
 * (IDF-weighted overlap); a shared venue and shared subjects that are not on most papers; and years far
 * apart. Cost: linear in the smaller side's profile.
 */

import type { Evidence } from "../../model";
import type { ClusterProfile } from "../clustering/clusters";
import { displayName } from "../names/clean-name";
import type { OccurrenceTable } from "../occurrences/build-occurrences";
import type { CorpusStats } from "./corpus-stats";
import { WEIGHTS } from "./weights";

/** What context evidence reads besides the two profiles. */
export interface ContextInputs {
  table: OccurrenceTable;
  stats: CorpusStats;
}

const round = (value: number): number => Math.round(value * 100) / 100;
const quote = (texts: string[]): string => texts.map((text) => `"${text}"`).join(", ");

/** The keys both maps hold, walking the smaller. */
function shared(a: ReadonlyMap<number, number>, b: ReadonlyMap<number, number>): number[] {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  const keys: number[] = [];
  for (const key of small.keys()) if (large.has(key)) keys.push(key);
  return keys;
}

const familyOfCoarse = (inputs: ContextInputs, id: number): string => {
  const text = inputs.table.words.text(id);
  return text.slice(2, text.lastIndexOf("|"));
};

function coauthorEvidence(
  inputs: ContextInputs,
  a: ClusterProfile,
  b: ClusterProfile,
  own: ReadonlySet<string>,
): Evidence[] {
  let total = 0;
  const names: string[] = [];
  for (const key of shared(a.coauthors, b.coauthors)) {
    if (own.has(familyOfCoarse(inputs, key))) continue;
    const idf = inputs.stats.paperIdf(key);
    if (idf < WEIGHTS.coauthorFloor) continue;
    total += Math.min(idf, WEIGHTS.coauthorMax);
    if (names.length < 5) names.push(displayName(inputs.table.coarseLabels.get(key) ?? inputs.table.words.text(key)));
  }
  if (!names.length) return [];
  const weight = round(Math.min(total, WEIGHTS.coauthorsTotalMax));
  return [{ kind: "coauthors", weight, text: `shared coauthor${names.length > 1 ? "s" : ""} ${quote(names)}` }];
}

function affiliationEvidence(inputs: ContextInputs, a: ClusterProfile, b: ClusterProfile): Evidence[] {
  if (!a.affiliation.size || !b.affiliation.size) return [];
  const mass = (profile: ClusterProfile) =>
    [...profile.affiliation.keys()].reduce((sum, word) => sum + inputs.stats.affiliationIdf(word), 0);
  let common = 0;
  const words: string[] = [];
  for (const word of shared(a.affiliation, b.affiliation)) {
    common += inputs.stats.affiliationIdf(word);
    if (words.length < 4) words.push(inputs.table.words.text(word).slice(2));
  }
  const similarity = common / Math.max(1e-9, Math.min(mass(a), mass(b)));
  if (similarity >= 0.5)
    return [{ kind: "affiliation", weight: WEIGHTS.affiliationSame, text: `same affiliation (${quote(words)})` }];
  if (similarity >= 0.3)
    return [{ kind: "affiliation", weight: WEIGHTS.affiliationClose, text: `close affiliations (${quote(words)})` }];
  if (similarity < 0.2)
    return [{ kind: "affiliation", weight: WEIGHTS.affiliationDifferent, text: "different affiliations" }];
  return [];
}

function venueAndSubjects(inputs: ContextInputs, a: ClusterProfile, b: ClusterProfile): Evidence[] {
  const evidence: Evidence[] = [];
  const { stats, table } = inputs;
  const venue = shared(a.venues, b.venues).find((id) => stats.paperIdf(id) >= 1);
  if (venue !== undefined)
    evidence.push({ kind: "venue", weight: WEIGHTS.venue, text: `same venue "${table.words.text(venue).slice(2)}"` });
  const subjects = shared(a.subjects, b.subjects).filter((id) => stats.paperIdf(id) >= 1);
  if (!subjects.length && a.fields.size && b.fields.size && !shared(a.fields, b.fields).length)
    evidence.push({ kind: "subjects", weight: WEIGHTS.differentFields, text: "no field (subject category) in common" });
  if (subjects.length) {
    const weight = Math.min(WEIGHTS.subjectsMax, subjects.length * WEIGHTS.subject);
    const names = subjects.slice(0, 4).map((id) => table.words.text(id).slice(2));
    evidence.push({ kind: "subjects", weight, text: `shared subjects ${quote(names)}` });
  }
  return evidence;
}

function yearEvidence(a: ClusterProfile, b: ClusterProfile): Evidence[] {
  if (a.firstYear === undefined || b.firstYear === undefined) return [];
  const gap = Math.max(a.firstYear - b.lastYear!, b.firstYear - a.lastYear!, 0);
  if (gap > 30) return [{ kind: "years", weight: WEIGHTS.yearsApart30, text: `papers ${gap} years apart` }];
  if (gap > 15) return [{ kind: "years", weight: WEIGHTS.yearsApart15, text: `papers ${gap} years apart` }];
  return [];
}

/** True when a profile has a coauthor besides the candidates (a paper with others on it). */
function hasOthers(profile: ClusterProfile, own: ReadonlySet<string>): boolean {
  return profile.coauthors.size > own.size;
}

/** Every context evidence item about two profiles; `own` holds the candidates' family keys. */
export function contextEvidence(
  inputs: ContextInputs,
  a: ClusterProfile,
  b: ClusterProfile,
  own: ReadonlySet<string>,
): Evidence[] {
  const evidence = [
    ...coauthorEvidence(inputs, a, b, own),
    ...affiliationEvidence(inputs, a, b),
    ...venueAndSubjects(inputs, a, b),
  ];
  if (!evidence.some((item) => item.weight > 0) && hasOthers(a, own) && hasOthers(b, own))
    evidence.push({
      kind: "coauthors",
      weight: WEIGHTS.nothingInCommon,
      text: "no coauthor, venue, subject or affiliation in common",
    });
  return [...evidence, ...yearEvidence(a, b)];
}
