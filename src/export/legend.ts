/**
 * What a picture's legend says, as plain data made from the appearance stage's AppearanceDescription (the
 * object that also sized and coloured the nodes, so the legend cannot disagree with the picture): node
 * size (three ticks of the d3 scale: the smallest, a middle and the largest), colour (each coloured
 * category with its count, then "Other" in the colour every remaining node is drawn in; or the gradient of
 * a sequential scale) and line width (the range of link weights). The explorer's legend says the same in
 * the same words (src/app/view/legends.ts); the SVG and HTML exports draw this model.
 */

import type Graph from "graphology";
import type { AppearanceDescription, CategoryValue, ColorLegend } from "../appearance";
import { NODE_METRICS } from "../metrics";
import { communityAlgorithmName, type CommunityAlgorithm } from "../options";

export interface LegendEntry {
  color: string;
  label: string;
  count: number;
  /** The attribute value of the category (absent for "Other"): the explorer selects a community by it. */
  value?: CategoryValue;
}

/** A legend in plain data. */
export interface LegendModel {
  size: { title: string; ticks: { value: number; size: number }[] };
  colour:
    | { kind: "categorical"; title: string; attribute: string; entries: LegendEntry[] }
    | { kind: "sequential"; title: string; stops: string[]; domain: [number, number] };
  lines: { title: string; range: string };
  note?: string;
}

/** Titles of the attributes a network may be sized or coloured by, as the explorer names them. */
export const ATTRIBUTE_TITLES: Readonly<Record<string, string>> = Object.freeze({
  ...Object.fromEntries(NODE_METRICS.map(({ key, label }) => [key, label])),
  paperCount: "Papers",
  community: "Community (Louvain)",
  component: "Component",
  mainTopic: "Main topic",
  firstYear: "Year of first paper",
  topicKind: "Category or phrase",
  kind: "Node kind",
});

export interface LegendOptions {
  /** Record<attribute, title>, default ATTRIBUTE_TITLES. Titles of the size and colour attributes. */
  titles?: Readonly<Record<string, string>>;
  /** string, default "joint papers". What a link's width counts. */
  weightTitle?: string;
  /** string, default none. A line under the legend (e.g. "The 50,000 heaviest of 340,000 links are drawn."). */
  note?: string;
  /** The colour attribute's value of each node a view filter keeps; absent, every node is shown. */
  shown?: readonly unknown[];
  /** A community's name with its label; absent, "Community n". */
  communityName?: (id: number) => string;
  /** The colour title of the communities, naming the algorithm that found them (see communityTitle). */
  communityTitle?: string;
  /** The lightest link's weight; absent, a link weighs at least 1 (a joint paper). */
  lightestLink?: number;
}

/** "Community (Leiden)": the colour title of the communities `algorithm` found. */
export function communityTitle(algorithm: CommunityAlgorithm): string {
  return `Community (${communityAlgorithmName(algorithm)})`;
}

/**
 * The community names and title a network carries: each community named by the `communityLabel` its
 * members carry (analytics/community-labels.ts; "Community 3: A · B"), the title by `algorithm`.
 */
export function communityLegendOptions(
  graph: Pick<Graph, "forEachNode">,
  algorithm: CommunityAlgorithm = "louvain",
): Pick<LegendOptions, "communityName" | "communityTitle"> {
  const labels = new Map<number, string>();
  graph.forEachNode((_node, attributes) => {
    const { community, communityLabel } = attributes as { community?: unknown; communityLabel?: unknown };
    if (typeof community === "number" && typeof communityLabel === "string" && communityLabel !== "")
      labels.set(community, communityLabel);
  });
  return {
    communityName: (id) => (labels.has(id) ? `Community ${id + 1}: ${labels.get(id)}` : `Community ${id + 1}`),
    communityTitle: communityTitle(algorithm),
  };
}

/** A number for a legend: whole numbers with thousands separators, others to four significant digits. */
export function formatLegendNumber(value: number): string {
  if (!Number.isFinite(value)) return "–";
  if (Number.isInteger(value)) return value.toLocaleString("en");
  if (value !== 0 && Math.abs(value) < 0.001) return value.toExponential(2);
  return value.toPrecision(4).replace(/\.?0+$/, "");
}

function categoryLabel(attribute: string, value: CategoryValue, options: LegendOptions): string {
  if (attribute === "community") return options.communityName?.(Number(value)) ?? `Community ${Number(value) + 1}`;
  if (attribute === "component") return `Component ${Number(value) + 1}`;
  return String(value);
}

function colourModel(legend: ColorLegend, title: string, options: LegendOptions): LegendModel["colour"] {
  if (legend.kind === "sequential")
    return { kind: "sequential", title, stops: legend.stops.map((stop) => stop.color), domain: legend.domain };
  // Counts of the shown nodes only, when a view filter hides some (the colours stay those of the whole network).
  const { shown } = options;
  const counts = new Map<unknown, number>();
  for (const value of shown ?? []) counts.set(value, (counts.get(value) ?? 0) + 1);
  const entries: LegendEntry[] = legend.entries.map((entry) => ({
    color: entry.color,
    label: categoryLabel(legend.attribute, entry.value, options),
    count: shown ? (counts.get(entry.value) ?? 0) : entry.count,
    value: entry.value,
  }));
  const coloured = entries.reduce((sum, entry) => sum + entry.count, 0);
  const other = shown ? shown.length - coloured : legend.otherCount;
  if (other > 0) entries.push({ color: legend.otherColor, label: "Other", count: other });
  return {
    kind: "categorical",
    title,
    attribute: legend.attribute,
    entries: entries.filter((entry) => entry.count > 0),
  };
}

/** Up to three ticks spread over the scale: first, middle and last. */
function pickTicks<T>(ticks: T[]): T[] {
  if (ticks.length <= 3) return ticks;
  return [ticks[0]!, ticks[Math.floor((ticks.length - 1) / 2)]!, ticks[ticks.length - 1]!];
}

/** The legend of a network drawn as `description` says. */
export function describeLegend(description: AppearanceDescription, options: LegendOptions = {}): LegendModel {
  const titles = options.titles ?? ATTRIBUTE_TITLES;
  const titleOf = (attribute: string) => titles[attribute] ?? attribute;
  const colourAttribute = description.nodeColor.attribute;
  const colourTitle =
    (colourAttribute === "community" ? options.communityTitle : undefined) ?? titleOf(colourAttribute);
  const [low, high] = description.edgeSize.domain;
  const lightest = options.lightestLink ?? Math.max(low, 1);
  return {
    size: {
      title: titleOf(description.nodeSize.attribute),
      ticks: pickTicks(description.nodeSize.ticks.filter((tick) => tick.value > 0)),
    },
    colour: colourModel(description.nodeColor, colourTitle, options),
    lines: {
      title: options.weightTitle ?? "joint papers",
      range:
        high > lightest ? `${formatLegendNumber(lightest)} – ${formatLegendNumber(high)}` : formatLegendNumber(high),
    },
    ...(options.note ? { note: options.note } : {}),
  };
}
