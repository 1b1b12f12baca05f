/**
 * One paper block of a scholar-profile page: the header line (category code, date, "Code" flag), the title, the
 * author list and the abstract. The block runs from its header line to the next header line, so whatever is
 * wrong inside it stays inside it. The author line is told from an abstract by its shape (short capitalised
 * names between commas), which lets a block with either one missing still load.
 */

import { diagnostic, paperId } from "../model";
import type { AuthorRef, Diagnostic, Paper } from "../model";
import { toArxivCategory } from "./categories";
import { clipText } from "./lines";
import type { RecordLog } from "./records";
import { splitNameList, stripEtAl } from "./split-text";

/** What separates names in an author line, besides the word `and`. */
const NAME_SEPARATORS = ",&";

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
/** `LGJul 18, 2024Code`: category glued to the month (the lazy group stops at the first month name). */
const PAPER_HEADER = new RegExp(
  `^([A-Za-z][A-Za-z.-]*?)?(${MONTHS.join("|")})\\s+(\\d{1,2})(?:,\\s*(\\d{4}))?\\s*(Code)?$`,
);
/** Lower-case words that belong inside names (van der Waals, da Silva, bin Laden). */
const PARTICLES = new Set([
  "al",
  "bin",
  "da",
  "das",
  "de",
  "del",
  "della",
  "der",
  "di",
  "dos",
  "du",
  "e",
  "el",
  "ibn",
  "la",
  "le",
  "ten",
  "ter",
  "van",
  "von",
  "y",
  "zu",
]);
const MAX_NAME_WORDS = 7;

/** The log of the file a block comes from, and the year of dates written without one. */
export interface BlockContext {
  log: RecordLog;
  referenceYear: number;
}

interface Item {
  text: string;
  line: number;
  startsParagraph: boolean;
}

/** True when a (trimmed) line is a paper header such as `LGJul 18, 2024Code` or `AIMay 1`. */
export function isPaperHeader(line: string): boolean {
  return PAPER_HEADER.test(line);
}

/** The arXiv code of a profile category, or the code as written plus a warning when it is unknown. */
export function categoryOrWarn(code: string, file: string, line: number, diagnostics: Diagnostic[]): string {
  const arxiv = toArxivCategory(code);
  if (arxiv) return arxiv;
  diagnostics.push(
    diagnostic(
      "warning",
      file,
      line,
      `unknown category code (${code}). It is kept as written; use an arXiv code such as LG or cs.LG.`,
    ),
  );
  return code;
}

/**
 * Reads the block of lines [start, end) whose first line is a paper header into a paper kept in the log;
 * a block without a title is skipped there.
 */
export function readPaperBlock(lines: string[], start: number, end: number, context: BlockContext): void {
  const { log } = context;
  const file = log.file;
  const headerText = lines[start]!.trim();
  const [title, ...rest] = collectItems(lines, start + 1, end);
  if (!title) {
    log.skip(start + 1, `paper header without a title (${headerText}). The block was skipped.`);
    return;
  }
  const header = readHeader(headerText, start + 1, context, log.diagnostics);
  const hasAuthors =
    rest[0] !== undefined &&
    (looksLikeAuthorList(rest[0].text) || (rest[0].startsParagraph && isAuthorLineByPlace(rest[0].text, rest[1])));
  if (!hasAuthors) {
    log.note("warning", title.line, "no author line after this title. Only the profile owner is listed as its author.");
  }
  const afterAuthors = hasAuthors ? rest.slice(1) : rest;
  const abstractEnd = afterAuthors.findIndex((item, i) => i > 0 && item.startsParagraph);
  const abstractItems = abstractEnd < 0 ? afterAuthors : afterAuthors.slice(0, abstractEnd);
  for (const item of abstractEnd < 0 ? [] : afterAuthors.slice(abstractEnd)) {
    if (item.startsParagraph)
      log.note("warning", item.line, `text after the abstract (${clipText(item.text)}). It was skipped.`);
  }
  const authors = hasAuthors ? parseAuthorList(rest[0]!.text) : { authors: [], truncated: false };
  const paper: Paper = {
    id: paperId({ title: title.text, year: header.year }),
    title: title.text,
    authors: authors.authors,
    authorsTruncated: authors.truncated,
    ...header,
    source: { file, line: start + 1 },
  };
  if (abstractItems.length > 0) paper.abstract = abstractItems.map((item) => item.text).join(" ");
  log.keep(paper);
}

/** True when a line has the shape of an author list: names of a few capitalised words between commas. */
export function looksLikeAuthorList(line: string): boolean {
  const body = stripEtAl(line).text.trim();
  if (!body) return false;
  return splitNameList(body, NAME_SEPARATORS).every((part) => {
    const words = part.split(/\s+/).filter(Boolean);
    return words.length > 0 && words.length <= MAX_NAME_WORDS && words.every(isNameWord);
  });
}

/**
 * True when a line that does not look like names stands where the author line stands — a paragraph of its own
 * before the abstract — and is a list of short items (`<img …> & "O'Brien", Alexander R. Loftus, …`): the page
 * is positional, so it is the author line and every name in it is kept as written.
 */
function isAuthorLineByPlace(line: string, next: Item | undefined): boolean {
  if (next === undefined || !next.startsParagraph) return false;
  const parts = splitNameList(stripEtAl(line).text, NAME_SEPARATORS);
  return parts.length >= 2 && parts.every((part) => part.split(/\s+/).length <= MAX_NAME_WORDS);
}

function isNameWord(word: string): boolean {
  if (/^[\p{Lu}\p{Lo}]/u.test(word)) {
    if (/[!?;:]$/.test(word)) return false;
    return !word.endsWith(".") || word.length <= 4 || /^(\p{Lu}\.)+$/u.test(word);
  }
  return PARTICLES.has(word.toLowerCase()) || /^[a-z]{1,2}'\p{L}/u.test(word);
}

function parseAuthorList(line: string): { authors: AuthorRef[]; truncated: boolean } {
  const { text, truncated } = stripEtAl(line);
  return { authors: splitNameList(text, NAME_SEPARATORS).map((name) => ({ name })), truncated };
}

/** Category, date and code flag of a header line; an impossible day is dropped with a warning. */
function readHeader(text: string, line: number, context: BlockContext, diagnostics: Diagnostic[]) {
  const file = context.log.file;
  const [, code, monthName, dayText, yearText, codeFlag] = PAPER_HEADER.exec(text)!;
  const month = MONTHS.indexOf(monthName!) + 1;
  const year = yearText ? Number(yearText) : context.referenceYear;
  const day = Number(dayText);
  const validDay = day >= 1 && day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (!validDay) {
    diagnostics.push(
      diagnostic("warning", file, line, `no such date (${monthName} ${day}, ${year}). The day was dropped.`),
    );
  }
  if (!code) {
    diagnostics.push(diagnostic("warning", file, line, "no category code before the date. The paper has no category."));
  }
  const categories = code ? [categoryOrWarn(code, file, line, diagnostics)] : [];
  return { year, month, ...(validDay ? { day } : {}), categories, hasCode: codeFlag !== undefined };
}

/** The non-blank lines of [from, to), each marked when a blank line (or the block start) precedes it. */
function collectItems(lines: string[], from: number, to: number): Item[] {
  const items: Item[] = [];
  let afterBlank = true;
  for (let index = from; index < to; index++) {
    const text = lines[index]!.trim();
    if (text) items.push({ text, line: index + 1, startsParagraph: afterBlank });
    afterBlank = !text;
  }
  return items;
}
