/**
 * Thesaurus files, VOSviewer's idea: one `variant<TAB>canonical` line per spelling the user wants to
 * control. Every canonical name is one person: the occurrences of its variants and of the canonical
 * spelling itself are joined into it (forcing a merge the evidence would not make), and two canonical
 * names are never joined (so mapping `Li X` to `Xiang Li` keeps it apart from `Xin Li`). A variant written
 * `name @ paper-id` (`C. Wang @ doi:10.1109/x`) applies to that paper's occurrence only: that is how a
 * decision about one occurrence is written (write-thesaurus.ts), and VOSviewer, which matches whole labels,
 * simply finds no such label. A canonical name ending in a homonym number, DBLP's way of telling namesakes
 * apart (`Wei Zhang 0002`), is a person of its own whose name is `Wei Zhang`: the number keeps it apart from
 * every other `Wei Zhang` (a suffix such as `(2)` would be read as part of the name), and such a canonical
 * spelling fixes only the lines that name it, since the occurrences written `Wei Zhang` may be anyone of
 * that name. Lines match on the folded name, so case, accents and `Last, First` order do not matter.
 * Reading is pure: text in, entries and diagnostics out.
 */

import type { Diagnostic } from "../model";
import { diagnostic } from "../model";
import { homonymNumber } from "./names/clean-name";
import { normalizeName } from "./names/parse-name";

/** One thesaurus line: names folding like `variant` (on `paper` only, when given) are the person `canonical`. */
export interface ThesaurusEntry {
  variant: string;
  canonical: string;
  /** The paper id of a line scoped to one occurrence (`variant @ paper-id`). */
  paper?: string;
  /** 1-based line in the thesaurus file, quoted as the evidence of the merge. */
  line: number;
  file: string;
}

export interface ThesaurusResult {
  entries: ThesaurusEntry[];
  diagnostics: Diagnostic[];
}

/** The person a canonical name stands for: its folded name, and its homonym number when it has one. */
function personOf(canonical: string): string {
  const number = homonymNumber(canonical);
  return number === undefined ? normalizeName(canonical) : `${normalizeName(canonical)} ${number}`;
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
      const scope = variant.lastIndexOf(" @ ");
      const paper = scope > 0 ? variant.slice(scope + 3).trim() : undefined;
      const name = scope > 0 ? variant.slice(0, scope).trim() : variant;
      const key = `${normalizeName(name)}\u0000${paper ?? ""}`;
      const earlier = seen.get(key);
      if (earlier && personOf(earlier.canonical) !== personOf(canonical)) {
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
      const entry: ThesaurusEntry = paper
        ? { variant: name, canonical, paper, line, file }
        : { variant, canonical, line, file };
      seen.set(key, entry);
      entries.push(entry);
    });
  return { entries, diagnostics };
}

/** Lookup of thesaurus entries: by folded name, or by paper and folded name for scoped lines. */
export interface ThesaurusIndex {
  /** No entry at all: nothing to look up. */
  isEmpty: boolean;
  /** The entry that applies to a name (folded form) on a paper, if any. */
  find(form: string, paper: string): ThesaurusEntry | undefined;
  /** The folded canonical name of an entry: one person per folded canonical. */
  personOf(entry: ThesaurusEntry): string;
}

/**
 * Indexes entries; every canonical spelling without a homonym number maps to itself, so canonical names
 * are fixed persons too.
 */
export function indexThesaurus(entries: readonly ThesaurusEntry[]): ThesaurusIndex {
  const byName = new Map<string, ThesaurusEntry>();
  for (const entry of entries) {
    const key = `${normalizeName(entry.variant)}\u0000${entry.paper ?? ""}`;
    if (!byName.has(key)) byName.set(key, entry);
  }
  for (const entry of entries) {
    const key = `${normalizeName(entry.canonical)}\u0000`;
    if (!byName.has(key) && homonymNumber(entry.canonical) === undefined)
      byName.set(key, { ...entry, variant: entry.canonical, paper: undefined });
  }
  return {
    isEmpty: byName.size === 0,
    find: (form, paper) => byName.get(`${form}\u0000${paper}`) ?? byName.get(`${form}\u0000`),
    personOf: (entry) => personOf(entry.canonical),
  };
}
