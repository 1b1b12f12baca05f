/**
 * Applies an appearance description to a graph: node `size` and `color`, edge `size` and `color`. It only
 * writes these four visual attributes, never analysis data, so it can be re-run whenever the user picks
 * another metric or colouring. Edges inside one colour group take the group's colour; the rest are grey.
 */

import { pendingLinks } from "../graphs";
import type { LinkTable } from "../model";
import { sequentialColor } from "./palette";
import { sizeScale } from "./scales";
import {
  describeAppearance,
  type AppearanceDescription,
  type AppearanceGraph,
  type AppearanceOptions,
  type CategoryValue,
  type ColorLegend,
} from "./describe";

/** A node-colour function that follows `legend` exactly. */
function colorFunction(legend: ColorLegend): (value: unknown) => string {
  if (legend.kind === "sequential") {
    const color = sequentialColor(legend.domain);
    return (value) => (typeof value === "number" && Number.isFinite(value) ? color(value) : legend.missingColor);
  }
  const colors = new Map(legend.entries.map((entry) => [entry.value, entry.color]));
  return (value) => colors.get(value as CategoryValue) ?? legend.otherColor;
}

/**
 * Writes node/edge `size` and `color` as `description` says. `links`, the graph's links as typed arrays in its
 * node and link order (the projection's LinkTable), gives each link's ends by node number and its width's
 * value from its array of the edge-size attribute, when it has one, instead of reading them per link.
 */
export function applyAppearance(graph: AppearanceGraph, description: AppearanceDescription, links?: LinkTable): void {
  const nodeSize = sizeScale(description.nodeSize);
  const nodeColor = colorFunction(description.nodeColor);
  const sizeBy = description.nodeSize.attribute;
  const colorBy = description.nodeColor.attribute;
  const otherColor = description.nodeColor.kind === "categorical" ? description.nodeColor.otherColor : undefined;
  const edgeSize = sizeScale(description.edgeSize);
  const edgeSizeBy = description.edgeSize.attribute;
  const tabled = links?.source.length === graph.size && links.nodes.length === graph.order ? links : undefined;
  const tabledWeights = tabled?.weights[edgeSizeBy];
  // Each node's colour by node number, for the links read from the table.
  const colors = tabledWeights ? new Array<string>(graph.order) : undefined;
  let n = 0;
  // Attributes are set in place: a spread copy per element cost seconds and hundreds of MB on 2M links.
  graph.updateEachNodeAttributes((_node, attributes) => {
    const value = attributes[sizeBy];
    attributes.size =
      typeof value === "number" && Number.isFinite(value) ? nodeSize(value) : description.nodeSize.range[0];
    const color = nodeColor(attributes[colorBy]);
    attributes.color = color;
    if (colors) colors[n++] = color;
    return attributes;
  });
  // Each distinct weight goes through the d3 scale once: links share few weights (joint papers), and a
  // scale call per link was 40 of the 100 ms of CPU of this pass on 20,000 generated works (446,626 links).
  const widths = new Map<number, number>();
  const widthOf = (weight: number): number => {
    let width = widths.get(weight);
    if (width === undefined) widths.set(weight, (width = edgeSize(weight)));
    return width;
  };
  const { edgeColor } = description;
  if (tabled && tabledWeights && colors) {
    // Link i is the graph's i-th: its ends' colours and its weight read by number, not off the ends' attribute
    // objects (nodes of many shapes) and the link's. 100,000 generated works (2,157,339 links), the step alone
    // on the analysed network, alternated with the reads per link in one process: 0.92-1.62 -> 0.43-0.64 s CPU.
    const { source, target } = tabled;
    const colorOf = (link: number): string => {
      const sourceColor = colors[source[link]!]!;
      const inGroup = otherColor !== undefined && sourceColor === colors[target[link]!] && sourceColor !== otherColor;
      return inGroup ? sourceColor : edgeColor;
    };
    // Links still pending beside the graph (graphs/pending-links.ts) get their looks there, and stay pending.
    const pending = pendingLinks(graph);
    if (pending?.source === source) {
      const size = new Float64Array(source.length);
      const color = new Array<string>(source.length);
      for (let link = 0; link < source.length; link++) {
        size[link] = widthOf(tabledWeights[link]!);
        color[link] = colorOf(link);
      }
      pending.looks = { size, color };
      return;
    }
    let i = 0;
    graph.updateEachEdgeAttributes((_edge, attributes) => {
      attributes.size = widthOf(tabledWeights[i]!);
      attributes.color = colorOf(i++);
      return attributes;
    });
    return;
  }
  graph.updateEachEdgeAttributes((_edge, attributes, _source, _target, sourceAttributes, targetAttributes) => {
    const value = attributes[edgeSizeBy];
    const { color: sourceColor } = sourceAttributes;
    const inGroup = otherColor !== undefined && sourceColor === targetAttributes.color && sourceColor !== otherColor;
    attributes.size = widthOf(typeof value === "number" ? value : 1);
    attributes.color = inGroup ? sourceColor : edgeColor;
    return attributes;
  });
}

/**
 * Sets node `size`/`color` and edge `size`/`color` from the chosen attributes; returns the legend data.
 * `links`, the graph's links as typed arrays, spares a walk of the links (describeAppearance) and the reads of
 * each link's ends and weight (applyAppearance).
 */
export function assignAppearance(
  graph: AppearanceGraph,
  options: AppearanceOptions = {},
  links?: LinkTable,
): AppearanceDescription {
  const description = describeAppearance(graph, options, links);
  applyAppearance(graph, description, links);
  return description;
}
