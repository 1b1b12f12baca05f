/**
 * Reader for DBLP XML: a person page (`<dblpperson>` with `<r>` records, a homonyms and a coauthors block)
 * or a stream of records inside `<dblp>` (the dump, or a search export). Read with sax, never as a DOM.
 *
 * Homonyms: DBLP tells apart people with the same name by a number, `Wei Wang 0001`. They are different
 * people, so the number must survive into the identity key, yet it is not part of the name: the displayed
 * name drops it and `ids.dblp` keeps the author's pid (`95/7448-1`) or, in files without pids, the numbered name.
 */

import { createPaper } from "../model";
import type { AuthorIds, AuthorRef, Paper, ReadResult } from "../model";
import type { ReaderOptions } from "./detect";
import { AuthorMemo, exactly, Interner } from "./kept-values";
import { RecordLog } from "./records";
import { collapseSpace, streamXml } from "./xml-stream";

/** DBLP's publication elements; `www` (home pages) and `person` describe people, not papers. */
const RECORD_TAGS = new Set([
  "article",
  "inproceedings",
  "proceedings",
  "book",
  "incollection",
  "phdthesis",
  "mastersthesis",
  "data",
]);
const HOMONYM = /^(.*\S)\s+(\d{4})$/;
const DOI_URL = /^https?:\/\/(?:dx\.)?doi\.org\/(10\.\S+)$/i;
const ARXIV_URL = /^https?:\/\/arxiv\.org\/abs\/(\S+?)(?:v\d+)?$/i;

interface RecordDraft {
  tag: string;
  line: number;
  authors: AuthorRef[];
  fields: Map<string, string[]>;
}

interface Field {
  name: string;
  attributes: Record<string, string>;
  text: string;
}

/** Reads DBLP XML (person page or record stream) into papers; broken records become diagnostics. */
export function readDblp(text: string, file: string, _options: ReaderOptions): ReadResult {
  const log = new RecordLog(file, { reusesAuthors: true });
  const diagnostics = log.diagnostics;
  // Names, pids and venues repeat from record to record: each is kept once (kept-values.ts).
  const strings = new Interner();
  // An author written the same way on many records is one reference (kept-values.ts).
  const memo = new AuthorMemo();
  let record: RecordDraft | undefined;
  let field: Field | undefined;
  let stated: { count: number; line: number } | undefined;
  let skipDepth = 0;
  let sawDblp = false;
  streamXml(
    text,
    file,
    {
      open(name, attributes, line) {
        if (name === "dblp" || name === "dblpperson" || RECORD_TAGS.has(name)) sawDblp = true;
        if (name === "dblpperson" && /^\d+$/.test(attributes.n ?? "")) stated = { count: Number(attributes.n), line };
        if (field) return;
        if (skipDepth > 0 || name === "homonyms" || name === "coauthors" || name === "www" || name === "person") {
          skipDepth += 1;
        } else if (!record && RECORD_TAGS.has(name)) {
          record = { tag: name, line, authors: [], fields: new Map() };
        } else if (record) {
          field = { name, attributes, text: "" };
        }
      },
      close(name) {
        if (field && name === field.name) {
          if (record) storeField(record, field, memo);
          field = undefined;
        } else if (!field && skipDepth > 0) {
          skipDepth -= 1;
        } else if (!field && record && name === record.tag) {
          const paper = toPaper(record, log, strings);
          if (paper) log.keep(paper);
          record = undefined;
        }
      },
      text(value) {
        if (field) field.text += value;
      },
    },
    diagnostics,
  );
  if (record) {
    log.skip(
      record.line,
      `<${record.tag}> record is not closed (the file ends inside it). ` +
        "It was skipped; check that the file is complete.",
    );
  }
  const read = log.papers.length;
  if (stated && stated.count !== read) {
    log.note(
      "warning",
      stated.line,
      `record count does not match (the page says ${stated.count}, ${read} were read). ` +
        "Check that the whole page was saved.",
    );
  }
  if (!sawDblp)
    log.note(
      "error",
      0,
      "no DBLP element (<dblp>, <dblpperson> or a record) found. Check that this is DBLP XML or pass another format.",
    );
  return log.result();
}

