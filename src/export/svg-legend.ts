/**
 * A LegendModel drawn as SVG 1.1 elements, for a band under the picture: a first row with node size
 * (circles of the scale's ticks, with their values) and line width (the weight range), a second with the
 * colours (a swatch, the category and its count, in columns; or a gradient bar between the domain's ends),
 * then the note. Plain elements and presentation attributes only (no CSS), so Inkscape reads it as a
 * browser does; every text is escaped.
 */

import { LABEL_COLOR, LABEL_FONT } from "./drawing";
import { formatLegendNumber, type LegendModel } from "./legend";
import { estimateTextWidth } from "./text-width";
import { xml } from "./xml-text";

const PADDING = 16;
const LINE = 18;
const FONT_SIZE = 12;
const MIN_COLUMN_WIDTH = 200;
const MUTED = "#5a6270";

const width = (text: string) => estimateTextWidth(text, FONT_SIZE);
const round = (value: number) => Math.round(value * 100) / 100;

function text(x: number, y: number, content: string, extra = ""): string {
  return `<text x="${round(x)}" y="${round(y)}"${extra}>${xml(content)}</text>`;
}

const bold = (x: number, y: number, content: string) => text(x, y, content, ' font-weight="700"');

/** `content` cut with an ellipsis to fit `room` pixels. */
function fit(content: string, room: number): string {
  if (width(content) <= room) return content;
  const characters = [...content];
  while (characters.length > 1 && width(`${characters.join("")}…`) > room) characters.pop();
  return `${characters.join("")}…`;
}

/** The size block at (x, top): returns its elements and its right edge. */
function sizeBlock(model: LegendModel["size"], x: number, top: number): { elements: string[]; right: number } {
  const title = `Size: ${model.title}`;
  const elements = [bold(x, top + FONT_SIZE, title)];
  const largest = Math.max(4, ...model.ticks.map((tick) => tick.size));
  const cy = top + LINE + largest;
  let at = x;
  for (const tick of model.ticks) {
    const value = formatLegendNumber(tick.value);
    elements.push(
      `<circle cx="${round(at + tick.size)}" cy="${round(cy)}" r="${round(tick.size)}" fill="none" stroke="${MUTED}"/>`,
      text(at + 2 * tick.size + 4, cy + 4, value),
    );
    at += 2 * tick.size + 4 + width(value) + 12;
  }
  return { elements, right: Math.max(at, x + width(title)) };
}

/** The colour block at `top`; returns its elements and its bottom. */
function colourBlock(
  model: LegendModel["colour"],
  bandWidth: number,
  top: number,
): { elements: string[]; bottom: number } {
  const elements = [bold(PADDING, top + FONT_SIZE, `Colour: ${model.title}`)];
  if (model.kind === "sequential") {
    const y = top + LINE + 4;
    const stops = model.stops.map(
      (color, i) => `<stop offset="${round(i / Math.max(1, model.stops.length - 1))}" stop-color="${xml(color)}"/>`,
    );
    elements.push(
      `<defs><linearGradient id="papergraph-legend-gradient" x1="0" y1="0" x2="1" y2="0">${stops.join("")}</linearGradient></defs>`,
      `<rect x="${PADDING}" y="${y}" width="200" height="10" fill="url(#papergraph-legend-gradient)"/>`,
      text(PADDING, y + 24, formatLegendNumber(model.domain[0])),
      text(PADDING + 200, y + 24, formatLegendNumber(model.domain[1]), ' text-anchor="end"'),
    );
    return { elements, bottom: y + 30 };
  }
  // Columns as wide as the widest entry (a community named by its topics is long), cut only past the band.
  const counts = model.entries.map((entry) => entry.count.toLocaleString("en"));
  const widest = Math.max(...model.entries.map((entry, i) => width(entry.label) + width(counts[i]!) + 28));
  const room = Math.max(MIN_COLUMN_WIDTH, bandWidth - 2 * PADDING);
  const columnWidth = Math.min(room, Math.max(MIN_COLUMN_WIDTH, Math.ceil(widest)));
  const columns = Math.max(1, Math.floor(room / columnWidth));
  model.entries.forEach((entry, i) => {
    const x = PADDING + (i % columns) * columnWidth;
    const y = top + LINE + Math.floor(i / columns) * LINE;
    const count = counts[i]!;
    elements.push(
      `<circle cx="${x + 5}" cy="${y + 8}" r="5" fill="${xml(entry.color)}"/>`,
      text(x + 16, y + 12, fit(entry.label, columnWidth - 28 - width(count))),
      text(x + columnWidth - 12, y + 12, count, ` text-anchor="end" fill="${MUTED}"`),
    );
  });
  return { elements, bottom: top + LINE + Math.ceil(model.entries.length / columns) * LINE + 4 };
}

/** The legend as one `<g>` placed at `top`, and the height of its band. */
export function svgLegend(model: LegendModel, bandWidth: number, top: number): { svg: string; height: number } {
  const size = sizeBlock(model.size, PADDING, PADDING);
  const linesX = size.right + 32;
  const largest = Math.max(4, ...model.size.ticks.map((tick) => tick.size));
  const firstRow = PADDING + Math.max(LINE + 2 * largest, 2 * LINE) + 12;
  const colour = colourBlock(model.colour, bandWidth, firstRow);
  const elements = [
    ...size.elements,
    bold(linesX, PADDING + FONT_SIZE, `Line width: ${model.lines.title}`),
    text(linesX, PADDING + LINE + FONT_SIZE, model.lines.range),
    ...colour.elements,
  ];
  let bottom = colour.bottom;
  if (model.note) {
    elements.push(text(PADDING, bottom + FONT_SIZE, model.note, ` fill="${MUTED}"`));
    bottom += LINE;
  }
  const height = Math.ceil(bottom + PADDING);
  const group =
    `<g id="legend" transform="translate(0,${round(top)})" font-family="${xml(LABEL_FONT.family)}" ` +
    `font-size="${FONT_SIZE}" fill="${LABEL_COLOR}">\n` +
    `<rect x="0" y="0" width="${bandWidth}" height="${height}" fill="#ffffff"/>\n` +
    `<line x1="0" y1="0.5" x2="${bandWidth}" y2="0.5" stroke="#d9dce3"/>\n${elements.join("\n")}\n</g>\n`;
  return { svg: group, height };
}
