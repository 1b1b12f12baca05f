/**
 * An author's indicators in the details panel, as the pipeline wrote them on the coauthor network's node
 * (analytics/author-indicators.ts): papers, citations and the h-index over the papers that have a citation
 * count, first- and last-author shares, what a profile page states of its owner, and the author's burst of
 * activity (analytics/bursts.ts) when they have one. An indicator the files cannot give says so ("not in
 * the data", with why) instead of showing 0.
 */

import type { CoauthorNodeAttributes } from "../../model";
import { formatNumber, h } from "../dom";

const NOT_IN_DATA = "not in the data";

/** A share as a percentage, "40%". */
function percent(share: number): string {
  return `${Math.round(share * 100)}%`;
}

/** The rows of the indicators table: label, value, and a title saying what it counts. */
function indicatorRows(author: CoauthorNodeAttributes): [string, string, string][] {
  const cited = author.citedPapers ?? 0;
  const rows: [string, string, string][] = [
    ["Papers", formatNumber(author.paperCount), "Papers of the analysis (the year range's) that list the author"],
    [
      "Citations",
      author.citations === undefined
        ? `${NOT_IN_DATA} (no citation counts in the files)`
        : `${formatNumber(author.citations)} over ${cited} paper${cited === 1 ? "" : "s"} with a count`,
      "Σ the citation counts the sources give for the author's papers (OpenAlex, Semantic Scholar, Scopus, WoS…)",
    ],
    [
      "h-index",
      author.hIndex === undefined ? NOT_IN_DATA : formatNumber(author.hIndex),
      "The largest h such that h of the author's counted papers have at least h citations (Hirsch 2005), this corpus only",
    ],
    [
      "First author",
      author.firstAuthorShare === undefined ? NOT_IN_DATA : percent(author.firstAuthorShare),
      "Share of the author's papers that list them first",
    ],
    [
      "Last author",
      author.lastAuthorShare === undefined ? `${NOT_IN_DATA} (author lists cut off)` : percent(author.lastAuthorShare),
      "Share of the author's papers with a complete author list that list them last",
    ],
  ];
  if (author.profileHIndex !== undefined || author.profileCitations !== undefined)
    rows.push([
      "Profile states",
      [
        author.profileHIndex === undefined ? "" : `h-index ${formatNumber(author.profileHIndex)}`,
        author.profileCitations === undefined ? "" : `${formatNumber(author.profileCitations)} citations`,
      ]
        .filter(Boolean)
        .join(" · "),
      "What the author's profile page states, over all their work (not only this corpus)",
    ]);
  return rows;
}

/** The author's indicators and burst, as a table and a line (see the header). */
export function renderAuthorIndicators(author: CoauthorNodeAttributes): HTMLElement[] {
  const table = h(
    "table",
    { className: "metric-ranks author-indicators", attrs: { "data-testid": "author-indicators" } },
    h(
      "tbody",
      {},
      ...indicatorRows(author).map(([label, value, hint]) =>
        h("tr", { title: hint }, h("th", { text: label }), h("td", { text: value })),
      ),
    ),
  );
  const { burstStart, burstEnd, burstWeight } = author;
  const burst =
    burstStart !== undefined && burstEnd !== undefined
      ? h("p", {
          className: "author-burst",
          text:
            `Burst of papers ${burstStart === burstEnd ? burstStart : `${burstStart}–${burstEnd}`}` +
            ` (Kleinberg, weight ${formatNumber(burstWeight)})`,
          title: "Years in which the author published markedly more than their usual share of the corpus's papers",
        })
      : h("p", { className: "author-burst muted", text: "No burst of papers (Kleinberg) in their years." });
  return [table, burst];
}
