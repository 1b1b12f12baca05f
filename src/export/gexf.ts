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

import { pendingLinks } from "../graphs";
import { inferAttributes, type GexfAttribute } from "./gexf-attributes";
import { CHUNK_CHARS, formatValue, LIST_SEPARATOR, type ExportGraph } from "./values";
import { utf8, XmlBytes } from "./xml-bytes";
import { parseColor, xml } from "./xml-text";

/**
 * Bytes per chunk written to a file: 276 MB written from a buffer in chunks of 32 KB took 0.075 s of system
 * CPU, in chunks of 256 KB 0.06 s (best of three); a megabyte gained nothing more.
 */
const CHUNK_BYTES = 262_144;

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

/** Indent of an element's children. */
const INDENT = "        ";

/** The viz:color line of each colour, remembered: a network has a handful of colours over millions of elements. */
function colorLines(): (color: unknown) => Uint8Array | undefined {
  const cache = new Map<unknown, Uint8Array | undefined>();
  return (color) => {
    if (cache.has(color)) return cache.get(color);
    const attributes = colorAttributes(color);
    const line = attributes === undefined ? undefined : utf8(`${INDENT}<viz:color ${attributes}/>\n`);
    if (typeof color === "string") cache.set(color, line);
    return line;
  };
}

/**
 * A model attribute with its attvalue opening written once, not once per element: as the element's first
 * value (after the attvalues opening) and as a next one (after the previous value's closing).
 */
interface ModelEntry {
  name: string;
  first: Uint8Array;
  next: Uint8Array;
}

const modelEntries = (model: GexfAttribute[]): ModelEntry[] =>
  model.map(({ name }) => {
    const open = `${INDENT}  <attvalue for="${xml(name)}" value="`;
    return { name, first: utf8(`${INDENT}<attvalues>\n${open}`), next: utf8(`"/>\n${open}`) };
  });

function declarationLines(model: GexfAttribute[], kind: "node" | "edge"): string[] {
  if (!model.length) return [];
  const lines = model.map(
    ({ name, type }) => `      <attribute id="${xml(name)}" title="${xml(name)}" type="${type}"/>`,
  );
  return [`    <attributes class="${kind}">`, ...lines, "    </attributes>"];
}

/** The fixed markup of elements, as bytes. */
const MARKUP = {
  node: utf8('      <node id="'),
  nodeEnd: utf8("      </node>\n"),
  edge: utf8('      <edge id="'),
  source: utf8('" source="'),
  target: utf8('" target="'),
  weight: utf8(' weight="'),
  label: utf8(' label="'),
  attvaluesEnd: utf8(`"/>\n${INDENT}</attvalues>\n`),
  size: utf8(`${INDENT}<viz:size value="`),
  thickness: utf8(`${INDENT}<viz:thickness value="`),
  position: utf8(`${INDENT}<viz:position x="`),
  edgeEnd: utf8("      </edge>\n"),
};

/**
 * An attribute's value as formatValue writes it, escaped, after `open`, its attvalue opening; false
 * (nothing written) when there is none. Its closing is written by what comes next.
 */
function writeValue(out: XmlBytes, open: Uint8Array, raw: unknown): boolean {
  if (typeof raw === "number") {
    if (!Number.isFinite(raw)) return false;
    out.bytes(open);
    out.number(raw);
  } else if (typeof raw === "string") {
    out.bytes(open);
    out.text(raw);
  } else if (typeof raw === "boolean") {
    out.bytes(open);
    out.ascii(raw ? "true" : "false");
  } else if (Array.isArray(raw)) {
    out.bytes(open);
    // The items escaped one by one are the list escaped whole: the separator keeps apart any two surrogates.
    for (let i = 0; i < raw.length; i++) {
      if (i > 0) out.ascii(LIST_SEPARATOR);
      const item: unknown = raw[i];
      out.text(typeof item === "string" ? item : (formatValue(item) ?? ""));
    }
  } else {
    const value = formatValue(raw);
    if (value === undefined) return false;
    out.bytes(open);
    out.text(value);
  }
  return true;
}

