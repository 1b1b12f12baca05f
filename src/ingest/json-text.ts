/**
 * JSON as the JSON readers (OpenAlex, Semantic Scholar, arXiv snapshot) see it: one document or JSON lines,
 * parsed without ever throwing. A line that does not parse costs one diagnostic on its line and the other
 * lines still load; a document that does not parse (truncated, not JSON, nested past the engine's limit —
 * JSON.parse throws RangeError there on some engines) costs one diagnostic for the file.
 *
 * JSON.parse keeps no positions, so records inside a document get their line by searching their id in the
 * text, left to right: records come in file order, so each search starts where the previous one ended, and
 * looks only a bounded way ahead (a few times the distance between records so far). An id written another way
 * (`\/` for `/`) is then given up after that window instead of scanning to the end of a 100 MB page for each
 * record; and once the text has no line break left, every later record is on the last line without a search.
 */

import { recoverRecords } from "./json-recovery";
import { clipText } from "./lines";
import type { RecordLog } from "./records";

/** One top-level JSON value and the 1-based line it starts on. */
export interface JsonValue {
  value: unknown;
  line: number;
}

/** Plain JSON object (not an array, not null). */
export type JsonObject = Record<string, unknown>;

/** A JSON value as trimmed text, or undefined when it is not a non-empty string. */
export function jsonText(value: unknown): string | undefined {
  if (typeof value !== "string") return undefined;
  const trimmed = value.trim();
  return trimmed.length > 0 ? trimmed : undefined;
}

/** True for a JSON array; its items stay `unknown` (Array.isArray would type them `any`). */
export function isArray(value: unknown): value is readonly unknown[] {
  return Array.isArray(value);
}

/** True for a plain JSON object. */
export function isObject(value: unknown): value is JsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * What parseJsonText hands each top-level value to: the value, the line it starts on, and false when no
 * string in it can hold a NUL character (see mayHoldNul), so that RecordLog.keep need not look for one.
 */
export type JsonVisitor = (value: unknown, line: number, mayHoldNul: boolean) => void;

/**
 * False when no string JSON.parse makes of `text` can hold a NUL character: JSON writes one only as the
 * escape `\u0000` (a raw one in a string is a syntax error), so text without that escape has none. One search
 * of a line instead of one per title, abstract, venue and author name of its record in RecordLog.keep.
 */
function mayHoldNul(text: string): boolean {
  return text.includes("\\u0000");
}

/**
 * Parses a JSON document, or JSON lines when the first line is a whole value and more lines follow, and hands
 * each top-level value to `visit` with the line it starts on; a line that does not parse is a record skipped
 * in the log. Values are handed over one at a time rather than gathered: a reader turns each into papers
 * while it is young, so the parsed tree of a 100 MB file is never held at once (the garbage collector spent
 * more than JSON.parse moving all of it out of the young generation).
 */
export function parseJsonText(text: string, log: RecordLog, visit: JsonVisitor): void {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  // Split on LF only: JSON.parse ignores the CR that CRLF files leave at the end of a line, and a regex split
  // costs twice as much on a 100 MB file.
  const lines = body.split("\n");
  const first = lines.findIndex((line) => line.trim().length > 0);
  if (first < 0) return;
  const more = lines.findIndex((line, i) => i > first && line.trim().length > 0) > 0;
  // One search of the whole text first: without the escape anywhere, no line need be searched.
  if (more && tryParse(lines[first]!) !== undefined) return parseJsonLines(lines, mayHoldNul(body), log, visit);
  let document: unknown;
  try {
    document = parseJson(body);
  } catch (error) {
    for (const { value, line } of recoverCut(body, reasonOf(error), log)) visit(value, line, true);
    return;
  }
  visit(document, first + 1, mayHoldNul(body));
}

/**
 * The records of a document JSON.parse rejected: those of its record list that are complete (json-recovery.ts),
 * with an error for the file, one for each record that does not parse and one for the record the cut went
 * through. Nothing is recovered from a document without a record list.
 */
function recoverCut(body: string, reason: string, log: RecordLog): JsonValue[] {
  const recovered = recoverRecords(body);
  if (!recovered || (recovered.records.length === 0 && recovered.cutLine === undefined)) {
    log.note("error", 0, `not valid JSON (${reason}). Check that the file is complete and is a JSON export.`);
    return [];
  }
  const { records, broken, cutLine } = recovered;
  log.note(
    "error",
    0,
    `not valid JSON (${reason}). The ${records.length} complete records of its list were read` +
      `${cutLine === undefined ? "" : " up to where the file is cut"}; check that the file is complete.`,
  );
  for (const line of broken) log.skip(line, "record is not valid JSON. It was skipped.");
  if (cutLine !== undefined) log.skip(cutLine, "record cut off by the end of the file. It was skipped.");
  return records;
}

/**
 * Parses JSON lines: one value per non-blank line, handed to `visit`; a line that does not parse is a record
 * skipped. `nulInText` false says no line holds the escape of a NUL character.
 */
function parseJsonLines(lines: string[], nulInText: boolean, log: RecordLog, visit: JsonVisitor): void {
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!;
    let value: unknown;
    try {
      value = parseJson(line);
    } catch (error) {
      // Blank lines are checked only here, on the rare failing line, to keep the common path cheap.
      if (line.trim().length === 0) continue;
      log.skip(index + 1, `line is not valid JSON (${reasonOf(error)}: ${clipText(line.trim())}). It was skipped.`);
      continue;
    }
    visit(value, index + 1, nulInText && mayHoldNul(line));
  }
}

/** The first line that parses as a JSON object, for sniffers; undefined when none of the first lines does. */
export function firstJsonObject(text: string): JsonObject | undefined {
  const head = text
    .slice(0, 65536)
    .replace(/^\ufeff/, "")
    .trimStart();
  const line = head.split(/\r\n|\r|\n/, 1)[0] ?? "";
  const value = tryParse(line);
  return isObject(value) ? value : undefined;
}

/** Characters a line search looks ahead at least (see createLineFinder). */
const MIN_WINDOW = 1 << 16;

/**
 * A function giving the line of each record of a document: it searches `needle` (a JSON string value such as
 * an id) from where the previous search ended, within a window of eight times the mean distance between the
 * records found so far (at least 64 KiB); when not found it returns the last line found. Linear in the text.
 */
export function createLineFinder(text: string): (needle: string | undefined) => number {
  const lastBreak = text.lastIndexOf("\n");
  let offset = 0;
  let line = 1;
  let found = 0;
  return (needle) => {
    if (!needle || offset > lastBreak) return line;
    const window = Math.max(MIN_WINDOW, found > 0 ? (8 * offset) / found : 0);
    const at = text.slice(offset, offset + window).indexOf(JSON.stringify(needle));
    if (at < 0) return line;
    for (let i = text.indexOf("\n", offset); i >= 0 && i < offset + at; i = text.indexOf("\n", i + 1)) line += 1;
    offset += at;
    found++;
    return line;
  };
}

/** JSON.parse typed as what it returns from untrusted text: a value to inspect, not `any`. */
function parseJson(text: string): unknown {
  return JSON.parse(text);
}

function tryParse(line: string): unknown {
  const trimmed = line.trim();
  if (!trimmed.startsWith("{") && !trimmed.startsWith("[")) return undefined;
  try {
    return parseJson(trimmed);
  } catch {
    return undefined;
  }
}

function reasonOf(error: unknown): string {
  if (error instanceof RangeError) return "nested too deeply";
  const message = error instanceof Error ? error.message : String(error);
  return message.split("\n")[0]!.slice(0, 80);
}
