/**
 * The occurrences of a corpus: one per author slot of one paper — the unit identity decides about, kept
 * as columns (typed arrays of numbers, and arrays of shared lists), not as one object each. Each has its
 * paper and slot, its name form (parsed once per distinct spelling and shared by every occurrence of it),
 * its spelling as written (numbered once), its ids, its affiliation words, and the thesaurus person it is
 * fixed to, if any. Each paper contributes its context once: coauthor keys (family name + first initial
 * of every author), venue, subjects (categories and keywords) and year. Names without letters are left out
 * and names longer than MAX_NAME_LENGTH are cut, each with a diagnostic. One pass over the author slots:
 * O(slots + text).
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
import type { AffiliationReader, ContextReader, PaperContexts } from "./paper-context";
import { createAffiliationReader, createContextReader, createFolder, emptyContexts } from "./paper-context";

/** A thesaurus entry that fixes an occurrence to a person. */
export interface Pin {
  /** Interned folded canonical name of the thesaurus person. */
  person: number;
  /** The thesaurus line, quoted as evidence. */
  by: string;
  /** The canonical name as the user wrote it. */
  canonical: string;
}

/**
 * The occurrences as columns, one entry per occurrence in each: half a million author slots are half a
 * million numbers per column, not half a million objects for every later collection to walk.
 */
export interface OccurrenceTable {
  /** How many occurrences (every column has this length). */
  size: number;
  paper: Int32Array;
  /** The author slot on its paper. */
  position: Int32Array;
  /** Index into the form table. */
  form: Int32Array;
  /** The name as written: an index into `forms.spellings`. */
  spelling: Int32Array;
  /** The number of the occurrence's list of ids in `idLists`, or -1 when it has none. */
  idList: Int32Array;
  /** Every distinct list of ids, by number (shared lists: never change them). */
  idLists: readonly (readonly AuthorId[])[];
  /** The id numbers of each list as columns: list `l`'s are `idNumbers[idStart[l]]` to `idNumbers[idStart[l + 1] - 1]`. */
  idStart: Int32Array;
  idNumbers: Int32Array;
  /** Interned affiliation words, lists shared by the occurrences with the same affiliation. */
  affiliation: (readonly number[])[];
  /** The occurrences the thesaurus fixes (few or none). */
  pins: Map<number, Pin>;
  forms: FormTable;
  /** What each paper says about its authors, as columns by paper index. */
  papers: PaperContexts;
  /** Per author slot (paper after paper): the occurrence index, or -1 for a name left out. */
  slots: Int32Array;
  /** Per paper, where its slots start in `slots` (one more entry: the end). */
  slotStart: Int32Array;
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
  /** The spelling's number in the form table's spellings. */
  spelling: number;
  /** Its form, once filed (without a thesaurus entry). */
  form?: number;
  /** The author reference whose ids were read last with this spelling, and their list's number (see fileSlot). */
  idsOf?: AuthorRef;
  ids: number;
  /** The author reference whose affiliations were read last with this spelling, and their interned words. */
  affiliationOf?: AuthorRef;
  affiliation: readonly number[];
}

/** Parses each distinct spelling once (a corpus repeats the same names many times) and numbers it. */
function createParser(forms: FormTable): (name: string) => ParsedSpelling {
  const cache = new Map<string, ParsedSpelling>();
  return (name) => {
    let parsed = cache.get(name);
    if (!parsed) {
      const found = readings(name);
      const written = nameForm(found[0]!);
      const spelling = forms.spellings.push(name) - 1;
      const group = written !== "" && isGroupName(written);
      cache.set(name, (parsed = { readings: found, written, group, spelling, ids: -1, affiliation: NO_WORDS }));
    }
    return parsed;
  };
}

const NO_WORDS: readonly number[] = [];

/** True when two id lists (by number) agree on every scheme both give (no ids at all agree). */
function sameIds(lists: readonly (readonly AuthorId[])[], listA: number, listB: number): boolean {
  if (listA === listB || listA < 0 || listB < 0) return true;
  const [a, b] = [lists[listA]!, lists[listB]!];
  return a.every(([kind, value]) => b.every(([other, otherValue]) => other !== kind || otherValue === value));
}

/** The coarse key of a group's form: a group is nobody's coauthor. */
const GROUP = -1;

/** Beyond this many authors a paper's earlier occurrences of a form are found with a Map rather than by scanning back. */
const SCAN_AUTHORS = 16;

/** What building keeps between author slots: the caches of spellings, folds and coarse keys, the columns' fill. */
interface Builder {
  table: OccurrenceTable;
  thesaurus: ThesaurusIndex;
  parse: (name: string) => ParsedSpelling;
  affiliations: AffiliationReader;
  /** Normalised ids, shared by the occurrences with the same ones. */
  ids: IdReader;
  /** Per form, its interned coarse key, or GROUP for a group (undefined until first needed). */
  coarseIds: number[];
  /** The first occurrence of the paper being filed. */
  paperStart: number;
  /** Form → its latest occurrence on the paper being filed, for papers of more than SCAN_AUTHORS authors. */
  onPaper: Map<number, number> | undefined;
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
  parsed.form ??= forms.add(parsed.readings, parsed.group, parsed.written);
  return parsed.form;
}

/** The latest occurrence of `form` on the paper being filed, or -1. */
function earlierOnPaper(builder: Builder, form: number): number {
  if (builder.onPaper) return builder.onPaper.get(form) ?? -1;
  const { table } = builder;
  for (let index = table.size - 1; index >= builder.paperStart; index--) if (table.form[index] === form) return index;
  return -1;
}

