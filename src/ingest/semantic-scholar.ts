/**
 * Reader for the Semantic Scholar Graph API (api.semanticscholar.org/graph/v1): a paper, an author with
 * `papers[]` (its owner becomes a Profile, like a profile page's), a page `{data: […], next}` of papers,
 * citations (`{citingPaper}`/`{citedPaper}`) or authors, a batch array, or JSON lines of any of these.
 *
 * Authors keep the name as the API gives it and their `authorId` as ids.semanticScholar. The API's
 * `fieldsOfStudy` and `s2FieldsOfStudy` categories are its only topics, so they become `keywords`. Where the API
 * answers `null` for a list (`authors`, `papers`, `data`) the list is read as empty and a warning says so.
 *
 * A paper fetched with `fields=citations,references` carries the papers citing it and those it cites, each
 * with its authors and ids: they are papers of the corpus too, read as records of the file (`s2Nested`
 * "include", the default), or left out with a note saying how many ("ignore").
 */

import { createPaper, foldText } from "../model";
import type { AuthorRef, Paper, Profile, ReadResult } from "../model";
import type { ReaderOptions } from "./detect";
import { createLineFinder, firstJsonObject, isArray, isObject, jsonText, parseJsonText } from "./json-text";
import { parseIsoDate } from "./dates";
import type { JsonObject } from "./json-text";
import { RecordLog } from "./records";

interface Context {
  log: RecordLog;
  profiles: Profile[];
  lineOf: (needle: string | undefined) => number;
  nested: "include" | "ignore";
}

/** Lists of nested papers a paper record may carry. */
const NESTED_LISTS = ["citations", "references"] as const;

/** Reads Semantic Scholar Graph API JSON into papers and author profiles; bad records become diagnostics. */
export function readSemanticScholar(text: string, file: string, options: ReaderOptions): ReadResult {
  const context: Context = {
    log: new RecordLog(file),
    profiles: [],
    lineOf: createLineFinder(text),
    nested: options.s2Nested ?? "include",
  };
  parseJsonText(text, context.log, (value, line) => readValue(value, line, context));
  return context.log.result({ profiles: context.profiles });
}

