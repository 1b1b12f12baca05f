/**
 * Tables of papers: a header row naming the columns, one paper per row. `readTable` does the work for every
 * tabular export (generic CSV/TSV here, Scopus and IEEE Xplore in their own files, which only say which
 * header holds what and how their author cells are written). A row without a title is an error on its
 * line; a header without a title column is one error for the whole file.
 *
 * The generic reader takes the delimiter from the header line (tab, semicolon or comma, whichever splits it
 * most), finds columns by common header names (title, authors, year, venue, doi, categories, keywords,
 * abstract, arxiv), and reads authors separated by `;` (or `|`). The `columns` option maps a field to a
 * header of another name: `{ title: "Paper", authors: "Who" }`.
 */

import { diagnostic, paperId } from "../model";
import type { AuthorRef, Paper, ReadResult, Severity } from "../model";
import type { ReaderOptions } from "./detect";
import { firstLine, parseDelimited } from "./delimited";
import { clipText, unreadableText } from "./lines";
import { RecordLog } from "./records";
import { splitTrimmed } from "./split-text";

export type TableField =
  | "title"
  | "authors"
  | "year"
  | "venue"
  | "doi"
  | "categories"
  | "keywords"
  | "abstract"
  | "arxiv"
  | "citations";

/** Column mapping of the generic reader: field → header name as written in the file (case ignored). */
export type CsvColumns = Partial<Record<TableField, string>>;

/**
 * Options of readCsv: the reader options, whose `columns` maps fields to headers (default: common header
 * names); a field outside TableField is reported, since the mapping comes from the user.
 */
export type CsvOptions = ReaderOptions;

/** A cell of the current row by header name (case ignored); "" when the column is absent. */
export type CellReader = (header: string) => string;

/** What a tabular format is: its name, delimiter, the headers of each field, and how to read its author cell. */
export interface TableSpec {
  format: string;
  delimiter: string;
  quoted?: boolean;
  columns: Partial<Record<TableField, readonly string[]>>;
  readAuthors(
    cell: string,
    row: CellReader,
    report: (message: string, severity?: Severity) => void,
  ): { authors: AuthorRef[]; truncated: boolean };
  /** Why a row is not a paper (Springer lists journals among articles), or undefined when it is one. */
  notAPaper?(row: CellReader): string | undefined;
}

const GENERIC_COLUMNS: Record<TableField, readonly string[]> = {
  title: ["title", "document title", "paper title", "article title"],
  authors: ["authors", "author", "author names", "creators"],
  year: ["year", "publication year", "pub year", "date", "published"],
  venue: ["venue", "journal", "source title", "publication title", "booktitle", "conference"],
  doi: ["doi"],
  categories: ["categories", "category", "subjects", "subject"],
  keywords: ["keywords", "author keywords", "tags"],
  abstract: ["abstract", "summary"],
  arxiv: ["arxiv", "arxiv id", "arxivid", "eprint"],
  citations: ["citations", "cited by", "citation count"],
};

/** The fields a column mapping may name (`--column title=Paper`). */
export const TABLE_FIELDS = Object.keys(GENERIC_COLUMNS) as readonly TableField[];

/** True when `field` is one of TABLE_FIELDS (an own key: `toString` or `__proto__` is not a field). */
export function isTableField(field: string): field is TableField {
  return Object.hasOwn(GENERIC_COLUMNS, field);
}

/** Reads a generic CSV or TSV table of papers; bad rows become diagnostics on their line, never a throw. */
export function readCsv(text: string, file: string, options: CsvOptions): ReadResult {
  const header = firstLine(text);
  const columns: Partial<Record<TableField, readonly string[]>> = { ...GENERIC_COLUMNS };
  const unknown: string[] = [];
  for (const [field, name] of Object.entries(options.columns ?? {})) {
    if (isTableField(field)) columns[field] = [name.toLowerCase()];
    else unknown.push(field);
  }
  const spec: TableSpec = {
    format: "CSV",
    delimiter: guessDelimiter(header),
    columns,
    readAuthors: readGenericAuthors,
  };
  const result = readTable(text, file, spec);
  const known = Object.keys(GENERIC_COLUMNS).join(", ");
  for (const field of unknown) {
    result.diagnostics.unshift(
      diagnostic("error", file, 0, `the column mapping names an unknown field (${field}). Use one of ${known}.`),
    );
  }
  return result;
}

/** True when the first line is a header (comma, tab or semicolon separated) with a title and an author column. */
export function sniffCsv(text: string): boolean {
  const header = firstLine(text);
  const names = parseDelimited(header, { delimiter: guessDelimiter(header) }).rows[0]?.cells.map(headerKey) ?? [];
  return (
    names.length > 1 &&
    names.some((name) => GENERIC_COLUMNS.title.includes(name)) &&
    names.some((name) => GENERIC_COLUMNS.authors.includes(name))
  );
}

