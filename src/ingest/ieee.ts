/**
 * Reader for IEEE Xplore CSV exports: `Document Title`, `Authors` as `A. Hayashi; S. Raj Paul; V. Sarkar`
 * (initials first, `;` between people), `Publication Title` as venue, `Publication Year`, `DOI`, `Abstract`,
 * `Author Keywords` and `Article Citation Count`. Names are kept as written: whether `A. Hayashi` is the
 * `Akihiro Hayashi` of another file is for the identity stage to judge.
 */

import type { AuthorRef, ReadResult } from "../model";
import { readTable } from "./csv";
import type { TableSpec } from "./csv";
import type { ReaderOptions } from "./detect";
import { firstLine } from "./delimited";
import { splitTrimmed } from "./split-text";

const SPEC: TableSpec = {
  format: "IEEE Xplore",
  delimiter: ",",
  columns: {
    title: ["document title"],
    authors: ["authors"],
    year: ["publication year"],
    venue: ["publication title"],
    doi: ["doi"],
    keywords: ["author keywords"],
    abstract: ["abstract"],
    citations: ["article citation count"],
  },
  readAuthors: readIeeeAuthors,
};

/** Reads an IEEE Xplore CSV export; bad rows become diagnostics on their line, never a throw. */
export function readIeee(text: string, file: string, _options: ReaderOptions): ReadResult {
  return readTable(text, file, SPEC);
}

/** True when the header starts like IEEE Xplore's: `Document Title` with `Authors` and `Publication Title`. */
export function sniffIeee(text: string): boolean {
  const header = firstLine(text);
  return /^"?Document Title"?,/.test(header) && header.includes("Authors") && header.includes("Publication Title");
}

function readIeeeAuthors(cell: string): { authors: AuthorRef[]; truncated: boolean } {
  return {
    authors: splitTrimmed(cell, ";").map((name) => ({ name })),
    truncated: false,
  };
}
