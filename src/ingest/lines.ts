/**
 * Text as the readers see it: a list of lines whose index + 1 is the line number a diagnostic reports
 * (a leading BOM is dropped; CRLF, CR and LF all end a line), and the check that tells a binary file from
 * text, so that a reader given a PDF or a zip reports one error instead of thousands of bogus lines. A stray
 * NUL or control character in text is not binary data: the record holding it is skipped (RecordLog.keep).
 */

import { diagnostic, type Diagnostic } from "../model";

/** Share of control or replacement characters above which text is taken for binary data. */
const BINARY_SHARE = 0.1;
/** Characters inspected by the binary check: enough to judge, cheap on a 100 MB file. */
const BINARY_SAMPLE = 8192;
/** C0 controls other than tab, LF, FF and CR; DEL; and U+FFFD, which a decoder leaves for invalid bytes. */
// eslint-disable-next-line no-control-regex -- control characters are what tells binary data from text.
const SUSPICIOUS = /[\u0000-\u0008\u000b\u000e-\u001f\u007f\ufffd]/g;

/** Splits text into lines, dropping a leading BOM; line n of the file is element n − 1. */
export function splitLines(text: string): string[] {
  const body = text.replace(/^\ufeff/, "");
  // Splitting at a string is several times faster than at a regex, and most files have no CR at all.
  return body.includes("\r") ? body.split(/\r\n|\r|\n/) : body.split("\n");
}

/** True when the start of the text is mostly control or undecodable characters. */
export function isBinaryText(text: string): boolean {
  const sample = text.slice(0, BINARY_SAMPLE);
  if (sample.length === 0) return false;
  const suspicious = sample.match(SUSPICIOUS)?.length ?? 0;
  return suspicious / sample.length > BINARY_SHARE;
}

/** True when the text has nothing but white space (and perhaps a BOM). */
export function isBlankText(text: string): boolean {
  return text.replace(/^\ufeff/, "").trim().length === 0;
}

/**
 * The one diagnostic of a file no reader can read: binary data (an error saying `binaryMessage`) or no
 * text at all (a warning); undefined when the text can be read.
 */
export function unreadableText(text: string, file: string, binaryMessage: string): Diagnostic | undefined {
  if (isBinaryText(text)) return diagnostic("error", file, 0, binaryMessage);
  if (isBlankText(text)) return diagnostic("warning", file, 0, "empty file (no text). Nothing was read from it.");
  return undefined;
}

/** The first 40 characters of a line, to quote it in a diagnostic without flooding the report. */
export function clipText(text: string): string {
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}
