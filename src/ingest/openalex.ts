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
import { RecordLog } from "./records";

const CONCEPT_MIN_SCORE = 0.5;
/** Where an arXiv landing page's path starts; ARXIV_PATH reads the id from there to the end of the URL. */
const ARXIV_PAGE = /arxiv\.org\/(?:abs|pdf)\//;
const ARXIV_PATH = /^([^\s?#]+?)(?:v\d+)?(?:\.pdf)?$/;

/** Reads OpenAlex works JSON (page, work, array or JSON lines); bad records become diagnostics. */
export function readOpenAlex(text: string, file: string, _options: ReaderOptions): ReadResult {
  const log = new RecordLog(file);
  const lineOf = createLineFinder(text);
  for (const { value, line } of parseJsonText(text, log)) {
    const works = worksOf(value);
    if (works === undefined) {
      log.skip(line, "JSON value is neither an OpenAlex work nor a page of works. It was skipped.");
      continue;
    }
    if (works.length === 0)
      log.note("info", line, "page has no results (the last page of a cursor walk). It adds no papers.");
    for (const work of works) {
      // One work per JSON line is on that line; works of a page are found by their id.
      const workLine =
        works.length > 1 && isObject(work) && typeof work.id === "string" ? Math.max(line, lineOf(work.id)) : line;
      if (!isObject(work)) log.skip(workLine, "result is not a JSON object. It was skipped.");
      else {
        const paper = toPaper(work, workLine, log);
        if (paper) log.keep(paper);
      }
    }
  }
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

function toPaper(work: JsonObject, line: number, log: RecordLog): Paper | undefined {
  const doi = jsonText(work.doi)?.replace(/^https?:\/\/(dx\.)?doi\.org\//i, "");
  const workId = jsonText(work.id)?.replace(/^https?:\/\/openalex\.org\//, "");
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
  const authors = (isArray(work.authorships) ? work.authorships : []).flatMap((authorship, position) => {
    const author = toAuthor(authorship);
    if (author.length === 0 && isObject(authorship) && hasNumberName(authorship)) {
      log.note(
        "warning",
        line,
        `author ${position + 1} of "${title}" has a number for a name (${numberName(authorship)}). It was left out.`,
      );
    }
    return author;
  });
  const venue = jsonText(path(work, "primary_location", "source", "display_name"));
  const abstract = rebuildAbstract(work.abstract_inverted_index);
  const keywords = keywordsOf(work);
  return createPaper({
    title,
    authors,
    authorsTruncated: work.is_authors_truncated === true,
    year,
    ...(date && date.year === year ? { month: date.month, day: date.day } : {}),
    categories: [],
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

function toAuthor(authorship: unknown): AuthorRef[] {
  if (!isObject(authorship)) return [];
  const author = isObject(authorship.author) ? authorship.author : {};
  const name = jsonText(authorship.raw_author_name) ?? jsonText(author.display_name);
  if (!name) return [];
  const openalex = jsonText(author.id)?.replace(/^https?:\/\/openalex\.org\//, "");
  const orcid = jsonText(author.orcid)?.replace(/^https?:\/\/orcid\.org\//, "");
  const ids = { ...(openalex ? { openalex } : {}), ...(orcid ? { orcid } : {}) };
  // Institutions as OpenAlex names them, else the affiliation strings as the paper wrote them.
  const institutions = (Array.isArray(authorship.institutions) ? authorship.institutions : [])
    .map((institution) => (isObject(institution) ? jsonText(institution.display_name) : undefined))
    .filter((text): text is string => Boolean(text));
  const raw = (Array.isArray(authorship.raw_affiliation_strings) ? authorship.raw_affiliation_strings : [])
    .map(jsonText)
    .filter((text): text is string => Boolean(text));
  const affiliations = institutions.length ? institutions : raw;
  return [{ name, ...(openalex || orcid ? { ids } : {}), ...(affiliations.length ? { affiliations } : {}) }];
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

/** Rebuilds an abstract from OpenAlex's inverted index: each word is written at each of its positions. */
export function rebuildAbstract(index: unknown): string | undefined {
  if (!isObject(index)) return undefined;
  const words: string[] = [];
  for (const [word, positions] of Object.entries(index)) {
    if (!isArray(positions)) continue;
    for (const position of positions) {
      if (typeof position === "number" && Number.isInteger(position) && position >= 0 && position < 1e6) {
        words[position] = word;
      }
    }
  }
  const abstract = words
    .filter((word) => word !== undefined)
    .join(" ")
    .trim();
  return abstract || undefined;
}

function keywordsOf(work: JsonObject): string[] {
  const names = (list: unknown, keep: (item: JsonObject) => boolean = () => true) =>
    (isArray(list) ? list : []).flatMap((item) =>
      isObject(item) && keep(item) && jsonText(item.display_name) ? [jsonText(item.display_name)!] : [],
    );
  const concept = (item: JsonObject) => Number(item.score) >= CONCEPT_MIN_SCORE && Number(item.level) > 0;
  const current = [...names(work.keywords), ...names(work.topics)];
  const all = current.length > 0 ? current : names(work.concepts, concept);
  const seen = new Set<string>();
  return all.filter((name) => !seen.has(name.toLowerCase()) && seen.add(name.toLowerCase()));
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

function path(value: unknown, ...keys: string[]): unknown {
  return keys.reduce<unknown>((node, key) => (isObject(node) ? node[key] : undefined), value);
}