/** True for DBLP XML: a person page, a `<dblp>` root, or records carrying DBLP keys. */
export function sniffDblp(text: string): boolean {
  const head = text.slice(0, 4096);
  return (
    /<dblpperson[\s>]|<dblp[\s>]|<!DOCTYPE dblp/i.test(head) ||
    /<(article|inproceedings|incollection)\s[^>]*key="(journals|conf)\//.test(head)
  );
}

function storeField(record: RecordDraft, field: Field, memo: AuthorMemo): void {
  const value = collapseSpace(field.text);
  if (field.name === "author") {
    if (value) record.authors.push(memo.share(toAuthor(value, field.attributes)));
    return;
  }
  const values = record.fields.get(field.name) ?? [];
  values.push(value);
  record.fields.set(field.name, values);
}

/**
 * The author as DBLP names them, without the homonym number; the pid (or numbered name) goes in ids.dblp.
 * Names and pids are not interned here: RecordLog.keep makes each one the file's shared copy.
 */
function toAuthor(written: string, attributes: Record<string, string>): AuthorRef {
  const homonym = HOMONYM.exec(written);
  const dblp = attributes.pid || (homonym ? written : undefined);
  const name = homonym ? homonym[1]! : written;
  const orcid = attributes.orcid;
  const ids: AuthorIds | undefined = dblp && orcid ? { dblp, orcid } : dblp ? { dblp } : orcid ? { orcid } : undefined;
  // One literal per shape: a `{ name }` given `ids` afterwards grows a property array (kept-values.ts).
  return ids ? { name, ids } : { name };
}

function toPaper(record: RecordDraft, log: RecordLog, strings: Interner): Paper | undefined {
  const title = firstValue(record, "title")?.replace(/\.$/, "");
  if (!title) {
    log.skip(record.line, `<${record.tag}> record has no title. It was skipped.`);
    return undefined;
  }
  const yearText = firstValue(record, "year");
  const year = yearText && /^\d{4}$/.test(yearText) ? Number(yearText) : undefined;
  if (yearText && year === undefined) {
    log.note("warning", record.line, `year is not a four-digit year (${yearText}). The paper is read without a year.`);
  }
  const links = record.fields.get("ee");
  const doi = firstMatch(links, DOI_URL);
  const journal = firstValue(record, "journal");
  const volume = firstValue(record, "volume");
  const corr = journal === "CoRR" && volume?.startsWith("abs/") ? volume.slice(4) : undefined;
  const arxivId = firstMatch(links, ARXIV_URL) ?? corr;
  if (record.authors.length === 0) {
    log.note("info", record.line, `<${record.tag}> record has no author (${title}). It adds no coauthor links.`);
  }
  const venue = strings.intern(
    journal ?? firstValue(record, "booktitle") ?? firstValue(record, "publisher") ?? firstValue(record, "school"),
  );
  return createPaper({
    title,
    authors: exactly(record.authors),
    authorsTruncated: false,
    year,
    categories: [],
    venue,
    doi,
    arxivId,
    source: { file: log.file, line: record.line },
  });
}

/** The first non-empty value of a field of the record (a function, not a closure built per record). */
function firstValue(record: RecordDraft, name: string): string | undefined {
  const values = record.fields.get(name);
  if (values) for (const value of values) if (value.length > 0) return value;
  return undefined;
}

/** Group 1 of the first link that `pattern` matches with a non-empty group. */
function firstMatch(links: readonly string[] | undefined, pattern: RegExp): string | undefined {
  if (links)
    for (const link of links) {
      const found = pattern.exec(link)?.[1];
      if (found) return found;
    }
  return undefined;
}
