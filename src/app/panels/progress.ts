/**
 * The status line: a progress bar and the stage while the worker runs, the error when it failed, and
 * when done the run time and what the canvas shows, in the words of that network: papers, authors and
 * links of a coauthor network made from papers, nodes and links of an imported one, topics of the topic
 * network, the three kinds of the bipartite view, and how many authors a topic filter keeps; its
 * tooltip lists the pipeline steps the last run recomputed.
 * It also mirrors the phase into `document.body.dataset.status` ("running", "ready", "error") so the
 * browser tests can wait for a finished analysis without looking at pixels.
 */

import type { Dataset } from "../dataset";
import { h, replaceChildren } from "../dom";
import { watch, type NetworkName, type Store } from "../state";
import { nodesOnTopic } from "../view/reducers";

const count = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString("en")} ${n === 1 ? one : many}`;

/** What the canvas shows, in words. */
export function describeShown(dataset: Dataset, network: NetworkName, topicFilter: string | undefined): string {
  const papers = count(dataset.papers.length, "paper");
  if (network === "topics") {
    const graph = dataset.graphs.topics;
    return [papers, count(graph.order, "topic"), count(graph.size, "link")].join(" · ");
  }
  // The linked views' author–topic graph: its two kinds of node and its links.
  if (network === "authorTopics") {
    const kinds = { author: 0, topic: 0 };
    dataset.graphs.authorTopics.forEachNode((_node, { kind }) => kinds[kind]++);
    const { size } = dataset.graphs.authorTopics;
    return [count(kinds.author, "author"), count(kinds.topic, "topic"), count(size, "link")].join(" · ");
  }
  if (network === "bipartite") {
    const kinds = { author: 0, paper: 0, topic: 0 };
    dataset.graphs.bipartite.forEachNode((_node, { kind }) => kinds[kind]++);
    return [count(kinds.author, "author"), count(kinds.paper, "paper"), count(kinds.topic, "topic")].join(" · ");
  }
  const graph = dataset.graphs.coauthors;
  const links = count(graph.size, "link");
  if (dataset.papers.length === 0) return `${count(graph.order, "node")} · ${links}`;
  const kept = nodesOnTopic(dataset, graph, topicFilter);
  if (kept && topicFilter) {
    const topic = dataset.graphs.topics.hasNode(topicFilter)
      ? dataset.graphs.topics.getNodeAttribute(topicFilter, "label")
      : topicFilter;
    return `${papers} · ${kept.size.toLocaleString("en")} of ${count(graph.order, "author")} on "${topic}"`;
  }
  return [papers, count(graph.order, "author"), links].join(" · ");
}

/** Mounts the status line in `element`; returns its dispose function. */
export function mountProgress(element: HTMLElement, store: Store): () => void {
  const bar = h("progress", { attrs: { max: "1", value: "0", "aria-label": "Analysis progress" } });
  const label = h("span", { className: "status-text", attrs: { role: "status", "aria-live": "polite" } });
  replaceChildren(element, bar, label);
  return watch(store, ["status", "dataset", "network", "topicFilter", "files"], (state) => {
    const { status, dataset } = state;
    document.body.dataset.status = status.phase;
    element.dataset.phase = status.phase;
    bar.hidden = status.phase !== "running";
    bar.value = status.total > 0 ? status.done / status.total : 0;
    if (status.phase === "running") label.textContent = `Analysing: ${status.message}`;
    else if (status.phase === "ready" && state.files.length === 0)
      label.textContent = "No files: open or drop your files, or load the sample.";
    else if (status.phase === "ready" && dataset)
      label.textContent = `${status.message} · ${describeShown(dataset, state.network, state.topicFilter)}`;
    else label.textContent = status.message;
    // Which steps the last run recomputed (the others were kept): a tooltip, and data-steps for tools.
    const steps = dataset?.steps ?? [];
    element.dataset.steps = steps.join(",");
    element.title = steps.length ? `Recomputed: ${steps.join(", ")}` : "";
  });
}
