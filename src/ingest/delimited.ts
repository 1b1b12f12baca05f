/**
 * Delimited text (CSV, TSV) cut into rows of cells, each row with the 1-based line it starts on, so a bad
 * record in a Scopus, IEEE or generic export is reported where a text editor shows it even when quoted
 * abstracts span several lines. Quoting follows RFC 4180 (`"…"`, `""` for a quote, line breaks allowed
 * inside quotes); a leading BOM is dropped and CRLF, CR and LF all end a row. Web of Science tab-delimited
 * exports do not quote at all (a `"` is text there), hence `quoted: false`.
 *
 * Written here instead of using papaparse: papaparse numbers rows, not lines, and the 80-line scanner below
 * is all these exports need. It never recurses and reads a 50 MB file in well under a second.
 */

export interface DelimitedRow {
  /** 1-based line where the row starts. */
  line: number;
  cells: string[];
}

export interface DelimitedTable {
  rows: DelimitedRow[];
  /** Rows a stray quote ran over several lines, skipped: where each started, over how many lines, where reading resumed. */
  resynced?: { line: number; lines: number; resumedAt: number }[];
  /** Line of a quote that was never closed: the row it opened was dropped (a truncated file). */
  unclosedQuoteLine?: number;
}

const LF = 0x0a;
const CR = 0x0d;
const QUOTE = 0x22;

/** Options: delimiter (string, one character), quoted (boolean, default true: RFC 4180 quotes). */
export interface DelimitedOptions {
  delimiter: string;
  quoted?: boolean;
}

/** The header line of a table: the first line of its first 64 KiB, a leading BOM dropped. */
export function firstLine(text: string): string {
  const head = text.slice(0, 65536).replace(/^\ufeff/, "");
  const end = head.search(/[\r\n]/);
  return end < 0 ? head : head.slice(0, end);
}

/** Splits delimited text into rows of cells; blank lines are left out. */
export function parseDelimited(text: string, options: DelimitedOptions): DelimitedTable {
  const body = text.replace(/^\ufeff/, "");
  return options.quoted === false ? splitUnquoted(body, options.delimiter) : splitQuoted(body, options.delimiter);
}

function splitUnquoted(text: string, delimiter: string): DelimitedTable {
  const rows: DelimitedRow[] = [];
  text.split(/\r\n|\r|\n/).forEach((line, index) => {
    if (line.trim()) rows.push({ line: index + 1, cells: line.split(delimiter) });
  });
  return { rows };
}

/** One row as the state machine read it from `start`. */
interface ParsedRow {
  cells: string[];
  /** Where the next row starts. */
  next: number;
  /** Line breaks inside quoted cells. */
  quotedBreaks: number;
  /** A `"` inside an unquoted cell (`title"`), which RFC 4180 does not allow. */
  stray: boolean;
  /** A quote never closed before the end of the text. */
  unclosed: boolean;
}

/**
 * Reads one row from `start`: unquoted cells are sliced, quoted cells gathered piece by piece. With
 * `lineEnd`, a quoted cell may not cross that position (a trial parse of one line): undefined when it does.
 */
function parseRow(text: string, start: number, delimiter: string, lineEnd?: number): ParsedRow | undefined {
  const cells: string[] = [];
  const separator = delimiter.charCodeAt(0);
  let quotedBreaks = 0;
  let stray = false;
  let i = start;
  for (;;) {
    let cell = "";
    if (text[i] === '"') {
      let from = i + 1;
      for (;;) {
        const found = lineEnd === undefined ? text.indexOf('"', from) : text.slice(from, lineEnd).indexOf('"');
        if (found < 0) {
          if (lineEnd !== undefined) return undefined;
          return { cells, next: text.length, quotedBreaks: quotedBreaks + 1, stray, unclosed: true };
        }
        const close = lineEnd === undefined ? found : from + found;
        quotedBreaks += countBreaks(text, from, close);
        cell += text.slice(from, close);
        if (text[close + 1] !== '"') {
          i = close + 1;
          break;
        }
        cell += '"';
        from = close + 2;
      }
    }
    let end = i;
    // Character codes rather than one-character strings: this loop visits every character of every cell.
    for (; end < text.length; end++) {
      const code = text.charCodeAt(end);
      if (code === separator || code === LF || code === CR) break;
      if (code === QUOTE) stray = true;
    }
    cells.push(cell + text.slice(i, end));
    const char = text[end];
    i = end + 1;
    if (char === delimiter) continue;
    if (char === "\r" && text[i] === "\n") i++;
    return { cells, next: i, quotedBreaks, stray, unclosed: false };
  }
}

/** Start of the line after position `at`, or the text length. */
function nextLineStart(text: string, at: number): number {
  for (let k = at; k < text.length; k++) {
    if (text[k] === "\n") return k + 1;
    if (text[k] === "\r") return text[k + 1] === "\n" ? k + 2 : k + 1;
  }
  return text.length;
}

/**
 * Where to resume after a row that a stray quote ran over several lines: the first line inside it that reads,
 * alone, as a whole record (the header's number of cells, no stray quote); undefined when none does.
 */
function resyncPoint(text: string, row: { start: number; next: number }, delimiter: string, cells: number) {
  let lines = 1;
  for (let at = nextLineStart(text, row.start); at < row.next; at = nextLineStart(text, at)) {
    const end = nextLineStart(text, at);
    const trial = parseRow(text, at, delimiter, end);
    if (trial && trial.cells.length === cells && !trial.stray && trial.quotedBreaks === 0) return { at, lines };
    lines++;
  }
  return undefined;
}

/**
 * RFC 4180 rows. A row whose quoted cell runs over several lines and that comes out malformed (not the
 * header's number of cells, a stray quote in a cell, or a quote never closed) was opened by a stray quote
 * that swallowed the rows after it: reading resumes at the first swallowed line that reads as a whole
 * record, and the row is reported. Each line is read at most three times, so this stays linear.
 */
function splitQuoted(text: string, delimiter: string): DelimitedTable {
  const rows: DelimitedRow[] = [];
  const resynced: DelimitedTable["resynced"] = [];
  let expected = -1;
  let line = 1;
  let at = 0;
  while (at <= text.length) {
    const row = parseRow(text, at, delimiter)!;
    const malformed = row.unclosed || row.stray || (expected >= 0 && row.cells.length !== expected);
    const resume =
      row.quotedBreaks > 0 && malformed && expected >= 0
        ? resyncPoint(text, { start: at, next: row.next }, delimiter, expected)
        : undefined;
    if (resume) {
      resynced.push({ line, lines: resume.lines, resumedAt: line + resume.lines });
      line += resume.lines;
      at = resume.at;
      continue;
    }
    if (row.unclosed) return { rows, resynced, unclosedQuoteLine: line };
    if (row.cells.length > 1 || row.cells[0]!.trim()) rows.push({ line, cells: row.cells });
    if (expected < 0) expected = row.cells.length;
    line += row.quotedBreaks + 1;
    at = row.next;
    if (at >= text.length) break;
  }
  return { rows, resynced };
}

/** Line breaks (CRLF, CR or LF, each counted once) in text[from, to). */
function countBreaks(text: string, from: number, to: number): number {
  let count = 0;
  for (let k = from; k < to; k++) {
    const code = text.charCodeAt(k);
    if (code === LF || (code === CR && text.charCodeAt(k + 1) !== LF)) count++;
  }
  return count;
}
