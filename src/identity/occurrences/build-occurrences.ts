/**
 * The occurrences of a corpus: one per author slot of one paper — the unit identity decides about. Each
 * carries its name form (parsed once per distinct spelling and shared by every occurrence of it), its ids,
 * its affiliation words, the thesaurus person it is fixed to, and whether it names a group. Each paper
 * contributes its context once: coauthor keys (family name + first initial of every author), venue,
 * subjects (categories and keywords) and year. Names without letters are left out and names longer than
 * MAX_NAME_LENGTH are cut, each with a diagnostic. One pass over the author slots: O(slots + text).
 */

import type { AuthorRef, Diagnostic, Paper } from "../../model";
import { diagnostic } from "../../model";
import { MAX_NAME_LENGTH } from "../names/clean-name";
import type { NameParts } from "../names/parse-name";
import { nameForm, readings } from "../names/parse-name";
import type { ThesaurusEntry, ThesaurusIndex } from "../thesaurus";
import type { AuthorId } from "./author-ids";
import type { IdReader } from "./author-ids";
import { createIdReader } from "./author-ids";
import { buildFormTable } from "./forms";
import type { FormTable } from "./forms";
import { isGroupName } from "./group-authors";
import { Interner } from "./interner";
import type { AffiliationReader, Folder, PaperContext } from "./paper-context";
import { createAffiliationReader, createFolder, paperContext } from "./paper-context";

export interface Occurrence {
  paper: number;
  position: number;
  /** The name as written. */
  written: string;
  /** Index into the form table. */
  form: number;
  ids: readonly AuthorId[];
  /** Interned affiliation words. */
  affiliation: readonly number[];
  /** Interned folded canonical name of the thesaurus person this occurrence is fixed to. */
  pin?: number;
  /** The thesaurus line that fixed it, quoted as evidence, and the canonical name as the user wrote it. */
  pinnedBy?: string;
  canonical?: string;
}

export interface OccurrenceTable {
  occurrences: Occurrence[];
  forms: FormTable;
  papers: PaperContext[];
  /** Per paper, per author slot: the occurrence index, or -1 for a name left out. */
  slots: number[][];
  /** How many distinct ids the occurrences hold (AuthorId's index is below it). */
  idCount: number;
  /** Interned strings: coarse keys, affiliation words, venues, subjects, pins. */
  words: Interner;
  /** A coarse key → the first spelling seen with it, to name coauthors in evidence. */
  coarseLabels: Map<number, string>;
  diagnostics: Diagnostic[];
}

interface ParsedSpelling {
  readings: NameParts[];
  /** The folded name as written (before the thesaurus); empty when the name has no letters. */
  written: string;
  group: boolean;
  /** Its form, once filed (without a thesaurus entry). */
  form?: number;
}

/** Parses each distinct spelling once: a corpus repeats the same names many times. */
function createParser(): (name: string) => ParsedSpelling {
  const cache = new Map<string, ParsedSpelling>();
  return (name) => {
    let parsed = cache.get(name);
    if (!parsed) {
      const found = readings(name);
      const written = nameForm(found[0]!);
      cache.set(name, (parsed = { readings: found, written, group: written !== "" && isGroupName(written) }));
    }
    return parsed;
  };
}

/** True when two id lists agree on every scheme both give (no ids at all agree). */
function sameIds(a: readonly AuthorId[], b: readonly AuthorId[]): boolean {
  return a.every(([kind, value]) => b.every(([other, otherValue]) => other !== kind || otherValue === value));
}

/** What building keeps between author slots: the caches of spellings, folds and coarse keys. */
interface Builder {
  table: OccurrenceTable;
  thesaurus: ThesaurusIndex;
  parse: (name: string) => ParsedSpelling;
  fold: Folder;
  affiliations: AffiliationReader;
  /** Normalised ids, shared by the occurrences with the same ones. */
  ids: IdReader;
  /** Per form, its interned coarse key (-1 until first needed). */
  coarseIds: number[];
}

