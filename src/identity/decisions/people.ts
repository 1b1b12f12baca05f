/**
 * People from the final clusters: one unique key and one label each. The label is the thesaurus's
 * canonical name when the cluster has one; otherwise it comes from the fullest name form (`Adam Karvonen`
 * over `A. Karvonen`), then the spelling seen most often; on a tie the one with more non-ASCII letters
 * wins (it keeps accents a plain-ASCII source dropped), then the first seen. The key is the folded label,
 * made unique with a spelling as written (`di xu 0001`) or a number when two people share a name. Cost:
 * linear in the occurrences and spellings.
 */

import type { IdentityEngine } from "../clustering/engine";
import { displayName } from "../names/clean-name";
import { specificity } from "../names/form-label";
import { normalizeName } from "../names/parse-name";

const nonAscii = (text: string): number => {
  let count = 0;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 0x7f) count++;
  return count;
};

/** A spelling as written, folded but with its digits kept: DBLP's `Di Xu 0001` → `di xu 0001`. */
const foldWritten = (spelling: string): string =>
  spelling
    .slice(0, 200)
    .normalize("NFKD")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();

export interface NamedCluster {
  key: string;
  label: string;
  variants: string[];
  group: boolean;
}

/** The label of a cluster from its occurrences' spellings (see the header). */
function pickLabel(engine: IdentityEngine, members: readonly number[], canonical: string | undefined): string {
  if (canonical !== undefined) return displayName(canonical);
  const { table } = engine;
  const counts = new Map<string, { count: number; richness: number }>();
  for (const member of members) {
    const occurrence = table.occurrences[member]!;
    const entry = counts.get(occurrence.written);
    if (entry) entry.count++;
    else counts.set(occurrence.written, { count: 1, richness: specificity(table.forms, occurrence.form) });
  }
  const richest = Math.max(...[...counts.values()].map((entry) => entry.richness));
  let [best, bestCount] = ["", -1];
  for (const [spelling, { count, richness }] of counts) {
    if (richness !== richest) continue;
    const label = displayName(spelling);
    if (count > bestCount || (count === bestCount && nonAscii(label) > nonAscii(best)))
      [best, bestCount] = [label, count];
  }
  return best;
}

/** Names every cluster (by representative) with a unique key. */
export function nameClusters(
  engine: IdentityEngine,
  canonicalOf: (root: number) => string | undefined,
): Map<number, NamedCluster> {
  const { clusters, table } = engine;
  const taken = new Set<string>();
  const named = new Map<number, NamedCluster>();
  table.occurrences.forEach((_occurrence, index) => {
    const root = clusters.find(index);
    if (named.has(root)) return;
    const members = clusters.membersOf(root);
    const label = pickLabel(engine, members, canonicalOf(root));
    const spellings = [...new Set(members.map((member) => table.occurrences[member]!.written))];
    const group = members.every((member) => table.forms.forms[table.occurrences[member]!.form]!.group);
    const base = normalizeName(label) || table.forms.forms[table.occurrences[members[0]!]!.form]!.text;
    let key = taken.has(base)
      ? spellings.map(foldWritten).find((candidate) => candidate && !taken.has(candidate))
      : base;
    for (let n = 2; key === undefined; n++) if (!taken.has(`${base} ${n}`)) key = `${base} ${n}`;
    taken.add(key);
    named.set(root, { key, label, variants: spellings, group });
  });
  return named;
}
