/**
 * BibTeX name lists: `author = {Amos, Brandon and Yuandong Tian and others}`. The list is split at the word
 * `and` outside braces (`{Barnes and Noble}` stays one corporate name), each name is put in reading order —
 * `von Last, First` and `von Last, Jr, First` become `First von Last [Jr]`, `First Last` stays as it is — and
 * its LaTeX is decoded. A final `others` means the list was cut (`authorsTruncated`). `and` is a separator in
 * any case (`And`, `AND`), as BibTeX reads it.
 *
 * Names glued without `and` — `Rath, M. Pavone, M.`, which BibTeX would read as `von Last, Jr, First` — are
 * told apart by their middle part: initials followed by a surname (`M. Pavone`) is never a `Jr` part. They are
 * read as the names they are (`M. Rath`, `M. Pavone`) and listed in `glued`, so the reader can warn. Two parts
 * `Kochenderfer, M. Pavone` may be one person (`Hoover, J. Edgar`) or two; when every other name of the list
 * gives initials only (`Choudhury, S.`) it is listed in `doubtful` and read as one name.
 *
 * Marks glued to names in CVs (`Paulus*`, `Amos$^{\dagger}$`, equal contribution or corresponding author)
 * are stripped: they are typography, not part of the name, and would otherwise split one person in two.
 */

import { decodeLatex } from "./latex";
import { isSpace } from "./split-text";

export interface NameList {
  names: string[];
  truncated: boolean;
  /** Parts of the list that were several names glued without `and`, as written. */
  glued: string[];
  /** Parts read as one name that may be two glued without `and`, as written. */
  doubtful: string[];
}

/** An initial: `M.`, `M`, `J.-P.`. */
const INITIAL = /^\p{Lu}\.?(?:-\p{Lu}\.?)?$/u;

/** Footnote marks that CVs glue to names (after LaTeX decoding). */
const MARKS = /[*†‡§¶⋆∗✝✉¹²³⁴⁵⁶⁷⁸⁹⁰]+/g;

/** Splits a raw BibTeX name list into names in reading order; `and others` sets `truncated`. */
export function splitBibtexNames(raw: string): NameList {
  const parts = splitTopLevel(raw, "and");
  const names: string[] = [];
  const glued: string[] = [];
  const twoWay: { written: string; given: string }[] = [];
  let truncated = false;
  for (const part of parts) {
    const trimmed = part.trim();
    if (!trimmed) continue;
    if (/^others$/i.test(trimmed)) {
      truncated = true;
      continue;
    }
    const pieces = splitTopLevel(trimmed, ",").map(clean);
    const unglued = splitGlued(pieces);
    if (unglued) glued.push(trimmed);
    if (pieces.length === 2) twoWay.push({ written: trimmed, given: pieces[1]! });
    for (const name of unglued ?? [readingOrder(pieces)]) if (name) names.push(name);
  }
  const initialsOnly = twoWay.filter(({ given }) => given.split(" ").every((word) => INITIAL.test(word)));
  const doubtful =
    initialsOnly.length > 0 && initialsOnly.length === twoWay.length - 1
      ? twoWay.filter(({ given }) => initialsThenWords(given) !== undefined).map(({ written }) => written)
      : [];
  return { names, truncated, glued, doubtful };
}

/** `M. Pavone` → initials `M.` and the words after them; undefined unless both are there. */
function initialsThenWords(piece: string): { given: string; family: string } | undefined {
  const words = piece.split(" ");
  const initials = words.findIndex((word) => !INITIAL.test(word));
  return initials > 0
    ? { given: words.slice(0, initials).join(" "), family: words.slice(initials).join(" ") }
    : undefined;
}

/**
 * `Last1, F1 Last2, F2` (three or more comma parts whose middle ones are initials then a surname) as the names
 * `F1 Last1`, `F2 Last2`; undefined for anything else.
 */
function splitGlued(pieces: string[]): string[] | undefined {
  if (pieces.length < 3) return undefined;
  const middles = pieces.slice(1, -1).map(initialsThenWords);
  if (middles.some((middle) => middle === undefined)) return undefined;
  const families = [pieces[0]!, ...middles.map((middle) => middle!.family)];
  const givens = [...middles.map((middle) => middle!.given), pieces[pieces.length - 1]!];
  return families.map((family, i) => `${givens[i]} ${family}`.trim());
}

/** One name in reading order from its comma parts (decoded, without footnote marks). */
function readingOrder(pieces: string[]): string {
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
