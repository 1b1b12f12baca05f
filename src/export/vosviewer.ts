/**
 * VOSviewer map and network files, as VOSviewer's documentation describes them ("VOSviewer map and network
 * files", https://app.vosviewer.com/docs/file-types/map-and-network-file-type/, and the VOSviewer Manual
 * 1.6.x, section "Map and network files"), so that a VOSviewer user opens papergraph's disambiguated
 * network with *Create → Create a map based on network data*.
 *
 * The map file is tab-delimited with a header line: `id` (1…n in graph order), `label`, `x`, `y` (the
 * layout's positions), `cluster` (the Louvain community + 1: VOSviewer wants an integer between 1 and 1000,
 * so communities past the 999th share cluster 1000), then one `weight<…>` column per metric — VOSviewer's
 * own names for degree (`Links`), weighted degree (`Total link strength`) and papers (`Documents`), the
 * registry's labels for the others (all are non-negative, as a weight must be) — and `score<First year>` /
 * `score<Last year>` for the overlay view. A column is written only when every node has a finite value.
 * The network file has no header and one line per link: the two ids and the link's strength (joint papers).
 *
 * Labels are the only text. The documentation asks for a label holding a comma or semicolon to be enclosed
 * in double quotes; one holding a double quote is enclosed too, with the quote doubled (the usual CSV rule,
 * which the documentation does not spell out). Tabs and line breaks, which would split the record, become
 * spaces. The documentation recommends spreadsheet software for these files, so a label that a spreadsheet
 * would run as a formula (starting with =, +, - or @) is written with a leading apostrophe, as in the CSV
 * export.
 */

import { NODE_METRICS } from "../metrics";
import type { ExportGraph } from "./values";

export interface VosviewerFiles {
  /** The map file: items with their ids, labels, positions, clusters, weights and scores. */
  map: string;
  /** The network file: one link per line, `id1<TAB>id2<TAB>strength`. */
  network: string;
}

/** Highest cluster number VOSviewer accepts. */
const MAX_CLUSTER = 1000;
const LINE_END = "\r\n";

/** Map-file columns after id and label: header and the node attribute it holds. */
const COLUMNS: readonly { header: string; attribute: string }[] = [
  { header: "x", attribute: "x" },
  { header: "y", attribute: "y" },
  { header: "cluster", attribute: "community" },
  { header: "weight<Documents>", attribute: "paperCount" },
  ...NODE_METRICS.map(({ key, label }) => ({
    header: `weight<${key === "degree" ? "Links" : key === "weightedDegree" ? "Total link strength" : label}>`,
    attribute: key,
  })),
  { header: "score<First year>", attribute: "firstYear" },
  { header: "score<Last year>", attribute: "lastYear" },
];

const FORMULA_START = /^[=+\-@]/;

/** A label as one field of a tab-delimited line (see the header). */
export function vosviewerLabel(label: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are what is replaced.
  const flat = label.replace(/[\u0000-\u001f\u007f\u2028\u2029]/g, " ");
  const guarded = FORMULA_START.test(flat) ? `'${flat}` : flat;
  return /[,;"]/.test(guarded) ? `"${guarded.replace(/"/g, '""')}"` : guarded;
}

const isFiniteNumber = (value: unknown): value is number => typeof value === "number" && Number.isFinite(value);

/** The text of a column's value: the cluster number, or the number as it is. */
function cell(attribute: string, value: number): string {
  return attribute === "community" ? String(Math.min(Math.trunc(value) + 1, MAX_CLUSTER)) : String(value);
}

/** The graph as VOSviewer map and network files. */
export function writeVosviewer(graph: ExportGraph): VosviewerFiles {
  const columns = COLUMNS.filter(({ attribute }) =>
    graph.everyNode((_node, attributes) => isFiniteNumber(attributes[attribute])),
  );
  const ids = new Map<string, number>();
  const rows = [["id", "label", ...columns.map((column) => column.header)].join("\t")];
  for (const { node, attributes } of graph.nodeEntries()) {
    ids.set(node, ids.size + 1);
    const label = typeof attributes.label === "string" && attributes.label !== "" ? attributes.label : node;
    const values = columns.map(({ attribute }) => cell(attribute, attributes[attribute] as number));
    rows.push([String(ids.size), vosviewerLabel(label), ...values].join("\t"));
  }
  const links = graph.mapEdges((_edge, attributes, source, target) => {
    const strength = isFiniteNumber(attributes.weight) ? attributes.weight : 1;
    return `${ids.get(source)}\t${ids.get(target)}\t${strength}`;
  });
  const text = (lines: string[]) => lines.map((line) => line + LINE_END).join("");
  return { map: text(rows), network: text(links) };
}
