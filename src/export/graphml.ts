/**
 * GraphML writer (http://graphml.graphdrawing.org/specification.html) for igraph, networkx, Cytoscape and
 * yEd. Every node and edge attribute becomes a typed `<key>` (`attr.type` int, long, double, boolean or
 * string, inferred as for GEXF: see gexf-attributes.ts; arrays joined with "|" into strings), so a reader
 * gets numbers back as numbers; `weight` is an ordinary edge key, which igraph and networkx both read as
 * the edge weight. Position (`x`, `y`), size and colour (`#rrggbb`) are plain keys too, which is how
 * Cytoscape and networkx see them.
 *
 * yEd ignores plain keys for drawing and reads only its own extension, so each node and edge also carries
 * yFiles graphics (`<y:ShapeNode>`: a disc of the node's size and colour at its position, with its label;
 * `<y:PolyLineEdge>`: the link's colour and width), unless `yEd: false`. That element comes before the
 * plain data because networkx's reader takes x, y and label from it too (as text, the disc's corner): the
 * plain typed values, written after, win. igraph skips yFiles keys, with a warning that they lack a type.
 */

import { inferAttributes, type GexfAttribute, type GexfType } from "./gexf-attributes";
import { CHUNK_CHARS, formatValue, type ExportGraph } from "./values";
import { hexColor, xml } from "./xml-text";

export interface GraphmlOptions {
  /** string, default none. Written as the graph's `description` data. */
  title?: string;
  /** boolean, default true. Add yEd's yFiles graphics (disc, colour, label, link width) to every element. */
  yEd?: boolean;
}

const GRAPHML_TYPES: Record<GexfType, string> = {
  integer: "int",
  long: "long",
  double: "double",
  boolean: "boolean",
  string: "string",
};

const NAMESPACES = [
  'xmlns="http://graphml.graphdrawing.org/xmlns"',
  'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"',
];
const YED_NAMESPACE = 'xmlns:y="http://www.yworks.com/xml/graphml"';
const SCHEMA =
  'xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd"';
const YED_SCHEMA =
  'xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://www.yworks.com/xml/schema/graphml/1.1/ygraphml.xsd"';

/** A declared key with the opening of its data element written once, not once per element. */
interface Key extends GexfAttribute {
  open: string;
}

/** Drawing attributes that are real numbers even when every value happens to be whole. */
const DRAWING_DOUBLES = new Set(["x", "y", "size"]);

/** The keys of every attribute of `records`, typed from their values; ids `n0…` for nodes, `e0…` for edges. */
function declareKeys(records: Record<string, unknown>[], prefix: "n" | "e"): Key[] {
  return inferAttributes(records, new Set()).map(({ name, type }, i) => ({
    name,
    type: DRAWING_DOUBLES.has(name) && (type === "integer" || type === "long") ? "double" : type,
    open: `<data key="${prefix}${i}">`,
  }));
}

function keyLines(keys: Key[], domain: "node" | "edge"): string[] {
  return keys.map(
    ({ name, type }, i) =>
      `  <key id="${domain[0]}${i}" for="${domain}" attr.name="${xml(name)}" attr.type="${GRAPHML_TYPES[type]}"/>`,
  );
}

/** The `<data>` elements of one node or edge; numbers and booleans need no escaping. */
function dataText(keys: readonly Key[], attributes: Record<string, unknown>): string {
  let text = "";
  for (const { name, open } of keys) {
    const value = formatValue(attributes[name]);
    if (value === undefined) continue;
    const typeOf = typeof attributes[name];
    text += `      ${open}${typeOf === "number" || typeOf === "boolean" ? value : xml(value)}</data>\n`;
  }
  return text;
}

const isFiniteNumber = (value: unknown): value is number => typeof value === "number" && Number.isFinite(value);

