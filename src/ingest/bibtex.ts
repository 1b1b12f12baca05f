/**
 * Reader for BibTeX (and the BibLaTeX fields people mix into it). Each entry becomes a paper:
 *
 *   title                         → title (LaTeX decoded, case-protecting braces dropped)
 *   author                        → authors in reading order; `and others` → authorsTruncated
 *   year / month, or date         → year, month (`mar`, `March`, `3`, `2020-03-01`)
 *   journal, booktitle, _venue…   → venue (the first present)
 *   doi                           → doi (a https://doi.org/ prefix removed)
 *   eprint, arxiv, url_arxiv, url → arxivId (eprint when archivePrefix is arXiv or the id has arXiv's shape)
 *   primaryClass                  → categories; keywords → keywords; abstract → abstract
 *   codeurl, url_code, code       → hasCode
 *
 * Broken entries, entries without a title and duplicate keys become diagnostics on their line; the rest loads.
 */

import { paperId } from "../model";
import type { Paper, ReadResult } from "../model";
import { splitBibtexNames } from "./bibtex-names";
import { parseBibtex } from "./bibtex-syntax";
import type { BibEntry } from "./bibtex-syntax";
import type { ReaderOptions } from "./detect";
import { decodeLatex } from "./latex";
import { unreadableText } from "./lines";
import { RecordLog } from "./records";

const VENUE_FIELDS = [
  "journal",
  "journaltitle",
  "booktitle",
  "_venue",
  "venue",
  "howpublished",
  "school",
  "institution",
];
const CODE_FIELDS = ["codeurl", "url_code", "code", "github"];
const ARXIV_ID = /(\d{4}\.\d{4,5}|[a-z-]+(?:\.[A-Z]{2})?\/\d{7})(v\d+)?/;
/**
 * Characters of a field searched for an arXiv id: ids are short, and ARXIV_ID's `[a-z-]+` backtracks over a
 * long run of letters from every position (quadratic), so a field is searched only this far.
 */
const ARXIV_SEARCH = 128;
const ARXIV_IN_TEXT = /(?:arxiv\.org\/(?:abs|pdf)\/|arxiv:\s*)(\d{4}\.\d{4,5}|[a-z-]+(?:\.[A-Z]{2})?\/\d{7})/i;
const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
/**
 * A line that opens an entry with a key: what tells BibTeX from other text. The key and the blanks after it
 * are optional together: with the key alone optional, the blanks before and after it shared one run of
 * tabs, quadratic on `@a(` and a long run of them.
 */
