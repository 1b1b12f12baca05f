/**
 * Reader for Springer Link's CSV export (the "Download search results" button): `Item Title`, `Publication
 * Title`, `Book Series Title`, `Journal Volume`, `Journal Issue`, `Item DOI`, `Authors`, `Publication Year`,
 * `URL`, `Content Type`. Springer writes the authors glued together with no separator
 * (`Vivek K. PallipuramMohammad BhuiyanMelissa C. Smith`); glued-names.ts splits them. A row whose split is a
 * guess (camel-case names such as `WenHua` left whole) gets a note naming the names read, and the file one
 * warning counting them, so a user can check the list rather than trust it blindly. Rows whose Content Type
 * is `Journal` describe a journal, not a paper, and are skipped with a note.
 */

import type { ReadResult } from "../model";
import { readTable } from "./csv";
import type { TableSpec } from "./csv";
import type { ReaderOptions } from "./detect";
import { splitGluedNames } from "./glued-names";
import { firstLine, parseDelimited } from "./delimited";

const GUESS_NOTE = "glued author names split at a guess";

const SPEC: TableSpec = {
  format: "Springer Link",
  delimiter: ",",
  columns: {
    title: ["item title"],
    authors: ["authors"],
    year: ["publication year"],
    venue: ["publication title", "book series title"],
    doi: ["item doi"],
  },
  readAuthors(cell, _row, report) {
    const { names, guess, titles } = splitGluedNames(cell);
    if (guess) report(`${GUESS_NOTE}: ${names.join(" | ")}. Camel-case names were kept whole.`, "info");
    if (titles > 0)
      report(`${titles} academic title${titles > 1 ? "s" : ""} (Prof., Dr.) removed from the names.`, "info");
    return { authors: names.map((name) => ({ name })), truncated: false };
  },
  notAPaper: (row) =>
    row("content type").toLowerCase() === "journal" ? "a journal, not a paper (Content Type Journal)" : undefined,
};

/** Reads a Springer Link CSV export; glued author names are split, guesses are noted. */
export function readSpringer(text: string, file: string, _options: ReaderOptions): ReadResult {
  const result = readTable(text, file, SPEC);
  const guesses = result.diagnostics.filter((item) => item.message.startsWith(GUESS_NOTE));
  if (guesses.length > 0) {
    result.diagnostics.unshift({
      severity: "warning",
      file,
      line: guesses[0]!.line,
      message:
        `${guesses.length === 1 ? "1 row has" : `${guesses.length} rows have`} glued author names split at a guess ` +
        "(camel-case names such as WenHua kept whole), the first on this line. The notes list each; check them.",
    });
  }
  return result;
}

/** True when the header is Springer Link's: `Item Title`, `Authors` and `Item DOI` or `Content Type`. */
export function sniffSpringer(text: string): boolean {
  const cells = parseDelimited(firstLine(text), { delimiter: "," }).rows[0]?.cells ?? [];
  const names = new Set(cells.map((cell) => cell.trim().toLowerCase()));
  return names.has("item title") && names.has("authors") && (names.has("item doi") || names.has("content type"));
}
