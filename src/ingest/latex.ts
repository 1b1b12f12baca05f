/**
 * LaTeX to Unicode for BibTeX field values: accents (`{\'e}`, `\"{o}`, `{\'\i}`, `\c{s}`), named letters
 * (`\ss`, `\o`, `{\L}`), escaped specials (`\&`, `\%`), dashes, ties and the few math symbols bibliographies
 * glue to names (`$^{\dagger}$`, `$^*$`). Braces are dropped once commands are decoded. The result is NFC,
 * so `{\'e}` and a typed `é` are the same string, and `\'\i` (dotless i plus acute) becomes a plain `í`.
 *
 * Written here instead of taken from a library: unicode2latex's tables cover all of LaTeX but come with a
 * full TeX parser; names and titles need only this small set, and a regex pass stays linear on any input
 * (no recursion, so 100k nested braces cannot overflow the stack). Unknown commands keep their argument
 * text (`\emph{Deep}` → `Deep`) and lose their name.
 */

import { singleSpaced } from "./kept-values";

/** Accent commands → combining marks (applied to the following letter). */
const ACCENTS: Record<string, string> = {
  "`": "\u0300",
  "'": "\u0301",
  "^": "\u0302",
  "~": "\u0303",
  "=": "\u0304",
  u: "\u0306",
  ".": "\u0307",
  '"': "\u0308",
  r: "\u030a",
  H: "\u030b",
  v: "\u030c",
  d: "\u0323",
  c: "\u0327",
  k: "\u0328",
  b: "\u0331",
};

/** Commands that stand for a letter or symbol on their own. */
const SYMBOLS: Record<string, string> = {
  ss: "ß",
  o: "ø",
  O: "Ø",
  l: "ł",
  L: "Ł",
  ae: "æ",
  AE: "Æ",
  oe: "œ",
  OE: "Œ",
  aa: "å",
  AA: "Å",
  i: "ı",
  j: "ȷ",
  dh: "ð",
  DH: "Ð",
  th: "þ",
  TH: "Þ",
  ng: "ŋ",
  NG: "Ŋ",
  textendash: "–",
  textemdash: "—",
  textquoteright: "’",
  textquoteleft: "‘",
  ldots: "…",
  dots: "…",
  dagger: "†",
  ddagger: "‡",
  ast: "*",
  star: "*",
  textdagger: "†",
  textdaggerdbl: "‡",
  S: "§",
  P: "¶",
  alpha: "α",
  beta: "β",
  gamma: "γ",
  delta: "δ",
  epsilon: "ε",
  lambda: "λ",
  mu: "μ",
  pi: "π",
  sigma: "σ",
  tau: "τ",
  phi: "φ",
  chi: "χ",
  psi: "ψ",
  omega: "ω",
  ell: "ℓ",
  infty: "∞",
  times: "×",
  pm: "±",
  LaTeX: "LaTeX",
  TeX: "TeX",
  textregistered: "®",
  texttrademark: "™",
  copyright: "©",
};

/** Commands dropped together with their argument: notes and thanks are not part of a name or title. */
const DROPPED_WITH_ARGUMENT = new Set(["footnote", "thanks", "footnotemark", "label", "cite"]);

/** `\'e`, `\'{e}`, `\' e`, `{\'\i}`, `\c{s}`: an accent command and the letter it sits on. */
// The braced letter is optional as a whole with its trailing space: `\{\s*([A-Za-z]?)\s*\}` let two `\s*` share
// one run of spaces, which backtracked quadratically on `\"{` and a long run of spaces.
const ACCENTED =
  /\\([`'^~=."]|[uvHrdckb](?![A-Za-z]))\s*(?:\{\s*(?:(\\[ij](?![A-Za-z])|[A-Za-z])\s*)?\}|(\\[ij](?![A-Za-z])|[A-Za-z]))/g;
const SYMBOL = /\\([A-Za-z]+)(?![A-Za-z])\s?(\{\s*\})?/g;
const ESCAPED = /\\([&%$#_{}\s])/g;
const DROPPED = /\\([A-Za-z]+)\s*\{[^{}]*\}/g;
/** Escaped specials are parked on private-use characters so the `$` and brace clean-up cannot eat them. */
const SPECIALS = "&%$#_{}";
const PLACEHOLDER = 0xe000;
const PLACEHOLDERS = /[\ue000-\ue006]/g;
const COMMAND = /\\[A-Za-z]+\*?|\\./g;

/** Decodes the LaTeX of a BibTeX value into plain Unicode text (accents, letters, escapes; braces dropped). */
export function decodeLatex(text: string): string {
  if (!/[\\{}$~-]/.test(text)) return text.normalize("NFC");
  // The five command passes match only at a backslash; most titles have braces or dashes but no command.
  // White space collapsed by singleSpaced: a replace of \s+ built a rope of a join and a slice per space, which
  // trim then copied flat (twice the CPU of a split and join on braced titles and abstracts, micro-benchmark).
  const decoded = singleSpaced(
    (text.includes("\\") ? decodeCommands(text) : text)
      .replace(/\$\^?|\^/g, "")
      .replace(/[{}]/g, "")
      .replace(PLACEHOLDERS, (char) => SPECIALS[char.charCodeAt(0) - PLACEHOLDER]!)
      .replace(/---/g, "—")
      .replace(/--/g, "–")
      .replace(/~/g, " "),
  ).trim();
  return decoded.replace(/ı(?=[\u0300-\u036f])/g, "i").normalize("NFC");
}

/** Accents, dropped notes, escaped specials (parked on placeholders), named symbols; other commands removed. */
function decodeCommands(text: string): string {
  return text
    .replace(ACCENTED, accented)
    .replace(DROPPED, (all, name: string) => (DROPPED_WITH_ARGUMENT.has(name) ? "" : all))
    .replace(ESCAPED, escaped)
    .replace(SYMBOL, (all, name: string) => SYMBOLS[name] ?? all)
    .replace(COMMAND, "");
}

/** The letter of an ACCENTED match followed by its combining accent (dotless i and j back to i and j). */
function accented(_all: string, accent: string, braced?: string, bare?: string): string {
  const letter = braced ?? bare ?? "";
  const base = letter === "\\i" ? "i" : letter === "\\j" ? "j" : letter;
  return base + ACCENTS[accent]!;
}

/** An escaped special parked on its placeholder; an escaped blank becomes a space. */
function escaped(_all: string, char: string): string {
  return /\s/.test(char) ? " " : String.fromCharCode(PLACEHOLDER + SPECIALS.indexOf(char));
}
