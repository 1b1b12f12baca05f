/**
 * Reader for raw edge lists — a coauthor network as pairs of node ids, one link per line, like GEXF and
 * GraphML but without markup:
 *
 *   # FromNodeId	ToNodeId          SNAP: `#` comments, tab- or space-separated pairs
 *   3466	937
 *   source,target,weight              CSV: an optional header, a third column of weights
 *   1,2,0.752
 *
 * Lines starting with `#` or `%` are comments; the first line that is not may be a header (its third field,
 * or its first two, are words rather than ids and numbers). Every other line is a record: a link, with weight 1
 * when there is no third field. SNAP lists an undirected network's links in both directions, so a link met twice
 * is one link with the larger weight (network-builder.ts). A line that is not a pair is skipped with an error.
 */

import type { ReadResult } from "../model";
import type { ReaderOptions } from "./detect";
import { splitLines, unreadableText } from "./lines";
import { NetworkBuilder } from "./network-builder";
import { RecordLog } from "./records";

/** Data lines the sniffer looks at. */
const SNIFF_LINES = 50;
/** Longest node id the sniffer accepts: ids are short. */
const MAX_ID = 64;
// `\d+(?:\.\d*)?`, not `\d+\.?\d*`: digits that two quantifiers could share backtrack quadratically on a long run.
const NUMBER = /^[-+]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][-+]?\d+)?$/;
const HEADER_WORDS = new Set([
  "source",
  "target",
  "from",
  "to",
  "weight",
  "node",
  "node1",
  "node2",
  "fromnodeid",
  "tonodeid",
]);

/** The fields of a data line: split at tabs, else at commas, else at runs of spaces. */
function fieldsOf(line: string): string[] {
  const separator = line.includes("\t") ? "\t" : line.includes(",") ? "," : undefined;
  const fields = separator ? line.split(separator) : line.split(" ");
  return fields.map((field) => field.trim()).filter((field) => field !== "");
}

/** True for a comment or blank line. */
function isComment(line: string): boolean {
  return line === "" || line.startsWith("#") || line.startsWith("%");
}

/** True when the fields are a header: known column names, or a third field that is a word, not a weight. */
function isHeader(fields: string[]): boolean {
  if (fields.some((field) => HEADER_WORDS.has(field.toLowerCase()))) return true;
  return fields.length === 3 && !NUMBER.test(fields[2]!);
}

/** True when the fields are a link: two short ids, and perhaps a numeric weight. */
function isLink(fields: string[]): boolean {
  if (fields.length < 2 || fields.length > 3) return false;
  if (fields[0]!.length > MAX_ID || fields[1]!.length > MAX_ID) return false;
  return fields.length === 2 || NUMBER.test(fields[2]!);
}

/** Reads an edge list into one ImportedNetwork; every line that is not a link is skipped with an error. */
export function readEdgeList(text: string, file: string, _options: ReaderOptions): ReadResult {
  const log = new RecordLog(file);
  const unreadable = unreadableText(text, file, "binary data, not an edge list (NUL or control bytes).");
  if (unreadable) {
    log.diagnostics.push(unreadable);
    return log.result();
  }
  const builder = new NetworkBuilder(log, { repeats: "max", declare: false });
  let sawData = false;
  splitLines(text).forEach((raw, index) => {
    const line = raw.trim();
    if (isComment(line)) return;
    const fields = fieldsOf(line);
    if (!sawData) {
      sawData = true;
      if (isHeader(fields)) return;
    }
    if (fields.length < 2 || fields.length > 3 || (fields.length === 3 && !NUMBER.test(fields[2]!))) {
      log.skip(
        index + 1,
        `line is not a link (two node ids and an optional weight): ${line.slice(0, 40)}. It was skipped.`,
      );
      return;
    }
    builder.addEdge(fields[0]!, fields[1]!, fields[2], index + 1);
  });
  if (!sawData) {
    log.note("error", 0, "no link found (lines of two node ids and an optional weight). Check the file.");
    return log.result({ networks: [] });
  }
  return log.result({ networks: [builder.finish("edge-list")] });
}

/** True when the first data lines (after comments and a possible header) are links, bar one in ten. */
export function sniffEdgeList(text: string): boolean {
  const lines = splitLines(text.slice(0, 65536))
    .map((line) => line.trim())
    .filter((line) => !isComment(line))
    .slice(0, SNIFF_LINES + 1);
  // The last line of the head may be cut short.
  const data = lines.length > SNIFF_LINES ? lines.slice(0, SNIFF_LINES) : lines;
  const rows = data.map(fieldsOf);
  const body = rows.length > 0 && isHeader(rows[0]!) ? rows.slice(1) : rows;
  const linkCount = body.filter(isLink).length;
  return linkCount >= 2 && linkCount >= 0.9 * body.length;
}
