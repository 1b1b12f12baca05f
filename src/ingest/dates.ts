/**
 * Dates as the JSON and XML sources write them: ISO 8601 ("2024-03-28", "2024-03-28T17:59:58Z"), and arXiv's
 * RFC 2822 version dates ("Mon, 2 Apr 2007 19:18:42 GMT"). Read by character codes, not by a regex: a reader
 * reads one date per record, and a match array with three substrings per date was as much time as the rest of
 * the date handling (profiled on 20 MB of generated OpenAlex and arXiv records).
 */

/** A calendar date as records give it. */
export interface RecordDate {
  year: number;
  month: number;
  day: number;
}

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
/** The months' names as numbers, three lower-case character codes each (see letterKey). */
const MONTH_KEYS = MONTHS.map((name) => letterKey(name, 0));
const RFC_DATE = /(\d{1,2})\s+([A-Za-z]{3})\w*\s+(\d{4})/;

/** The number written by the `count` ASCII digits at `start` (as `\d` matches them), or -1 when one is not a digit. */
function digitsAt(text: string, start: number, count: number): number {
  let value = 0;
  for (let i = start; i < start + count; i++) {
    const digit = text.charCodeAt(i) - 48;
    if (!(digit >= 0 && digit <= 9)) return -1;
    value = value * 10 + digit;
  }
  return value;
}

/** Year, month and day of an ISO date at the start of `text` (`^(\d{4})-(\d{2})-(\d{2})`), or undefined. */
export function parseIsoDate(text: string | undefined): RecordDate | undefined {
  if (text === undefined || text.length < 10 || text[4] !== "-" || text[7] !== "-") return undefined;
  const year = digitsAt(text, 0, 4);
  const month = digitsAt(text, 5, 2);
  const day = digitsAt(text, 8, 2);
  return year < 0 || month < 0 || day < 0 ? undefined : { year, month, day };
}

/**
 * The first `day month year` of an RFC 2822 date (`Mon, 2 Apr 2007 19:18:42 GMT`), searched anywhere in the
 * text as `(\d{1,2})\s+([A-Za-z]{3})\w*\s+(\d{4})` finds it; undefined when there is none or the month is not
 * one. The form arXiv writes (a weekday, a comma, then `d Mon yyyy `) is read by position, the rest by the regex.
 */
export function parseRfcDate(text: string): RecordDate | undefined {
  const written = writtenRfcDate(text);
  if (written !== undefined) return written;
  const rfc = RFC_DATE.exec(text);
  const month = rfc ? MONTHS.indexOf(rfc[2]!.toLowerCase()) + 1 : 0;
  return rfc && month > 0 ? { year: Number(rfc[3]), month, day: Number(rfc[1]) } : undefined;
}

/**
 * The date of `Www, d Mon yyyy` or `Www, dd Mon yyyy` at the start of the text, else undefined. No digit comes before the day, so the regex of parseRfcDate would find this same match.
 */
function writtenRfcDate(text: string): RecordDate | undefined {
  if (!isLetter(text, 0) || !isLetter(text, 1) || !isLetter(text, 2) || text[3] !== "," || text[4] !== " ")
    return undefined;
  const wide = digitsAt(text, 6, 1) >= 0 ? 1 : 0;
  const day = digitsAt(text, 5, 1 + wide);
  const at = 7 + wide;
  if (day < 0 || text[at - 1] !== " " || !isLetter(text, at) || !isLetter(text, at + 1) || !isLetter(text, at + 2))
    return undefined;
  if (text[at + 3] !== " ") return undefined;
  const year = digitsAt(text, at + 4, 4);
  const month = MONTH_KEYS.indexOf(letterKey(text, at)) + 1;
  return year >= 0 && month > 0 ? { year, month, day } : undefined;
}

/**
 * The three ASCII letters at `index` in lower case as one number: a month's name found without the slice and
 * the lower-cased copy a lookup by name makes per record.
 */
function letterKey(text: string, index: number): number {
  return (
    ((text.charCodeAt(index) | 32) << 16) | ((text.charCodeAt(index + 1) | 32) << 8) | (text.charCodeAt(index + 2) | 32)
  );
}

/** True when the character at `index` is an ASCII letter. */
function isLetter(text: string, index: number): boolean {
  const code = text.charCodeAt(index) | 32;
  return code >= 97 && code <= 122;
}
