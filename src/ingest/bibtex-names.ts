/**
 * BibTeX name lists: `author = {Amos, Brandon and Yuandong Tian and others}`. The list is split at the word
 * `and` outside braces (`{Barnes and Noble}` stays one corporate name), each name is put in reading order —
 * `von Last, First` and `von Last, Jr, First` become `First von Last [Jr]`, `First Last` stays as it is — and
 * its LaTeX is decoded. A final `others` means the list was cut (`authorsTruncated`).
 *
 * Marks glued to names in CVs (`Paulus*`, `Amos$^{\dagger}$`, equal contribution or corresponding author)
 * are stripped: they are typography, not part of the name, and would otherwise split one person in two.
 */

import { decodeLatex } from "./latex";
import { isSpace } from "./split-text";

export interface NameList {
  names: string[];
  truncated: boolean;
}

/** Footnote marks that CVs glue to names (after LaTeX decoding). */
const MARKS = /[*†‡§¶⋆∗✝✉¹²³⁴⁵⁶⁷⁸⁹⁰]+/g;

/** Splits a raw BibTeX name list into names in reading order; `and others` sets `truncated`. */
export function splitBibtexNames(raw: string): NameList {
  const parts = splitTopLevel(raw, "and");
  const names: string[] = [];
  let truncated = false;
  for (const part of parts) {
    const trimmed = part.trim();
    if (!trimmed) continue;
    if (/^others$/i.test(trimmed)) {
      truncated = true;
      continue;
    }
    const name = readingOrder(trimmed);
    if (name) names.push(name);
  }
  return { names, truncated };
}

/** One name in reading order, decoded and without footnote marks. */
function readingOrder(raw: string): string {
  const pieces = splitTopLevel(raw, ",").map(clean);
  if (pieces.length === 1) return pieces[0]!;
  const [last, second, third] = pieces;
  const ordered = pieces.length === 2 ? [second, last] : [third, last, second];
  return ordered.filter(Boolean).join(" ");
}

function clean(piece: string): string {
  return decodeLatex(piece).replace(MARKS, "").replace(/\s+/g, " ").trim();
}

/**
 * Splits text at brace depth 0 at a comma, or at the word `and` (any case) between white space; the parts keep
 * their surrounding white space (callers trim). One pass: a run of white space is crossed once, and the word
 * test runs only where it ends (a sticky `/\s+and\s+/` tried at every white-space position was quadratic on
 * long runs of spaces).
 */
function splitTopLevel(text: string, separator: "and" | ","): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  let i = 0;
  while (i < text.length) {
    const char = text[i]!;
    if (char === "{") depth++;
    else if (char === "}") depth = Math.max(0, depth - 1);
    else if (depth === 0 && separator === "," && char === ",") {
      parts.push(text.slice(start, i));
      start = i + 1;
    } else if (depth === 0 && separator === "and" && isSpace(char)) {
      let end = i;
      while (isSpace(text[end])) end++;
      if (text.slice(end, end + 3).toLowerCase() === "and" && isSpace(text[end + 3])) {
        parts.push(text.slice(start, i));
        start = end + 3;
      }
      i = end;
      continue;
    }
    i++;
  }
  parts.push(text.slice(start));
  return parts;
}