/** True for Semantic Scholar JSON: `paperId` or `authorId` keys near the start. */
export function sniffSemanticScholar(text: string): boolean {
  const head = text.slice(0, 65536);
  if (!/^\s*[[{]/.test(head.replace(/^\ufeff/, ""))) return false;
  return /"(paperId|authorId)"\s*:/.test(head) || firstJsonObject(text)?.corpusid !== undefined;
}

function readValue(value: unknown, line: number, context: Context): void {
  if (isArray(value)) {
    value.forEach((item) => readItem(item, line, context));
  } else if (isObject(value) && "data" in value) {
    const data = listOrWarn(value, "data", line, context);
    if (data.length === 0) context.log.note("info", line, "page has no data (the last page). It adds no papers.");
    data.forEach((item) => readItem(item, line, context));
  } else {
    readItem(value, line, context);
  }
}

function readItem(item: unknown, line: number, context: Context): void {
  const { log } = context;
  if (!isObject(item)) {
    log.skip(
      line,
      `record is ${item === null ? "null (an id the API did not know)" : "not a JSON object"}. It was skipped.`,
    );
    return;
  }
  const wrapped = isObject(item.citingPaper)
    ? item.citingPaper
    : isObject(item.citedPaper)
      ? item.citedPaper
      : undefined;
  if (wrapped) readPaper(wrapped, line, context);
  else if ("authorId" in item && !("paperId" in item)) readAuthor(item, line, context);
  else if ("paperId" in item || "title" in item) readPaper(item, line, context);
  else log.skip(line, "JSON object is neither a Semantic Scholar paper nor an author. It was skipped.");
}

/** An author with papers: a Profile for the owner, and the owner added to papers whose author list lacks them. */
function readAuthor(author: JsonObject, line: number, context: Context): void {
  const owner = text(author.name);
  const authorLine = Math.max(line, context.lineOf(text(author.authorId)));
  if (owner) {
    const stats = { paperCount: author.paperCount, citations: author.citationCount, hIndex: author.hIndex };
    const known = Object.fromEntries(Object.entries(stats).filter(([, v]) => typeof v === "number"));
    context.profiles.push({ owner, ...known, source: { file: context.log.file, line: authorLine } });
  }
  if (!("papers" in author)) return;
  const ownerRef: AuthorRef | undefined = owner ? { name: owner, ...idsOf(author) } : undefined;
  for (const item of listOrWarn(author, "papers", authorLine, context)) {
    const paper = isObject(item) ? readPaper(item, authorLine, context) : undefined;
    if (!isObject(item)) context.log.skip(authorLine, "paper is not a JSON object. It was skipped.");
    if (paper && ownerRef && !paper.authors.some((a) => sameAuthor(a, ownerRef))) paper.authors.push(ownerRef);
  }
}

function readPaper(record: JsonObject, line: number, context: Context): Paper | undefined {
  const { log } = context;
  const paperLine = Math.max(line, context.lineOf(text(record.paperId)));
  const authors = "authors" in record ? listOrWarn(record, "authors", paperLine, context).flatMap(toAuthor) : [];
  const title = text(record.title);
  if (!title) {
    log.skip(paperLine, `paper ${text(record.paperId) ?? "(no id)"} has no title. It was skipped.`);
    return undefined;
  }
  const external = isObject(record.externalIds) ? record.externalIds : {};
  const doi = text(external.DOI);
  const arxivId = text(external.ArXiv);
  const date = parseIsoDate(text(record.publicationDate));
  const year = typeof record.year === "number" ? record.year : date?.year;
  const venue =
    text(record.venue) ??
    text(isObject(record.journal) ? record.journal.name : undefined) ??
    text(isObject(record.publicationVenue) ? record.publicationVenue.name : undefined);
  const abstract = text(record.abstract);
  const keywords = fieldsOf(record);
  const paper = createPaper({
    title,
    authors,
    authorsTruncated: false,
    year,
    ...(date && date.year === year ? { month: date.month, day: date.day } : {}),
    categories: [],
    keywords,
    venue,
    abstract,
    doi,
    arxivId,
    recordIds: text(record.paperId) ? { semanticScholar: text(record.paperId)! } : undefined,
    citations: typeof record.citationCount === "number" ? record.citationCount : undefined,
    source: { file: log.file, line: paperLine },
  });
  const kept = log.keep(paper);
  readNested(record, paperLine, context);
  return kept;
}

/** The citing and cited papers a paper carries: read as papers, or left out with one note per list. */
function readNested(record: JsonObject, line: number, context: Context): void {
  for (const key of NESTED_LISTS) {
    const list = record[key];
    if (!isArray(list) || list.length === 0) continue;
    if (context.nested === "ignore") {
      const what = key === "citations" ? "papers citing it" : "papers it cites";
      context.log.skipMany(
        list.length,
        line,
        `${list.length} ${what} (${key}) were left out, as --s2-nested ignore asks. --s2-nested include reads them.`,
        "info",
      );
      continue;
    }
    for (const item of list) {
      const nested = isObject(item)
        ? isObject(item.citingPaper)
          ? item.citingPaper
          : isObject(item.citedPaper)
            ? item.citedPaper
            : item
        : undefined;
      if (nested) readPaper({ ...nested, citations: undefined, references: undefined }, line, context);
      else context.log.skip(line, `an entry of ${key} is not a JSON object. It was skipped.`);
    }
  }
}

/** The list under `key`; null or another non-list is read as empty, with a warning. */
function listOrWarn(record: JsonObject, key: string, line: number, context: Context): readonly unknown[] {
  const value = record[key];
  if (isArray(value)) return value;
  const what = value === null ? "null" : typeof value;
  context.log.note("warning", line, `${key} is ${what} where a list was expected. It was read as an empty list.`);
  return [];
}

function toAuthor(item: unknown): AuthorRef[] {
  const name = isObject(item) ? text(item.name) : undefined;
  return isObject(item) && name ? [{ name, ...idsOf(item) }] : [];
}

function idsOf(author: JsonObject): Pick<AuthorRef, "ids"> {
  const semanticScholar = text(author.authorId);
  const external = isObject(author.externalIds) ? author.externalIds : {};
  const orcid = text(external.ORCID);
  if (!semanticScholar && !orcid) return {};
  return { ids: { ...(semanticScholar ? { semanticScholar } : {}), ...(orcid ? { orcid } : {}) } };
}

function sameAuthor(a: AuthorRef, b: AuthorRef): boolean {
  const id = b.ids?.semanticScholar;
  return (id !== undefined && a.ids?.semanticScholar === id) || foldText(a.name) === foldText(b.name);
}

function fieldsOf(record: JsonObject): string[] {
  const plain = isArray(record.fieldsOfStudy)
    ? record.fieldsOfStudy.filter((f): f is string => typeof f === "string")
    : [];
  const s2 = isArray(record.s2FieldsOfStudy)
    ? record.s2FieldsOfStudy.flatMap((f) => (isObject(f) && text(f.category) ? [text(f.category)!] : []))
    : [];
  return [...new Set([...plain, ...s2])];
}

/** Semantic Scholar writes some ids as numbers: they are text here. */
function text(value: unknown): string | undefined {
  return typeof value === "number" ? String(value) : jsonText(value);
}
