/**
 * The details of a selected link: its two ends and the papers behind it, from the `papers` attribute the
 * projections keep on every link: the joint papers of two coauthors, the papers carrying both topics of
 * a topic link. A link of the bipartite view is an authorship or a topic of a paper: that paper.
 */

import type { NetworkGraph } from "../../model";
import { papersById, type Dataset } from "../dataset";
import { h } from "../dom";
import { selectNode, type Store } from "../state";
import { paperItem } from "./paper-item";

const PAPERS_SHOWN = 200;

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
    h("h4", { text: what }),
    papers.length
      ? h("ol", { className: "papers" }, ...papers.slice(0, PAPERS_SHOWN).map(paperItem))
      : h("p", { className: "muted", text: "No papers behind this link (it comes from an imported network)." }),
  ];
}
