/**
 * LaTeX accents left in author names. The BibTeX reader decodes its fields, but names also arrive with
 * LaTeX from other sources (the arXiv snapshot's `authors`, CSV exports of BibTeX managers), and
 * `Sch\"olkopf` must match `Schölkopf`. Only what names use is handled: accent commands on one letter,
 * the named letters (`\ss`, `\o`, `\l`, `\ae`, `\aa`, `\i`) and escaped specials; the result is NFC.
 */

const ACCENT_MARKS: Record<string, string> = {
  "`": "\u0300", "'": "\u0301", "^": "\u0302", "~": "\u0303", "=": "\u0304", ".": "\u0307", '"': "\u0308",
  u: "\u0306", r: "\u030a", H: "\u030b", v: "\u030c", d: "\u0323", c: "\u0327", k: "\u0328", b: "\u0331",
};

const NAMED_LETTERS: Record<string, string> = {
  ss: "ß", o: "ø", O: "Ø", l: "ł", L: "Ł", ae: "æ", AE: "Æ", oe: "œ", OE: "Œ", aa: "å", AA: "Å", i: "ı", j: "ȷ",
};

/** `\'e`, `\'{e}`, `{\'\i}`, `\v s`, `\c{c}`: a symbol accent takes the next letter; a letter accent needs a brace or space. */
const ACCENT = /\\([`'^~=."])\s*(?:\{\s*(\\?[A-Za-z])\s*\}|(\\?[A-Za-z]))|\\([urHvdckb])(?:\s*\{\s*(\\?[A-Za-z])\s*\}|\s+(\\?[A-Za-z]))/g;
const NAMED = /\\(ss|ae|AE|oe|OE|aa|AA|o|O|l|L|i|j)(?![A-Za-z])\s?/g;

/** Decodes the LaTeX accents of a name: `decodeLatexName("Sch\\\"{o}lkopf") === "Schölkopf"`. */
export function decodeLatexName(name: string): string {
  if (!name.includes("\\")) return name;
  return name
    .replace(ACCENT, (_match, symbol?: string, braced1?: string, bare1?: string, letter?: string, braced2?: string, bare2?: string) => {
      const base = (braced1 ?? bare1 ?? braced2 ?? bare2 ?? "").replace(/^\\([ij])$/, "$1");
      return base + ACCENT_MARKS[symbol ?? letter ?? ""]!;
    })
    .replace(NAMED, (_match, command: string) => NAMED_LETTERS[command]!)
    .replace(/\\([&%$#_])/g, "$1")
    .replace(/~/g, " ")
    .normalize("NFC");
}
