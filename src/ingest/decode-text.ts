/**
 * A file's bytes as text. Exports come as UTF-8 (with or without a byte-order mark), as UTF-16 (Web of
 * Science's "Tab-delimited (Win)" export is UTF-16LE with a BOM) or, from older tools, as Windows-1252 /
 * Latin-1. The encoding is judged from the bytes:
 *
 * 1. a byte-order mark names UTF-8, UTF-16LE or UTF-16BE;
 * 2. without one, text whose every other byte is zero is UTF-16 (little- or big-endian by which ones);
 * 3. bytes that are valid UTF-8 are UTF-8 — the common case, checked by the platform's decoder;
 * 4. otherwise, when the file holds more malformed sequences than well-formed multi-byte ones it was never
 *    UTF-8, and is read as Windows-1252 (a superset of Latin-1) with a warning naming the first line that
 *    showed it; when well-formed sequences dominate it is UTF-8 with damaged bytes, which are replaced by
 *    U+FFFD and counted in a warning.
 *
 * Binary data (mostly control bytes at the start) is decoded as UTF-8 without a word and left for the readers'
 * binary check. Every pass is linear in the file's size.
 */

import { diagnostic } from "../model";
import type { Diagnostic, InputFile } from "../model";

/** Bytes 0x80–0x9F in Windows-1252 (WHATWG Encoding); the five holes map to the C1 control of the same value. */
const CP1252_HIGH = [
  0x20ac, 0x81, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8d, 0x017d,
  0x8f, 0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0x9d,
  0x017e, 0x0178,
];

/** Bytes looked at to tell UTF-16 without a byte-order mark, or binary data. */
const SAMPLE = 8192;
/** Share of control bytes above which the bytes are binary data (lines.ts judges decoded text alike). */
const BINARY_SHARE = 0.1;

/** Which encoding the bytes are in, and whether a byte-order mark said so. */
type Encoding = "utf-8" | "utf-16le" | "utf-16be";

function byteOrderMark(bytes: Uint8Array): Encoding | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return "utf-8";
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return "utf-16le";
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return "utf-16be";
  return undefined;
}

/** UTF-16 without a BOM: most bytes at odd (LE) or even (BE) offsets are zero, almost none at the others. */
function unmarkedUtf16(bytes: Uint8Array): Encoding | undefined {
  const length = Math.min(bytes.length, SAMPLE) & ~1;
  if (length < 4) return undefined;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < length; i += 2) {
    if (bytes[i] === 0) evenZeros++;
    if (bytes[i + 1] === 0) oddZeros++;
  }
  const pairs = length / 2;
  if (oddZeros > 0.4 * pairs && evenZeros < 0.05 * pairs) return "utf-16le";
  if (evenZeros > 0.4 * pairs && oddZeros < 0.05 * pairs) return "utf-16be";
  return undefined;
}

/** True when many of the first bytes are C0 controls other than tab, line feed, form feed and carriage return. */
function isBinary(bytes: Uint8Array): boolean {
  const length = Math.min(bytes.length, SAMPLE);
  let control = 0;
  for (let i = 0; i < length; i++) {
    const byte = bytes[i]!;
    if (byte < 9 || byte === 11 || (byte > 13 && byte < 32) || byte === 127) control++;
  }
  return control > BINARY_SHARE * length;
}

/** Well-formed multi-byte UTF-8 sequences, malformed bytes, and the offset of the first malformed one. */
function surveyUtf8(bytes: Uint8Array): { wellFormed: number; malformed: number; firstMalformed: number } {
  let wellFormed = 0;
  let malformed = 0;
  let firstMalformed = -1;
  for (let i = 0; i < bytes.length; ) {
    const byte = bytes[i]!;
    if (byte < 0x80) {
      i++;
      continue;
    }
    const length =
      byte >= 0xc2 && byte <= 0xdf ? 2 : byte >= 0xe0 && byte <= 0xef ? 3 : byte >= 0xf0 && byte <= 0xf4 ? 4 : 0;
    let valid = length > 0 && i + length <= bytes.length;
    for (let k = 1; valid && k < length; k++) valid = (bytes[i + k]! & 0xc0) === 0x80;
    if (valid) {
      wellFormed++;
      i += length;
    } else {
      malformed++;
      if (firstMalformed < 0) firstMalformed = i;
      i++;
    }
  }
  return { wellFormed, malformed, firstMalformed };
}

/**
 * Windows-1252 decoding, written out because Node's TextDecoder("windows-1252") maps 0x80–0x9F to C1 control
 * characters (measured on Node 20: 0x92 gives U+0092, not ’), unlike browsers.
 */
function decodeWindows1252(bytes: Uint8Array): string {
  const units = new Uint16Array(bytes.length);
  for (let i = 0; i < bytes.length; i++) {
    const byte = bytes[i]!;
    units[i] = byte >= 0x80 && byte < 0xa0 ? CP1252_HIGH[byte - 0x80]! : byte;
  }
  // Code units below U+D800 only, stored in the platform's order (little-endian wherever papergraph runs):
  // decoding them as UTF-16LE is the identity, and fast.
  return new TextDecoder("utf-16le").decode(units);
}

/** 1-based line of a byte offset (line feeds before it, plus one). */
function lineOfOffset(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (bytes[i] === 0x0a) line++;
  return line;
}

/** The file `name` with its bytes decoded as text; how they were decoded, when not plain UTF-8, is in `notes`. */
export function decodeBytes(name: string, bytes: Uint8Array): InputFile {
  const notes: Diagnostic[] = [];
  const marked = byteOrderMark(bytes);
  const utf16 = marked === undefined ? unmarkedUtf16(bytes) : marked === "utf-8" ? undefined : marked;
  if (utf16) {
    const how = marked ? "its byte-order mark" : "its bytes (every other one is zero)";
    notes.push(diagnostic("info", name, 0, `read as ${utf16.toUpperCase()}, as ${how} says.`));
    return { name, text: new TextDecoder(utf16).decode(bytes), notes };
  }
  if (isBinary(bytes)) return { name, text: new TextDecoder("utf-8").decode(bytes) };
  try {
    return { name, text: new TextDecoder("utf-8", { fatal: true }).decode(bytes) };
  } catch {
    // Not UTF-8 throughout: judged below.
  }
  const { wellFormed, malformed, firstMalformed } = surveyUtf8(bytes);
  const line = lineOfOffset(bytes, firstMalformed);
  if (wellFormed >= malformed) {
    const message =
      `${malformed} bytes are not valid UTF-8 (the first on this line) in an otherwise UTF-8 file. ` +
      "They were read as the replacement character �; check the names there.";
    notes.push(diagnostic("warning", name, line, message));
    return { name, text: new TextDecoder("utf-8").decode(bytes), notes };
  }
  const message =
    "the file is not UTF-8 (the first byte that shows it is on this line). It was read as Windows-1252 " +
    "(Latin-1); check accented names, or save the file as UTF-8.";
  notes.push(diagnostic("warning", name, line, message));
  return { name, text: decodeWindows1252(bytes), notes };
}
