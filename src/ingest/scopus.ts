/**
 * Reader for Scopus CSV exports. Scopus writes authors as `Phillips J.C., Braun R.` (surname, then initials,
 * no comma between them) and, in `Author(s) ID`, one Scopus author id per author in the same order
 * (`57202138757;7402220509;`). The ids go to `ids.scopus`, the strongest evidence the identity stage gets
 * from this format; when the two lists differ in length the ids cannot be paired and are dropped with a
 * warning. Newer exports add `Author full names` (`Phillips, James C. (57202138757)`), preferred when present.
 * Names are written `Surname, Initials` so that they read like every other `Last, First` name downstream.
 */

import type { AuthorRef, ReadResult } from "../model";
import { readTable } from "./csv";
import type { CellReader, TableSpec } from "./csv";
import type { ReaderOptions } from "./detect";
import { firstLine, parseDelimited } from "./delimited";
import { isSpace, splitTrimmed } from "./split-text";

const NO_AUTHOR = /^\[no author name available\]$/i;
const UPPER = /^\p{Lu}$/u;
const LOWER = /^\p{Ll}$/u;

const SPEC: TableSpec = {
  format: "Scopus",
  delimiter: ",",
  columns: {
    title: ["title"],
    authors: ["authors"],
    year: ["year"],
    venue: ["source title"],
    doi: ["doi"],
    keywords: ["author keywords"],
    abstract: ["abstract"],
    citations: ["cited by"],
  },
  readAuthors: readScopusAuthors,
};

/** Reads a Scopus CSV export; authors carry their Scopus ids; bad rows become diagnostics on their line. */
export function readScopus(text: string, file: string, _options: ReaderOptions): ReadResult {
  return readTable(text, file, SPEC);
}

/** True when the header has Scopus's columns (`Authors`, `Title` and `Author(s) ID`, or `Source title` with `EID`). */
export function sniffScopus(text: string): boolean {
  const header = parseDelimited(firstLine(text), { delimiter: "," }).rows[0]?.cells ?? [];
  const names = new Set(header.map((name) => name.trim().toLowerCase()));
  return (
    names.has("authors") &&
    names.has("title") &&
    (names.has("author(s) id") || (names.has("source title") && names.has("eid")))
  );
}

function readScopusAuthors(
  cell: string,
  row: CellReader,
  report: (message: string) => void,
): { authors: AuthorRef[]; truncated: boolean } {
  const full = row("author full names");
  if (full)
    return {
      authors: withAffiliations(splitTrimmed(full, ";").map(fullNameRef), row),
      truncated: false,
    };
  if (!cell || NO_AUTHOR.test(cell)) return { authors: [], truncated: false };
  const names = splitTrimmed(cell, cell.includes(";") ? ";" : ",").map(commaName);
  const ids = row("author(s) id")
    .split(";")
    .map((id) => id.trim())
    .filter(Boolean);
  if (ids.length > 0 && ids.length !== names.length) {
    report(
      `${names.length} authors but ${ids.length} Scopus author ids. ` +
        "The ids were left out; names alone identify these authors.",
    );
  }
  const paired = ids.length === names.length;
  return {
    authors: withAffiliations(
      names.map((name, i) => (paired ? { name, ids: { scopus: ids[i]! } } : { name })),
      row,
    ),
    truncated: false,
  };
}

/**
 * Start of the initials that end a Scopus short name (`Raj Paul S.`, `Kalé L.`, `Skeel R.D.`, `Monerie P.-A.`):
 * initials are a capital, perhaps a small letter, and a dot (`Ch.`), separated by nothing, a hyphen or white
 * space. Scanned backwards from the end, each character once (the regex this replaces,
 * `/^(.+?)\s+((?:\p{Lu}\p{Ll}?\.(?:-|\s*)?)+)$/u`, had two ways to match nothing between initials and took
 * exponential time on a long run of them). Returns -1 when the name does not end in initials.
 */
function initialsStart(name: string): number {
  let start = -1;
  let at = name.length;
  for (;;) {
    if (name[at - 1] !== ".") return start;
    let letter = at - 2;
    if (LOWER.test(name[letter] ?? "") && UPPER.test(name[letter - 1] ?? "")) letter--;
    if (!UPPER.test(name[letter] ?? "")) return start;
    start = letter;
    at = letter;
    if (name[at - 1] === "-") at--;
    else while (isSpace(name[at - 1])) at--;
  }
}

/**
 * Each author's affiliation from `Authors with affiliations` (`Monerie, P.-A., University of Reading, …;
 * Pohl, B., …`): the text after the name's two comma-separated parts. Used only when there is one entry
 * per author, so that an affiliation containing a `;` cannot shift the others.
 */
function withAffiliations(authors: AuthorRef[], row: CellReader): AuthorRef[] {
  const entries = row("authors with affiliations")
    .split(";")
    .map((entry) => entry.trim());
  if (entries.length !== authors.length) return authors;
  return authors.map((author, i) => {
    const entry = entries[i]!;
    const second = entry.indexOf(",", entry.indexOf(",") + 1);
    const affiliation = second > 0 ? entry.slice(second + 1).trim() : "";
    return affiliation ? { ...author, affiliations: [affiliation] } : author;
  });
}

/** `Phillips J.C.` → `Phillips, J.C.`; a name without trailing initials is kept as written. */
function commaName(short: string): string {
  const start = initialsStart(short);
  if (start < 1 || !isSpace(short[start - 1])) return short;
  const surname = short.slice(0, start).trimEnd();
  return surname ? `${surname}, ${short.slice(start).trim()}` : short;
}

/** `Phillips, James C. (57202138757)` → name and Scopus id (the digits in the final parentheses). */
function fullNameRef(text: string): AuthorRef {
  const open = text.lastIndexOf("(");
  const id = open >= 0 && text.endsWith(")") ? text.slice(open + 1, -1) : "";
  if (!/^\d+$/.test(id)) return { name: text };
  return { name: text.slice(0, open).trimEnd(), ids: { scopus: id } };
}
