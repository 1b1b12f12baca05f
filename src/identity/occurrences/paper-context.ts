/**
 * What a paper tells about each of its authors, read once per paper: coauthor keys, venue, subjects and
 * fields (categories), year and file; and the words of an author's affiliation that can tell institutions
 * apart. Folding is remembered per string (venues, subjects and affiliations repeat across papers); lists
 * are capped (MAX_SUBJECTS, MAX_AFFILIATION_WORDS) so a hostile record cannot make them unbounded.
 */

import type { Paper } from "../../model";
import { MAX_COAUTHOR_LIST } from "../evidence/weights";
import { foldName } from "../names/fold-name";
import type { Interner } from "./interner";

const MAX_SUBJECTS = 30;
const MAX_AFFILIATION_WORDS = 60;
/**
 * Words that say nothing about which institution — kinds of institution and unit, and countries (two
 * affiliations in the USA are not one affiliation) — kept out of affiliation comparison.
 */
const AFFILIATION_STOP = new Set(
  `univ university universidad universite universitat universita universidade dept department departamento of the
  and for de di der des du la le et und inst institute instituto institut school sch college faculty lab laboratory
  laboratories center centre ctr research sci science sciences eng engineering technol technology national key state
  div division program usa united states america kingdom england scotland wales ireland china peoples republic
  japan korea india canada australia germany france italy spain portugal brazil mexico argentina chile colombia
  netherlands belgium switzerland austria sweden norway denmark finland poland russia turkey iran israel egypt
  south africa nigeria kenya ethiopia singapore malaysia thailand vietnam indonesia pakistan bangladesh taiwan
  hong kong new zealand greece czech hungary romania saudi arabia emirates`.split(/\s+/),
);

/**
 * What each paper says about every one of its authors, as columns over the papers (paper `p`'s entries
 * at index `p`; its lists as runs of one flat array each): a hundred thousand papers are a few arrays, not
 * four objects each for every later collection to walk.
 */
export interface PaperContexts {
  id: string[];
  file: string[];
  year: (number | undefined)[];
  /** Interned venue, or -1 when the paper names none. */
  venue: number[];
  /** Paper `p`'s subjects are `subjects[subjectStart[p]]` to `subjects[subjectStart[p + 1] - 1]`. */
  subjectStart: number[];
  subjects: number[];
  /** How many of a paper's subjects, the first ones, are categories (WoS subject categories, arXiv categories): its fields. */
  fieldCount: number[];
  /**
   * Interned coarse keys of paper `p`'s authors: `coauthors[coauthorStart[p]]` to
   * `coauthors[coauthorStart[p + 1] - 1]`; none for hyper-authored papers (MAX_COAUTHOR_LIST).
   */
  coauthorStart: number[];
  coauthors: number[];
}

/** No papers yet; each list's start column holds its one leading 0. */
export function emptyContexts(): PaperContexts {
  return {
    id: [],
    file: [],
    year: [],
    venue: [],
    subjectStart: [0],
    subjects: [],
    fieldCount: [],
    coauthorStart: [0],
    coauthors: [],
  };
}

/** foldName with a memory: venues, subjects and affiliations repeat across papers. */
export function createFolder(): (text: string, max: number) => string {
  const cache = new Map<string, string>();
  return (text, max) => {
    let folded = cache.get(text);
    if (folded === undefined) cache.set(text, (folded = foldName(text.slice(0, max))));
    return folded;
  };
}

export type Folder = ReturnType<typeof createFolder>;

const NONE: readonly number[] = Object.freeze([]);

/** The interned words of affiliations that can tell institutions apart, up to MAX_AFFILIATION_WORDS in all. */
function readAffiliations(texts: readonly string[], words: Interner, fold: Folder): readonly number[] {
  const found = new Set<number>();
  for (const text of texts) {
    for (const word of fold(text, 1000).split(" ")) {
      if (word.length >= 3 && !AFFILIATION_STOP.has(word) && found.size < MAX_AFFILIATION_WORDS)
        found.add(words.id(`a:${word}`));
    }
  }
  return [...found];
}

/** Reads an author's affiliations into interned words; one affiliation's words are remembered per text. */
export type AffiliationReader = (affiliations: readonly string[] | undefined) => readonly number[];

/** An AffiliationReader interning into `words`: a corpus names the same institutions again and again. */
export function createAffiliationReader(words: Interner, fold: Folder): AffiliationReader {
  const single = new Map<string, readonly number[]>();
  return (affiliations) => {
    if (!affiliations?.length) return NONE;
    if (affiliations.length > 1) return readAffiliations(affiliations, words, fold);
    let found = single.get(affiliations[0]!);
    if (found === undefined) single.set(affiliations[0]!, (found = readAffiliations(affiliations, words, fold)));
    return found;
  };
}

/**
 * Closes the context of one paper: its coauthors are the keys pushed onto `contexts.coauthors` since the
 * previous paper was closed.
 */
export type ContextReader = (paper: Paper) => void;

/**
 * A ContextReader filling `contexts` and interning into `words`, with the interned number of each subject
 * and venue as written remembered: a keyword or a journal recurs on thousands of papers, and each then
 * costs one lookup.
 */
export function createContextReader(contexts: PaperContexts, words: Interner, fold: Folder): ContextReader {
  /** Subject as written → its interned number, or -1 when it folds to nothing. */
  const subjectIds = new Map<string, number>();
  const venueIds = new Map<string, number>();
  const { subjects } = contexts;
  return (paper) => {
    // At most MAX_SUBJECTS, kept distinct by scanning the paper's run; categories first, so its fields lead.
    const first = subjects.length;
    let fields = 0;
    for (const [list, isField] of [
      [paper.categories, true],
      [paper.keywords ?? [], false],
    ] as const)
      for (const subject of list) {
        if (subjects.length - first >= MAX_SUBJECTS) continue;
        let id = subjectIds.get(subject);
        if (id === undefined) {
          const folded = fold(subject, 200);
          subjectIds.set(subject, (id = folded ? words.id(`s:${folded}`) : -1));
        }
        if (id < 0 || subjects.indexOf(id, first) >= 0) continue;
        subjects.push(id);
        if (isField) fields++;
      }
    let venue = -1;
    if (paper.venue) {
      const known = venueIds.get(paper.venue);
      if (known === undefined) {
        const folded = fold(paper.venue, 300);
        venueIds.set(paper.venue, (venue = folded ? words.id(`v:${folded}`) : -1));
      } else venue = known;
    }
    const { coauthors, coauthorStart } = contexts;
    if (coauthors.length - coauthorStart[coauthorStart.length - 1]! > MAX_COAUTHOR_LIST)
      coauthors.length = coauthorStart[coauthorStart.length - 1]!;
    coauthorStart.push(coauthors.length);
    contexts.id.push(paper.id);
    contexts.file.push(paper.source.file);
    contexts.year.push(paper.year);
    contexts.venue.push(venue);
    contexts.subjectStart.push(subjects.length);
    contexts.fieldCount.push(fields);
  };
}
