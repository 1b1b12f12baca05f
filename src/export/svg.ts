/**
 * A network as an SVG 1.1 picture, drawn as the explorer draws it (drawing.ts): links first (colour,
 * opacity by weight, width by weight), then nodes as discs of the appearance stage's size and colour,
 * then the labels that fit without collisions (label-placement.ts), all through one Viewport — the
 * explorer's camera, or the whole graph fitted (viewport.ts) — and, when a legend is given, the legend in
 * a band under the picture (svg-legend.ts). Elements outside the viewport are left out.
 *
 * Plain SVG 1.1 with presentation attributes (no CSS, no foreignObject, no scripts), so Inkscape imports
 * it as browsers show it; labels stay `<text>` elements, escaped. A caller that shows nodes differently
 * from their attributes (hover, selection, a filter that hides some) passes `nodeDisplay` and
 * `edgeDisplay`, the counterparts of sigma's reducers.
 */

import {
  createLinkStyle,
  DEFAULT_NODE_COLOR,
  LABEL_COLOR,
  LABEL_FONT,
  labelSizeThreshold,
  SMALL_NETWORK,
} from "./drawing";
import type { LinkStyle } from "./drawing";
import { placeLabels, type LabelCandidate } from "./label-placement";
import type { LegendModel } from "./legend";
import { svgLegend } from "./svg-legend";
import { estimateTextWidth } from "./text-width";
import type { ExportGraph } from "./values";
import { fitViewport, project, type Viewport } from "./viewport";
import { xml } from "./xml-text";

/** How one node is shown, where it differs from its attributes (sigma's node reducer, as data). */
export interface NodeOverride {
  hidden?: boolean;
  color?: string;
  size?: number;
  label?: string;
  highlighted?: boolean;
  forceLabel?: boolean;
  /** Drawn above nodes of a lower zIndex (default 0). */
  zIndex?: number;
}

/** How one link is shown, where it differs from the drawing rules. */
export interface LinkOverride extends Partial<LinkStyle> {
  hidden?: boolean;
  zIndex?: number;
}

export interface SvgOptions {
  /** number, default 1200. Width in pixels when no viewport is given. */
  width?: number;
  /** number, default 900. Height of the picture (without the legend) when no viewport is given. */
  height?: number;
  /** Viewport, default: the whole graph fitted into width × height. */
  viewport?: Viewport;
  /** LegendModel, default none. Drawn in a band under the picture (see describeLegend). */
  legend?: LegendModel;
  /** A label's width in pixels at LABEL_FONT; default estimateTextWidth (the explorer passes its canvas's). */
  measureLabel?: (label: string) => number;
  /** string, default none. The document's `<title>`. */
  title?: string;
  /** string, default "#ffffff". Background colour, or "none" for a transparent one. */
  background?: string;
  nodeDisplay?: (node: string, attributes: Record<string, unknown>) => NodeOverride | undefined;
  edgeDisplay?: (edge: string, attributes: Record<string, unknown>) => LinkOverride | undefined;
}

/** A node as drawn, in viewport pixels. */
interface Disc extends LabelCandidate {
  color: string;
  zIndex: number;
}

const round = (value: number) => Math.round(value * 100) / 100;
const finite = (value: unknown): value is number => typeof value === "number" && Number.isFinite(value);

/** The visible nodes as discs in viewport pixels, lowest zIndex first (graph order within one zIndex). */
function discsOf(graph: ExportGraph, viewport: Viewport, options: SvgOptions): Disc[] {
  const discs: Disc[] = [];
  graph.forEachNode((node, attributes) => {
    const shown = { ...attributes, ...options.nodeDisplay?.(node, attributes) } as NodeOverride &
      Record<string, unknown>;
    if (shown.hidden || !finite(attributes.x) || !finite(attributes.y)) return;
    const [x, y] = project(viewport, attributes.x, attributes.y);
    discs.push({
      key: node,
      label: typeof shown.label === "string" ? shown.label : "",
      x,
      y,
      radius: (finite(shown.size) ? shown.size : 1) * viewport.sizeScale,
      color: typeof shown.color === "string" ? shown.color : DEFAULT_NODE_COLOR,
      highlighted: shown.highlighted === true,
      forceLabel: shown.forceLabel === true,
      zIndex: finite(shown.zIndex) ? shown.zIndex : 0,
    });
  });
  return discs.sort((a, b) => a.zIndex - b.zIndex);
}

