/**
 * Author identity: gives every AuthorRef a person key and lists each person once. Rules, strongest first
 * (see name-units.ts, link-names.ts, link-initials.ts, find-typos.ts): the thesaurus, shared ids, the same
 * folded name, then initials with evidence; typos and ambiguous initials are listed as possible duplicates,
 * never merged. A person's label is the thesaurus's canonical name if it has one; otherwise it comes from the fullest name form in the cluster (`Adam Karvonen` over
 * `A. Karvonen`), then the spelling seen most often; on a tie the one with more non-ASCII letters wins (it
 * keeps accents a plain-ASCII source dropped), then the first seen. The key is the folded label, made
 * unique with the record's own spelling (`di xu 0001`) or a number when two people share a name.
 */

import type { Diagnostic, Paper, Person } from "../model";
import { diagnostic } from "../model";
import { findTypos } from "./find-typos";
import { linkInitials } from "./link-initials";
import { linkIds, linkSameName } from "./link-names";
import type { IdentityState, NameUnit } from "./name-units";
import { buildState } from "./name-units";
import { displayName, normalizeName } from "./normalize-name";
import { indexThesaurus } from "./thesaurus";
import type { ThesaurusEntry } from "./thesaurus";

export interface IdentityOptions {
  /** ThesaurusEntry[], default []. User-given `variant → canonical` names (readThesaurus). */
  thesaurus?: readonly ThesaurusEntry[];
}

/** Two people who may be one, with the evidence for and against; `a` and `b` are person keys. */
export interface PossibleDuplicate {
  a: string;
  b: string;
  for: string[];
  against: string[];
}

/** Spellings joined into one person, and the evidence that joined them. */
export interface AuthorMerge {
  key: string;
  variants: string[];
  evidence: string;
}

export interface ResolvedAuthors {
  papers: Paper[];
  people: Person[];
  diagnostics: Diagnostic[];
  merges: AuthorMerge[];
  possibleDuplicates: PossibleDuplicate[];
}

const nonAscii = (text: string): number => text.replace(/\p{ASCII}/gu, "").length;
/** How much a name form says: full given names count more than initials. */
const richness = (unit: NameUnit): number =>
  unit.parts.given.reduce((sum, name) => sum + (name.length > 1 ? 10 : 1), 0);

function pickLabel(units: readonly NameUnit[]): string {
  const canonical = units.find((unit) => unit.canonical !== undefined)?.canonical;
  if (canonical !== undefined) return displayName(canonical);
  const richest = Math.max(...units.map(richness));
  let best = "";
  let bestCount = -1;
  for (const unit of units.filter((candidate) => richness(candidate) === richest)) {
    for (const [spelling, count] of unit.spellings) {
      const label = displayName(spelling);
      if (count > bestCount || (count === bestCount && nonAscii(label) > nonAscii(best)))
        [best, bestCount] = [label, count];
    }
  }
  return best;
}

/** A spelling as written, folded but with its digits kept: DBLP's `Di Xu 0001` → `di xu 0001`. */
const foldWritten = (spelling: string): string =>
  spelling
    .normalize("NFKD")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();

/** One unique key per cluster: the folded label, else a folded spelling as written, else a numbered label. */
function assignKeys(
  state: IdentityState,
  clusters: Map<number, number[]>,
): Map<number, { key: string; label: string }> {
  const taken = new Set<string>();
  const named = new Map<number, { key: string; label: string }>();
  for (const [root, members] of clusters) {
    const units = members.map((index) => state.units[index]!);
    const label = pickLabel(units);
    const pinned = units[0]!.pin !== undefined && units.every((unit) => unit.pin === units[0]!.pin);
    const base = pinned ? units[0]!.pin! : normalizeName(label) || units[0]!.form;
    let key = taken.has(base)
      ? units
          .flatMap((unit) => [...unit.spellings.keys()].map(foldWritten))
          .find((candidate) => candidate && !taken.has(candidate))
      : base;
    for (let n = 2; key === undefined; n++) if (!taken.has(`${base} ${n}`)) key = `${base} ${n}`;
    taken.add(key);
    named.set(root, { key, label });
  }
  return named;
}

/** Runs every rule on the papers' author references and returns keyed papers, people and the evidence. */
export function resolveAuthors(papers: readonly Paper[], options: IdentityOptions = {}): ResolvedAuthors {
  const state = buildState(papers, indexThesaurus(options.thesaurus ?? []));
  linkIds(state);
  linkSameName(state);
  linkInitials(state);
  findTypos(state);

  const clusters = new Map<number, number[]>();
  state.units.forEach((_unit, index) => {
    const root = state.union.find(index);
    (clusters.get(root) ?? clusters.set(root, []).get(root)!).push(index);
  });
  const named = assignKeys(state, clusters);
  const keyOf = (unit: number): string => named.get(state.union.find(unit))!.key;
  const people = new Map<string, Person>();
  for (const [root, { key, label }] of named) {
    const variants = [...new Set(clusters.get(root)!.flatMap((index) => [...state.units[index]!.spellings.keys()]))];
    people.set(key, { key, label, variants, paperIds: [] });
  }
  const diagnostics = [...state.diagnostics];
  const keyed = papers.map((paper, paperIndex) =>
    keyPaper(paper, state.authorUnits[paperIndex]!, keyOf, people, diagnostics),
  );

  const merges = state.links.map((link) => ({
    key: keyOf(link.unit),
    variants: link.variants,
    evidence: link.evidence,
  }));
  const possibleDuplicates = new Map<string, PossibleDuplicate>();
  for (const doubt of state.doubts) {
    const [a, b] = [keyOf(doubt.a), keyOf(doubt.b)].sort() as [string, string];
    if (a !== b && !possibleDuplicates.has(`${a}\u0000${b}`))
      possibleDuplicates.set(`${a}\u0000${b}`, { a, b, for: doubt.for, against: doubt.against });
  }
  return {
    papers: keyed,
    people: [...people.values()],
    diagnostics,
    merges,
    possibleDuplicates: [...possibleDuplicates.values()],
  };
}

/**
 * Puts keys on one paper's authors. A person named twice in one record (RIS lists the same `AU` twice) is
 * kept once, with an info diagnostic: one person, not a self-loop.
 */
function keyPaper(
  paper: Paper,
  units: readonly number[],
  keyOf: (unit: number) => string,
  people: Map<string, Person>,
  diagnostics: Diagnostic[],
): Paper {
  const seen = new Set<string>();
  const authors = paper.authors.flatMap((author, position) => {
    const unit = units[position]!;
    if (unit < 0) return [];
    const key = keyOf(unit);
    if (seen.has(key)) {
      diagnostics.push(
        diagnostic(
          "info",
          paper.source.file,
          paper.source.line,
          `"${author.name}" is listed twice on "${paper.title}"; counted once.`,
        ),
      );
      return [];
    }
    seen.add(key);
    people.get(key)!.paperIds.push(paper.id);
    return [{ ...author, key }];
  });
  return { ...paper, authors };
}
