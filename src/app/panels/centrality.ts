/**
 * The centrality panel: a sortable table of the nodes of the shown network (authors, or topics in the
 * topic view) by every centrality of the metric registry, and a histogram of the sorted metric. Clicking a
 * row selects the node and centres the canvas on it. Only the first ROW_LIMIT rows are built, so a
 * 20,000-author network sorts and redraws in a few milliseconds.
 */

import { NODE_METRICS, rankNodes, type NodeMetricKey } from "../../metrics";
import { metricsGraph } from "../dataset";
import { formatNumber, h, replaceChildren } from "../dom";
import { selectNode, watch, type Store } from "../state";
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

/** Mounts the centrality panel in `element`; returns its dispose function. */
export function mountCentralityPanel(element: HTMLElement, store: Store): () => void {
  let sortKey: NodeMetricKey = "weightedDegree";
  let descending = true;

  const render = () => {
    const { dataset, network, selected } = store.get();
    if (!dataset) return replaceChildren(element, h("p", { className: "empty", text: "No analysis yet." }));
    const graph = metricsGraph(dataset, network);
    const order = rankNodes(graph, sortKey, descending);
    const header = h("tr", {}, h("th", { text: "#" }), h("th", { text: "Name" }));
    for (const metric of COLUMNS) {
      const arrow = metric.key === sortKey ? (descending ? " ▼" : " ▲") : "";
      header.append(
        h("th", {
          text: (SHORT_LABELS[metric.key as keyof typeof SHORT_LABELS] ?? metric.label) + arrow,
          title: `${metric.label}: ${metric.description}`,
          className: `sortable${metric.key === sortKey ? " sorted" : ""}`,
          attrs: { "data-metric": metric.key },
          on: { click: () => sortBy(metric.key) },
        }),
      );
    }
    const body = h("tbody");
    order.slice(0, ROW_LIMIT).forEach((node, i) => {
      const row = h("tr", {
        className: node === selected ? "selected" : "",
        attrs: { "data-node": node },
        on: { click: () => selectNode(store, node, true) },
      });
      row.append(
        h("td", { className: "num", text: String(i + 1) }),
        h("td", { className: "name", text: graph.getNodeAttribute(node, "label") }),
      );
      for (const metric of COLUMNS)
        row.append(
          h("td", { className: "num", text: formatNumber(graph.getNodeAttribute(node, metric.key), metric.isInteger) }),
        );
      body.append(row);
    });
    const label = COLUMNS.find((metric) => metric.key === sortKey)?.label ?? sortKey;
    const values = graph.mapNodes((_node, attributes) => attributes[sortKey] ?? NaN);
    replaceChildren(
      element,
      drawBars(
        binValues(values, 24),
        `Distribution of ${label.toLowerCase()} over ${graph.order.toLocaleString("en")} nodes`,
      ),
      h("div", { className: "table-scroll" }, h("table", { className: "metric-table" }, h("thead", {}, header), body)),
      graph.order > ROW_LIMIT
        ? h("p", {
            className: "note",
            text: `Showing the top ${ROW_LIMIT} of ${graph.order.toLocaleString("en")}. The CSV download has them all.`,
          })
        : null,
    );
  };

  const sortBy = (key: NodeMetricKey) => {
    descending = key === sortKey ? !descending : true;
    sortKey = key;
    render();
  };

  return watch(store, ["dataset", "network", "selected"], render);
}
