/**
 * GEXF writer, version 1.3 (https://gexf.net/schema.html) or 1.2draft, the version networkx's read_gexf
 * (2.x and 3.x) and older tools read: only the namespaces, the version number and the schema location
 * differ, every attribute, weight and viz element is the same in both. We write the
 * XML ourselves rather than through graphology-gexf's writer because that writer types each attribute from
 * its values (a betweenness that is 0 everywhere is declared integer), writes list values unquoted (a
 * title with a comma splits into two items on reading), writes edge widths as viz:size instead of
 * viz:thickness, and copies control characters that XML 1.0 forbids. Here every metric is typed (see
 * gexf-attributes.ts), edge `weight` is the GEXF edge weight, `label` the GEXF label, node
 * `x`/`y`/`size`/`color` and edge `size`/`color` the viz elements, and arrays are joined with "|" into
 * string attributes. Colours are written as r/g/b(/a), which GEXF 1.2 and 1.3 readers all understand.
 */

import { inferAttributes, type GexfAttribute } from "./gexf-attributes";
import { CHUNK_CHARS, formatValue, numberText, type ExportGraph } from "./values";
import { parseColor, xml } from "./xml-text";

export interface GexfOptions {
  /** string, default none. Written as the meta `description` (GEXF 1.3 meta has no title element). */
  title?: string;
  /** string, default "papergraph". Written as the meta `creator`. */
  creator?: string;
  /**
   * "1.3" | "1.2", default "1.3". "1.2" writes GEXF 1.2draft (the only 1.2 ever published), for readers
   * that know no 1.3, such as networkx's read_gexf (2.x, 3.x); Gephi reads both.
   */
  version?: GexfVersion;
}

export type GexfVersion = "1.3" | "1.2";

/** The GEXF versions a user may ask for, newest first. */
export const GEXF_VERSIONS: readonly GexfVersion[] = ["1.3", "1.2"];

/** Namespace of each version; the viz namespace is that plus "/viz", the schema that plus "/gexf.xsd". */
const NAMESPACE: Record<GexfVersion, string> = {
  "1.3": "http://gexf.net/1.3",
  "1.2": "http://www.gexf.net/1.2draft",
};

/** The attributes of the root element: namespaces, schema location and version. */
function rootAttributes(version: GexfVersion): string {
  const ns = NAMESPACE[version];
  return [
    `xmlns="${ns}"`,
    `xmlns:viz="${ns}/viz"`,
    'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"',
    `xsi:schemaLocation="${ns} ${ns}/gexf.xsd"`,
    `version="${version}"`,
  ].join(" ");
}

const NODE_RESERVED = new Set(["label", "x", "y", "size", "color"]);
const EDGE_RESERVED = new Set(["label", "weight", "size", "color"]);

const COLOR_CHANNELS = ["r", "g", "b", "a"];

function isFiniteNumber(value: unknown): value is number {
  return typeof value === "number" && Number.isFinite(value);
}

/** `r="…" g="…" b="…"` (and `a`) for a `#rgb`, `#rrggbb`, `rgb()` or `rgba()` colour; undefined otherwise. */
function colorAttributes(color: unknown): string | undefined {
  const rgba = parseColor(color);
  if (!rgba) return undefined;
  const channels = [rgba.r, rgba.g, rgba.b, ...(rgba.a === undefined ? [] : [rgba.a])];
  return channels.map((value, i) => `${COLOR_CHANNELS[i]}="${value}"`).join(" ");
}

/** colorAttributes, remembered per colour: a network has a handful of colours over millions of elements. */
function colorCache(): (color: unknown) => string | undefined {
  const cache = new Map<unknown, string | undefined>();
  return (color) => {
    if (cache.has(color)) return cache.get(color);
    const text = colorAttributes(color);
    if (typeof color === "string") cache.set(color, text);
    return text;
  };
}

/** The attvalue lines of one element ("" when it has none); numbers and booleans need no escaping. */
function attvalueText(model: readonly ModelEntry[], attributes: Record<string, unknown>): string {
  let text = "";
  for (const { name, open } of model) {
    const raw = attributes[name];
    const value = formatValue(raw);
    if (value === undefined) continue;
    text += `${open}${typeof raw === "number" || typeof raw === "boolean" ? value : xml(value)}"/>\n`;
  }
  return text && `${INDENT}<attvalues>\n${text}${INDENT}</attvalues>\n`;
}