const ENTRY_LINE = /^[ \t]*@[A-Za-z]+[ \t]*[{(][ \t]*(?:[^\s,{}()]+[ \t]*)?,/m;

/** Reads BibTeX text into papers; broken entries become error diagnostics on their line, never a throw. */
export function readBibtex(text: string, file: string, _options: ReaderOptions): ReadResult {
  const log = new RecordLog(file);
  const unreadable = unreadableText(
    text,
    file,
    "binary data, not BibTeX (NUL or control bytes). Give the .bib file as text.",
  );
  if (unreadable) {
    log.diagnostics.push(unreadable);
    return log.result();
  }
  const entries = parseBibtex(text, log);
  if (entries.length === 0 && !log.diagnostics.some((item) => item.severity === "error")) {
    log.note(
      "error",
      0,
      "no BibTeX entry (like `@article{key, …}`) found. Check that this is a .bib file or pass another format.",
    );
  }
  const seen = new Map<string, number>();
  for (const entry of entries) {
    const first = seen.get(entry.key);
    if (first !== undefined) {
      log.note(
        "warning",
        entry.line,
        `duplicate key ${entry.key} (first on line ${first}). Both entries were read; identical papers merge later.`,
      );
    } else seen.set(entry.key, entry.line);
    const paper = entryToPaper(entry, log);
    if (paper) log.keep(paper);
  }
  return log.result();
}

/** True when some line opens a BibTeX entry with a key (`@article{key,`). */
export function sniffBibtex(text: string): boolean {
  return ENTRY_LINE.test(text.slice(0, 65536));
}

function entryToPaper(entry: BibEntry, log: RecordLog): Paper | undefined {
  const { file } = log;
  const title = decodedField(entry, "title");
  if (!title) {
    const why = entry.unclosed
      ? `has no title before its field ${entry.unclosed}, which is never closed`
      : entry.fields.size === 0
        ? "has no fields (all commented out?)"
        : "has no title";
    log.skip(entry.line, `entry ${entry.key || "without a key"} ${why}. It was skipped.`);
    return undefined;
  }
  const { names, truncated, glued, doubtful } = splitBibtexNames(rawField(entry, "author") ?? "");
  const authorLine = entry.fields.get("author")?.line ?? entry.line;
  for (const written of glued) {
    log.note(
      "warning",
      authorLine,
      `author "${written}" looks like several names without "and" between them. ` +
        "They were read as separate names; add the missing and if that is wrong.",
    );
  }
  for (const written of doubtful) {
    log.note(
      "warning",
      authorLine,
      `author "${written}" may be two names without "and" between them (every other author gives initials only). ` +
        "It was read as one name.",
    );
  }
  if (names.length === 0)
    log.note("warning", entry.line, `entry ${entry.key} has no author. It is kept without authors.`);
  const date = readDate(entry, log);
  const doi = rawField(entry, "doi")?.replace(/^(https?:\/\/(dx\.)?doi\.org\/|doi:\s*)/i, "");
  const arxivId = findArxivId(entry);
  const primaryClass = rawField(entry, "primaryclass");
  const paper: Paper = {
    id: paperId({ doi, arxivId, title, year: date.year }),
    title,
    authors: names.map((name) => ({ name })),
    authorsTruncated: truncated,
    ...date,
    categories: primaryClass ? [primaryClass] : [],
    source: { file, line: entry.line },
  };
  const venue = firstDecodedField(entry, VENUE_FIELDS);
  const keywords = decodedField(entry, "keywords")
    ?.split(/[,;]/)
    .map((word) => word.trim())
    .filter(Boolean);
  const abstract = decodedField(entry, "abstract");
  if (venue) paper.venue = venue;
  if (doi) paper.doi = doi;
  if (arxivId) paper.arxivId = arxivId;
  if (keywords?.length) paper.keywords = keywords;
  if (abstract) paper.abstract = abstract;
  if (CODE_FIELDS.some((name) => rawField(entry, name))) paper.hasCode = true;
  return paper;
}

/** A field's value trimmed, still LaTeX; undefined when absent or blank. */
function rawField(entry: BibEntry, name: string): string | undefined {
  return entry.fields.get(name)?.value.trim() || undefined;
}

/** A field's value decoded from LaTeX; undefined when absent or blank. */
function decodedField(entry: BibEntry, name: string): string | undefined {
  const value = rawField(entry, name);
  return value === undefined ? undefined : decodeLatex(value) || undefined;
}

/** The first of `names` whose decoded value is not blank. */
function firstDecodedField(entry: BibEntry, names: readonly string[]): string | undefined {
  for (const name of names) {
    const value = decodedField(entry, name);
    if (value) return value;
  }
  return undefined;
}

/** Year and month from `year`/`month`, or from a BibLaTeX `date` (`2020-03-01`); odd values warn. */
function readDate(entry: BibEntry, log: RecordLog): { year?: number; month?: number } {
  const year = entry.fields.get("year");
  const month = entry.fields.get("month")?.value.trim().toLowerCase();
  const date = /^(\d{4})(?:-(\d{2}))?/.exec(entry.fields.get("date")?.value.trim() ?? "");
  const result: { year?: number; month?: number } = {};
  const yearMatch = /\b(\d{4})\b/.exec(year?.value ?? "");
  if (yearMatch) result.year = Number(yearMatch[1]);
  else if (date) result.year = Number(date[1]);
  else if (year) log.note("warning", year.line, `year without four digits (${year.value}). The paper has no year.`);
  const monthNumber = month === undefined ? Number(date?.[2]) : readMonth(month);
  if (monthNumber >= 1 && monthNumber <= 12) result.month = monthNumber;
  return result;
}

/** `3`, `mar` or `March` → 3; anything else → 0. */
function readMonth(text: string): number {
  return /^\d+$/.test(text) ? Number(text) : MONTHS.indexOf(text.slice(0, 3)) + 1;
}

/** The arXiv id of an entry: eprint (when it is an arXiv eprint), an `arxiv` field, or an arXiv URL or note. */
function findArxivId(entry: BibEntry): string | undefined {
  const value = (name: string) => entry.fields.get(name)?.value.trim() ?? "";
  const prefix = (value("archiveprefix") || value("eprinttype")).toLowerCase();
  const eprint = ARXIV_ID.exec(value("eprint").slice(0, ARXIV_SEARCH));
  if (eprint && (prefix === "arxiv" || prefix === "")) return eprint[1];
  const field = ARXIV_ID.exec((value("arxiv") || value("arxivid")).slice(0, ARXIV_SEARCH));
  if (field) return field[1];
  for (const name of ["url_arxiv", "url", "eid", "journal", "note", "howpublished"]) {
    const match = ARXIV_IN_TEXT.exec(value(name));
    if (match) return match[1];
  }
  return undefined;
}
