/**
 * Folding of name text for matching: invisible characters removed, case and diacritics folded (NFKD,
 * combining marks dropped), letters that Unicode does not decompose transliterated from one explicit
 * table (the dotless ı of Turkish, ø, ł, ß, æ, đ, þ…), then punctuation and white space collapsed to
 * single spaces. `Atılım Güneş Baydin` and `Atilim Gunes Baydin` fold alike; the written spelling is
 * kept elsewhere as the label. One pass per step: linear in the length of the text.
 */

/** Zero-width characters (ZWSP, ZWNJ, ZWJ, word joiner, BOM, soft hyphen, Mongolian vowel separator): removed, never a space. */
export const ZERO_WIDTH = /[\u200b-\u200d\u2060\ufeff\u00ad\u180e]/g;
/** Bidirectional controls (marks, embeddings, overrides, isolates): removed from names and labels. */
export const BIDI_CONTROLS = /[\u200e\u200f\u202a-\u202e\u2066-\u2069\u061c]/g;

/** Letters NFKD leaves alone, written as Latin letters (ICU's Latin-ASCII choices for these). */
const TRANSLITERATION: Readonly<Record<string, string>> = {
  ı: "i",
  ȷ: "j",
  ø: "o",
  ł: "l",
  ß: "ss",
  ẞ: "ss",
  æ: "ae",
  œ: "oe",
  đ: "d",
  ð: "d",
  þ: "th",
  ħ: "h",
  ŀ: "l",
  ŋ: "n",
  ĸ: "k",
  ſ: "s",
  ŧ: "t",
  ƒ: "f",
};
const TRANSLITERATED = new RegExp(`[${Object.keys(TRANSLITERATION).join("")}]`, "g");
const COMBINING_MARKS = /\p{M}/gu;
const NON_WORD = /[^\p{L}\p{N}]+/gu;

const ASCII = /^\p{ASCII}*$/u;
const ASCII_NON_WORD = /[^a-z0-9]+/g;

/** Folds name text: `foldName("Güneş-Baydın") === "gunes baydin"`. */
export function foldName(text: string): string {
  // Plain ASCII (most names) has nothing to remove, decompose or transliterate, and its only letters and
  // digits are a-z and 0-9 once lower-cased: the same result in two passes instead of six.
  if (ASCII.test(text)) return text.toLowerCase().replace(ASCII_NON_WORD, " ").trim();
  return text
    .replace(ZERO_WIDTH, "")
    .normalize("NFKD")
    .replace(COMBINING_MARKS, "")
    .toLowerCase()
    .replace(TRANSLITERATED, (letter) => TRANSLITERATION[letter]!)
    .replace(NON_WORD, " ")
    .trim();
}
