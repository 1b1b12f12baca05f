/**
 * Text preparation for key-phrase mining: strip markup, then cut the text into tokens.
 *
 * Markup first: URLs ("https://…", "www.…", bare domains such as "nnsight.net") and LaTeX are removed so
 * that neither becomes a phrase. Text inside `\texttt{…}`, `\textit{…}`, `\emph{…}`, `\mathrm{…}` is kept
 * (`$\texttt{maze-dataset}$` → "maze-dataset"); other math (`$M_h$`) and removed markup become a phrase
 * boundary, so words on either side never join into one phrase. Accent commands become accented letters
 * (`R\"{a}uker` → "Räuker") so LaTeX and Unicode spellings of a word read alike.
 *
 * Tokens are either words — letters and digits, with inner hyphens, apostrophes and dots kept
 * ("open-source", "Llama-3.1-8B", "e.g") and a possessive "'s" dropped — or single punctuation characters,
 * which the phrase miner treats as boundaries. Every pattern here is a single pass without nested
 * ambiguous quantifiers, so cleaning is linear in the text length (no catastrophic backtracking).
 */

/** Written where markup was removed: a punctuation token, hence a phrase boundary. */
const BOUNDARY = " | ";

const URL = /\b(?:https?:\/\/|ftp:\/\/|www\.)\S*/gi;
const ESCAPED_DOLLAR = /\\\$/g;
const INLINE_MATH = /\$([^$]*)\$/g;
const TEXT_COMMAND = /\\(?:text[a-z]*|emph|math(?:rm|it|bf|sf|tt)|operatorname)\s*\{([^{}]*)\}/g;
const REFERENCE_COMMAND = /\\(?:cite[a-z]*|ref|eqref|label|url)\s*\{[^{}]*\}/g;
const ACCENT = /\\(["'^`~=.])\s*\{?([A-Za-z])\}?/g;
const ESCAPED_CHAR = /\\([%&_#])/g;
const COMMAND = /\\[A-Za-z]+\*?|\\[^A-Za-z]/g;
const BRACES = /[{}]/g;

/** Whatever any markup pattern above needs to match: text without it is only normalised. */
const MAY_HAVE_MARKUP = /[\\${}]|https?:\/\/|ftp:\/\/|www\./i;

const TOKEN = /[\p{L}\p{M}\p{N}]+(?:['’.-][\p{L}\p{M}\p{N}]+)*|[^\s\p{L}\p{M}\p{N}]/gu;
const WORD_START = /^[\p{L}\p{M}\p{N}]/u;

/** LaTeX accent commands as Unicode combining marks: `\\"{a}` → "ä" after NFC. */
const COMBINING: Readonly<Record<string, string>> = {
  '"': "\u0308",
  "'": "\u0301",
  "`": "\u0300",
  "^": "\u0302",
  "~": "\u0303",
  "=": "\u0304",
  ".": "\u0307",
};

/** Top-level domains that mark a dotted word as a bare web address ("neuronpedia.org"). */
const DOMAINS = new Set(["com", "org", "net", "io", "ai", "edu", "gov", "dev", "app", "info", "html", "php"]);

/** The inside of `$…$`: the text of any `\text…{}`-like groups, else a boundary. */
function replaceMath(_match: string, inner: string): string {
  const kept = Array.from(inner.matchAll(TEXT_COMMAND), (group) => group[1]!.trim()).filter(Boolean);
  return kept.length > 0 ? ` ${kept.join(" ")} ` : BOUNDARY;
}

/** Removes URLs and LaTeX markup, keeping the words that LaTeX text commands wrap. */
export function stripMarkup(text: string): string {
  const normalized = text.normalize("NFC");
  // Most titles and abstracts hold no markup: nine replacements that find nothing and a second
  // normalisation were a tenth of the topics step on 100,000 works.
  if (!MAY_HAVE_MARKUP.test(normalized)) return normalized;
  return normalized
    .replace(URL, BOUNDARY)
    .replace(ESCAPED_DOLLAR, BOUNDARY)
    .replace(INLINE_MATH, replaceMath)
    .replace(TEXT_COMMAND, " $1 ")
    .replace(REFERENCE_COMMAND, BOUNDARY)
    .replace(ACCENT, (_match, accent: string, letter: string) => letter + COMBINING[accent]!)
    .replace(ESCAPED_CHAR, "$1")
    .replace(COMMAND, BOUNDARY)
    .replace(BRACES, "")
    .normalize("NFC");
}

/** Whether a token is a word (starts with a letter or digit) rather than a punctuation mark. */
export function isWordToken(token: string): boolean {
  // An ASCII first character is a letter or digit by its code; only others need the Unicode classes.
  const code = token.charCodeAt(0);
  if (code < 128) return (code >= 48 && code <= 57) || ((code | 32) >= 97 && (code | 32) <= 122);
  return WORD_START.test(token);
}

/** Whether a word ends in a possessive "'s" or "’s" (either case of s), which tokenize drops. */
function isPossessive(word: string): boolean {
  const end = word.length;
  if (end < 2 || (word.charCodeAt(end - 1) | 32) !== 115) return false;
  const mark = word.charCodeAt(end - 2);
  return mark === 39 || mark === 0x2019;
}

/** A dotted word whose last part is a web domain ("nnsight.net") is an address, not a word. */
function isBareDomain(word: string): boolean {
  const dot = word.lastIndexOf(".");
  return dot > 0 && DOMAINS.has(word.slice(dot + 1).toLowerCase());
}

/** Cuts text into word and punctuation tokens after stripping markup; addresses become boundaries. */
export function tokenize(text: string): string[] {
  const tokens: string[] = [];
  for (const match of stripMarkup(text).matchAll(TOKEN)) {
    const token = match[0];
    if (!isWordToken(token)) tokens.push(token);
    else if (isBareDomain(token)) tokens.push("|");
    else tokens.push(isPossessive(token) ? token.slice(0, -2) : token);
  }
  return tokens;
}
