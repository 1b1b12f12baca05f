/**
 * Legends for what the canvas shows, drawn from the AppearanceDescription that also coloured and sized
 * the render graph, so the legend cannot disagree with the picture: a size legend (three circles of the
 * d3 sqrt scale's ticks), a colour legend (every coloured category with its count, then "Other" in the
 * colour every remaining node is drawn in, or a gradient for years; a coauthor community is named by its
 * label, its most distinctive topics) and line widths ("joint papers" for networks made from papers,
 * "fractional joint papers" under fractional counting, "weight" for imported ones). The model is the core's
 * (src/export/legend.ts, which the SVG and HTML exports draw too) plus the marks; it feeds both the HTML legend, a
 * low band along the bottom of the canvas that the fitted view keeps free (framing.ts), and the legend
 * painted into the PNG (picture.ts). Categorical entries are buttons when a handler is given: a click
 * selects that community (or other category).
 */

import type { AppearanceDescription } from "../../appearance";
import {
  communityTitle,
  describeLegend,
  type LegendEntry,
  type LegendModel as CoreLegendModel,
  type LegendOptions,
} from "../../export";
import type { Dataset } from "../dataset";
import { formatNumber, h, replaceChildren, s } from "../dom";
import { communityName } from "../panels/community-profile";
import type { NetworkName } from "../state";
import type { Encoding } from "./render-graph";

export type { LegendEntry } from "../../export";

/** What the explorer's legend says: the core's legend model plus the marks drawn over the picture. */
export interface LegendModel extends CoreLegendModel {
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

/** What the analysis adds to a legend: the names of the communities, the lightest link when it is not 1. */
export type LegendExtras = Pick<LegendOptions, "communityName" | "communityTitle" | "lightestLink">;

/**
 * The extras of the analysis `dataset` for `network`: coauthor communities named by their labels, and under
 * fractional counting the lightest coauthor link (a link of one paper of n authors weighs 1/(n − 1)).
 */
export function legendExtras(dataset: Dataset, network: NetworkName): LegendExtras {
  if (network === "bipartite" || network === "authorTopics") return {};
  const title = communityTitle(dataset.options.communityAlgorithm);
  if (network !== "coauthors") return { communityTitle: title };
  const coauthors = dataset.graphs.coauthors;
  let lightest = Infinity;
  if (dataset.options.counting === "fractional")
    coauthors.forEachEdge((_edge, { fractional }) => (lightest = Math.min(lightest, fractional)));
  return {
    communityName: (id) => communityName(dataset, network, id),
    lightestLink: Number.isFinite(lightest) ? lightest : undefined,
    communityTitle: title,
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

/**
 * The legend of `description` (the core's describeLegend, with the explorer's names of the attributes):
 * `weightTitle` names what a link's width counts; `shown` holds the colour attribute's value of each node a
 * view filter keeps (absent: every node is shown); `extras` what the analysis adds (legendExtras).
 */
export function legendModel(
  description: AppearanceDescription,
  encodings: Encoding[],
  weightTitle: string,
  note?: string,
  shown?: readonly unknown[],
  extras: LegendExtras = {},
): LegendModel {
  const titles = Object.fromEntries(encodings.map(({ key, label }) => [key, label]));
  return describeLegend(description, { titles, weightTitle, note, shown, ...extras });
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
