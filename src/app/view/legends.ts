/**
 * Legends for what the canvas shows, drawn from the AppearanceDescription that also coloured and sized
 * the render graph, so the legend cannot disagree with the picture: a size legend (three circles of the
 * d3 sqrt scale's ticks), a colour legend (every coloured category with its count, then "Other" in the
 * colour every remaining node is drawn in, or a gradient for years; a coauthor community is named by its
 * label, its most distinctive topics) and line widths ("joint papers" for networks made from papers,
 * "fractional joint papers" under fractional counting, "weight" for imported ones). One LegendModel feeds both the HTML legend, a
 * low band along the bottom of the canvas that the fitted view keeps free (framing.ts), and the legend
 * painted into the PNG (picture.ts). Categorical entries are buttons when a handler is given: a click
 * selects that community (or other category).
 */

import type { AppearanceDescription, CategoryValue, ColorLegend } from "../../appearance";
import type { Dataset } from "../dataset";
import { formatNumber, h, replaceChildren, s } from "../dom";
import { algorithmName } from "../panels/community-controls";
import { communityName } from "../panels/community-profile";
import type { NetworkName } from "../state";
import type { Encoding } from "./render-graph";

/** Circles in the size legend: the smallest, a middle and the largest tick. */
const SIZE_CIRCLES = 3;

export interface LegendEntry {
  color: string;
  label: string;
  count: number;
  /** The attribute value of the category (absent for "Other"). */
  value?: CategoryValue;
}

/** What a legend says, in plain data. */
export interface LegendModel {
  size: { title: string; ticks: { value: number; size: number }[] };
  colour:
    | { kind: "categorical"; title: string; attribute: string; entries: LegendEntry[] }
    | { kind: "sequential"; title: string; stops: string[]; domain: [number, number] };
  lines: { title: string; range: string };
  note?: string;
  /** Marks drawn over the picture (burst rings, new ties), each with what it means and how many. */
  marks?: LegendMark[];
}

/** A mark the legend explains: a ring around nodes, or a link colour. */
export interface LegendMark {
  shape: "ring" | "line";
  color: string;
  label: string;
  count: number;
}

function labelOf(encodings: Encoding[], key: string): string {
  return encodings.find((encoding) => encoding.key === key)?.label ?? key;
}

function colourTitle(encodings: Encoding[], key: string, extras: LegendExtras): string {
  return (key === "community" ? extras.communityTitle : undefined) ?? labelOf(encodings, key);
}

/** What the analysis adds to a legend: names of the communities, and the lightest link when it is not 1. */
export interface LegendExtras {
  /** A community's name with its label (absent: "Community n"). */
  communityName?: (id: number) => string;
  /** The lightest link's weight; absent, a link weighs at least 1 (a joint paper). */
  lightestLink?: number;
  /** The colour title of the communities, naming the algorithm that found them. */
  communityTitle?: string;
}

/**
 * The extras of the analysis `dataset` for `network`: coauthor communities named by their labels, and under
 * fractional counting the lightest coauthor link (a link of one paper of n authors weighs 1/(n − 1)).
 */
export function legendExtras(dataset: Dataset, network: NetworkName): LegendExtras {
  if (network === "bipartite" || network === "authorTopics") return {};
  const communityTitle = `Community (${algorithmName(dataset.options.communityAlgorithm)})`;
  if (network !== "coauthors") return { communityTitle };
  const coauthors = dataset.graphs.coauthors;
  let lightest = Infinity;
  if (dataset.options.counting === "fractional")
    coauthors.forEachEdge((_edge, { fractional }) => (lightest = Math.min(lightest, fractional)));
  return {
    communityName: (id) => communityName(dataset, network, id),
    lightestLink: Number.isFinite(lightest) ? lightest : undefined,
    communityTitle,
  };
}

/** What a link's width counts in `network` of `dataset` (coauthor links: by the counting method). */
export function weightTitle(dataset: Dataset, network: NetworkName): string {
  if (network === "bipartite") return "authorship and topics";
  if (network === "authorTopics") return "the author's papers on the topic";
  if (network === "topics") return "shared papers";
  if (dataset.papers.length === 0) return "weight";
  return dataset.options.counting === "fractional" ? "fractional joint papers (Σ 1/(n − 1))" : "joint papers";
}

function categoryLabel(attribute: string, value: CategoryValue, extras: LegendExtras = {}): string {
  if (attribute === "community") return extras.communityName?.(Number(value)) ?? `Community ${Number(value) + 1}`;
  if (attribute === "component") return `Component ${Number(value) + 1}`;
  return String(value);
}

/** Up to SIZE_CIRCLES ticks spread over the scale: first, middle and last. */
function pickTicks<T>(ticks: T[]): T[] {
  if (ticks.length <= SIZE_CIRCLES) return ticks;
  return [ticks[0]!, ticks[Math.floor((ticks.length - 1) / 2)]!, ticks[ticks.length - 1]!];
}

