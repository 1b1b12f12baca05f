/**
 * An author's timeline in the details panel: papers per year and coauthors gained per year (first joint
 * papers), as two rows of small bars over the same years, drawn in SVG with d3-scale's band and linear
 * scales; every year labelled when they fit, else every few; each bar's value in its tooltip and data
 * attributes. The counts come from the core (analytics/author-timeline.ts) on the papers of the analysis.
 * Text is only ever set as text nodes.
 */

import { scaleBand, scaleLinear } from "d3-scale";
import { authorTimeline, type AuthorTimeline, type TimelineYear } from "../../analytics";
import type { Dataset } from "../dataset";
import { h, s } from "../dom";

const WIDTH = 280;
/** Height of each row of bars, and of the band of year labels under them. */
const ROW = 40;
/** Bars narrower than this (px) carry no value label (their tooltip still says it). */
const MIN_LABELLED_BAR = 14;
const GAP = 16;
const AXIS = 14;
/** Year labels shown at most; beyond, every few years are labelled. */
const YEAR_LABELS = 8;
/** Half the width of a four-digit year label at the chart's 10 px type. */
const YEAR_MARGIN = 13;

interface Series {
  name: string;
  value: (year: TimelineYear) => number;
  className: string;
}

const SERIES: Series[] = [
  { name: "papers", value: (year) => year.papers, className: "bar" },
  { name: "new coauthors", value: (year) => year.newCoauthors, className: "bar coauthor-bar" },
];

/** One row of bars for `series`, its top at `top`, with its name and tallest value as text. */
function barRow(years: TimelineYear[], series: Series, top: number, x: ReturnType<typeof scaleBand<number>>) {
  const tallest = Math.max(1, ...years.map(series.value));
  // Room above the tallest bar for its value and, at the row's top, the series name.
  const y = scaleLinear()
    .domain([0, tallest])
    .range([0, ROW - 22]);
  const group = s("g", { class: "timeline-row", "data-series": series.name });
  group.append(s("text", { x: 0, y: top + 8, class: "tick" }, series.name));
  // Each bar's value over it, when the bars are wide enough to hold it.
  const isLabelled = x.bandwidth() >= MIN_LABELLED_BAR;
  for (const entry of years) {
    const value = series.value(entry);
    const height = y(value);
    const rect = s("rect", {
      x: x(entry.year)!,
      y: top + ROW - height,
      width: Math.max(x.bandwidth(), 0.5),
      height,
      class: series.className,
      "data-year": entry.year,
      "data-value": value,
    });
    rect.append(s("title", {}, `${entry.year}: ${value} ${series.name}`));
    group.append(rect);
    if (isLabelled && value > 0) {
      const centre = x(entry.year)! + x.bandwidth() / 2;
      group.append(
        s(
          "text",
          { x: centre, y: top + ROW - height - 2, class: "tick value", "text-anchor": "middle" },
          String(value),
        ),
      );
    }
  }
  group.append(s("line", { x1: 0, x2: WIDTH, y1: top + ROW + 0.5, y2: top + ROW + 0.5, class: "axis" }));
  return group;
}

/** The SVG chart of `timeline` (empty years included). */
function timelineChart(timeline: AuthorTimeline): SVGSVGElement {
  const { years } = timeline;
  const x = scaleBand<number>()
    .domain(years.map((entry) => entry.year))
    // A margin of half a year label each side, so the first and last years' labels are not cut off.
    .range([YEAR_MARGIN, WIDTH - YEAR_MARGIN])
    .paddingInner(0.15);
  const height = SERIES.length * (ROW + GAP) + AXIS - GAP + 4;
  const first = years[0]!.year;
  const last = years.at(-1)!.year;
  const summary = `Papers and new coauthors per year, ${first}–${last}`;
  const svg = s("svg", { viewBox: `0 0 ${WIDTH} ${height}`, role: "img", "aria-label": summary, class: "timeline" });
  SERIES.forEach((series, i) => svg.append(barRow(years, series, i * (ROW + GAP), x)));
  const every = Math.ceil(years.length / YEAR_LABELS);
  const axisY = SERIES.length * (ROW + GAP) - GAP + AXIS;
  for (const entry of years) {
    if ((entry.year - first) % every !== 0 && entry.year !== last) continue;
    // The last year is labelled at the right edge; a regular label too close to it is left out.
    if (entry.year !== last && last - entry.year < every) continue;
    const centre = x(entry.year)! + x.bandwidth() / 2;
    svg.append(s("text", { x: centre, y: axisY, class: "tick year", "text-anchor": "middle" }, String(entry.year)));
  }
  return svg;
}

/** The timeline of the author `person` (identity key) for the details panel: a chart, or why there is none. */
export function renderAuthorTimeline(dataset: Dataset, personKey: string, paperIds: readonly string[]): HTMLElement {
  const papers = paperIds.map((id) => dataset.papersById.get(id)).filter((paper) => paper !== undefined);
  const timeline = authorTimeline(papers, personKey, dataset.options.maxAuthorsPerPaper);
  const { undated } = timeline;
  const undatedNote =
    undated.papers > 0
      ? `${undated.papers} paper${undated.papers === 1 ? "" : "s"} without a year` +
        (undated.newCoauthors ? ` (${undated.newCoauthors} coauthors met only there)` : "") +
        " not shown."
      : "";
  if (!timeline.years.length) return h("p", { className: "muted", text: `No dated papers. ${undatedNote}`.trim() });
  return h(
    "figure",
    { className: "chart author-timeline", attrs: { "data-testid": "author-timeline" } },
    timelineChart(timeline),
    h("figcaption", {
      text: `Papers per year and coauthors gained per year (first joint paper). ${undatedNote}`.trim(),
    }),
  );
}
