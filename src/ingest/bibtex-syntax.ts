/**
 * BibTeX syntax: the text is cut into entries `@type{key, name = value, …}` with `@string` macros expanded,
 * `#` concatenation applied and `@comment`/`@preamble` skipped. Values stay raw LaTeX (decoded later), so the
 * author field can still be split at brace level 0. Everything outside an entry is a comment, as in BibTeX;
 * a `%` between fields comments out the rest of the line, as biber and most managers read it.
 *
 * Written as one forward scanner instead of using @retorquere/bibtex-parser: that parser gives no line
 * numbers, reads 0.14 MB/s (8.7 s for 1.2 MB measured on this machine; a 50 MB file would take minutes) and
 * pulls an NLP model in for sentence casing. This scanner is linear, keeps a line for every entry and field,
 * and counts brace depth instead of recursing, so deep nesting cannot overflow the stack.
 *
 * Recovery: a value that runs into a line starting a new entry (`@article{`) or into the end of the file is
 * cut there; the entry keeps the fields before it (with a warning) and reading resumes at that line. Other
 * broken syntax skips the entry. A value is cut at MAX_VALUE characters: `@string` macros may expand
 * themselves (`m1 = m0 # m0` thirty times is a gigabyte from one kilobyte of text).
 */

import type { RecordLog } from "./records";

export interface BibField {
  name: string;
  value: string;
  line: number;
}

export interface BibEntry {
  type: string;
  key: string;
  line: number;
  fields: Map<string, BibField>;
  /** The field whose value is never closed, when the entry ends in one (its earlier fields are kept). */
  unclosed?: string;
}

