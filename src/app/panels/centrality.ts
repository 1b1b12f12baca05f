/**
 * The centrality panel: a sortable table of the nodes of the shown network (authors, or topics in the
 * topic view) by name and by every centrality of the metric registry, and a histogram of the sorted
 * metric. With a community selected, the table lists that community's members only; with a topic
 * filter, the authors who wrote on the topic. Clicking a row, or
 * Enter on a focused row, selects the node and centres the canvas on it; the arrow keys move between
 * rows; the headings are buttons (sortable by keyboard) with aria-sort. Only the first ROW_LIMIT rows are
 * built, so a 20,000-author network sorts and redraws in a few milliseconds.
 */

import { NODE_METRICS, rankNodes, type NodeMetricKey } from "../../metrics";
import type { AnalysedGraph } from "../../model";
import { metricsGraph } from "../dataset";
import { formatNumber, h, replaceChildren } from "../dom";
import { selectNode, watch, type Store } from "../state";
import { nodesOnTopic } from "../view/reducers";
import { binValues, drawBars } from "./histogram";

const ROW_LIMIT = 100;
/** Clustering has its own panel; the table keeps to centralities (and k-core). */
const COLUMNS = NODE_METRICS.filter((metric) => metric.key !== "clustering");
/**
 * Column headings short enough for the side panel; the full name and definition are the tooltip. The #
 * and name columns stay in place while the table scrolls sideways (styles.css).
 */
const SHORT_LABELS: Record<Exclude<NodeMetricKey, "clustering">, string> = {
  degree: "Deg",
  weightedDegree: "W.deg",
  betweenness: "Betw",
  closeness: "Clos",
  harmonic: "Harm",
  eigenvector: "Eig",
  pagerank: "PR",
  coreness: "Core",
};

type SortKey = NodeMetricKey | "label";

/** Node keys by `key`: a metric highest first, or names A to Z; reversed when not `descending`. */
function sortNodes(graph: AnalysedGraph, key: SortKey, descending: boolean): string[] {
  if (key !== "label") return rankNodes(graph, key, descending);
  const byName = graph.nodes().sort((a, b) => {
    const order = graph.getNodeAttribute(a, "label").localeCompare(graph.getNodeAttribute(b, "label"));
    return order || (a < b ? -1 : 1);
  });
  return descending ? byName : byName.reverse();
}

/** A heading that sorts by `key` when clicked or pressed. */
function heading(
  text: string,
  key: SortKey,
  title: string,
  sort: { key: SortKey; descending: boolean },
  onSort: (key: SortKey) => void,
): HTMLElement {
  const isSorted = key === sort.key;
  const arrow = isSorted ? (sort.descending === (key !== "label") ? " ▼" : " ▲") : "";
  return h(
    "th",
    {
      className: `sortable${isSorted ? " sorted" : ""}`,
      attrs: {
        "data-metric": key,
        scope: "col",
        "aria-sort": isSorted ? (sort.descending === (key !== "label") ? "descending" : "ascending") : "none",
      },
    },
    h("button", { className: "sort", text: text + arrow, title, on: { click: () => onSort(key) } }),
  );
}

/** Arrow keys move the focus between rows; Enter and Space select the focused row. */
function onRowKey(event: KeyboardEvent, row: HTMLElement, select: () => void): void {
  if (event.key === "Enter" || event.key === " ") {
    event.preventDefault();
    select();
  } else if (event.key === "ArrowDown" || event.key === "ArrowUp") {
    event.preventDefault();
    const next = event.key === "ArrowDown" ? row.nextElementSibling : row.previousElementSibling;
    if (next instanceof HTMLElement) next.focus();
  }
}

/** Mounts the centrality panel in `element`; returns its dispose function. */
export function mountCentralityPanel(element: HTMLElement, store: Store): () => void {
  const sort: { key: SortKey; descending: boolean } = { key: "weightedDegree", descending: true };

  const render = () => {
    // A re-render replaces the rows: the focused row (keyboard users) gets the focus back.
    const focused = element.contains(document.activeElement)
      ? (document.activeElement as HTMLElement).dataset.node
      : undefined;
    draw();
    if (focused) element.querySelector<HTMLElement>(`tr[data-node="${CSS.escape(focused)}"]`)?.focus();
  };

  const draw = () => {
    const { dataset, network, selected, community, topicFilter } = store.get();
    if (!dataset) return replaceChildren(element, h("p", { className: "empty", text: "No analysis yet." }));
    const graph = metricsGraph(dataset, network);
    const onTopic = network === "coauthors" ? nodesOnTopic(dataset, graph, topicFilter) : undefined;
    const isListed = (node: string) =>
      (community === undefined || graph.getNodeAttribute(node, "community") === community) &&
      (!onTopic || onTopic.has(node));
    const order = sortNodes(graph, sort.key, sort.descending).filter(isListed);
    const header = h(
      "tr",
      {},
      h("th", { text: "#", attrs: { scope: "col" } }),
      heading("Name", "label", "Sort by name", sort, sortBy),
    );
    for (const metric of COLUMNS) {
      const text = SHORT_LABELS[metric.key as keyof typeof SHORT_LABELS] ?? metric.label;
      header.append(heading(text, metric.key, `${metric.label}: ${metric.description}`, sort, sortBy));
    }
    const body = h("tbody");
    order.slice(0, ROW_LIMIT).forEach((node, i) => {
      const select = () => selectNode(store, node, true);
      const row = h("tr", {
        className: node === selected ? "selected" : "",
        attrs: { "data-node": node, tabindex: "0", "aria-selected": String(node === selected) },
        on: { click: select },
      });
      row.addEventListener("keydown", (event) => onRowKey(event, row, select));
      row.append(
        h("td", { className: "num", text: String(i + 1) }),
        h("th", { className: "name", text: graph.getNodeAttribute(node, "label"), attrs: { scope: "row" } }),
      );
      for (const metric of COLUMNS)
        row.append(
          h("td", { className: "num", text: formatNumber(graph.getNodeAttribute(node, metric.key), metric.isInteger) }),
        );
      body.append(row);
    });
    const metric = sort.key === "label" ? "weightedDegree" : sort.key;
    const label = COLUMNS.find((column) => column.key === metric)?.label ?? metric;
    const values = order.map((node) => graph.getNodeAttribute(node, metric) ?? NaN);
    const scope = (community === undefined ? "" : ` in community ${community + 1}`) + (onTopic ? " on the topic" : "");
    replaceChildren(
      element,
      drawBars(
        binValues(values, 24),
        `Distribution of ${label.toLowerCase()} over ${order.length.toLocaleString("en")} nodes${scope}`,
      ),
      h(
        "div",
        { className: "table-scroll" },
        h(
          "table",
          { className: "metric-table", attrs: { "aria-label": `Nodes${scope} by centrality` } },
          h("thead", {}, header),
          body,
        ),
      ),
      order.length > ROW_LIMIT
        ? h("p", {
            className: "note",
            text: `Showing the top ${ROW_LIMIT} of ${order.length.toLocaleString("en")}. The CSV download has them all.`,
          })
        : null,
    );
  };

  function sortBy(key: SortKey) {
    sort.descending = key === sort.key ? !sort.descending : true;
    sort.key = key;
    render();
    element.querySelector<HTMLElement>(`th[data-metric="${key}"] button`)?.focus();
  }

  return watch(store, ["dataset", "network", "selected", "community", "topicFilter"], render);
}
