/**
 * Legends for what the canvas shows, drawn from the AppearanceDescription that also coloured and sized
 * the render graph, so the legend cannot disagree with the picture: a size legend (circles of the d3 sqrt
 * scale's ticks), a colour legend (categories with counts, or a gradient for years) and edge widths.
 */

import type { AppearanceDescription, CategoryValue, ColorLegend } from "../../appearance";
import { formatNumber, h, replaceChildren, s } from "../dom";
import type { Encoding } from "./render-graph";

/** Categorical entries shown before the rest are folded into "other". */
const MAX_ENTRIES = 10;

function labelOf(encodings: Encoding[], key: string): string {
  return encodings.find((encoding) => encoding.key === key)?.label ?? key;
}

function categoryLabel(attribute: string, value: CategoryValue): string {
  if (attribute === "community") return `Community ${Number(value) + 1}`;
  if (attribute === "component") return `Component ${Number(value) + 1}`;
  return String(value);
}

function sizeLegend(description: AppearanceDescription, title: string): HTMLElement {
  const ticks = description.nodeSize.ticks.filter((tick) => tick.value > 0).slice(-4);
  const largest = Math.max(...ticks.map((tick) => tick.size), 4);
  const width = ticks.reduce((sum, tick) => sum + tick.size * 2 + 34, 0);
  const svg = s("svg", { width: Math.max(width, 10), height: largest * 2 + 18, class: "legend-sizes" });
  let x = 0;
  for (const tick of ticks) {
    const cx = x + tick.size;
    svg.append(
      s("circle", { cx, cy: largest * 2 - tick.size, r: tick.size, class: "legend-circle" }),
      s("text", { x: cx, y: largest * 2 + 14, "text-anchor": "middle" }, formatNumber(tick.value)),
    );
    x += tick.size * 2 + 34;
  }
  return h("section", { className: "legend-block" }, h("h4", { text: `Size: ${title}` }), svg);
}

function colorLegend(legend: ColorLegend, title: string): HTMLElement {
  const block = h("section", { className: "legend-block" }, h("h4", { text: `Colour: ${title}` }));
  if (legend.kind === "sequential") {
    const gradient = legend.stops.map((stop) => stop.color).join(", ");
    const bar = h("div", { className: "legend-gradient", attrs: { style: `background: linear-gradient(to right, ${gradient})` } });
    block.append(bar, h("div", { className: "legend-range" }, h("span", { text: String(legend.domain[0]) }), h("span", { text: String(legend.domain[1]) })));
    return block;
  }
  const list = h("ul", { className: legend.entries.length > 5 ? "legend-list two-columns" : "legend-list" });
  const shown = legend.entries.slice(0, MAX_ENTRIES);
  const folded = legend.entries.slice(MAX_ENTRIES).reduce((sum, entry) => sum + entry.count, legend.otherCount);
  for (const entry of shown) {
    list.append(legendItem(entry.color, categoryLabel(legend.attribute, entry.value), entry.count));
  }
  if (folded > 0) list.append(legendItem(legend.otherColor, "Other", folded));
  block.append(list);
  return block;
}

function legendItem(color: string, label: string, count: number): HTMLElement {
  return h(
    "li",
    {},
    h("span", { className: "swatch", attrs: { style: `background:${color}` } }),
    h("span", { className: "legend-label", text: label, title: label }),
    h("span", { className: "legend-count", text: count.toLocaleString("en") }),
  );
}

/** Redraws the legends (collapsible, staying as the user left them) in `element`; encodings name the attributes. */
export function renderLegends(element: HTMLElement, description: AppearanceDescription, sizes: Encoding[], colors: Encoding[], note?: string): void {
  const [low, high] = description.edgeSize.domain;
  const edges = h(
    "section",
    { className: "legend-block" },
    h("h4", { text: "Line width: joint papers" }),
    h("span", { className: "legend-range-text", text: high > low ? `${formatNumber(Math.max(low, 1))} – ${formatNumber(high)}` : formatNumber(high) }),
    note ? h("p", { className: "note", text: note }) : null,
  );
  const wasOpen = element.querySelector("details")?.open ?? true;
  const details = h(
    "details",
    {},
    h("summary", { text: "Legend" }),
    sizeLegend(description, labelOf(sizes, description.nodeSize.attribute)),
    colorLegend(description.nodeColor, labelOf(colors, description.nodeColor.attribute)),
    edges,
  );
  details.open = wasOpen;
  replaceChildren(element, details);
}