/**
 * The rest of one `<node>` or `<edge>` element, after its opening tag's `id` and head attributes: the label,
 * attvalues and viz elements, or `/>` when it has none of the last two.
 */
function writeElementBody(
  out: XmlBytes,
  isEdge: boolean,
  model: readonly ModelEntry[],
  attributes: Record<string, unknown>,
  color: Uint8Array | undefined,
): void {
  if (typeof attributes.label === "string") {
    out.bytes(MARKUP.label);
    out.text(attributes.label);
    out.ascii('"');
  }
  // Written as if the element had a body, then taken back to `/>` if nothing was in it.
  const end = out.length;
  out.ascii(">\n");
  const body = out.length;
  let written = false;
  for (const { name, first, next } of model)
    if (writeValue(out, written ? next : first, attributes[name])) written = true;
  if (written) out.bytes(MARKUP.attvaluesEnd);
  if (color) out.bytes(color);
  const size = attributes.size;
  if (isFiniteNumber(size)) {
    out.bytes(isEdge ? MARKUP.thickness : MARKUP.size);
    out.number(size);
    out.ascii('"/>\n');
  }
  const { x, y } = attributes;
  if (!isEdge && isFiniteNumber(x) && isFiniteNumber(y)) {
    // z is required by the GEXF viz schema even for a flat layout.
    out.bytes(MARKUP.position);
    out.number(x);
    out.ascii('" y="');
    out.number(y);
    out.ascii('" z="0"/>\n');
  }
  if (out.length === body) {
    out.length = end;
    out.ascii("/>\n");
  } else out.bytes(isEdge ? MARKUP.edgeEnd : MARKUP.nodeEnd);
}

/** The graph's links in graph order: link i's attributes (valid until the next link's are asked), ends and type. */
interface LinkColumns {
  count: number;
  attributes(link: number): Record<string, unknown>;
  source(link: number): string;
  target(link: number): string;
  undirected(link: number): boolean;
}

/**
 * The links read in one walk (forEachEdge), which the attribute model and the writing then index: reading
 * them through edgeEntries() made an entry object per link, 0.64 s of the 8.1 s of GEXF on 100,000 generated
 * works (2.16M links) in a CPU profile. Links still pending beside the graph (graphs/pending-links.ts) are
 * read from their tables and stay pending, each into one reused row (attributesInto), which the attribute
 * model and the writing use at once: the same values as the graph's objects, undefined for a key a link's
 * object lacks, which neither writes nor types. Holding all 2.16M objects at once took the whole run's
 * [gexf] to 21.3 s (2026-12-02 16:10, load 3-4; main 5.3-5.6 s); making each twice cost 0.5-1.3 s.
 */
function linkColumns(graph: ExportGraph): LinkColumns {
  const pending = pendingLinks(graph);
  if (pending) {
    const { nodes, source, target } = pending;
    const row: Record<string, unknown> = {};
    return {
      count: source.length,
      attributes: (link) => {
        pending.attributesInto(link, row);
        return row;
      },
      source: (link) => nodes[source[link]!]!,
      target: (link) => nodes[target[link]!]!,
      undirected: () => true,
    };
  }
  const attributes = new Array<Record<string, unknown>>(graph.size);
  const sources = new Array<string>(graph.size);
  const targets = new Array<string>(graph.size);
  const undirected = new Uint8Array(graph.size);
  let i = 0;
  graph.forEachEdge((_edge, edgeAttributes, source, target, _sourceAttributes, _targetAttributes, isUndirected) => {
    attributes[i] = edgeAttributes;
    sources[i] = source;
    targets[i] = target;
    undirected[i++] = isUndirected ? 1 : 0;
  });
  return {
    count: attributes.length,
    attributes: (link) => attributes[link]!,
    source: (link) => sources[link]!,
    target: (link) => targets[link]!,
    undirected: (link) => undirected[link] === 1,
  };
}

