/**
 * How attribute values become text in every export format, and which attribute names the exports treat
 * specially. Arrays (an edge's `papers`, a paper's `categories`) are joined with "|" into one string, since
 * neither CSV nor the GEXF readers we target (Gephi, networkx, lxml) agree on a list syntax; numbers that
 * are not finite are left empty rather than written as "NaN" or "Infinity".
 */

import type Graph from "graphology";
import { NODE_METRICS } from "../metrics";
import { numberSlot, SLOT_BITS } from "./number-slot";

/**
 * A network as the exports see it: attributes read by name, whatever the network (every attribute of
 * the contract and any other a graph carries is written). Graph attributes are typed too: graphology's
 * default for them would be `{ [name: string]: any }`.
 */
export type ExportGraph = Graph<Record<string, unknown>, Record<string, unknown>, Record<string, unknown>>;

/** The metric node attributes of the contract, in the order exports list them (the metrics registry's order). */
export const METRIC_ATTRIBUTES: readonly string[] = [
  ...NODE_METRICS.map((metric) => metric.key),
  "community",
  "component",
];

/**
 * Attributes that are real numbers even when every value happens to be whole (betweenness is 0 on every
 * node of a complete graph): typing them by their values would declare them integer.
 */
export const DOUBLE_ATTRIBUTES: ReadonlySet<string> = new Set([
  ...NODE_METRICS.filter((metric) => !metric.isInteger).map((metric) => metric.key),
  "fractional",
  "association",
  "firstAuthorShare",
  "lastAuthorShare",
  "burstWeight",
]);

/** Presentation attributes written by the layout and appearance stages. */
export const VISUAL_ATTRIBUTES: ReadonlySet<string> = new Set(["x", "y", "size", "color"]);

/**
 * Characters per piece of a document written in pieces (GEXF, GraphML). A piece is built by appending
 * strings, and the file writer flattens it: a piece under V8's largest young-generation object (128 KB;
 * 32K characters is 64 KB even in two bytes a character) is flattened and freed in the young generation,
 * where pieces of 1,000 elements (about 550 KB of links) went to the large-object space — the GEXF of a
 * 20,000-work network (276 MB) took 1.8–2.0 s of CPU against 3.6 s (best of 3 each).
 */
export const CHUNK_CHARS = 32_768;

/** Separator of joined array values. */
export const LIST_SEPARATOR = "|";

/**
 * The text of a finite number, exactly String(value) (JSON writes a finite number as its ToString). V8's
 * String() goes through its number-to-string cache, which keeps the last few thousand texts alive: each
 * young-generation collection during an export copied and promoted about 0.5 MB of them (GEXF of 20,000
 * works: 15 MB into the old generation, its 2.16M-link 100k counterpart about 170 MB). JSON.stringify skips
 * that cache and writes a double 2.3× faster (10M random doubles: 1.3 s against 3.0 s of CPU).
 *
 * Texts are remembered in a small direct-mapped table indexed by a hash of the number's bits: an export
 * repeats its values (years, weights, sizes, the fractional counts of a paper's pairs: the 3.1M numbers of
 * the 20,000-work GEXF hold 0.13M distinct ones), and 85% of them are found in the table's 4,096 slots,
 * which String()'s cache also served but JSON.stringify alone does not. A lookup allocates nothing, and
 * the table, unlike a Map of every value met, does not grow with the network. GEXF CPU, best of 2-3 in
 * one process after the analysis, writers alternated: 20,000 works 1.69 s with JSON.stringify alone, 1.49
 * with String(), 1.47 with the table; 100,000 works 9.5, 8.5 and 7.9 s.
 */
export function numberText(value: number): string {
  const slot = numberSlot(value);
  // NaN never equals itself, so an empty slot (NaN) matches nothing; 0 and -0 share "0", as in String().
  if (slotNumbers[slot] === value) return slotTexts[slot]!;
  const text = JSON.stringify(value);
  slotNumbers[slot] = value;
  slotTexts[slot] = text;
  return text;
}

const slotNumbers = new Float64Array(1 << SLOT_BITS).fill(NaN);
const slotTexts: string[] = new Array<string>(1 << SLOT_BITS).fill("");

/** The text of one attribute value, or undefined when there is nothing to write. */
export function formatValue(value: unknown): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === "number") return Number.isFinite(value) ? numberText(value) : undefined;
  if (typeof value === "string") return value;
  if (typeof value === "boolean") return value ? "true" : "false";
  if (Array.isArray(value)) return formatList(value);
  return JSON.stringify(value);
}

/** The items of a list joined with LIST_SEPARATOR, an item with nothing to write as "" (no mapped copy). */
function formatList(items: readonly unknown[]): string {
  let text = "";
  for (let i = 0; i < items.length; i++) {
    if (i > 0) text += LIST_SEPARATOR;
    text += formatValue(items[i]) ?? "";
  }
  return text;
}

/** Every attribute name used by `records`, in first-seen order, without `skip`ped ones. */
export function attributeNames(records: Iterable<Record<string, unknown>>, skip: ReadonlySet<string>): string[] {
  const names = new Set<string>();
  for (const record of records) {
    // for…in lists a record's keys without an array per record (two million links in a CSV export); V8
    // turns hasOwnProperty.call in it, not Object.hasOwn, into an enum-cache check (measured 1.4× faster).
    for (const name in record)
      if (Object.prototype.hasOwnProperty.call(record, name) && !skip.has(name)) names.add(name);
  }
  return [...names];
}
