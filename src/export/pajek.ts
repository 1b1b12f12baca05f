/**
 * Pajek `.net` writer, as Pajek's own description of the format gives it
 * (http://mrvar.fdv.uni-lj.si/pajek/DrawEPS.htm): `*Vertices n`, one line per vertex `number "label" x y z`
 * with the coordinates between 0 and 1, then `*Edges` (undirected links) or `*Arcs` (directed), one line
 * `from to weight` each, vertices numbered from 1 in graph order.
 *
 * Coordinates (optional) are the layout's positions scaled into [0.05, 0.95] with the same factor on both
 * axes, so the picture keeps its shape, and y turned downwards as on a screen; z is 0.5, as Pajek writes a
 * flat picture.
 *
 * Labels: the format has no escape inside a quoted label, and its readers differ: igraph ends a label at
 * the next double quote whatever precedes it, networkx splits the line with Python's shlex, for which a
 * backslash escapes a following quote or backslash. So a label is written with each double quote turned
 * into an apostrophe, each backslash into a slash and each control character (line breaks included, which
 * would start a new record) into a space — then both read exactly what is written. An empty label is
 * written as the node's key. Labels need not be unique: igraph keeps same-named vertices apart, networkx's
 * read_pajek keys nodes by label and so merges them.
 */

import type { ExportGraph } from "./values";

export interface PajekOptions {
  /** string, default none. Written on a `*Network` line (networkx reads it as the graph's name). */
  title?: string;
  /** boolean, default true. Write each vertex's position (when every node has one). */
  coordinates?: boolean;
}

/** The label as it can be written between double quotes (see the header). */
export function pajekLabel(label: string): string {
  const flat = label.replace(/"/g, "'").replace(/\\/g, "/");
  // eslint-disable-next-line no-control-regex -- control characters are what is replaced.
  return flat.replace(/[\u0000-\u001f\u007f\u2028\u2029]/g, " ");
}

/** A coordinate with at most six decimals (Pajek's own files have four). */
const number = (value: number): string => String(Math.round(value * 1e6) / 1e6);

/** Node → "x y z" in [0, 1], or undefined when a node has no position. */
function scaledPositions(graph: ExportGraph): Map<string, string> | undefined {
  const points = new Map<string, [number, number]>();
  for (const { node, attributes } of graph.nodeEntries()) {
    const { x, y } = attributes;
    if (typeof x !== "number" || typeof y !== "number" || !Number.isFinite(x) || !Number.isFinite(y)) return undefined;
    points.set(node, [x, y]);
  }
  const xs = [...points.values()].map(([x]) => x);
  const ys = [...points.values()].map(([, y]) => y);
  const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const span = Math.max(maxX - minX, maxY - minY) || 1;
  const scale = 0.9 / span;
  const centreX = (minX + maxX) / 2;
  const centreY = (minY + maxY) / 2;
  const scaled = new Map<string, string>();
  for (const [node, [x, y]] of points)
    scaled.set(node, `${number(0.5 + (x - centreX) * scale)} ${number(0.5 - (y - centreY) * scale)} 0.5`);
  return scaled;
}

/** The graph as a Pajek `.net` document: labelled vertices (with coordinates), weighted edges and arcs. */
export function writePajek(graph: ExportGraph, options: PajekOptions = {}): string {
  const lines: string[] = [];
  if (options.title) lines.push(`*Network ${pajekLabel(options.title)}`);
  lines.push(`*Vertices ${graph.order}`);
  const numbers = new Map<string, number>();
  const positions = (options.coordinates ?? true) && graph.order > 0 ? scaledPositions(graph) : undefined;
  for (const { node, attributes } of graph.nodeEntries()) {
    numbers.set(node, numbers.size + 1);
    const label = typeof attributes.label === "string" && attributes.label !== "" ? attributes.label : node;
    const position = positions ? ` ${positions.get(node)}` : "";
    lines.push(`${numbers.size} "${pajekLabel(label)}"${position}`);
  }
  const edges: string[] = [];
  const arcs: string[] = [];
  for (const { source, target, attributes, undirected } of graph.edgeEntries()) {
    const weight = typeof attributes.weight === "number" && Number.isFinite(attributes.weight) ? attributes.weight : 1;
    (undirected ? edges : arcs).push(`${numbers.get(source)} ${numbers.get(target)} ${weight}`);
  }
  if (edges.length || !arcs.length) lines.push("*Edges", ...edges);
  if (arcs.length) lines.push("*Arcs", ...arcs);
  return `${lines.join("\r\n")}\r\n`;
}
