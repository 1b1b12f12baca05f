/**
 * Author lists written with no separator at all, as Springer Link's CSV export writes them:
 * `Vivek K. PallipuramMohammad BhuiyanMelissa C. Smith`. A new name starts where a small letter is followed by
 * a capital inside a word (`Pallipuram|Mohammad`), or after an apostrophe that closes a word (`Calabro’|Felicita`)
 * — except after the prefixes of names that carry an inner capital (`McKee`, `MacLean`, `DeFrancisco`,
 * `LaTorre`, `VanDyke`) and after a one-letter elision (`d'Amato`, `O'Brien` has a capital before it anyway).
 *
 * Not every such place starts a name: given names are often written in camel case (`WenHua Yang`, `KyungHyun
 * Han`), compound surnames glued (`HewaNadungodage`) and some keep an apostrophe (`Sant’Anna`). Among the
 * places, those cut are the most that leave every name with at least two words (academic titles not
 * counted); among equally many, the fewest cuts at an apostrophe, then the earliest cuts, since a glued
 * surname comes before the next person's camel-case given name (`Huang|LingQi`, not `HuangLing|Qi`).
 * Places left uncut make the split a guess, reported as such. Academic titles glued in front of names
 * (`Prof. Dr.`, `Univ.-Prof.`) are removed.
 *
 * Linear in the cell: a name spans at most MAX_NAME_WORDS words and MAX_NAME_PIECES pieces, so each place is
 * weighed against a bounded number of others.
 */

/** Words a name may have, pieces (words or parts of glued words) it may span. */
const MAX_NAME_WORDS = 8;
const MAX_NAME_PIECES = 12;

/** Beginnings of surnames written with an inner capital: `Mc|Kee` is one name, not two. */
const CAPITAL_PREFIXES = new Set([
  "mc",
  "mac",
  "de",
  "di",
  "da",
  "du",
  "la",
  "le",
  "van",
  "von",
  "del",
  "della",
  "fitz",
]);
const MAX_PREFIX = 5;

/** Academic and courtesy titles Springer glues in front of names. */
const TITLES = new Set([
  "prof.",
  "dr.",
  "univ.-prof.",
  "assoc.",
  "asst.",
  "ph.d.",
  "phd",
  "med.",
  "dr.-ing.",
  "pd",
  "mr.",
  "mrs.",
  "ms.",
]);

const MAX_TITLE = Math.max(...[...TITLES].map((title) => title.length));

const UPPER = /^\p{Lu}$/u;
const LOWER = /^\p{Ll}$/u;
const APOSTROPHES = "'’";

/** The names of a glued list; `guess` when some places that could start a name were left uncut. */
export interface GluedSplit {
  names: string[];
  guess: boolean;
  /** Academic titles removed from the names. */
  titles: number;
}

/** One piece of the cell: a word or part of a glued word, and whether a space or a possible cut precedes it. */
interface Piece {
  text: string;
  afterSpace: boolean;
  /** The possible cut before this piece follows an apostrophe (weaker evidence than a small-capital pair). */
  afterApostrophe: boolean;
}

/** Score of a split: names count most, then each cut at an apostrophe costs a little. */
const NAME_SCORE = 1000;

/** True when a name may start at index `at` of `word` (a capital after a small letter or a closing apostrophe). */
function startsName(word: string, at: number): boolean {
  if (!UPPER.test(word[at]!)) return false;
  const before = word[at - 1]!;
  if (LOWER.test(before)) return at > MAX_PREFIX || !CAPITAL_PREFIXES.has(word.slice(0, at).toLowerCase());
  if (!APOSTROPHES.includes(before)) return false;
  // `Calabro’Felicita` is two names; `d'Amato` is one.
  return at >= 3 && LOWER.test(word[at - 2]!) && LOWER.test(word[at - 3]!);
}

/** True when the character before index `at` of `word` is an apostrophe. */
function isApostropheAt(word: string, at: number): boolean {
  return at > 0 && APOSTROPHES.includes(word[at - 1]!);
}

/** The cell cut into pieces at spaces and at every place a name may start. */
function piecesOf(cell: string): Piece[] {
  const pieces: Piece[] = [];
  for (const word of cell.split(/\s+/)) {
    if (!word) continue;
    let start = 0;
    for (let i = 1; i < word.length; i++) {
      if (!startsName(word, i)) continue;
      pieces.push({
        text: word.slice(start, i),
        afterSpace: start === 0,
        afterApostrophe: isApostropheAt(word, start),
      });
      start = i;
    }
    pieces.push({ text: word.slice(start), afterSpace: start === 0, afterApostrophe: isApostropheAt(word, start) });
  }
  return pieces;
}

/** Splits a glued author cell into names (see the header); a cell without a place to cut is one name. */
export function splitGluedNames(cell: string): GluedSplit {
  const pieces = piecesOf(cell.replace(/\u00a0/g, " "));
  const n = pieces.length;
  // best[i]: best score of pieces [i, n) when a name starts at i (−1: none); next[i]: where the next name starts.
  const best = new Array<number>(n + 1).fill(-1);
  const next = new Array<number>(n + 1).fill(n);
  best[n] = 0;
  for (let i = n - 1; i >= 0; i--) {
    if (i > 0 && pieces[i]!.afterSpace) continue;
    // Words of pieces [i, j) not counting titles, kept as j grows: `done` whole words, `word` the last one.
    let done = 0;
    let word = "";
    const isWord = (text: string) => text !== "" && (text.length > MAX_TITLE || !TITLES.has(text.toLowerCase()));
    for (let j = i + 1; j <= Math.min(n, i + MAX_NAME_PIECES); j++) {
      const piece = pieces[j - 1]!;
      if (j - 1 > i && piece.afterSpace) {
        if (isWord(word)) done++;
        word = "";
      }
      word += piece.text;
      const words = done + (isWord(word) ? 1 : 0);
      if (words > MAX_NAME_WORDS) break;
      if ((j < n && pieces[j]!.afterSpace) || best[j]! < 0 || words < 2) continue;
      const score = best[j]! + NAME_SCORE - (j < n && pieces[j]!.afterApostrophe ? 1 : 0);
      if (score > best[i]!) {
        best[i] = score;
        next[i] = j;
      }
    }
  }
  const cuts = n - pieces.filter((piece) => piece.afterSpace).length;
  if (best[0]! <= 0) return { ...join(pieces, [0, n]), guess: cuts > 0 };
  const starts = [0];
  for (let i = next[0]!; i < n; i = next[i]!) starts.push(i);
  return { ...join(pieces, [...starts, n]), guess: starts.length - 1 < cuts };
}

/** The names between consecutive starts, titles removed. */
function join(pieces: Piece[], starts: number[]): Omit<GluedSplit, "guess"> {
  let titles = 0;
  const names = starts.slice(0, -1).map((start, k) => {
    let text = "";
    for (let i = start; i < starts[k + 1]!; i++)
      text += (i > start && pieces[i]!.afterSpace ? " " : "") + pieces[i]!.text;
    const words = text.split(" ");
    let first = 0;
    while (first < words.length - 1 && TITLES.has(words[first]!.toLowerCase())) first++;
    titles += first;
    return words.slice(first).join(" ");
  });
  return { names: names.filter(Boolean), titles };
}
