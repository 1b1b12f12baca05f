/**
 * Reader for IEEE Xplore CSV exports: `Document Title`, `Authors` as `A. Hayashi; S. Raj Paul; V. Sarkar`
 * (initials first, `;` between people), `Publication Title` as venue, `Publication Year`, `DOI`, `Abstract`,
 * `Author Keywords` and `Article Citation Count`. Names are kept as written: whether `A. Hayashi` is the
 * `Akihiro Hayashi` of another file is for the identity stage to judge.
 */

import type { AuthorRef, ReadResult } from "../model";
import { readTable } from "./csv";
import type { CellReader, TableSpec } from "./csv";
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

/** Authors `A. Hayashi; S. Raj Paul`, each with its entry of `Author Affiliations` when there is one per author. */
function readIeeeAuthors(cell: string, row: CellReader): { authors: AuthorRef[]; truncated: boolean } {
  const names = splitTrimmed(cell, ";");
  const affiliations = row("author affiliations")
    .split(";")
    .map((entry) => entry.trim());
  const paired = affiliations.length === names.length;
  return {
    authors: names.map((name, i) => {
      const affiliation = paired ? affiliations[i] : undefined;
      return affiliation ? { name, affiliations: [affiliation] } : { name };
    }),
    truncated: false,
  };
}