/** The `<line>` of every link between two drawn discs that crosses the viewport, lowest zIndex first. */
function linkLines(graph: ExportGraph, viewport: Viewport, discs: Map<string, Disc>, options: SvgOptions): string[] {
  let lightest = Infinity;
  let heaviest = -Infinity;
  graph.forEachEdge((_edge, { weight }) => {
    const w = finite(weight) ? weight : 1;
    lightest = Math.min(lightest, w);
    heaviest = Math.max(heaviest, w);
  });
  const styleOf = createLinkStyle(lightest, heaviest, graph.size);
  const lines: { zIndex: number; text: string }[] = [];
  graph.forEachEdge((edge, attributes, source, target) => {
    const [a, b] = [discs.get(source), discs.get(target)];
    if (!a || !b) return;
    const shown = { ...styleOf(attributes), ...options.edgeDisplay?.(edge, attributes) };
    if (shown.hidden) return;
    const outside =
      Math.max(a.x, b.x) < 0 ||
      Math.min(a.x, b.x) > viewport.width ||
      Math.max(a.y, b.y) < 0 ||
      Math.min(a.y, b.y) > viewport.height;
    if (outside) return;
    const width = shown.isHairline ? 1 : shown.width * viewport.sizeScale;
    lines.push({
      zIndex: shown.zIndex ?? 0,
      text:
        `<line x1="${round(a.x)}" y1="${round(a.y)}" x2="${round(b.x)}" y2="${round(b.y)}" stroke="${xml(shown.color)}" ` +
        `stroke-opacity="${round(shown.opacity)}" stroke-width="${round(width)}"/>\n`,
    });
  });
  return lines.sort((x, y) => x.zIndex - y.zIndex).map((line) => line.text);
}

/** Elements per piece of writeSvgChunks. */
const CHUNK_ELEMENTS = 2_000;

/** The picture as an SVG document in pieces that concatenate to it (millions of links exceed one string). */
export function* writeSvgChunks(graph: ExportGraph, options: SvgOptions = {}): Generator<string, void, undefined> {
  const measure = options.measureLabel ?? ((label: string) => estimateTextWidth(label, LABEL_FONT.size));
  const viewport =
    options.viewport ?? fitViewport(graph, { width: options.width ?? 1200, height: options.height ?? 900, measure });
  const { width, height } = viewport;
  const discs = discsOf(graph, viewport, options);
  const onScreen = discs.filter(
    (d) => d.x + d.radius >= 0 && d.x - d.radius <= width && d.y + d.radius >= 0 && d.y - d.radius <= height,
  );
  const labels = placeLabels(onScreen, {
    width,
    height,
    fontSize: LABEL_FONT.size,
    measure,
    discsBlockAll: graph.order <= SMALL_NETWORK,
    minRadius: labelSizeThreshold(graph.order),
  });
  const legend = options.legend ? svgLegend(options.legend, width, height) : undefined;
  const total = height + (legend?.height ?? 0);
  const background = options.background ?? "#ffffff";
  yield [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<svg xmlns="http://www.w3.org/2000/svg" version="1.1" width="${width}" height="${total}" viewBox="0 0 ${width} ${total}">`,
    ...(options.title ? [`<title>${xml(options.title)}</title>`] : []),
    ...(background === "none"
      ? []
      : [`<rect x="0" y="0" width="${width}" height="${total}" fill="${xml(background)}"/>`]),
    `<g id="links" fill="none" stroke-linecap="round">\n`,
  ].join("\n");
  const lines = linkLines(graph, viewport, new Map(discs.map((disc) => [disc.key, disc])), options);
  for (let start = 0; start < lines.length; start += CHUNK_ELEMENTS)
    yield lines.slice(start, start + CHUNK_ELEMENTS).join("");
  yield '</g>\n<g id="nodes">\n';
  for (let start = 0; start < onScreen.length; start += CHUNK_ELEMENTS) {
    yield onScreen
      .slice(start, start + CHUNK_ELEMENTS)
      .map(
        ({ x, y, radius, color }) =>
          `<circle cx="${round(x)}" cy="${round(y)}" r="${round(radius)}" fill="${xml(color)}"/>\n`,
      )
      .join("");
  }
  const font = `font-family="${xml(LABEL_FONT.family)}" font-size="${LABEL_FONT.size}" font-weight="${LABEL_FONT.weight}"`;
  yield `</g>\n<g id="labels" ${font} fill="${LABEL_COLOR}">\n`;
  // The baseline sits a third of the size below the box's middle, as sigma's label drawer sets it.
  const baseline = LABEL_FONT.size / 2 + LABEL_FONT.size / 3;
  yield labels
    .map(({ left, top, label }) => `<text x="${round(left)}" y="${round(top + baseline)}">${xml(label)}</text>\n`)
    .join("");
  yield `</g>\n${legend?.svg ?? ""}</svg>\n`;
}

/** The picture as one SVG string (see writeSvgChunks). */
export function writeSvg(graph: ExportGraph, options: SvgOptions = {}): string {
  return [...writeSvgChunks(graph, options)].join("");
}
