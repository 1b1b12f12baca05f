/**
 * The rank comparison of the counting methods: for the chosen metric (PageRank or weighted degree, the
 * analysis option `rankMetric`), each author's rank under full and under fractional counting, the biggest
 * movers first, with Spearman's ρ of the two rankings and how many authors change rank. The ranks are the
 * pipeline's (metrics/rank-comparison.ts, on each node as `fullRank` and `fractionalRank`); this panel only
 * orders them. A row's name selects the author.
 */

import { COMPARED_METRICS, type ComparedMetric } from "../../options";
import { formatNumber, h, replaceChildren } from "../dom";
import { selectNode, watch, type Store } from "../state";

/** Rows listed; the rest are counted below the table. */
const ROWS_SHOWN = 50;

const METRIC_NAMES: Record<ComparedMetric, string> = { pagerank: "PageRank", weightedDegree: "Weighted degree" };

interface Row {
  node: string;
  label: string;
  full: number;
  fractional: number;
  /** full − fractional: positive when the author rises under fractional counting. */
  shift: number;
}

/** "↑ 6" (rises under fractional counting), "↓ 10" (falls) or "=". */
function moveText(shift: number): string {
  return shift > 0 ? `↑ ${shift}` : shift < 0 ? `↓ ${-shift}` : "=";
}

/** Mounts the rank comparison in `element`; `run` re-runs the analysis. Returns the dispose function. */
export function mountRankComparison(element: HTMLElement, store: Store, run: () => void): () => void {
  const render = () => {
    const { dataset, selected, analytics } = store.get();
    if (!dataset) return replaceChildren(element, h("p", { className: "empty", text: "No analysis yet." }));
    const comparison = dataset.insights.countingComparison;
    const graph = dataset.graphs.coauthors;
    const rows: Row[] = [];
    graph.forEachNode((node, attributes) => {
      const { fullRank: full, fractionalRank: fractional } = attributes;
      if (full === undefined || fractional === undefined) return;
      rows.push({ node, label: attributes.label, full, fractional, shift: full - fractional });
    });
    rows.sort(
      (a, b) =>
        Math.abs(b.shift) - Math.abs(a.shift) ||
        Math.min(a.full, a.fractional) - Math.min(b.full, b.fractional) ||
        a.label.localeCompare(b.label),
    );
    const select = h(
      "select",
      { attrs: { id: "rank-metric", name: "rankMetric" } },
      ...COMPARED_METRICS.map((metric) => h("option", { text: METRIC_NAMES[metric], attrs: { value: metric } })),
    );
    select.value = analytics.rankMetric;
    select.addEventListener("change", () => {
      store.set({ analytics: { ...store.get().analytics, rankMetric: select.value as ComparedMetric } });
      run();
    });
    const body = h("tbody");
    for (const row of rows.slice(0, ROWS_SHOWN)) {
      const isSelected = row.node === selected;
      body.append(
        h(
          "tr",
          { attrs: { "aria-selected": String(isSelected), "data-node": row.node } },
          h(
            "td",
            { className: "name" },
            h("button", {
              className: "link",
              text: row.label,
              title: `Select ${row.label}`,
              on: { click: () => selectNode(store, row.node, true) },
            }),
          ),
          h("td", { className: "num", text: String(row.full) }),
          h("td", { className: "num", text: String(row.fractional) }),
          h("td", {
            className: `num shift ${row.shift > 0 ? "up" : row.shift < 0 ? "down" : ""}`.trim(),
            text: moveText(row.shift),
          }),
        ),
      );
    }
    const metricName = METRIC_NAMES[comparison.metric];
    replaceChildren(
      element,
      h(
        "label",
        { className: "field", attrs: { for: "rank-metric" } },
        h("span", { text: "Compare ranks by" }),
        select,
      ),
      h(
        "p",
        { className: "rank-summary", attrs: { "data-testid": "rank-summary" } },
        `Spearman ρ ${formatNumber(comparison.spearman)} · `,
        `${comparison.changed.toLocaleString("en")} of ${comparison.nodes.toLocaleString("en")} authors change rank`,
      ),
      h("p", {
        className: "hint muted",
        text:
          `Rank by ${metricName} (1 = highest) with links weighted by joint papers (full) and by Σ 1/(n − 1) ` +
          "(fractional); ↑ rises under fractional counting. Biggest movers first.",
      }),
      rows.length
        ? h(
            "table",
            { className: "rank-table" },
            h(
              "thead",
              {},
              h(
                "tr",
                {},
                h("th", { text: "Author" }),
                h("th", { className: "num", text: "Full", title: `Rank by ${metricName} under full counting` }),
                h("th", { className: "num", text: "Fract.", title: `Rank by ${metricName} under fractional counting` }),
                h("th", { className: "num", text: "Move", title: "Places gained (↑) or lost (↓) under fractional" }),
              ),
            ),
            body,
          )
        : h("p", { className: "muted", text: "No authors to compare." }),
      rows.length > ROWS_SHOWN
        ? h("p", { className: "muted", text: `… and ${(rows.length - ROWS_SHOWN).toLocaleString("en")} more` })
        : null,
    );
  };
  return watch(store, ["dataset", "selected", "analytics"], render);
}
