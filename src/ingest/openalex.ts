/**
 * Reader for OpenAlex works (api.openalex.org/works): an API page `{meta, results: […]}`, a single work, an
 * array of works, or JSON lines of any of these (the snapshot, or pages saved one per line).
 *
 * Authors: `authorships` in order, each with the name as the paper wrote it (`raw_author_name`, else
 * OpenAlex's `display_name`), the OpenAlex author id and the ORCID, both without their URL prefix so they match
 * ids from other sources. Topics: the work's `keywords` and `topics` become `keywords`; the older `concepts`
 * (deprecated by OpenAlex and noisy) are used only when a work has neither, and then only those scored at least
 * 0.5 below the top level (level-0 concepts such as "Computer science" say nothing about a paper). The
 * abstract is rebuilt from `abstract_inverted_index` (word → positions). An empty page is a normal end of a
 * cursor walk: zero papers and an info diagnostic.
 *
 * OpenAlex has works without a title (BERT's NAACL paper among them): one with a DOI is kept, titled by its DOI,
 * with a warning; one without a title or a DOI is skipped. An authorship whose name is not text (a number) is
 * left out with a warning naming its position.
 */

import { createPaper } from "../model";
import type { AuthorRef, Paper, ReadResult } from "../model";
import type { ReaderOptions } from "./detect";
import { createLineFinder, firstJsonObject, isArray, isObject, jsonText, parseJsonText } from "./json-text";
import { parseIsoDate } from "./dates";
import type { JsonObject } from "./json-text";
import { exactly, Interner } from "./kept-values";
import { OpenAlexAuthors, withoutPrefix } from "./openalex-authors";
import { RecordLog } from "./records";