/** yEd's disc for a node: centred on (x, −y), since yEd's y axis points down; diameter twice the size. */
function yedNode(attributes: Record<string, unknown>): string {
  const radius = isFiniteNumber(attributes.size) ? attributes.size : 5;
  const x = isFiniteNumber(attributes.x) ? attributes.x : 0;
  const y = isFiniteNumber(attributes.y) ? -attributes.y : 0;
  const fill = hexColor(attributes.color) ?? "#b4b4b4";
  // An empty label is left out: networkx would read an empty NodeLabel as None.
  const label =
    typeof attributes.label === "string" && attributes.label
      ? `<y:NodeLabel>${xml(attributes.label)}</y:NodeLabel>`
      : "";
  return (
    `      <data key="ng"><y:ShapeNode><y:Geometry x="${x - radius}" y="${y - radius}" width="${2 * radius}" ` +
    `height="${2 * radius}"/><y:Fill color="${fill}" transparent="false"/><y:BorderStyle hasColor="false" ` +
    `type="line" width="1.0"/>${label}<y:Shape type="ellipse"/></y:ShapeNode></data>\n`
  );
}

/** yEd's line for an edge: the link's colour and width, no arrows. */
function yedEdge(attributes: Record<string, unknown>): string {
  const width = isFiniteNumber(attributes.size) ? attributes.size : 1;
  const color = hexColor(attributes.color) ?? "#d6d6d6";
  return (
    `      <data key="eg"><y:PolyLineEdge><y:LineStyle color="${color}" type="line" width="${width}"/>` +
    `<y:Arrows source="none" target="none"/></y:PolyLineEdge></data>\n`
  );
}

/** The graph as a GraphML document in pieces that concatenate to the whole (see writeGexfChunks for why). */
export function* writeGraphmlChunks(
  graph: ExportGraph,
  options: GraphmlOptions = {},
): Generator<string, void, undefined> {
  const yEd = options.yEd ?? true;
  const nodeKeys = declareKeys(
    graph.mapNodes((_node, attributes) => attributes),
    "n",
  );
  const edgeKeys = declareKeys(
    graph.mapEdges((_edge, attributes) => attributes),
    "e",
  );
  const defaultType = graph.type === "directed" ? "directed" : "undirected";
  const root = [...NAMESPACES, ...(yEd ? [YED_NAMESPACE, YED_SCHEMA] : [SCHEMA])].join(" ");
  const header = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<graphml ${root}>`,
    ...(options.title ? ['  <key id="g0" for="graph" attr.name="description" attr.type="string"/>'] : []),
    ...(yEd ? ['  <key id="ng" for="node" yfiles.type="nodegraphics"/>'] : []),
    ...(yEd ? ['  <key id="eg" for="edge" yfiles.type="edgegraphics"/>'] : []),
    ...keyLines(nodeKeys, "node"),
    ...keyLines(edgeKeys, "edge"),
    `  <graph id="G" edgedefault="${defaultType}">`,
    ...(options.title ? [`    <data key="g0">${xml(options.title)}</data>`] : []),
  ];
  let text = `${header.join("\n")}\n`;
  for (const { node, attributes } of graph.nodeEntries()) {
    const body = (yEd ? yedNode(attributes) : "") + dataText(nodeKeys, attributes);
    text += body ? `    <node id="${xml(node)}">\n${body}    </node>\n` : `    <node id="${xml(node)}"/>\n`;
    if (text.length >= CHUNK_CHARS) {
      yield text;
      text = "";
    }
  }
  for (const { attributes, source, target, undirected } of graph.edgeEntries()) {
    // Edges are written without their keys: graphology's generated keys differ from one run to the next.
    const type = (undirected ? "undirected" : "directed") === defaultType ? "" : ` directed="${!undirected}"`;
    const head = `<edge source="${xml(source)}" target="${xml(target)}"${type}`;
    const body = (yEd ? yedEdge(attributes) : "") + dataText(edgeKeys, attributes);
    text += body ? `    ${head}>\n${body}    </edge>\n` : `    ${head}/>\n`;
    if (text.length >= CHUNK_CHARS) {
      yield text;
      text = "";
    }
  }
  yield `${text}  </graph>\n</graphml>\n`;
}

/** The graph as one GraphML string: typed keys for every attribute, edge weights, yEd graphics. */
export function writeGraphml(graph: ExportGraph, options: GraphmlOptions = {}): string {
  return [...writeGraphmlChunks(graph, options)].join("");
}
