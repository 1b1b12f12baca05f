/**
 * The details of a selected link: its two ends and the papers behind it, from the `papers` attribute the
 * projections keep on every link: the joint papers of two coauthors, the papers carrying both topics of
 * a topic link. A link of the bipartite view is an authorship or a topic of a paper: that paper.
 */

import type { CountingMethod, NetworkGraph } from "../../model";
import { papersById, type Dataset } from "../dataset";
import { formatNumber, h } from "../dom";
import { selectNode, type Store } from "../state";
import { paperItem } from "./paper-item";

const PAPERS_SHOWN = 200;

/**
 * A coauthor link's three weights: joint papers (full counting), Newman's fractional Σ 1/(n − 1) and the
 * association strength (van Eck & Waltman 2009), the one the analysis counts with marked.
 */
function linkWeights(attributes: Record<string, unknown>, counting: CountingMethod): HTMLElement {
  const rows: [string, unknown, string, CountingMethod | undefined][] = [
    ["Joint papers", attributes.weight, "Full counting: each joint paper counts 1", "full"],
    ["Fractional", attributes.fractional, "Σ 1/(n − 1) over the joint papers of n authors (Newman 2001)", "fractional"],
    [
      "Association strength",
      attributes.association,
      "Joint papers over those expected from the two authors' total link weights (van Eck & Waltman 2009)",
      undefined,
    ],
  ];
  return h(
    "table",
    { className: "link-weights", attrs: { "data-testid": "link-weights" } },
    h("caption", { text: "Link weight" }),
    h(
      "tbody",
      {},
      ...rows.map(([label, value, hint, method]) =>
        h(
          "tr",
          { title: hint, attrs: method === counting ? { "aria-current": "true" } : {} },
          h("th", { text: label }),
          h("td", { className: "num", text: formatNumber(value) }),
          h("td", { className: "muted", text: method === counting ? "counted" : "" }),
        ),
      ),
    ),
  );
}

/** The panel content for link `edge` of `graph`. */
export function renderLink(dataset: Dataset, graph: NetworkGraph, edge: string, store: Store): Node[] {
  const [source, target] = graph.extremities(edge);
  const attributes: Record<string, unknown> = graph.getEdgeAttributes(edge);
  const end = (node: string) =>
    h("button", {
      className: "link",
      text: graph.getNodeAttribute(node, "label"),
      on: { click: () => selectNode(store, node, true) },
    });
  const isPaperLink =
    graph.getNodeAttribute(source, "kind") === "paper" || graph.getNodeAttribute(target, "kind") === "paper";
  const ids = isPaperLink
    ? [source, target].filter((node) => graph.getNodeAttribute(node, "kind") === "paper")
    : Array.isArray(attributes.papers)
      ? attributes.papers.filter((id): id is string => typeof id === "string")
      : [];
  const papers = papersById(dataset, ids);
  const isTopicLink =
    graph.getNodeAttribute(source, "kind") === "topic" && graph.getNodeAttribute(target, "kind") === "topic";
  const what = isPaperLink ? "Paper" : isTopicLink ? "Papers carrying both topics" : "Joint papers";
  return [
    h("h3", { className: "details-name" }, end(source), " — ", end(target)),
    h("p", {
      className: "muted",
      text: `link · ${papers.length.toLocaleString("en")} paper${papers.length === 1 ? "" : "s"}`,
    }),
    typeof attributes.fractional === "number" ? linkWeights(attributes, dataset.options.counting) : null,
    h("h4", { text: what }),
    papers.length
      ? h("ol", { className: "papers" }, ...papers.slice(0, PAPERS_SHOWN).map(paperItem))
      : h("p", { className: "muted", text: "No papers behind this link (it comes from an imported network)." }),
  ].filter((child): child is HTMLElement => child !== null);
}