function colourModel(
  legend: ColorLegend,
  title: string,
  shown?: readonly unknown[],
  extras?: LegendExtras,
): LegendModel["colour"] {
  if (legend.kind === "sequential")
    return { kind: "sequential", title, stops: legend.stops.map((stop) => stop.color), domain: legend.domain };
  // Counts of the shown nodes only, when a view filter hides some (the colours stay those of the whole network).
  const counts = new Map<unknown, number>();
  for (const value of shown ?? []) counts.set(value, (counts.get(value) ?? 0) + 1);
  const entries: LegendEntry[] = legend.entries.map((entry) => ({
    color: entry.color,
    label: categoryLabel(legend.attribute, entry.value, extras),
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

/**
 * The legend of `description`; `weightTitle` names what a link's width counts; `shown` holds the colour
 * attribute's value of each node a view filter keeps (absent: every node is shown); `extras` what the
 * analysis adds (legendExtras).
 */
export function legendModel(
  description: AppearanceDescription,
  sizes: Encoding[],
  colors: Encoding[],
  weightTitle: string,
  note?: string,
  shown?: readonly unknown[],
  extras: LegendExtras = {},
): LegendModel {
  const [low, high] = description.edgeSize.domain;
  const lightest = extras.lightestLink ?? Math.max(low, 1);
  return {
    size: {
      title: labelOf(sizes, description.nodeSize.attribute),
      ticks: pickTicks(description.nodeSize.ticks.filter((tick) => tick.value > 0)),
    },
    colour: colourModel(
      description.nodeColor,
      colourTitle(colors, description.nodeColor.attribute, extras),
      shown,
      extras,
    ),
    lines: {
      title: weightTitle,
      range: high > lightest ? `${formatNumber(lightest)} – ${formatNumber(high)}` : formatNumber(high),
    },
    note,
  };
}

function sizeLegend(model: LegendModel["size"]): HTMLElement {
  const largest = Math.max(...model.ticks.map((tick) => tick.size), 4);
  const svg = s("svg", { height: largest * 2 + 2, class: "legend-sizes", "aria-hidden": "true" });
  let x = 1;
  for (const tick of model.ticks) {
    const cx = x + tick.size;
    const labelX = cx + tick.size + 3;
    const text = formatNumber(tick.value);
    svg.append(
      s("circle", { cx, cy: largest + 1, r: tick.size, class: "legend-circle" }),
      s("text", { x: labelX, y: largest + 4 }, text),
    );
    x = labelX + text.length * 6 + 8;
  }
  svg.setAttribute("width", String(Math.max(x, 10)));
  const words = model.ticks.map((tick) => formatNumber(tick.value)).join(", ");
  return h(
    "section",
    { className: "legend-block" },
    h("h4", { text: `Size: ${model.title}` }),
    svg,
    h("span", { className: "visually-hidden", text: `circles for ${words}` }),
  );
}

function colourLegend(model: LegendModel["colour"], onPick?: (entry: LegendEntry) => void): HTMLElement {
  const block = h("section", { className: "legend-block colours" }, h("h4", { text: `Colour: ${model.title}` }));
  if (model.kind === "sequential") {
    const bar = h("div", {
      className: "legend-gradient",
      attrs: { style: `background: linear-gradient(to right, ${model.stops.join(", ")})` },
    });
    const range = h(
      "div",
      { className: "legend-range" },
      h("span", { text: String(model.domain[0]) }),
      h("span", { text: String(model.domain[1]) }),
    );
    block.append(h("div", {}, bar, range));
    return block;
  }
  const list = h("ul", { className: "legend-list" });
  for (const entry of model.entries) {
    const content = [
      h("span", { className: "swatch", attrs: { style: `background:${entry.color}` } }),
      h("span", { className: "legend-label", text: entry.label, title: entry.label }),
      h("span", { className: "legend-count", text: entry.count.toLocaleString("en") }),
    ];
    const isPickable = onPick && entry.value !== undefined;
    list.append(
      h(
        "li",
        {},
        isPickable
          ? h(
              "button",
              { className: "legend-pick", title: `Select ${entry.label}`, on: { click: () => onPick(entry) } },
              ...content,
            )
          : h("span", { className: "legend-item" }, ...content),
      ),
    );
  }
  block.append(list);
  return block;
}

/** The marks' block: a ring or line swatch, what it means and how many nodes or links carry it. */
function marksLegend(marks: LegendMark[]): HTMLElement {
  return h(
    "section",
    { className: "legend-block marks" },
    h("h4", { text: "Marks" }),
    h(
      "ul",
      { className: "legend-marks" },
      ...marks.map((mark) =>
        h(
          "li",
          { attrs: { "data-mark": mark.shape } },
          h("span", { className: `mark-${mark.shape}`, attrs: { style: `border-color:${mark.color}` } }),
          h("span", { className: "legend-label", text: mark.label }),
          h("span", { className: "legend-count", text: mark.count.toLocaleString("en") }),
        ),
      ),
    ),
  );
}

/** Redraws the legends (collapsible, staying as the user left them) in `element`. */
export function renderLegends(element: HTMLElement, model: LegendModel, onPick?: (entry: LegendEntry) => void): void {
  const lines = h(
    "section",
    { className: "legend-block" },
    h("h4", { text: `Line width: ${model.lines.title}` }),
    h("span", { className: "legend-range-text", text: model.lines.range }),
    model.note ? h("p", { className: "note", text: model.note }) : null,
  );
  // Open unless the user closed it; closed at first on a phone, where it would hide half the network.
  const wasOpen = element.querySelector("details")?.open ?? element.parentElement!.clientWidth >= 600;
  const details = h(
    "details",
    {},
    h("summary", { text: "Legend" }),
    h(
      "div",
      { className: "legend-body" },
      sizeLegend(model.size),
      lines,
      colourLegend(model.colour, onPick),
      model.marks?.length ? marksLegend(model.marks) : null,
    ),
  );
  details.open = wasOpen;
  replaceChildren(element, details);
}
