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

/**
 * Per spelling number, what pickLabel counts for the cluster it is naming: arrays over all spellings,
 * reset after each cluster, instead of a Map and an object per spelling of each of 89,000 clusters.
 */
interface SpellingTally {
  count: Int32Array;
  /** The form of a spelling's first occurrence in the cluster. */
  form: Int32Array;
  /** The cluster's distinct spellings, in the order first seen. */
  order: number[];
}

/** The label of a cluster from its occurrences' spellings (see the header), with the form of that spelling and the distinct spellings in order. */
function pickLabel(
  engine: IdentityEngine,
  members: readonly number[],
  display: (spelling: string) => string,
  tally: SpellingTally,
): { label: string; form: number; spellings: string[] } {
  const { table } = engine;
  const { count, form: formOf, order } = tally;
  for (const member of members) {
    const spelling = table.spelling[member]!;
    const before = count[spelling]!;
    count[spelling] = before + 1;
    if (before === 0) {
      formOf[spelling] = table.form[member]!;
      order.push(spelling);
    }
  }
  let richest = -Infinity;
  for (const spelling of order) richest = Math.max(richest, specificity(table.forms, formOf[spelling]!));
  let best = "";
  let bestCount = -1;
  let bestForm = -1;
  for (const spelling of order) {
    const form = formOf[spelling]!;
    if (specificity(table.forms, form) !== richest) continue;
    const label = display(table.forms.spellings[spelling]!);
    const seen = count[spelling]!;
    if (seen > bestCount || (seen === bestCount && nonAscii(label) > nonAscii(best)))
      [best, bestCount, bestForm] = [label, seen, form];
  }
  const spellings = order.map((spelling) => table.forms.spellings[spelling]!);
  for (const spelling of order) count[spelling] = 0;
  order.length = 0;
  return { label: best, form: bestForm, spellings };
}

/** Names every cluster (by representative) with a unique key; `canonicalOf` gives a thesaurus name of its members. */
export function nameClusters(
  engine: IdentityEngine,
  canonicalOf: (members: readonly number[]) => string | undefined,
): Map<number, NamedCluster> {
  const { clusters, table } = engine;
  const taken = new Set<string>();
  const named = new Map<number, NamedCluster>();
  const displayed = new Map<string, string>();
  const display = (spelling: string) => {
    let shown = displayed.get(spelling);
    if (shown === undefined) displayed.set(spelling, (shown = displayName(spelling)));
    return shown;
  };
  const spellingCount = table.forms.spellings.length;
  const tally = { count: new Int32Array(spellingCount), form: new Int32Array(spellingCount), order: [] };
  const done = new Uint8Array(table.size);
  for (let index = 0; index < table.size; index++) {
    const root = clusters.find(index);
    if (done[root]) continue;
    done[root] = 1;
    const members = clusters.membersOf(root);
    const canonical = canonicalOf(members);
    const picked = pickLabel(engine, members, display, tally);
    const label = canonical === undefined ? picked.label : displayName(canonical);
    const { spellings } = picked;
    const group = members.every((member) => table.forms.forms[table.form[member]!]!.group);
    // The key is the label folded: the chosen spelling's form, or the canonical name folded.
    const base = canonical === undefined ? table.forms.forms[picked.form]!.text : normalizeName(canonical);
    let key = taken.has(base)
      ? spellings.map(foldWritten).find((candidate) => candidate && !taken.has(candidate))
      : base;
    for (let n = 2; key === undefined; n++) if (!taken.has(`${base} ${n}`)) key = `${base} ${n}`;
    taken.add(key);
    named.set(root, { key, label, variants: spellings, group });
  }
  return named;
}
