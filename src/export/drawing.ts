/**
 * How a network is drawn, as plain rules shared by the explorer's canvas and the picture exports (SVG, the
 * one-file HTML), so that an exported picture looks like the screen: the label font and colour, which
 * nodes may carry a label at which size, and each link's colour and opacity. The rules are those the
 * explorer's sigma reducers and label layer apply (src/app/view): links inside one colour group keep the
 * group's colour, links between groups (light grey in the analysis, nearly invisible on white) are drawn
 * a darker neutral grey; opacity grows linearly with the link's weight from the lightest to the heaviest
 * link, within a range that is lower on larger networks so that dense regions read as shades.
 */

import { EDGE_COLOR, OTHER_COLOR } from "../appearance";

/** The label font: pixel size, CSS font family and weight. */
export const LABEL_FONT = Object.freeze({
  size: 12,
  family: "Inter, 'Segoe UI', system-ui, sans-serif",
  weight: "500",
});

/** Colour of label text. */
export const LABEL_COLOR = "#1f2430";

/** Up to this many nodes, every node may carry a label and every disc keeps labels off it. */
export const SMALL_NETWORK = 200;

/** Above this many links, links are drawn as one-pixel lines whatever their weight. */
export const MANY_LINKS = 5_000;

/** Colour of links between two colour groups. */
export const BRIDGE_LINK_COLOR = "#8d94a1";

/** Colour of a node without one. */
export const DEFAULT_NODE_COLOR = OTHER_COLOR;

/** Disc radius in pixels below which a node gets no label (unless forced): none on small networks. */
export function labelSizeThreshold(order: number): number {
  return order <= SMALL_NETWORK ? 0 : order > 2000 ? 9 : 6;
}

/** Opacity of the lightest and of the heaviest link, lower on networks with more links. */
export function linkOpacityRange(linkCount: number): [number, number] {
  if (linkCount < 500) return [0.45, 0.9];
  if (linkCount < 5000) return [0.3, 0.8];
  if (linkCount < 50000) return [0.18, 0.6];
  return [0.12, 0.45];
}

/** A link as drawn: stroke colour (`#rrggbb`), opacity in [0, 1] and width. */
export interface LinkStyle {
  color: string;
  opacity: number;
  /** Width in pixels at scale 1 (it grows with the camera's size scale), or 1 pixel at any scale for a hairline. */
  width: number;
  /** One pixel wide whatever the zoom: networks with more than MANY_LINKS links. */
  isHairline: boolean;
}

/** What the style of one link depends on: its colour and width from the appearance stage, and its weight. */
export interface LinkLook {
  color?: unknown;
  size?: unknown;
  weight?: unknown;
}

/** The style function of a network whose link weights span [lightest, heaviest] over `linkCount` links. */
export function createLinkStyle(lightest: number, heaviest: number, linkCount: number): (link: LinkLook) => LinkStyle {
  const [low, high] = linkOpacityRange(linkCount);
  const isLine = linkCount > MANY_LINKS;
  return ({ color, size, weight }) => {
    const w = typeof weight === "number" && Number.isFinite(weight) ? weight : 1;
    const opacity =
      heaviest > lightest ? low + ((high - low) * (w - lightest)) / (heaviest - lightest) : (low + high) / 2;
    const base = typeof color !== "string" || color === EDGE_COLOR ? BRIDGE_LINK_COLOR : color;
    const width = isLine ? 1 : typeof size === "number" && Number.isFinite(size) ? size : 1;
    return { color: base, opacity, width, isHairline: isLine };
  };
}