/** viz elements of a node (color, size, position) or an edge (color, thickness), each line ending in a newline. */
function vizText(attributes: Record<string, unknown>, isEdge: boolean, color: string | undefined): string {
  let text = "";
  if (color) text += `${INDENT}<viz:color ${color}/>\n`;
  if (isFiniteNumber(attributes.size))
    text += `${INDENT}<viz:${isEdge ? "thickness" : "size"} value="${numberText(attributes.size)}"/>\n`;
  if (!isEdge && isFiniteNumber(attributes.x) && isFiniteNumber(attributes.y)) {
    // z is required by the GEXF viz schema even for a flat layout.
    text += `${INDENT}<viz:position x="${numberText(attributes.x)}" y="${numberText(attributes.y)}" z="0"/>\n`;
  }
  return text;
}

function declarationLines(model: GexfAttribute[], kind: "node" | "edge"): string[] {
  if (!model.length) return [];
  const lines = model.map(
    ({ name, type }) => `      <attribute id="${xml(name)}" title="${xml(name)}" type="${type}"/>`,
  );
  return [`    <attributes class="${kind}">`, ...lines, "    </attributes>"];
}

/** Indent of an element's children. */
const INDENT = "        ";

/** A model attribute with its attvalue opening written once, not once per element. */
interface ModelEntry {
  name: string;
  open: string;
}

const modelEntries = (model: GexfAttribute[]): ModelEntry[] =>
  model.map(({ name }) => ({ name, open: `${INDENT}  <attvalue for="${xml(name)}" value="` }));

/** One `<node>` or `<edge>` element, newline-terminated: opening tag with `head` XML attributes, attvalues, viz. */
function elementText(
  tag: string,
  head: string,
  model: readonly ModelEntry[],
  attributes: Record<string, unknown>,
  color: string | undefined,
): string {
  const label = typeof attributes.label === "string" ? ` label="${xml(attributes.label)}"` : "";
  const body = attvalueText(model, attributes) + vizText(attributes, tag === "edge", color);
  if (!body) return `      <${tag} ${head}${label}/>\n`;
  return `      <${tag} ${head}${label}>\n${body}      </${tag}>\n`;
}

/**
 * The graph as a GEXF document (1.3 unless `options.version` says 1.2), in pieces (header, blocks of elements, footer) that concatenate to
 * the whole. A network of millions of links makes a document longer than the longest string a JavaScript
 * engine holds (about 512 MB in V8), so large exports are written piece by piece.
 */
export function* writeGexfChunks(graph: ExportGraph, options: GexfOptions = {}): Generator<string, void, undefined> {
  const nodeModel = inferAttributes(
    graph.mapNodes((_node, attributes) => attributes),
    NODE_RESERVED,
  );
  const edgeModel = inferAttributes(
    graph.mapEdges((_edge, attributes) => attributes),
    EDGE_RESERVED,
  );
  const defaultType = graph.type === "directed" ? "directed" : "undirected";
  const header = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<gexf ${rootAttributes(options.version ?? "1.3")}>`,
    "  <meta>",
    `    <creator>${xml(options.creator ?? "papergraph")}</creator>`,
    ...(options.title ? [`    <description>${xml(options.title)}</description>`] : []),
    "  </meta>",
    `  <graph mode="static" defaultedgetype="${defaultType}">`,
    ...declarationLines(nodeModel, "node"),
    ...declarationLines(edgeModel, "edge"),
    "    <nodes>",
  ];
  // Elements are appended to one string per chunk: no per-line arrays, no join.
  let text = `${header.join("\n")}\n`;
  const full = () => text.length >= CHUNK_CHARS;
  const take = () => {
    const piece = text;
    text = "";
    return piece;
  };
  const color = colorCache();
  const nodes = modelEntries(nodeModel);
  for (const { node, attributes } of graph.nodeEntries()) {
    text += elementText("node", `id="${xml(node)}"`, nodes, attributes, color(attributes.color));
    if (full()) yield take();
  }
  text += "    </nodes>\n    <edges>\n";
  const edges = modelEntries(edgeModel);
  // Edges are numbered in graph order rather than written with their keys: graphology's generated keys
  // carry a random per-graph prefix, which would make two exports of the same analysis differ.
  let index = 0;
  for (const { attributes, source, target, undirected } of graph.edgeEntries()) {
    const edgeType = undirected ? "undirected" : "directed";
    const type = edgeType === defaultType ? "" : ` type="${edgeType}"`;
    const weight = isFiniteNumber(attributes.weight) ? ` weight="${numberText(attributes.weight)}"` : "";
    const head = `id="${index++}" source="${xml(source)}" target="${xml(target)}"${type}${weight}`;
    text += elementText("edge", head, edges, attributes, color(attributes.color));
    if (full()) yield take();
  }
  text += "    </edges>\n  </graph>\n</gexf>\n";
  yield take();
}

/** The graph as one GEXF string (1.3 unless asked): typed attributes, edge weights, viz colour/size/position. */
export function writeGexf(graph: ExportGraph, options: GexfOptions = {}): string {
  return [...writeGexfChunks(graph, options)].join("");
}
