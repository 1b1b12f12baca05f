/**
 * Text folding used wherever two spellings must match: case, Unicode diacritics (NFKD, combining marks
 * dropped), punctuation and runs of white space are folded away. `Räuker` and `Rauker` fold alike; the
 * original spelling is kept elsewhere as the label.
 */

const COMBINING_MARKS = /[\u0300-\u036f]/g;
const NON_WORD = /[^\p{L}\p{N}]+/gu;

/** Folds text for matching: lower case, no diacritics, punctuation and spaces collapsed to single spaces. */
export function foldText(text: string): string {
  return text
    .normalize("NFKD")
    .replace(COMBINING_MARKS, "")
    .replace(/ß/g, "ss")
    .replace(/[øØ]/g, "o")
    .replace(/[łŁ]/g, "l")
    .toLowerCase()
    .replace(NON_WORD, " ")
    .trim();
}