/** Files one author slot; returns its occurrence index, or -1 for a name without letters. */
function fileSlot(builder: Builder, paper: Paper, paperIndex: number, position: number): number {
  const { table, thesaurus } = builder;
  const author = paper.authors[position]!;
  if (author.name.length > MAX_NAME_LENGTH)
    table.diagnostics.push(
      diagnostic(
        "warning",
        paper.source.file,
        paper.source.line,
        `an author name of ${author.name.length} characters is not a name; only its first ${MAX_NAME_LENGTH} are compared.`,
      ),
    );
  const parsed = builder.parse(author.name);
  if (!parsed.written) {
    const message = `author name "${author.name.slice(0, 80)}" has no letters; left out of "${paper.title.slice(0, 80)}".`;
    table.diagnostics.push(diagnostic("warning", paper.source.file, paper.source.line, message));
    return -1;
  }
  const entry = thesaurus.isEmpty ? undefined : thesaurus.find(parsed.written, paper.id);
  const form = formOf(builder, author, parsed, entry);
  table.forms.spell(form, parsed.spelling);
  // Readers share one reference per distinct author of a file (kept-values.ts AuthorMemo), met again on
  // each of their papers: the ids and affiliations of the reference read last with this spelling are
  // reused (reading them again finds the same numbers, interning nothing new). Three to five Map lookups
  // of strings per slot become one comparison on most of 530,000 slots (100,000 generated works).
  if (parsed.idsOf !== author) {
    parsed.idsOf = author;
    parsed.ids = builder.ids.read(author.ids);
  }
  const { ids } = parsed;
  const twice = earlierOnPaper(builder, form);
  if (twice >= 0 && sameIds(builder.ids.lists, table.idList[twice]!, ids)) {
    // RIS lists some authors twice (`AU  - G. Kalbe` two times): one person, not two people on one paper.
    const message = `"${author.name.slice(0, 80)}" is listed twice on "${paper.title.slice(0, 80)}"; counted once.`;
    table.diagnostics.push(diagnostic("info", paper.source.file, paper.source.line, message));
    return twice;
  }
  const index = table.size++;
  table.paper[index] = paperIndex;
  table.position[index] = position;
  table.form[index] = form;
  table.spelling[index] = parsed.spelling;
  table.idList[index] = ids;
  if (parsed.affiliationOf !== author) {
    parsed.affiliationOf = author;
    parsed.affiliation = builder.affiliations(author.affiliations);
  }
  table.affiliation.push(parsed.affiliation);
  if (entry)
    table.pins.set(index, {
      person: table.words.id(`p:${thesaurus.personOf(entry)}`),
      by: `thesaurus ${entry.file}:${entry.line}`,
      canonical: entry.canonical,
    });
  // One array slot per occurrence: the form object is read once per form, when its coarse key is first needed.
  let coarse = builder.coarseIds[form];
  if (coarse === undefined) {
    const { group, coarse: key } = table.forms.forms[form]!;
    builder.coarseIds[form] = coarse = group ? GROUP : table.words.id(key);
    // A coarse key is first met with the first form that has it: the label is looked up once per form.
    if (!group && !table.coarseLabels.has(coarse)) table.coarseLabels.set(coarse, author.name);
  }
  if (coarse !== GROUP) table.papers.coauthors.push(coarse);
  builder.onPaper?.set(form, index);
  return index;
}

/** Files every author slot of every paper as an occurrence; the thesaurus fixes the ones it names. */
export function buildOccurrences(papers: readonly Paper[], thesaurus: ThesaurusIndex): OccurrenceTable {
  let slotCount = 0;
  for (const paper of papers) slotCount += paper.authors.length;
  const words = new Interner();
  const forms = buildFormTable();
  const table: OccurrenceTable = {
    size: 0,
    paper: new Int32Array(slotCount),
    position: new Int32Array(slotCount),
    form: new Int32Array(slotCount),
    spelling: new Int32Array(slotCount),
    idList: new Int32Array(slotCount),
    idLists: [],
    idStart: new Int32Array(1),
    idNumbers: new Int32Array(0),
    affiliation: [],
    pins: new Map(),
    forms,
    papers: emptyContexts(),
    slots: new Int32Array(slotCount),
    slotStart: new Int32Array(papers.length + 1),
    idCount: 0,
    words,
    coarseLabels: new Map(),
    diagnostics: [],
  };
  const fold = createFolder();
  const closePaper: ContextReader = createContextReader(table.papers, words, fold);
  const builder: Builder = {
    table,
    thesaurus,
    parse: createParser(forms),
    affiliations: createAffiliationReader(words, fold),
    ids: createIdReader(),
    coarseIds: [],
    paperStart: 0,
    onPaper: undefined,
  };
  let slot = 0;
  papers.forEach((paper, paperIndex) => {
    builder.paperStart = table.size;
    builder.onPaper = paper.authors.length > SCAN_AUTHORS ? new Map() : undefined;
    table.slotStart[paperIndex] = slot;
    for (let position = 0; position < paper.authors.length; position++)
      table.slots[slot++] = fileSlot(builder, paper, paperIndex, position);
    closePaper(paper);
  });
  table.slotStart[papers.length] = slot;
  // The columns were sized for every slot; names left out or listed twice leave their ends unused.
  for (const column of ["paper", "position", "form", "spelling", "idList"] as const)
    table[column] = table[column].slice(0, table.size);
  table.forms.finish();
  table.idCount = builder.ids.count;
  table.idLists = builder.ids.lists;
  ({ start: table.idStart, numbers: table.idNumbers } = builder.ids.numbersOf());
  return table;
}