const CONCEPT_MIN_SCORE = 0.5;
/** Keyword names of a work told apart by comparing each with the ones before it; past this many, by a Set. */
const FEW_NAMES = 16;
/** Where an arXiv landing page's path starts; ARXIV_PATH reads the id from there to the end of the URL. */
const ARXIV_PAGE = /arxiv\.org\/(?:abs|pdf)\//;
const ARXIV_PATH = /^([^\s?#]+?)(?:v\d+)?(?:\.pdf)?$/;
const DOI_PREFIX = /^https?:\/\/(dx\.)?doi\.org\//i;
const DOI_URL = "https://doi.org/";
/**
 * The categories of every work: OpenAlex has none (its topics are keywords). One list for all, as the arXiv
 * reader shares a list between papers with the same categories (nothing after the readers changes a paper's
 * categories in place): an empty array per work was one more object of each kept paper to copy.
 */
const NO_CATEGORIES: string[] = [];

/** Reads OpenAlex works JSON (page, work, array or JSON lines); bad records become diagnostics. */
export function readOpenAlex(text: string, file: string, _options: ReaderOptions): ReadResult {
  const log = new RecordLog(file, { sharesAuthors: true });
  const lineOf = createLineFinder(text);
  // Names, ids, venues, keywords and institutions repeat from work to work: each is kept once (kept-values.ts).
  const strings = new Interner();
  // An author written the same way on many works is one reference (openalex-authors.ts).
  const authors = new OpenAlexAuthors(log);
  parseJsonText(text, log, (value, line, mayHoldNul) => {
    const works = worksOf(value);
    if (works === undefined) {
      log.skip(line, "JSON value is neither an OpenAlex work nor a page of works. It was skipped.");
      return;
    }
    if (works.length === 0)
      log.note("info", line, "page has no results (the last page of a cursor walk). It adds no papers.");
    for (const work of works) {
      // One work per JSON line is on that line; works of a page are found by their id.
      const workLine =
        works.length > 1 && isObject(work) && typeof work.id === "string" ? Math.max(line, lineOf(work.id)) : line;
      if (!isObject(work)) log.skip(workLine, "result is not a JSON object. It was skipped.");
      else {
        const paper = toPaper(work, workLine, log, strings, authors);
        if (paper) log.keep(paper, mayHoldNul);
      }
    }
  });
  return log.result();
}

/** True for OpenAlex JSON: OpenAlex work ids, or the `meta` block of an API page. */
export function sniffOpenAlex(text: string): boolean {
  const head = text.slice(0, 65536);
  if (!/^\s*[[{]/.test(head.replace(/^\ufeff/, ""))) return false;
  return (
    head.includes("https://openalex.org/W") ||
    (/"meta"\s*:/.test(head) && /"db_response_time_ms"/.test(head)) ||
    isOpenAlexLine(text)
  );
}

function isOpenAlexLine(text: string): boolean {
  const first = firstJsonObject(text);
  return first !== undefined && isArray(first.authorships);
}

function worksOf(value: unknown): readonly unknown[] | undefined {
  if (isArray(value)) return value;
  if (!isObject(value)) return undefined;
  if (isArray(value.results)) return value.results;
  if ("authorships" in value || "publication_year" in value || "display_name" in value) return [value];
  return undefined;
}

function toPaper(
  work: JsonObject,
  line: number,
  log: RecordLog,
  strings: Interner,
  written: OpenAlexAuthors,
): Paper | undefined {
  const doi = withoutDoiPrefix(jsonText(work.doi));
  const workId = withoutPrefix(jsonText(work.id), "openalex.org/");
  let title = jsonText(work.title) ?? jsonText(work.display_name);
  if (!title && !doi) {
    log.skip(line, `work has no title and no DOI (${workId ?? "no id"}). It was skipped.`);
    return undefined;
  }
  if (!title) {
    title = doi!;
    log.note("warning", line, `work ${workId ?? ""} has no title. It is kept, titled by its DOI (${doi}).`);
  }
  const arxivId = arxivIdOf(work);
  const date = parseIsoDate(jsonText(work.publication_date));
  const year = typeof work.publication_year === "number" ? work.publication_year : date?.year;
  if (!isArray(work.authorships))
    log.note("warning", line, `work "${title}" has no authorships list. It is read without authors.`);
  const authorships = isArray(work.authorships) ? work.authorships : [];
  // Sized once to the authorships (a list grown by push reserves 17 slots, and a copy to drop them is one
  // more array per paper); cut to the authors found when some authorship names nobody.
  const authors = new Array<AuthorRef>(authorships.length);
  let found = 0;
  for (let position = 0; position < authorships.length; position++) {
    const authorship = authorships[position];
    const author = written.authorOf(authorship);
    if (author) authors[found++] = author;
    else if (isObject(authorship) && hasNumberName(authorship)) {
      log.note(
        "warning",
        line,
        `author ${position + 1} of "${title}" has a number for a name (${numberName(authorship)}). It was left out.`,
      );
    }
  }
  const venue = strings.intern(venueOf(work));
  const abstract = rebuildAbstract(work.abstract_inverted_index);
  const keywords = keywordsOf(work, strings);
  const sameYear = date !== undefined && date.year === year;
  return createPaper({
    title,
    authors: found === authors.length ? authors : authors.slice(0, found),
    authorsTruncated: work.is_authors_truncated === true,
    year,
    // Month and day only from a date of the same year (undefined fields are left out by createPaper).
    month: sameYear ? date.month : undefined,
    day: sameYear ? date.day : undefined,
    categories: NO_CATEGORIES,
    keywords,
    venue,
    abstract,
    doi,
    arxivId,
    recordIds: workId ? { openalex: workId } : undefined,
    citations: typeof work.cited_by_count === "number" ? work.cited_by_count : undefined,
    source: { file: log.file, line },
  });
}

/** The name of an authorship when it is a number rather than text (`raw_author_name: 12345`). */
function numberName(authorship: JsonObject): number | undefined {
  const author = isObject(authorship.author) ? authorship.author : {};
  for (const value of [authorship.raw_author_name, author.display_name]) if (typeof value === "number") return value;
  return undefined;
}

function hasNumberName(authorship: JsonObject): boolean {
  return numberName(authorship) !== undefined;
}

/**
 * The DOI of a `https://doi.org/…` URL (any case, `http`, `dx.`), the text as it is otherwise. The form OpenAlex
 * writes is cut by a comparison, without running the regex (2.6 ms of a 250 ms read of 20 MB of works).
 */
function withoutDoiPrefix(url: string | undefined): string | undefined {
  if (url === undefined) return undefined;
  return url.startsWith(DOI_URL) ? url.slice(DOI_URL.length) : url.replace(DOI_PREFIX, "");
}

/** Rebuilds an abstract from OpenAlex's inverted index: each word is written at each of its positions. */
export function rebuildAbstract(index: unknown): string | undefined {
  if (!isObject(index)) return undefined;
  const words: string[] = [];
  let placed = 0;
  // for…in visits the keys in Object.entries' order without building an array of pairs per abstract.
  for (const word in index) {
    const positions = index[word];
    if (!isArray(positions)) continue;
    for (const position of positions) {
      if (typeof position === "number" && Number.isInteger(position) && position >= 0 && position < 1e6) {
        if (words[position] === undefined) placed++;
        words[position] = word;
      }
    }
  }
  // join writes a hole as an empty string; the holes, when there are any, are left out so that no double space
  // appears (filtering every list was a third of this function's time).
  const abstract = (placed === words.length ? words : words.filter(isWord)).join(" ").trim();
  return abstract || undefined;
}

function isWord(word: string | undefined): boolean {
  return word !== undefined;
}

/** Keywords and topics (else the concepts scored high enough below the top level), each name once, in order. */
function keywordsOf(work: JsonObject, strings: Interner): string[] {
  const all: string[] = [];
  addNames(all, work.keywords, false);
  addNames(all, work.topics, false);
  if (all.length === 0) addNames(all, work.concepts, true);
  if (all.length === 0) return [];
  // One name (most works of the generated and synthetic corpora) needs no telling apart.
  if (all.length === 1) return [strings.intern(all[0]!)];
  // A work names a handful: each is compared with those kept before it, without a Set per work (the Set was
  // the largest cost of this function), up to FEW_NAMES; a longer list is told apart by a Set.
  const seen = all.length > FEW_NAMES ? new Set<string>() : undefined;
  const folded: string[] = [];
  const kept: string[] = [];
  for (const name of all) {
    const key = name.toLowerCase();
    if (seen ? seen.has(key) : folded.includes(key)) continue;
    if (seen) seen.add(key);
    else folded.push(key);
    kept.push(strings.intern(name));
  }
  return exactly(kept);
}

/** Appends the display names of a list's items; `concepts` keeps only well-scored concepts below level 0. */
function addNames(names: string[], list: unknown, concepts: boolean): void {
  if (!isArray(list)) return;
  for (const item of list) {
    if (!isObject(item)) continue;
    if (concepts && !(Number(item.score) >= CONCEPT_MIN_SCORE && Number(item.level) > 0)) continue;
    const name = jsonText(item.display_name);
    if (name) names.push(name);
  }
}

/**
 * The arXiv id of an `arxiv.org/abs/…` or `…/pdf/….pdf` URL. Only the URL's last run without white space, `?`
 * or `#` can hold it; the page is looked for there first, and the id read from it anchored: one unanchored
 * regex over the whole URL rescanned it from every `arxiv.org/abs/` it repeated (quadratic).
 */
function arxivIdOfUrl(url: string): string | undefined {
  let start = url.length;
  while (start > 0 && !/[\s?#]/.test(url[start - 1]!)) start--;
  const tail = url.slice(start);
  const page = ARXIV_PAGE.exec(tail);
  return page ? ARXIV_PATH.exec(tail.slice(page.index + page[0].length))?.[1] : undefined;
}

function arxivIdOf(work: JsonObject): string | undefined {
  const locations = isArray(work.locations) ? work.locations : [];
  for (const location of locations) {
    const id = isObject(location) ? arxivIdOfUrl(jsonText(location.landing_page_url) ?? "") : undefined;
    if (id) return id;
  }
  return undefined;
}

/** `primary_location.source.display_name`, the journal or conference. */
function venueOf(work: JsonObject): string | undefined {
  const location = work.primary_location;
  const source = isObject(location) ? location.source : undefined;
  return isObject(source) ? jsonText(source.display_name) : undefined;
}