/** Each link's attributes in order, for the attribute model. */
function* linkAttributes(links: LinkColumns): Generator<Record<string, unknown>> {
  for (let link = 0; link < links.count; link++) yield links.attributes(link);
}

/**
 * The graph as a GEXF document (1.3 unless `options.version` says 1.2), in UTF-8 chunks of about
 * `chunkBytes` (header, blocks of elements, footer) that concatenate to the whole. Each chunk is a view of
 * one reused buffer, valid until the next is asked for: write it (or copy it) before going on. With
 * `deferNumbers` the numbers other than whole ones are left as marks for XmlBytes.expand (see xml-bytes.ts),
 * which turns the chunks into the document's bytes, on another thread if the caller has one.
 */
export function* writeGexfBytes(
  graph: ExportGraph,
  options: GexfOptions = {},
  chunkBytes = CHUNK_BYTES,
  deferNumbers = false,
): Generator<Uint8Array, void, undefined> {
  const nodeModel = inferAttributes(
    graph.mapNodes((_node, attributes) => attributes),
    NODE_RESERVED,
  );
  const links = linkColumns(graph);
  const edgeModel = inferAttributes(linkAttributes(links), EDGE_RESERVED);
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
  const out = new XmlBytes(chunkBytes, deferNumbers);
  out.escaped(`${header.join("\n")}\n`);
  const color = colorLines();
  const nodes = modelEntries(nodeModel);
  for (const { node, attributes } of graph.nodeEntries()) {
    out.bytes(MARKUP.node);
    out.text(node);
    out.ascii('"');
    writeElementBody(out, false, nodes, attributes, color(attributes.color));
    if (out.full()) yield out.take();
  }
  out.ascii("    </nodes>\n    <edges>\n");
  const edges = modelEntries(edgeModel);
  // Edges are numbered in graph order rather than written with their keys: graphology's generated keys
  // carry a random per-graph prefix, which would make two exports of the same analysis differ.
  for (let index = 0; index < links.count; index++) {
    const attributes = links.attributes(index);
    out.bytes(MARKUP.edge);
    out.digits(index);
    out.bytes(MARKUP.source);
    out.textAgain(links.source(index));
    out.bytes(MARKUP.target);
    out.text(links.target(index));
    out.ascii('"');
    const edgeType = links.undirected(index) ? "undirected" : "directed";
    if (edgeType !== defaultType) out.ascii(` type="${edgeType}"`);
    const weight = attributes.weight;
    if (isFiniteNumber(weight)) {
      out.bytes(MARKUP.weight);
      out.number(weight);
      out.ascii('"');
    }
    writeElementBody(out, true, edges, attributes, color(attributes.color));
    if (out.full()) yield out.take();
  }
  out.ascii("    </edges>\n  </graph>\n</gexf>\n");
  yield out.take();
}

/**
 * The graph as a GEXF document in string pieces that concatenate to the whole (writeGexfBytes decoded). A
 * network of millions of links makes a document longer than the longest string a JavaScript engine holds
 * (about 512 MB in V8), so large exports are written piece by piece.
 */
export function* writeGexfChunks(graph: ExportGraph, options: GexfOptions = {}): Generator<string, void, undefined> {
  const decoder = new TextDecoder();
  // Chunks of CHUNK_CHARS bytes decode to strings of about CHUNK_CHARS characters (see values.ts).
  for (const chunk of writeGexfBytes(graph, options, CHUNK_CHARS)) yield decoder.decode(chunk);
}

/** The graph as one GEXF string (1.3 unless asked): typed attributes, edge weights, viz colour/size/position. */
export function writeGexf(graph: ExportGraph, options: GexfOptions = {}): string {
  return [...writeGexfChunks(graph, options)].join("");
}
