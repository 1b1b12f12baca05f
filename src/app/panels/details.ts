/**
 * The details panel of the selected node: its name, its papers (year and title, newest first), its
 * neighbours by joint papers (coauthors of an author, co-occurring topics of a topic) and every metric
 * with its rank in the network. Names and titles are untrusted text and only ever set as textContent.
 */

import type { NetworkGraph } from "../../model";
import { NODE_METRICS, type NodeMetricKey } from "../../metrics";
import type { Paper } from "../../model";
import { papersOfNode, shownGraph, type Dataset } from "../dataset";
import { formatNumber, h, replaceChildren } from "../dom";
import { selectNode, watch, type Store } from "../state";

const PAPERS_SHOWN = 200;
const NEIGHBOURS_SHOWN = 50;

/** 1 + the number of nodes with a strictly higher value (ties share a rank). */
function rankOf(graph: NetworkGraph, node: string, key: NodeMetricKey): number | undefined {
  const value = graph.getNodeAttribute(node, key);
  if (value === undefined || !Number.isFinite(value)) return undefined;
  let higher = 0;
  graph.forEachNode((_other, attributes) => {
    if ((attributes[key] ?? NaN) > value) higher++;
  });
  return higher + 1;
}

function paperItem(paper: Paper): HTMLElement {
  return h(
    "li",
    {},
    h("span", { className: "year", text: paper.year === undefined ? "—" : String(paper.year) }),
    h("span", { className: "title", text: paper.title }),
    paper.authorsTruncated ? h("span", { className: "muted", text: " (author list cut off)" }) : null,
  );
}

function neighbourList(graph: NetworkGraph, node: string, store: Store): HTMLElement {
  const neighbours = graph.mapEdges(node, (_edge, attributes, source, target) => ({
    node: source === node ? target : source,
    weight: attributes.weight ?? 1,
  }));
  neighbours.sort(
    (a, b) =>
      b.weight - a.weight ||
      graph.getNodeAttribute(a.node, "label").localeCompare(graph.getNodeAttribute(b.node, "label")),
  );
  const list = h("ol", { className: "neighbours" });
  for (const { node: other, weight } of neighbours.slice(0, NEIGHBOURS_SHOWN)) {
    list.append(
      h(
        "li",
        {},
        h("button", {
          className: "link",
          text: graph.getNodeAttribute(other, "label"),
          on: { click: () => selectNode(store, other, true) },
        }),
        h("span", { className: "muted", text: ` ${weight} joint paper${weight === 1 ? "" : "s"}` }),
      ),
    );
  }
  if (neighbours.length > NEIGHBOURS_SHOWN)
    list.append(h("li", { className: "muted", text: `… and ${neighbours.length - NEIGHBOURS_SHOWN} more` }));
  return list;
}

function metricTable(graph: NetworkGraph, node: string): HTMLElement {
  const body = h("tbody");
  for (const metric of NODE_METRICS) {
    const rank = rankOf(graph, node, metric.key);
    body.append(
      h(
        "tr",
        { title: metric.description },
        h("th", { text: metric.label }),
        h("td", { className: "num", text: formatNumber(graph.getNodeAttribute(node, metric.key), metric.isInteger) }),
        h("td", { className: "num muted", text: rank === undefined ? "" : `#${rank} of ${graph.order}` }),
      ),
    );
  }
  return h("table", { className: "metric-ranks" }, body);
}

function renderNode(dataset: Dataset, graph: NetworkGraph, node: string, store: Store): Node[] {
  const attributes = graph.getNodeAttributes(node);
  const papers = papersOfNode(dataset, node);
  const isPaper = attributes.kind === "paper";
  const neighbourTitle =
    attributes.kind === "author"
      ? "Coauthors by joint papers"
      : attributes.kind === "topic"
        ? "Related topics by shared papers"
        : "Authors and topics";
  const person = dataset.peopleByNode.get(node);
  const variants =
    person && person.variants.length > 1
      ? h("p", {
          className: "muted",
          text: `Also written: ${person.variants.filter((v) => v !== person.label).join("; ")}`,
        })
      : null;
  return [
    h("h3", { className: "details-name", text: attributes.label }),
    h("p", {
      className: "muted",
      text: [
        attributes.kind === "author" && attributes.isOwner ? `${attributes.kind} · profile owner` : attributes.kind,
        `${papers.length} paper${papers.length === 1 ? "" : "s"}`,
      ].join(" · "),
    }),
    variants,
    isPaper ? null : h("h4", { text: "Metrics (rank in the network)" }),
    isPaper ? null : metricTable(graph, node),
    h("h4", { text: neighbourTitle }),
    neighbourList(graph, node, store),
    h("h4", { text: "Papers" }),
    h("ol", { className: "papers" }, ...papers.slice(0, PAPERS_SHOWN).map(paperItem)),
  ].filter((child): child is HTMLElement => child !== null);
}

/** Mounts the details panel in `element`; it opens itself (via `onSelect`) when a node is selected. */
export function mountDetailsPanel(element: HTMLElement, store: Store, onSelect: () => void): () => void {
  return watch(store, ["selected", "dataset", "network"], (state) => {
    const graph = state.dataset && shownGraph(state.dataset, state.network);
    if (!state.dataset || !graph || !state.selected || !graph.hasNode(state.selected)) {
      return replaceChildren(
        element,
        h("p", { className: "empty", text: "Click a node, a table row or search a name to see its details." }),
      );
    }
    replaceChildren(element, ...renderNode(state.dataset, graph, state.selected, store));
    onSelect();
  });
}
