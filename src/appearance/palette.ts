/**
 * Colours. Categories (communities, components, node kinds) take colours from a fixed palette of 16
 * hues that stay distinct on white and dark backgrounds and contain no grey, because grey means "other":
 * categories past the palette and nodes without a value. Community ids are numbered 0.. by decreasing
 * size, so the palette goes to the largest groups. Numbers (years, metrics) use a sequential scale
 * through five viridis stops (van der Walt & Smith), which stays readable for colour-blind viewers.
 */

import { scaleLinear } from "d3-scale";

/** Colours of the first categories, largest first. */
export const CATEGORY_PALETTE: readonly string[] = [
  "#4e79a7",
  "#f28e2b",
  "#e15759",
  "#59a14f",
  "#b07aa1",
  "#76b7b2",
  "#edc948",
  "#ff9da7",
  "#9c755f",
  "#2f4b7c",
  "#8cd17d",
  "#d37295",
  "#b6992d",
  "#a0cbe8",
  "#ffbe7d",
  "#17becf",
];

/** Colour of categories past the palette and of nodes without a value. */
export const OTHER_COLOR = "#b4b4b4";
/** Colour of edges whose ends differ in colour. */
export const EDGE_COLOR = "#d6d6d6";
/** Viridis at 0, ¼, ½, ¾ and 1. */
export const SEQUENTIAL_STOPS: readonly string[] = ["#440154", "#3b528b", "#21918c", "#5ec962", "#fde725"];

const RGB = /^rgba?\((\d+),\s*(\d+),\s*(\d+)/;

/** `#rrggbb` for a d3 `rgb(r, g, b)` string (hex input is returned unchanged). */
export function toHex(color: string): string {
  const match = RGB.exec(color);
  if (!match) return color;
  return `#${match
    .slice(1, 4)
    .map((c) => Number(c).toString(16).padStart(2, "0"))
    .join("")}`;
}

/** The palette colour of the category ranked `rank` (0 = largest), grey past the palette. */
export function categoryColor(rank: number): string {
  return CATEGORY_PALETTE[rank] ?? OTHER_COLOR;
}

/** Values spread evenly over `domain`, one per sequential stop. */
export function sequentialStopValues(domain: [number, number]): number[] {
  const [low, high] = domain;
  const last = SEQUENTIAL_STOPS.length - 1;
  return SEQUENTIAL_STOPS.map((_, i) => low + ((high - low) * i) / last);
}

/** A clamped sequential colour scale over `domain`, returning `#rrggbb`; a one-point domain gives the middle stop. */
export function sequentialColor(domain: [number, number]): (value: number) => string {
  if (domain[0] === domain[1]) return () => SEQUENTIAL_STOPS[SEQUENTIAL_STOPS.length >> 1]!;
  const scale = scaleLinear<string>().domain(sequentialStopValues(domain)).range(SEQUENTIAL_STOPS).clamp(true);
  return (value) => toHex(scale(value));
}