const MONTH_MACROS = [
  "january",
  "february",
  "march",
  "april",
  "may",
  "june",
  "july",
  "august",
  "september",
  "october",
  "november",
  "december",
];
const IDENTIFIER = /[^\s"#%'(),={}@]+/y;
/** A line that opens an entry: where a cut value ends and reading resumes. */
const ENTRY_START = /[ \t]*@[A-Za-z]+[ \t]*[{(]/y;

const PERCENT = 0x25;
const QUOTE = 0x22;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const NEWLINE = 0x0a;

/** True for the characters `\s` matches, tested on the ASCII ones without a regex. */
function isBlank(code: number): boolean {
  if (code < 0x80) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  return /\s/.test(String.fromCharCode(code));
}

/** Longest value kept, in characters; longer ones are cut with a warning. */
export const MAX_VALUE = 1 << 20;

/** Thrown inside the scanner for a broken entry and caught per entry: never leaves this module. */
class EntryError extends Error {}

/** A value whose delimiter is never closed; `start` is where it opened. */
class UnclosedValue extends EntryError {
  constructor(
    readonly start: number,
    message: string,
  ) {
    super(message);
  }
}

class Scanner {
  pos = 0;
  private readonly newlines: number[] = [];
  readonly macros = new Map<string, string>(MONTH_MACROS.map((name) => [name.slice(0, 3), name]));

  constructor(readonly text: string) {
    for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) this.newlines.push(i);
  }

  /** 1-based line of a position (binary search over the newline offsets). */
  lineAt(pos: number): number {
    let low = 0;
    let high = this.newlines.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (this.newlines[mid]! < pos) low = mid + 1;
      else high = mid;
    }
    return low + 1;
  }

  /** Skips white space and `%` comments up to the next significant character. */
  skipBlank(): void {
    const { text } = this;
    while (this.pos < text.length) {
      const code = text.charCodeAt(this.pos);
      if (code === PERCENT) {
        const end = text.indexOf("\n", this.pos);
        this.pos = end < 0 ? text.length : end + 1;
      } else if (isBlank(code)) this.pos++;
      else return;
    }
  }

  identifier(): string {
    IDENTIFIER.lastIndex = this.pos;
    const match = IDENTIFIER.exec(this.text);
    if (!match) return "";
    this.pos += match[0].length;
    return match[0];
  }

  /** True when the line starting right after a newline at `pos` opens a new entry. */
  entryStartsAfter(pos: number): boolean {
    ENTRY_START.lastIndex = pos + 1;
    return ENTRY_START.test(this.text);
  }

  /** Position of the next line that opens an entry, at or after `from`; the text length when there is none. */
  nextEntryLine(from: number): number {
    for (let i = this.text.indexOf("\n", from); i >= 0; i = this.text.indexOf("\n", i + 1)) {
      if (this.entryStartsAfter(i)) return i + 1;
    }
    return this.text.length;
  }

  /** A `{…}` or `"…"` value from its opening delimiter; braces are counted (as BibTeX does, `\{` too). */
  delimited(): string {
    const { text } = this;
    const start = this.pos;
    const quoted = text.charCodeAt(start) === QUOTE;
    let depth = quoted ? 0 : 1;
    // Character codes rather than one-character strings: this loop visits every character of every value.
    for (let i = start + 1; i < text.length; i++) {
      const code = text.charCodeAt(i);
      if (code === OPEN_BRACE) depth++;
      else if (code === CLOSE_BRACE) depth--;
      else if (code === NEWLINE && this.entryStartsAfter(i)) break;
      if ((quoted && code === QUOTE && depth === 0) || (!quoted && depth === 0)) {
        this.pos = i + 1;
        return text.slice(start + 1, i);
      }
      if (depth < 0) break;
    }
    throw new UnclosedValue(start, `value opened on line ${this.lineAt(start)} is never closed`);
  }

  /** A value: pieces joined by `#`, each a delimited string, a number or a macro name. */
  value(log: RecordLog): string {
    const start = this.pos;
    let result = "";
    let cut = false;
    for (;;) {
      this.skipBlank();
      const char = this.text[this.pos];
      const piece = char === "{" || char === '"' ? this.delimited() : this.macro(log);
      if (result.length + piece.length <= MAX_VALUE) result += piece;
      else if (!cut) {
        result += piece.slice(0, MAX_VALUE - result.length);
        cut = true;
        log.note(
          "warning",
          this.lineAt(start),
          `value longer than ${MAX_VALUE} characters (a @string macro that expands itself?). It was cut there.`,
        );
      }
      this.skipBlank();
      if (this.text[this.pos] !== "#") return result;
      this.pos++;
    }
  }

  /** A number, or the text of a `@string` macro (month names are predefined); an undefined one warns. */
  private macro(log: RecordLog): string {
    const name = this.identifier();
    if (!name)
      throw new EntryError(`expected a value, found ${JSON.stringify(this.text.slice(this.pos, this.pos + 12))}`);
    if (/^\d+$/.test(name)) return name;
    const macro = this.macros.get(name.toLowerCase());
    if (macro === undefined)
      log.note("warning", this.lineAt(this.pos), `undefined @string macro (${name}). It was read as empty text.`);
    return macro ?? "";
  }
}

/** Cuts BibTeX text into entries; every broken entry is skipped in the log with an error on its line. */
export function parseBibtex(text: string, log: RecordLog): BibEntry[] {
  const scanner = new Scanner(text);
  const entries: BibEntry[] = [];
  while (scanner.pos < text.length) {
    const at = text.indexOf("@", scanner.pos);
    if (at < 0) break;
    scanner.pos = at + 1;
    // An @ inside a word (an e-mail address in a comment) does not open an entry.
    if (at > 0 && /\w/.test(text[at - 1]!)) continue;
    scanner.skipBlank();
    const type = scanner.identifier().toLowerCase();
    scanner.skipBlank();
    const open = text[scanner.pos];
    if (!type || (open !== "{" && open !== "(")) {
      if (type)
        log.note("warning", scanner.lineAt(at), `@${type} is not followed by { or (. It was skipped as a comment.`);
      continue;
    }
    if (type === "comment" || type === "preamble") {
      skipBalanced(scanner, log, at);
      continue;
    }
    readBlock(scanner, type, at, entries, log);
  }
  return entries;
}

/** Reads one `@string` or entry block, or reports it and moves to the next line that opens an entry. */
function readBlock(scanner: Scanner, type: string, at: number, entries: BibEntry[], log: RecordLog): void {
  const close = scanner.text[scanner.pos] === "{" ? "}" : ")";
  scanner.pos++;
  const line = scanner.lineAt(at);
  try {
    if (type === "string") {
      for (const field of readFields(scanner, close, log).fields) scanner.macros.set(field.name, field.value);
      return;
    }
    scanner.skipBlank();
    const key = scanner.identifier();
    const fields = new Map<string, BibField>();
    const read = readFields(scanner, close, log);
    for (const field of read.fields) {
      if (fields.has(field.name))
        log.note("warning", field.line, `field ${field.name} given twice in entry ${key}. The first value was kept.`);
      else fields.set(field.name, field);
    }
    entries.push({ type, key, line, fields, ...(read.unclosed ? { unclosed: read.unclosed } : {}) });
  } catch (error) {
    if (!(error instanceof EntryError)) throw error;
    const message = `broken @${type} entry: ${error.message}. The entry was skipped.`;
    // A broken @string defines no macro but is no paper either: it is not one of the file's records.
    if (type === "string") log.note("error", line, message);
    else log.skip(line, message);
    scanner.pos = scanner.nextEntryLine(at);
  }
}

/** The `name = value` pairs of a block up to its closing delimiter; an entry cut off by the next one still counts. */
function readFields(scanner: Scanner, close: string, log: RecordLog): { fields: BibField[]; unclosed?: string } {
  const { text } = scanner;
  const fields: BibField[] = [];
  const start = scanner.pos;
  let afterValue = false;
  for (;;) {
    scanner.skipBlank();
    const char = text[scanner.pos];
    if (char === undefined || char === "@") {
      const where = char === undefined ? "the end of the file" : `the entry on line ${scanner.lineAt(scanner.pos)}`;
      log.note("warning", scanner.lineAt(start), `entry not closed before ${where}. Its fields were read up to there.`);
      return { fields };
    }
    if (char === close) {
      scanner.pos++;
      return { fields };
    }
    if (char === ",") {
      scanner.pos++;
      afterValue = false;
      continue;
    }
    const line = scanner.lineAt(scanner.pos);
    if (afterValue) log.note("warning", line, "missing comma between two fields. The next field was read anyway.");
    const name = scanner.identifier().toLowerCase();
    scanner.skipBlank();
    if (!name || text[scanner.pos] !== "=") {
      throw new EntryError(
        `expected "name = value" on line ${line}, found ${JSON.stringify(text.slice(scanner.pos, scanner.pos + 12))}`,
      );
    }
    scanner.pos++;
    try {
      fields.push({ name, value: scanner.value(log), line });
    } catch (error) {
      if (!(error instanceof UnclosedValue)) throw error;
      log.note(
        "warning",
        line,
        `field ${name}: ${error.message}. The entry keeps the fields before it; reading resumed at the next entry.`,
      );
      scanner.pos = scanner.nextEntryLine(error.start);
      return { fields, unclosed: name };
    }
    afterValue = true;
  }
}

/** Skips a `@comment{…}` or `@preamble{…}` block by counting its braces. */
function skipBalanced(scanner: Scanner, log: RecordLog, at: number): void {
  if (scanner.text[scanner.pos] === "(") {
    scanner.pos = scanner.nextEntryLine(at);
    return;
  }
  try {
    scanner.delimited();
  } catch (error) {
    if (!(error instanceof EntryError)) throw error;
    log.note("warning", scanner.lineAt(at), "@comment or @preamble never closed. Reading resumed at the next entry.");
    scanner.pos = scanner.nextEntryLine(at);
  }
}
