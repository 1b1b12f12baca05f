/**
 * Thesaurus files, VOSviewer's idea: one `variant<TAB>canonical` line per spelling the user wants to
 * control. A variant is rewritten to its canonical name (forcing a merge the name rules would not make),
 * and every canonical name is a fixed person the name rules never join to another canonical (so mapping
 * `Li X` to `Xiang Li` keeps it apart from `Xin Li`). Lines match on the folded name, so case, accents and
 * `Last, First` order do not matter. Reading is pure: text in, entries and diagnostics out.
 */

import type { Diagnostic } from "../model";
import { diagnostic } from "../model";
import { normalizeName } from "./normalize-name";

/** One thesaurus line: names folding like `variant` are the person `canonical`. */
export interface ThesaurusEntry {
  variant: string;
  canonical: string;
  /** 1-based line in the thesaurus file, quoted as the evidence of the merge. */
  line: number;
  file: string;
}

export interface ThesaurusResult {
  entries: ThesaurusEntry[];
  diagnostics: Diagnostic[];
}

/** VOSviewer writes a header line `label<TAB>replace by`; it is not an entry. */
const HEADER = /^\s*label\s*\treplace\s+by\s*$/i;

/** Reads a thesaurus file; bad lines become error diagnostics and the rest loads. */
export function readThesaurus(text: string, file: string): ThesaurusResult {
  const entries: ThesaurusEntry[] = [];
  const diagnostics: Diagnostic[] = [];
  const seen = new Map<string, ThesaurusEntry>();
  text
    .replace(/^\uFEFF/, "")
    .split(/\r\n|\r|\n/)
    .forEach((raw, index) => {
      const line = index + 1;
      if (!raw.trim() || raw.trimStart().startsWith("#") || (line === 1 && HEADER.test(raw))) return;
      const [variant = "", canonical = "", ...rest] = raw.split("\t").map((cell) => cell.trim());
      if (!raw.includes("\t") || rest.some(Boolean)) {
        diagnostics.push(
          diagnostic(
            "error",
            file,
            line,
            `thesaurus line is not "variant<TAB>canonical" (${JSON.stringify(raw.slice(0, 80))}); line skipped.`,
          ),
        );
        return;
      }
      if (!normalizeName(variant) || !normalizeName(canonical)) {
        diagnostics.push(
          diagnostic(
            "error",
            file,
            line,
            `thesaurus line has an empty name (${JSON.stringify(raw.slice(0, 80))}); line skipped.`,
          ),
        );
        return;
      }
      const key = normalizeName(variant);
      const earlier = seen.get(key);
      if (earlier && normalizeName(earlier.canonical) !== normalizeName(canonical)) {
        diagnostics.push(
          diagnostic(
            "warning",
            file,
            line,
            `"${variant}" is already mapped to "${earlier.canonical}" on line ${earlier.line}; the first mapping is kept.`,
          ),
        );
        return;
      }
      if (earlier) return;
      const entry = { variant, canonical, line, file };
      seen.set(key, entry);
      entries.push(entry);
    });
  return { entries, diagnostics };
}

/** Folded variant → entry, plus every canonical mapped to itself so canonical spellings are fixed too. */
export function indexThesaurus(entries: readonly ThesaurusEntry[]): Map<string, ThesaurusEntry> {
  const index = new Map<string, ThesaurusEntry>();
  for (const entry of entries) index.set(normalizeName(entry.variant), entry);
  for (const entry of entries) {
    const key = normalizeName(entry.canonical);
    if (!index.has(key)) index.set(key, { ...entry, variant: entry.canonical });
  }
  return index;
}