/** The form of one author slot: the thesaurus's canonical name, a group, or the name as read (cached per spelling). */
function formOf(
  builder: Builder,
  author: AuthorRef,
  parsed: ParsedSpelling,
  entry: ThesaurusEntry | undefined,
): number {
  const { forms } = builder.table;
  if (entry) return forms.add(readings(entry.canonical), false);
  if (author.group === true && !parsed.group) return forms.add(parsed.readings, true);
  parsed.form ??= forms.add(parsed.readings, parsed.group);
  return parsed.form;
}

/** Files one author slot; returns its occurrence index, or -1 for a name without letters. */
function fileSlot(
  builder: Builder,
  paper: Paper,
  paperIndex: number,
  position: number,
  onPaper: Map<number, number>,
  coauthors: number[],
): number {
  const { table, thesaurus } = builder;
  const author = paper.authors[position]!;
  const where = [paper.source.file, paper.source.line] as const;
  if (author.name.length > MAX_NAME_LENGTH)
    table.diagnostics.push(
      diagnostic(
        "warning",
        ...where,
        `an author name of ${author.name.length} characters is not a name; only its first ${MAX_NAME_LENGTH} are compared.`,
      ),
    );
  const parsed = builder.parse(author.name);
  if (!parsed.written) {
    const message = `author name "${author.name.slice(0, 80)}" has no letters; left out of "${paper.title.slice(0, 80)}".`;
    table.diagnostics.push(diagnostic("warning", ...where, message));
    return -1;
  }
  const entry = thesaurus.isEmpty ? undefined : thesaurus.find(parsed.written, paper.id);
  const form = formOf(builder, author, parsed, entry);
  table.forms.spell(form, author.name);
  const ids = builder.ids.read(author.ids);
  const twice = onPaper.get(form);
  if (twice !== undefined && sameIds(table.occurrences[twice]!.ids, ids)) {
    // RIS lists some authors twice (`AU  - G. Kalbe` two times): one person, not two people on one paper.
    const message = `"${author.name.slice(0, 80)}" is listed twice on "${paper.title.slice(0, 80)}"; counted once.`;
    table.diagnostics.push(diagnostic("info", ...where, message));
    return twice;
  }
  const occurrence: Occurrence = {
    paper: paperIndex,
    position,
    written: author.name,
    form,
    ids,
    affiliation: builder.affiliations(author.affiliations),
  };
  if (entry) {
    occurrence.pin = table.words.id(`p:${thesaurus.personOf(entry)}`);
    occurrence.pinnedBy = `thesaurus ${entry.file}:${entry.line}`;
    occurrence.canonical = entry.canonical;
  }
  if (!table.forms.isGroup(form)) {
    let coarse = builder.coarseIds[form] ?? -1;
    if (coarse < 0) {
      builder.coarseIds[form] = coarse = table.words.id(table.forms.forms[form]!.coarse);
      // A coarse key is first met with the first form that has it: the label is looked up once per form.
      if (!table.coarseLabels.has(coarse)) table.coarseLabels.set(coarse, author.name);
    }
    coauthors.push(coarse);
  }
  const index = table.occurrences.push(occurrence) - 1;
  onPaper.set(form, index);
  return index;
}

/** Files every author slot of every paper as an occurrence; the thesaurus fixes the ones it names. */
export function buildOccurrences(papers: readonly Paper[], thesaurus: ThesaurusIndex): OccurrenceTable {
  const words = new Interner();
  const table: OccurrenceTable = {
    occurrences: [],
    forms: buildFormTable(),
    papers: [],
    slots: [],
    idCount: 0,
    words,
    coarseLabels: new Map(),
    diagnostics: [],
  };
  const fold = createFolder();
  const affiliations = createAffiliationReader(words, fold);
  const builder: Builder = {
    table,
    thesaurus,
    parse: createParser(),
    fold,
    affiliations,
    ids: createIdReader(),
    coarseIds: [],
  };
  papers.forEach((paper, paperIndex) => {
    const coauthors: number[] = [];
    const onPaper = new Map<number, number>();
    table.slots.push(
      paper.authors.map((_author, position) => fileSlot(builder, paper, paperIndex, position, onPaper, coauthors)),
    );
    table.papers.push(paperContext(paper, words, coauthors, builder.fold));
  });
  table.idCount = builder.ids.count;
  return table;
}
