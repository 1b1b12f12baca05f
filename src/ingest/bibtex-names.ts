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

export interface NameList {
  names: string[];
  truncated: boolean;
}

/** Footnote marks that CVs glue to names (after LaTeX decoding). */
const MARKS = /[*†‡§¶⋆∗✝✉¹²³⁴⁵⁶⁷⁸⁹⁰]+/g;

/** Splits a raw BibTeX name list into names in reading order; `and others` sets `truncated`. */
export function splitBibtexNames(raw: string): NameList {
  const parts = splitTopLevel(raw, /\s+and\s+/iy, "and");
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
  const pieces = splitTopLevel(raw, /\s*,\s*/y, ",").map(clean);
  if (pieces.length === 1) return pieces[0]!;
  const [last, second, third] = pieces;
  const ordered = pieces.length === 2 ? [second, last] : [third, last, second];
  return ordered.filter(Boolean).join(" ");
}

function clean(piece: string): string {
  return decodeLatex(piece).replace(MARKS, "").replace(/\s+/g, " ").trim();
}

/**
 * Splits text at a separator found at brace depth 0. `sticky` is a sticky regex matched at each position
 * whose first character can be `hint` (or white space, for the word `and`): a cheap test before the regex.
 */
function splitTopLevel(text: string, sticky: RegExp, hint: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (char === "{") depth++;
    else if (char === "}") depth = Math.max(0, depth - 1);
    else if (depth === 0 && (char === hint[0] || /\s/.test(char))) {
      sticky.lastIndex = i;
      const match = sticky.exec(text);
      if (match) {
        parts.push(text.slice(start, i));
        start = i + match[0].length;
        i = start - 1;
      }
    }
  }
  parts.push(text.slice(start));
  return parts;
}
