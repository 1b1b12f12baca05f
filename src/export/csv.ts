/**
 * CSV tables of a graph's nodes and edges (RFC 4180: a header row, comma separators, CRLF line ends, a
 * field quoted when it holds a comma, a double quote or a line break, quotes inside doubled).
 *
 * Against CSV injection (OWASP "CSV Injection"): a spreadsheet runs a cell that starts with `=`, `+`, `-`
 * or `@` (or a tab or carriage return) as a formula, and author names and titles come from files anyone can
 * write. Such a *text* cell is written with a leading apostrophe (`'=HYPERLINK(…)`), which spreadsheets
 * show as text; numbers are written as they are, so a negative number stays a number.
 */

import { METRIC_ATTRIBUTES, VISUAL_ATTRIBUTES, attributeNames, formatValue, type ExportGraph } from "./values";

const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;
const LINE_END = "\r\n";

/** One CSV field: text cells guarded against formulas, then quoted when RFC 4180 requires it. */
export function csvField(value: unknown): string {
  const text = formatValue(value) ?? "";
  const guarded = typeof value !== "number" && FORMULA_START.test(text) ? `'${text}` : text;
  return NEEDS_QUOTES.test(guarded) ? `"${guarded.replace(/"/g, '""')}"` : guarded;
}

function csvTable(header: string[], rows: unknown[][]): string {
  return [header, ...rows].map((row) => row.map(csvField).join(",") + LINE_END).join("");
}

/** Default node columns: key, label, the metrics present (contract order), then the other data attributes. */
function defaultNodeColumns(graph: ExportGraph): string[] {
  const present = attributeNames(
    graph.mapNodes((_node, attributes) => attributes),
    VISUAL_ATTRIBUTES,
  );
  const metrics = METRIC_ATTRIBUTES.filter((name) => present.includes(name));
  const others = present.filter((name) => name !== "label" && !METRIC_ATTRIBUTES.includes(name));
  return ["key", "label", ...metrics, ...others];
}

/** One row per node; `columns` are attribute names ("key" is the node key), by default every data attribute. */
export function writeNodesCsv(graph: ExportGraph, columns: string[] = defaultNodeColumns(graph)): string {
  const rows = graph.mapNodes((node, attributes) => columns.map((name) => (name === "key" ? node : attributes[name])));
  return csvTable(columns, rows);
}

/** One row per edge: source and target keys and labels, weight, then the other data attributes. */
export function writeEdgesCsv(graph: ExportGraph): string {
  const skip = new Set([...VISUAL_ATTRIBUTES, "weight"]);
  const others = attributeNames(
    graph.mapEdges((_edge, attributes) => attributes),
    skip,
  );
  const header = ["source", "target", "sourceLabel", "targetLabel", "weight", ...others];
  const rows = graph.mapEdges((_edge, attributes, source, target, sourceAttributes, targetAttributes) => [
    source,
    target,
    sourceAttributes.label,
    targetAttributes.label,
    attributes.weight,
    ...others.map((name) => attributes[name]),
  ]);
  return csvTable(header, rows);
}
