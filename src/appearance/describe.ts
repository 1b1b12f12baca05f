/**
 * The appearance of a graph as plain data: which attribute sizes the nodes and through which scale, which
 * attribute colours them (categories with their colours and counts, or a sequential gradient), and how edge
 * weights map to widths. The browser legends, the GEXF viz and assignAppearance all read this one object,
 * so what a legend says is exactly what was drawn.
 */

import type Graph from "graphology";
import type { EdgeDisplay, LinkTable, NetworkGraphAttributes, NodeDisplay } from "../model";
import {
  CATEGORY_PALETTE,
  EDGE_COLOR,
  OTHER_COLOR,
  categoryColor,
  sequentialColor,
  sequentialStopValues,
} from "./palette";
import { EDGE_SIZE_RANGE, NODE_SIZE_RANGE, describeSize, numericExtent, type SizeLegend } from "./scales";

/**
 * A network as the appearance stage sees it: nodes whose attributes it reads by name (any metric or
 * property may size or colour them) and whose size and colour it writes; links whose `weight` sets
 * their width.
 */
export type AppearanceGraph = Graph<
  NodeDisplay & Record<string, unknown>,
  EdgeDisplay & { weight?: number } & Record<string, unknown>,
  NetworkGraphAttributes
>;

export interface AppearanceOptions {
  /** string, default "weightedDegree". Numeric node attribute mapped to node size (square-root scale). */
  sizeBy?: string;
  /**
   * string, default "community". Node attribute mapped to colour: categorical for `community`, `component`
   * and any attribute holding strings or booleans (e.g. `kind`); sequential for other numbers (e.g. `firstYear`).
   */
  colorBy?: string;
  /**
   * string, default "weight". Numeric edge attribute mapped to line width (linear scale): "fractional"
   * under fractional counting, "association" for association strength.
   */
  edgeSizeBy?: string;
}

export const DEFAULT_APPEARANCE: Readonly<Required<AppearanceOptions>> = Object.freeze({
  sizeBy: "weightedDegree",
  colorBy: "community",
  edgeSizeBy: "weight",
});

/** Attributes whose numbers are ids of groups, not quantities. */
const CATEGORICAL_NUMBERS = new Set(["community", "component"]);

export type CategoryValue = string | number | boolean;

export interface CategoricalColorLegend {
  kind: "categorical";
  attribute: string;
  /** Coloured categories, largest first (ties by value), at most one per palette colour. */
  entries: { value: CategoryValue; color: string; count: number }[];
  /** Colour of every other node: categories past the palette and nodes without the attribute. */
  otherColor: string;
  otherCount: number;
}

export interface SequentialColorLegend {
  kind: "sequential";
  attribute: string;
  domain: [number, number];
  /** Gradient stops: evenly spaced values and their colours. */
  stops: { value: number; color: string }[];
  /** Colour of nodes without a finite value. */
  missingColor: string;
}

export type ColorLegend = CategoricalColorLegend | SequentialColorLegend;

export interface AppearanceDescription {
  nodeSize: SizeLegend;
  nodeColor: ColorLegend;
  edgeSize: SizeLegend;
  /** Colour of edges whose two ends differ in colour (edges inside a category take its colour). */
  edgeColor: string;
}

/** Orders categories by decreasing count, ties by value, so the largest groups get the first colours. */
function rankCategories(counts: Map<CategoryValue, number>): [CategoryValue, number][] {
  const byValue = (a: CategoryValue, b: CategoryValue): number =>
    typeof a === "number" && typeof b === "number" ? a - b : String(a).localeCompare(String(b));
  return [...counts].sort((a, b) => b[1] - a[1] || byValue(a[0], b[0]));
}

function describeCategories(attribute: string, values: unknown[]): CategoricalColorLegend {
  const counts = new Map<CategoryValue, number>();
  for (const value of values) {
    if (
      typeof value === "string" ||
      typeof value === "boolean" ||
      (typeof value === "number" && Number.isFinite(value))
    ) {
      counts.set(value, (counts.get(value) ?? 0) + 1);
    }
  }
  const ranked = rankCategories(counts).slice(0, CATEGORY_PALETTE.length);
  const entries = ranked.map(([value, count], rank) => ({ value, count, color: categoryColor(rank) }));
  const coloured = entries.reduce((sum, entry) => sum + entry.count, 0);
  return { kind: "categorical", attribute, entries, otherColor: OTHER_COLOR, otherCount: values.length - coloured };
}

function describeSequential(attribute: string, domain: [number, number]): SequentialColorLegend {
  const color = sequentialColor(domain);
  const values = domain[0] === domain[1] ? [domain[0]] : sequentialStopValues(domain);
  const stops = values.map((value) => ({ value, color: color(value) }));
  return { kind: "sequential", attribute, domain, stops, missingColor: OTHER_COLOR };
}

function describeColor(attribute: string, values: unknown[]): ColorLegend {
  const extent = numericExtent(values);
  const hasText = values.some((value) => typeof value === "string" || typeof value === "boolean");
  if (CATEGORICAL_NUMBERS.has(attribute) || hasText || !extent) return describeCategories(attribute, values);
  return describeSequential(attribute, extent);
}

/**
 * numericExtent of the links' `attribute` (1 where a link has none), read in one walk over the links: a
 * mapEdges array of 2,157,339 weights (100,000 generated works) was 17 MB made to be read once.
 */
function edgeExtent(graph: AppearanceGraph, attribute: string): [number, number] | undefined {
  let extent: [number, number] | undefined;
  graph.forEachEdge((_edge, attributes) => {
    const value = attributes[attribute] ?? 1;
    if (typeof value !== "number" || !Number.isFinite(value)) return;
    if (!extent) extent = [value, value];
    else if (value < extent[0]) extent[0] = value;
    else if (value > extent[1]) extent[1] = value;
  });
  return extent;
}

/**
 * Legend data for the graph's node sizes, node colours and edge widths under `options`. `links`, the graph's
 * links as typed arrays (the projection's LinkTable, one value per link of each numeric attribute), gives the
 * edge extent from its array of `edgeSizeBy` when it has one, without walking the links (2,157,339 at 100,000
 * generated works).
 */
export function describeAppearance(
  graph: AppearanceGraph,
  options: AppearanceOptions = {},
  links?: LinkTable,
): AppearanceDescription {
  const sizeBy = options.sizeBy ?? DEFAULT_APPEARANCE.sizeBy;
  const colorBy = options.colorBy ?? DEFAULT_APPEARANCE.colorBy;
  const sizeValues = graph.mapNodes((_node, attributes) => attributes[sizeBy]);
  const colorValues = graph.mapNodes((_node, attributes) => attributes[colorBy]);
  const edgeSizeBy = options.edgeSizeBy ?? DEFAULT_APPEARANCE.edgeSizeBy;
  const tabled = links?.source.length === graph.size ? links.weights[edgeSizeBy] : undefined;
  const extent = tabled
    ? numericExtent(Array.prototype.values.call(tabled) as Iterable<number>)
    : edgeExtent(graph, edgeSizeBy);
  return {
    nodeSize: describeSize(sizeBy, numericExtent(sizeValues), "sqrt", NODE_SIZE_RANGE),
    nodeColor: describeColor(colorBy, colorValues),
    edgeSize: describeSize(edgeSizeBy, extent, "linear", EDGE_SIZE_RANGE),
    edgeColor: EDGE_COLOR,
  };
}
