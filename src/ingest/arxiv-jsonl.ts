/**
 * Reader for the arXiv metadata snapshot (Cornell/Kaggle `arxiv-metadata-oai-snapshot.json`): JSON lines, one
 * paper each. Authors come from `authors_parsed` ([last, first, suffix, affiliation?]), never from splitting the
 * `authors` string: that string carries affiliation numbering such as "A. S. Mishchenko (1 and 2) and N. Nagaosa"
 * that breaks any split on " and ". Only when `authors_parsed` is missing is the string split, with a warning.
 * The date is that of the first version (`versions[0].created`), else `update_date`; `categories` is
 * space-separated; a trailing "et al" in `authors` marks the list as cut off. Names may still carry LaTeX
 * accents (`Bal\'azs`); they are decoded with the BibTeX reader's decoder.
 */

import { createPaper } from "../model";
import type { AuthorRef, Paper, ReadResult } from "../model";
import { toArxivCategory } from "./categories";
import type { ReaderOptions } from "./detect";
import { firstJsonObject, isArray, isObject, jsonText, parseJsonText } from "./json-text";
import { parseIsoDate, parseRfcDate } from "./dates";
import type { RecordDate } from "./dates";
import { decodeLatex } from "./latex";
import { AuthorMemo, exactly, Interner, singleSpaced } from "./kept-values";
import { RecordLog } from "./records";
import { removeParenthesised, splitNameList, stripEtAl } from "./split-text";
import type { JsonObject } from "./json-text";

/** Reads arXiv snapshot JSON lines into papers; a line that is not a paper costs one diagnostic. */
export function readArxivJsonl(text: string, file: string, _options: ReaderOptions): ReadResult {
  const log = new RecordLog(file, { sharesAuthors: true });
  // Names and categories repeat from paper to paper: each is kept once (kept-values.ts).
  const strings = new Interner();
  // A categories value repeats from paper to paper: its codes are read once (categoriesOf).
  const categories = new Map<string, string[]>();
  // An author written the same way on many papers is one reference (kept-values.ts).
  const memo = new ParsedAuthors(log);
  const read = (record: unknown, line: number, mayHoldNul: boolean) => {
    if (!isObject(record)) log.skip(line, "record is not a JSON object. It was skipped.");
    else {
      const paper = toPaper(record, line, log, strings, categories, memo);
      if (paper) log.keep(paper, mayHoldNul);
    }
  };
  // A line's one record is read as it is, not put in a one-item list to walk.
  parseJsonText(text, log, (value, line, mayHoldNul) => {
    if (!isArray(value)) read(value, line, mayHoldNul);
    else for (const record of value) read(record, line, mayHoldNul);
  });
  return log.result();
}

/** True when the first line is an arXiv snapshot record (`authors_parsed`, or `submitter` with `categories`). */
export function sniffArxivJsonl(text: string): boolean {
  const first = firstJsonObject(text);
  return first !== undefined && ("authors_parsed" in first || ("submitter" in first && "categories" in first));
}

function toPaper(
  record: JsonObject,
  line: number,
  log: RecordLog,
  strings: Interner,
  categories: Map<string, string[]>,
  memo: ParsedAuthors,
): Paper | undefined {
  const title = singleSpaced(jsonText(record.title));
  const arxivId = jsonText(record.id);
  if (!title || !arxivId) {
    log.skip(line, `record has no ${title ? "id" : "title"}. It was skipped.`);
    return undefined;
  }
  const date = dateOf(record);
  const doi = jsonText(record.doi)?.split(/\s+/)[0];
  const abstract = singleSpaced(jsonText(record.abstract));
  const venue = singleSpaced(jsonText(record["journal-ref"]));
  // The date's fields one by one: a spread in this literal built every paper's fields through the runtime.
  return createPaper({
    title,
    authors: authorsOf(record, line, log, memo),
    authorsTruncated: stripEtAl(jsonText(record.authors) ?? "").truncated,
    year: date?.year,
    month: date?.month,
    day: date?.day,
    categories: categoriesOf(jsonText(record.categories), strings, categories),
    venue,
    abstract,
    doi,
    arxivId,
    source: { file: log.file, line },
  });
}

/**
 * The arXiv codes of a space-separated `categories` value, each once, in order; unknown codes left out. Papers
 * with the same value share one list (`known`), as they share author references: nothing after the readers
 * changes a paper's categories in place, and this saves a split, a set and two arrays per paper.
 */
function categoriesOf(written: string | undefined, strings: Interner, known: Map<string, string[]>): string[] {
  const key = written ?? "";
  const shared = known.get(key);
  if (shared !== undefined) return shared;
  const categories = new Set<string>();
  for (const code of key.split(/\s+/)) {
    const category = toArxivCategory(code);
    if (category !== undefined) categories.add(strings.intern(category));
  }
  const list = exactly([...categories]);
  known.set(key, list);
  return list;
}

