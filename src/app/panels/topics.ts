/**
 * The topics panel: the topics of the corpus (categories and key phrases) by number of papers. Clicking
 * one filters the coauthor view to the authors with a paper on it; clicking it again clears the filter.
 * Colouring authors by their main topic is a colour choice in the view controls.
 */

import { h, replaceChildren } from "../dom";
import { watch, type Store } from "../state";

const SHOWN = 40;

/** Mounts the topics panel in `element`; returns its dispose function. */
export function mountTopicsPanel(element: HTMLElement, store: Store): () => void {
  return watch(store, ["dataset", "topicFilter", "network"], (state) => {
    if (!state.dataset) return replaceChildren(element, h("p", { className: "empty", text: "No analysis yet." }));
    const graph = state.dataset.graphs.topics;
    // Every node of the topic network is a topic; the check tells the compiler which attributes it has.
    const topics = graph
      .reduceNodes<{ node: string; label: string; kind: string; papers: number }[]>((list, node, attributes) => {
        if (attributes.kind === "topic") {
          list.push({ node, label: attributes.label, kind: attributes.topicKind, papers: attributes.paperCount });
        }
        return list;
      }, [])
      .sort((a, b) => b.papers - a.papers || a.label.localeCompare(b.label));
    const active = state.topicFilter;
    const note = active
      ? h(
          "p",
          { className: "note" },
          "Coauthor view filtered to ",
          h("strong", { text: String(graph.hasNode(active) ? graph.getNodeAttribute(active, "label") : active) }),
          ". ",
          h("button", { className: "link", text: "Clear", on: { click: () => store.set({ topicFilter: undefined }) } }),
        )
      : h("p", { className: "note muted", text: "Click a topic to show only the authors who wrote on it." });
    const list = h("ul", { className: "topic-list" });
    for (const topic of topics.slice(0, SHOWN)) {
      const toggle = () =>
        store.set({ topicFilter: active === topic.node ? undefined : topic.node, network: "coauthors" });
      list.append(
        h(
          "li",
          { className: active === topic.node ? "active" : "" },
          h("button", { className: "link", text: topic.label, on: { click: toggle } }),
          h("span", { className: `tag ${topic.kind}`, text: topic.kind === "category" ? "category" : "phrase" }),
          h("span", { className: "muted num", text: String(topic.papers) }),
        ),
      );
    }
    replaceChildren(
      element,
      note,
      list,
      topics.length > SHOWN
        ? h("p", { className: "note muted", text: `${topics.length - SHOWN} more topics in the topic view.` })
        : null,
    );
  });
}
