/**
 * Splitting untrusted text into lists — names, keywords, ids — in one linear pass. The regexes these replace
 * (`\s*;\s*`, `\s*,\s*|\s+and\s+|\s*&\s*`, `,?\s*et\s+al\.?$`) backtrack over every run of white space
 * they cannot complete, once per starting position: a cell of 100,000 spaces took a minute. Here every
 * character is looked at a bounded number of times, whatever the input.
 */

/** True for the characters String.prototype.trim removes (white space and line terminators). */
export function isSpace(char: string | undefined): boolean {
  return char !== undefined && char.trim() === "";
}

/** Splits `text` at every character of `separators`, trims each piece and drops the empty ones. */
export function splitTrimmed(text: string, separators: string): string[] {
  const pieces: string[] = [];
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i < text.length && !separators.includes(text[i]!)) continue;
    const piece = text.slice(start, i).trim();
    if (piece) pieces.push(piece);
    start = i + 1;
  }
  return pieces;
}

/** True when `text` has the word `word` at `at`, followed by white space. */
function isWordAt(text: string, at: number, word: string): boolean {
  return text.startsWith(word, at) && isSpace(text[at + word.length]);
}

/**
 * Splits a written list of names at each character of `separators` and at the word `and` between white space
 * (`A, B and C`), trimming each name and dropping empty ones. A run of white space is looked at once: the
 * word test runs only where a run ends.
 */
export function splitNameList(text: string, separators: string): string[] {
  const names: string[] = [];
  let start = 0;
  const cut = (end: number, next: number) => {
    const name = text.slice(start, end).trim();
    if (name) names.push(name);
    start = next;
  };
  let i = 0;
  while (i < text.length) {
    const char = text[i]!;
    if (separators.includes(char)) {
      cut(i, i + 1);
      i++;
    } else if (isSpace(char)) {
      let end = i;
      while (isSpace(text[end])) end++;
      if (end > i && isWordAt(text, end, "and")) {
        cut(i, end + 3);
        i = end + 3;
      } else i = end;
    } else i++;
  }
  cut(text.length, text.length);
  return names;
}

/** Index where trailing white space starts (text.length when there is none). */
function trimmedEnd(text: string, end = text.length): number {
  let at = end;
  while (at > 0 && isSpace(text[at - 1])) at--;
  return at;
}

/**
 * True when the two characters before `end` are the two lower-case ASCII letters of `pair`, in either case: as
 * `slice(end - 2, end).toLowerCase() === pair`, without the two strings it makes for every list read (no other
 * character lower-cases to `a`, `e`, `l` or `t` but their capitals).
 */
function pairBefore(text: string, end: number, pair: string): boolean {
  return (
    (text.charCodeAt(end - 2) | 32) === pair.charCodeAt(0) && (text.charCodeAt(end - 1) | 32) === pair.charCodeAt(1)
  );
}

/**
 * A list that ends in `et al.` (`et. al`, `ET AL`, with or without a comma before it) without that ending:
 * `truncated` says the list was cut off. Only the end of the text is looked at.
 */
export function stripEtAl(text: string): { text: string; truncated: boolean } {
  let end = trimmedEnd(text);
  if (text[end - 1] === ".") end--;
  if (!pairBefore(text, end, "al")) return { text, truncated: false };
  let at = trimmedEnd(text, end - 2);
  if (at === end - 2) return { text, truncated: false };
  if (text[at - 1] === ".") at--;
  if (!pairBefore(text, at, "et") || (at > 2 && !isSpace(text[at - 3]) && text[at - 3] !== ","))
    return { text, truncated: false };
  let cut = trimmedEnd(text, at - 2);
  if (text[cut - 1] === ",") cut = trimmedEnd(text, cut - 1);
  return { text: text.slice(0, cut), truncated: true };
}

/**
 * Removes every parenthesised part, nested ones included (`A (1 and 2) B` → `A  B`); a parenthesis without
 * its partner stays. Linear: pairs are matched with a stack and their spans marked in a difference array.
 */
export function removeParenthesised(text: string): string {
  if (!text.includes("(")) return text;
  const opened: number[] = [];
  const marks = new Int32Array(text.length + 1);
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (char === "(") opened.push(i);
    else if (char === ")" && opened.length > 0) {
      const open = opened.pop()!;
      marks[open] = marks[open]! + 1;
      marks[i + 1] = marks[i + 1]! - 1;
    }
  }
  let kept = "";
  let depth = 0;
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    const inside = depth > 0;
    depth += marks[i]!;
    if (!inside && depth > 0) kept += text.slice(start, i);
    else if (inside && depth === 0) start = i;
  }
  return depth === 0 ? kept + text.slice(start) : kept;
}