/** The authors of a record, each given the file's shared strings by ParsedAuthors. */
function authorsOf(record: JsonObject, line: number, log: RecordLog, memo: ParsedAuthors): AuthorRef[] {
  const parsed = record.authors_parsed;
  if (isArray(parsed)) {
    // Sized once to the entries (a list grown by push reserves 17 slots, and a copy to drop them is one more
    // array per paper); cut to the names found when an entry names nobody.
    const authors = new Array<AuthorRef>(parsed.length);
    let found = 0;
    for (let i = 0; i < parsed.length; i++) {
      const parts = parsed[i];
      const author = isArray(parts) ? memo.entry(parts) : undefined;
      if (author) authors[found++] = author;
    }
    return found === authors.length ? authors : authors.slice(0, found);
  }
  const written = jsonText(record.authors);
  if (!written) return [];
  log.note(
    "warning",
    line,
    "record has no authors_parsed. Authors were split from the authors string; check names with affiliations.",
  );
  return splitNameList(removeParenthesised(stripEtAl(written).text), ",")
    .map((name) => decodeName(name.replace(/\s+/g, " ")))
    .filter(Boolean)
    .map((name) => memo.named(name));
}

/** Given names remembered per family name; past them an entry is read as if new (a common family name). */
const MAX_GIVEN_NAMES = 8;

/**
 * One author reference per name (AuthorMemo), and the references of the `authors_parsed` entries met so far
 * that have no suffix (nearly all), by family name and then given name as written. A name is a function of
 * its parts, so an entry met before is found by the two strings JSON.parse made, where building its name
 * first cost two concatenations, the flattening of the result and its hash per author slot (AuthorMemo.named
 * was the reader's largest own cost: 173 ms of a CPU profile of six reads of 20 MB of generated records, in
 * which JSON.parse took 594).
 */
class ParsedAuthors {
  private readonly memo = new AuthorMemo();

  /** `log` gives each reference the file's shared strings (RecordLog.shareAuthor). */
  constructor(private readonly log: RecordLog) {}
  /**
   * A family's one given name as a pair, its several in a list: most families have one, and a pair found
   * straight from the map is one memory load less per author slot than a list to walk (the walk of one-item
   * lists was 39 ms of such a profile, the map lookup 22).
   */
  private readonly byFamily = new Map<string, GivenName | GivenName[]>();

  /** The reference of an author written with a name alone, given the file's shared strings. */
  named(name: string): AuthorRef {
    return this.log.shareAuthor(this.memo.named(name));
  }

  /** The author an `authors_parsed` entry names ([last, first, suffix, …]), undefined when it names nobody. */
  entry(parts: readonly unknown[]): AuthorRef | undefined {
    // By index: destructuring walks the array's iterator.
    const family = parts[0];
    const given = parts[1];
    const suffix = parts[2];
    const plain = typeof family === "string" && typeof given === "string" && (suffix === undefined || suffix === "");
    const known = plain ? this.byFamily.get(family) : undefined;
    if (known !== undefined) {
      if (!Array.isArray(known)) {
        if (known.given === given) return known.author;
      } else for (const entry of known) if (entry.given === given) return entry.author;
    }
    const first = namePart(parts, 1);
    // `J. -P.` → `J.-P.`; the regex runs only on the few given names with a hyphen.
    const decoded = first.includes("-") ? first.replace(/\.\s+-/g, ".-") : first;
    const name = joinParts(joinParts(decoded, namePart(parts, 0)), namePart(parts, 2));
    if (!name) return undefined;
    const author = this.named(name);
    if (plain) {
      if (known === undefined) this.byFamily.set(family, { given, author });
      else if (!Array.isArray(known)) this.byFamily.set(family, [known, { given, author }]);
      else if (known.length < MAX_GIVEN_NAMES) known.push({ given, author });
    }
    return author;
  }
}

/** An `authors_parsed` given name and the reference of the author it names with its family name. */
interface GivenName {
  given: string;
  author: AuthorRef;
}

/** Part `index` of an `authors_parsed` entry ([last, first, suffix, …]), decoded; "" when missing or not text. */
function namePart(parts: readonly unknown[], index: number): string {
  const part = parts[index];
  return typeof part === "string" ? decodeName(part) : "";
}

/** Two parts of a name joined by a space, either left out when empty. */
function joinParts(left: string, right: string): string {
  if (!left) return right;
  return right ? `${left} ${right}` : left;
}

/** Decodes LaTeX only where a backslash or brace says there is some: most names have none, and it is costly. */
function decodeName(part: string): string {
  const trimmed = part.trim();
  return trimmed.includes("\\") || trimmed.includes("{") ? decodeLatex(trimmed) : trimmed;
}

function dateOf(record: JsonObject): RecordDate | undefined {
  const first =
    isArray(record.versions) && isObject(record.versions[0]) ? jsonText(record.versions[0].created) : undefined;
  return (first === undefined ? undefined : parseRfcDate(first)) ?? parseIsoDate(jsonText(record.update_date));
}