/** Reads a table whose layout `spec` describes; shared by the generic, Scopus and IEEE readers. */
export function readTable(text: string, file: string, spec: TableSpec): ReadResult {
  const log = new RecordLog(file);
  const fail = (severity: "error" | "warning", message: string): ReadResult => {
    log.note(severity, 0, message);
    return log.result();
  };
  const binary = `binary data, not a ${spec.format} export (NUL or control bytes). Give the file as text.`;
  const unreadable = unreadableText(text, file, binary);
  if (unreadable) {
    log.diagnostics.push(unreadable);
    return log.result();
  }
  const table = parseDelimited(text, { delimiter: spec.delimiter, quoted: spec.quoted });
  const [head, ...rows] = table.rows;
  if (!head)
    return fail(
      "error",
      `no header row (the first quote is never closed). Check that this is a ${spec.format} export.`,
    );
  const index = new Map(head.cells.map((name, i) => [headerKey(name), i]));
  const fields = fieldColumns(spec, index);
  const titleHeader = spec.columns.title?.find((name) => index.has(name));
  if (!titleHeader) {
    return fail(
      "error",
      `no title column in the header (looked for ${spec.columns.title?.join(", ")}). ` +
        `Check that this is a ${spec.format} export or map the columns.`,
    );
  }
  for (const row of rows) {
    // Extra empty cells (a trailing delimiter) are harmless; extra text means the fields shifted.
    if (hasTextAfter(row.cells, head.cells.length)) {
      log.note(
        "warning",
        row.line,
        `row has ${row.cells.length} cells where the header has ${head.cells.length} (a stray quote or delimiter?): ` +
          "its fields may be shifted.",
      );
    }
    const paper = readRow(row.cells, row.line, index, fields, spec, log);
    if (paper) log.keep(paper);
  }
  for (const { line, lines, resumedAt } of table.resynced ?? []) {
    log.skip(
      line,
      `a quote opened in this row is not closed on its line (a stray quote?) and swallowed the ${lines === 1 ? "line" : `${lines} lines`} ` +
        `after it. The row was skipped; reading resumed at line ${resumedAt}.`,
    );
  }
  if (table.unclosedQuoteLine !== undefined) {
    log.skip(
      table.unclosedQuoteLine,
      "quote opened here is never closed (a truncated file?). The rest of the file was skipped.",
    );
  }
  return log.result();
}

/** For each field, the columns of its candidate headers that the table has, in the spec's order of preference. */
type FieldColumns = Record<TableField, readonly number[]>;

/** The columns of every field, looked up once per table rather than header by header in every row. */
function fieldColumns(spec: TableSpec, index: Map<string, number>): FieldColumns {
  const columns = {} as Record<TableField, number[]>;
  for (const field of TABLE_FIELDS) {
    columns[field] = (spec.columns[field] ?? []).flatMap((header) => {
      const column = index.get(header);
      return column === undefined ? [] : [column];
    });
  }
  return columns;
}

/** The first of `columns` whose cell, trimmed, is not empty; "" when none is. */
function firstCell(cells: readonly string[], columns: readonly number[]): string {
  for (const column of columns) {
    const cell = cells[column]?.trim();
    if (cell) return cell;
  }
  return "";
}

/** True when a cell at `from` or after holds more than white space. */
function hasTextAfter(cells: readonly string[], from: number): boolean {
  for (let i = from; i < cells.length; i++) if (cells[i]!.trim()) return true;
  return false;
}

function readRow(
  cells: string[],
  line: number,
  index: Map<string, number>,
  fields: FieldColumns,
  spec: TableSpec,
  log: RecordLog,
): Paper | undefined {
  const { file } = log;
  const row: CellReader = (header) => cells[index.get(header) ?? -1]?.trim() ?? "";
  const field = (name: TableField) => firstCell(cells, fields[name]);
  const title = field("title");
  if (!title) {
    log.skip(line, `row without a title (${clipText(cells.join(spec.delimiter))}). It was skipped.`);
    return undefined;
  }
  const notAPaper = spec.notAPaper?.(row);
  if (notAPaper) {
    log.skip(line, `${notAPaper} (${clipText(title)}). It was skipped.`, "info");
    return undefined;
  }
  const report = (message: string, severity: Severity = "warning") => log.note(severity, line, message);
  const { authors, truncated } = spec.readAuthors(field("authors"), row, report);
  if (authors.length === 0) report("row without authors. It is kept without authors (it adds no coauthor links).");
  const year = /\b(\d{4})\b/.exec(field("year"));
  const doi = field("doi").replace(/^(https?:\/\/(dx\.)?doi\.org\/|doi:\s*)/i, "") || undefined;
  const arxivId = field("arxiv").replace(/^arxiv:/i, "") || undefined;
  const paper: Paper = {
    id: paperId({ doi, arxivId, title, year: year ? Number(year[1]) : undefined }),
    title,
    authors,
    authorsTruncated: truncated,
    categories: splitList(field("categories")),
    source: { file, line },
  };
  if (year) paper.year = Number(year[1]);
  const keywords = splitList(field("keywords"));
  const citations = Number.parseInt(field("citations"), 10);
  if (keywords.length > 0) paper.keywords = keywords;
  const venue = field("venue");
  const abstract = field("abstract");
  if (venue) paper.venue = venue;
  if (doi) paper.doi = doi;
  if (arxivId) paper.arxivId = arxivId;
  if (abstract) paper.abstract = abstract;
  if (Number.isFinite(citations)) paper.citations = citations;
  return paper;
}

/** Authors of a generic table: `;`- or `|`-separated names, a trailing "et al." or "others" marks a cut list. */
function readGenericAuthors(cell: string): { authors: AuthorRef[]; truncated: boolean } {
  const names = splitTrimmed(cell, ";|");
  const truncated = names.length > 0 && /^(et al\.?|others)$/i.test(names[names.length - 1]!);
  return { authors: (truncated ? names.slice(0, -1) : names).map((name) => ({ name })), truncated };
}

/** `a; b, c` → ["a", "b", "c"] (keywords and categories are separated by either). */
function splitList(cell: string): string[] {
  return splitTrimmed(cell, ";,");
}

function headerKey(name: string): string {
  return name.trim().replace(/^"|"$/g, "").toLowerCase();
}

/** The delimiter that splits a header line into the most cells: tab, semicolon or comma. */
function guessDelimiter(header: string): string {
  const count = (char: string) => header.split(char).length;
  return ["\t", ";", ","].reduce((best, char) => (count(char) > count(best) ? char : best), ",");
}
