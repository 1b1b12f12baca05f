/**
 * Legends for what the canvas shows, drawn from the AppearanceDescription that also coloured and sized
 * the render graph, so the legend cannot disagree with the picture: a size legend (three circles of the
 * d3 sqrt scale's ticks), a colour legend (categories with counts, or a gradient for years) and edge
 * widths. It is a low band along the bottom of the canvas, which the fitted view keeps free (framing.ts).
 */

import type { AppearanceDescription, CategoryValue, ColorLegend } from "../../appearance";
import { formatNumber, h, replaceChildren, s } from "../dom";
import type { Encoding } from "./render-graph";

/** Categorical entries shown before the rest are folded into "other". */
const MAX_ENTRIES = 8;
/** Circles in the size legend: the smallest, a middle and the largest tick. */
const SIZE_CIRCLES = 3;

function labelOf(encodings: Encoding[], key: string): string {
  return encodings.find((encoding) => encoding.key === key)?.label ?? key;
}

function categoryLabel(attribute: string, value: CategoryValue): string {
  if (attribute === "community") return `Community ${Number(value) + 1}`;
  if (attribute === "component") return `Component ${Number(value) + 1}`;
  return String(value);
}

/** Up to SIZE_CIRCLES ticks spread over the scale: first, middle and last. */
function pickTicks<T>(ticks: T[]): T[] {
  if (ticks.length <= SIZE_CIRCLES) return ticks;
  return [ticks[0]!, ticks[Math.floor((ticks.length - 1) / 2)]!, ticks[ticks.length - 1]!];
}

function sizeLegend(description: AppearanceDescription, title: string): HTMLElement {
  const ticks = pickTicks(description.nodeSize.ticks.filter((tick) => tick.value > 0));
  const largest = Math.max(...ticks.map((tick) => tick.size), 4);
  const svg = s("svg", { height: largest * 2 + 2, class: "legend-sizes" });
  let x = 1;
  for (const tick of ticks) {
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
  return h("section", { className: "legend-block" }, h("h4", { text: `Size: ${title}` }), svg);
}

function colorLegend(legend: ColorLegend, title: string): HTMLElement {
  const block = h("section", { className: "legend-block colours" }, h("h4", { text: `Colour: ${title}` }));
  if (legend.kind === "sequential") {
    const gradient = legend.stops.map((stop) => stop.color).join(", ");
    const bar = h("div", {
      className: "legend-gradient",
      attrs: { style: `background: linear-gradient(to right, ${gradient})` },
    });
    block.append(
      h(
        "div",
        {},
        bar,
        h(
          "div",
          { className: "legend-range" },
          h("span", { text: String(legend.domain[0]) }),
          h("span", { text: String(legend.domain[1]) }),
        ),
      ),
    );
    return block;
  }
  const list = h("ul", { className: "legend-list" });
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
export function renderLegends(
  element: HTMLElement,
  description: AppearanceDescription,
  sizes: Encoding[],
  colors: Encoding[],
  note?: string,
): void {
  const [low, high] = description.edgeSize.domain;
  const edges = h(
    "section",
    { className: "legend-block" },
    h("h4", { text: "Line width: joint papers" }),
    h("span", {
      className: "legend-range-text",
      text: high > low ? `${formatNumber(Math.max(low, 1))} – ${formatNumber(high)}` : formatNumber(high),
    }),
    note ? h("p", { className: "note", text: note }) : null,
  );
  const wasOpen = element.querySelector("details")?.open ?? true;
  const details = h(
    "details",
    {},
    h("summary", { text: "Legend" }),
    h(
      "div",
      { className: "legend-body" },
      sizeLegend(description, labelOf(sizes, description.nodeSize.attribute)),
      edges,
      colorLegend(description.nodeColor, labelOf(colors, description.nodeColor.attribute)),
    ),
  );
  details.open = wasOpen;
  replaceChildren(element, details);
}
