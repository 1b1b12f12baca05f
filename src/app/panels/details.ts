/**
 * The details panel: what is selected. A node: its name, its papers (year and title, newest first, linked
 * to their DOI), its neighbours by joint papers (coauthors of an author, co-occurring topics of a topic)
 * and every metric with its rank in the network; an author also their indicators (citations, h-index,
 * first/last-author shares, burst: author-indicators.ts) and timeline (author-timeline.ts); a paper of the
 * bipartite view: its year, venue, link,
 * authors and topics. A link: its shared papers (link-details.ts). A community: its members and topics
 * (community-details.ts). Names and titles are untrusted text and only ever set as textContent.
 */

import type { NetworkGraph } from "../../model";
import { NODE_METRICS, rankOfNode } from "../../metrics";
import { metricsGraph, papersOfNode, shownGraph, type Dataset } from "../dataset";
import { burstDetails } from "./bursts";
import { formatNumber, h, replaceChildren } from "../dom";
import { selectNode, watch, type Store } from "../state";
import { renderAuthorIndicators } from "./author-indicators";
import { renderAuthorTimeline } from "./author-timeline";
import { renderCommunity } from "./community-details";
import { renderLink } from "./link-details";
import { paperItem, paperUrl } from "./paper-item";

const PAPERS_SHOWN = 200;
const NEIGHBOURS_SHOWN = 50;

function neighbourList(graph: NetworkGraph, node: string, store: Store, unit: string): HTMLElement {
  if (!graph.hasNode(node)) return h("p", { className: "muted", text: "Not in the network after the filters." });
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
        h("span", { className: "muted", text: ` ${weight} ${unit}${weight === 1 ? "" : "s"}` }),
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
    const rank = rankOfNode(graph, node, metric.key);
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

/** The facts line under a node's name: its kind (and ownership) and its number of papers. */
function kindLine(dataset: Dataset, graph: NetworkGraph, node: string): string {
  const attributes = graph.getNodeAttributes(node);
  const papers = papersOfNode(dataset, node).length;
  const author = attributes.kind === "author" ? attributes : undefined;
  const kind = author?.isGroup ? "group author" : author?.isOwner ? "author · profile owner" : attributes.kind;
  return `${kind} · ${papers.toLocaleString("en")} paper${papers === 1 ? "" : "s"}`;
}

/** A paper of the bipartite view: year, venue and link, then its authors and topics. */
function renderPaper(dataset: Dataset, graph: NetworkGraph, node: string, store: Store): Node[] {
  const paper = papersOfNode(dataset, node)[0];
  const url = paper && paperUrl(paper);
  const facts = [paper?.year === undefined ? "year unknown" : String(paper.year), paper?.venue].filter(Boolean);
  const neighbours = (kind: string) =>
    graph
      .neighbors(node)
      .filter((other) => graph.getNodeAttribute(other, "kind") === kind)
      .map((other) =>
        h(
          "li",
          {},
          h("button", {
            className: "link",
            text: graph.getNodeAttribute(other, "label"),
            on: { click: () => selectNode(store, other, true) },
          }),
        ),
      );
  return [
    h("h3", { className: "details-name", text: graph.getNodeAttribute(node, "label") }),
    h("p", { className: "muted", text: `paper · ${facts.join(" · ")}` }),
    url ? h("p", {}, h("a", { text: url, attrs: { href: url, target: "_blank", rel: "noopener noreferrer" } })) : null,
    h("h4", { text: "Authors" }),
    h("ol", { className: "neighbours" }, ...neighbours("author")),
    h("h4", { text: "Topics" }),
    h("ul", { className: "neighbours" }, ...neighbours("topic")),
  ].filter((child): child is NonNullable<typeof child> => child !== null);
}

function renderNode(dataset: Dataset, graph: NetworkGraph, node: string, store: Store): Node[] {
  const attributes = graph.getNodeAttributes(node);
  if (attributes.kind === "paper") return renderPaper(dataset, graph, node, store);
  const papers = papersOfNode(dataset, node);
  const isAuthor = attributes.kind === "author";
  const [neighbourTitle, unit] = isAuthor
    ? ["Coauthors by joint papers", "joint paper"]
    : ["Related topics by shared papers", "shared paper"];
  const person = dataset.peopleByNode.get(node);
  const variants =
    person && person.variants.length > 1
      ? h("p", {
          className: "muted",
          text: `Also written: ${person.variants.filter((v) => v !== person.label).join("; ")}`,
        })
      : null;
  // Authors in the bipartite view have their metrics in the coauthor network.
  const measured = metricsGraph(dataset, isAuthor ? "coauthors" : "topics");
  const coauthors = dataset.graphs.coauthors;
  const indicators =
    isAuthor && coauthors.hasNode(node) ? renderAuthorIndicators(coauthors.getNodeAttributes(node)) : [];
  return [
    h("h3", { className: "details-name", text: attributes.label }),
    h("p", { className: "muted", text: kindLine(dataset, graph, node) }),
    variants,
    indicators.length ? h("h4", { text: "Indicators" }) : null,
    ...indicators,
    // An author's burst is a line of their indicators; a topic's is said here.
    indicators.length ? null : burstDetails(dataset, node),
    person ? h("h4", { text: "Timeline" }) : null,
    person ? renderAuthorTimeline(dataset, person.key, person.paperIds) : null,
    measured.hasNode(node) ? h("h4", { text: "Metrics (rank in the network)" }) : null,
    measured.hasNode(node) ? metricTable(measured as NetworkGraph, node) : null,
    h("h4", { text: neighbourTitle }),
    neighbourList(isAuthor ? dataset.graphs.coauthors : dataset.graphs.topics, node, store, unit),
    h("h4", { text: "Papers" }),
    h("ol", { className: "papers" }, ...papers.slice(0, PAPERS_SHOWN).map(paperItem)),
  ].filter((child): child is NonNullable<typeof child> => child !== null);
}

/** Mounts the details panel in `element`; it opens itself (via `onSelect`) when something is selected. */
export function mountDetailsPanel(element: HTMLElement, store: Store, onSelect: () => void): () => void {
  return watch(store, ["selected", "selectedEdge", "community", "dataset", "network"], (state) => {
    const { dataset, network, selected, selectedEdge, community } = state;
    const graph = dataset && shownGraph(dataset, network);
    let content: Node[] | undefined;
    if (dataset && graph && selectedEdge && graph.hasEdge(selectedEdge))
      content = renderLink(dataset, graph, selectedEdge, store);
    else if (dataset && graph && selected && graph.hasNode(selected))
      content = renderNode(dataset, graph, selected, store);
    else if (dataset && community !== undefined) content = renderCommunity(dataset, network, community, store);
    if (!content)
      return replaceChildren(
        element,
        h("p", {
          className: "empty",
          text: "Click a node, a link, a community or a table row, or search a name, to see its details.",
        }),
      );
    replaceChildren(element, ...content);
    onSelect();
  });
}
