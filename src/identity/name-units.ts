/**
 * The working state of author matching. Every author reference is parsed once and filed into a name
 * unit: all references with the same folded name form and the same leading id (or no id). Units are the
 * nodes of the identity union–find; later steps (link-names.ts, link-initials.ts, possible-duplicates.ts)
 * join units or record why they did not. Building is one pass over the references: O(total authors).
 */

import type { AuthorIds, AuthorRef, Diagnostic, Paper } from "../model";
import { diagnostic } from "../model";
import { ID_KINDS, IdentityUnion } from "./identity-union";
import type { IdSets } from "./identity-union";
import type { NameParts } from "./normalize-name";
import { displayName, nameForm, parseName } from "./normalize-name";
import type { ThesaurusEntry } from "./thesaurus";

export interface NameUnit {
  form: string;
  parts: NameParts;
  ids: IdSets;
  /** Thesaurus canonical form (or a key set by the reader) this unit is fixed to. */
  pin?: string;
  /** The thesaurus canonical name as the user wrote it: the person's label. */
  canonical?: string;
  /** Names as written → how often. */
  spellings: Map<string, number>;
  /** Indices of the papers naming this unit, each once. */
  papers: number[];
}

/** A join of two spellings, with the evidence that justified it. */
export interface Link {
  unit: number;
  variants: string[];
  evidence: string;
}

/** Two units left apart although they may be one person. */
export interface Doubt {
  a: number;
  b: number;
  for: string[];
  against: string[];
}

export interface IdentityState {
  units: NameUnit[];
  union: IdentityUnion;
  /** Per paper, per kept author: the unit index (-1 for a name with no letters). */
  authorUnits: number[][];
  links: Link[];
  doubts: Doubt[];
  diagnostics: Diagnostic[];
}

/** Ids in one comparable spelling: URL prefixes dropped, ORCID and OpenAlex ids upper-cased. */
const NO_IDS: IdSets = new Map();

function normalizeIds(ids: AuthorIds | undefined): IdSets {
  if (!ids) return NO_IDS;
  const sets: IdSets = new Map();
  for (const kind of ID_KINDS) {
    let value = ids?.[kind]?.trim();
    if (!value) continue;
    value = value.replace(/^https?:\/\/[^/]+\/(?:authors\/|pid\/)?/i, "").replace(/\.html$/, "");
    if (kind === "orcid" || kind === "openalex") value = value.toUpperCase();
    sets.set(kind, new Set([value]));
  }
  return sets;
}

interface ParsedRef {
  parts: NameParts;
  /** The folded name as written (before the thesaurus). */
  written: string;
  pin?: string;
  entry?: ThesaurusEntry;
}

/** Parses one spelling, applying the thesaurus; the canonical form fixes (pins) the unit. */
function parseSpelling(name: string, thesaurus: ReadonlyMap<string, ThesaurusEntry>): ParsedRef {
  const parts = parseName(name);
  const written = nameForm(parts);
  const entry = thesaurus.get(written);
  if (!entry) return { parts, written };
  const canonical = parseName(entry.canonical);
  return { parts: canonical, written, pin: nameForm(canonical), entry };
}

/** Parses references, once per distinct spelling: a corpus repeats the same names many times. */
function createParser(thesaurus: ReadonlyMap<string, ThesaurusEntry>): (author: AuthorRef) => ParsedRef {
  const cache = new Map<string, ParsedRef>();
  return (author) => {
    if (author.key) return { parts: { family: author.key, given: [] }, written: author.key, pin: author.key };
    let parsed = cache.get(author.name);
    if (!parsed) cache.set(author.name, (parsed = parseSpelling(author.name, thesaurus)));
    return parsed;
  };
}

/** Files every author reference of every paper into a unit. */
export function buildState(papers: readonly Paper[], thesaurus: ReadonlyMap<string, ThesaurusEntry>): IdentityState {
  const state: IdentityState = {
    units: [],
    union: new IdentityUnion(),
    authorUnits: [],
    links: [],
    doubts: [],
    diagnostics: [],
  };
  const unitByKey = new Map<string, number>();
  const rewritten = new Set<string>();
  const parse = createParser(thesaurus);
  papers.forEach((paper, paperIndex) => {
    const row: number[] = [];
    for (const author of paper.authors) {
      const { parts, written, pin, entry } = parse(author);
      const form = pin ?? nameForm(parts);
      if (!form) {
        state.diagnostics.push(
          diagnostic(
            "warning",
            paper.source.file,
            paper.source.line,
            `author name "${author.name}" has no letters; left out of "${paper.title}".`,
          ),
        );
        row.push(-1);
        continue;
      }
      const ids = normalizeIds(author.ids);
      const first = ids.entries().next().value;
      const key = first ? `${form}\u0000${first[0]}:${[...first[1]][0]}` : form;
      let index = unitByKey.get(key);
      if (index === undefined) {
        index =
          state.units.push({
            form,
            parts,
            ids: new Map(),
            pin,
            canonical: entry?.canonical,
            spellings: new Map(),
            papers: [],
          }) - 1;
        unitByKey.set(key, index);
      }
      if (entry && written !== form && !rewritten.has(written)) {
        rewritten.add(written);
        state.links.push({
          unit: index,
          variants: [author.name, entry.canonical],
          evidence: `thesaurus ${entry.file}:${entry.line}`,
        });
      }
      const unit = state.units[index]!;
      for (const [kind, values] of ids)
        for (const value of values) (unit.ids.get(kind) ?? unit.ids.set(kind, new Set()).get(kind)!).add(value);
      unit.spellings.set(author.name, (unit.spellings.get(author.name) ?? 0) + 1);
      if (unit.papers[unit.papers.length - 1] !== paperIndex) unit.papers.push(paperIndex);
      row.push(index);
    }
    state.authorUnits.push(row);
  });
  // Union nodes are made once every unit has all its ids, so the first conflict check sees them all.
  for (const unit of state.units) state.union.add(unit.ids, unit.pin);
  return state;
}

const labels = new WeakMap<NameUnit, string>();

/** The most frequent spelling of a unit, cleaned and in display order (for evidence texts; cached once spellings are complete). */
export function unitLabel(unit: NameUnit): string {
  const cached = labels.get(unit);
  if (cached !== undefined) return cached;
  let best = "";
  let count = -1;
  for (const [spelling, seen] of unit.spellings) if (seen > count) [best, count] = [spelling, seen];
  const label = displayName(best);
  labels.set(unit, label);
  return label;
}

/** Records a join: both units' labels as the variants, with the evidence. */
export function recordLink(state: IdentityState, a: number, b: number, evidence: string): void {
  state.links.push({ unit: a, variants: [unitLabel(state.units[a]!), unitLabel(state.units[b]!)], evidence });
}
