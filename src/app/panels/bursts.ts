/**
 * The bursts panel: the strongest Kleinberg bursts of the corpus (analytics/bursts.ts), topics and authors,
 * each with its years, its papers in those years and its weight. A click selects the topic or the author
 * in its own network; on the canvas a ring marks every node with a burst (view/burst-marks.ts).
 */

import type { Burst } from "../../analytics";
import type { Dataset } from "../dataset";
import { formatNumber, h, replaceChildren } from "../dom";
import { selectNode, watch, type Store } from "../state";
import { BURST_RING, burstYears } from "../view/burst-marks";
import { switchNetwork } from "./view-controls";

/** Bursts listed per kind. */
const SHOWN = 10;

/** One kind's list: a button per burst, then its years, papers and weight. */
function burstList(bursts: readonly Burst[], network: "coauthors" | "topics", store: Store): HTMLElement {
  const show = (key: string) => {
    switchNetwork(store, network);
    selectNode(store, key, true);
  };
  return h(
    "ol",
    { className: "burst-list", attrs: { "data-bursts": network } },
    ...bursts.slice(0, SHOWN).map((burst) =>
      h(
        "li",
        { attrs: { "data-node": burst.key } },
        h("button", { className: "link", text: burst.label, on: { click: () => show(burst.key) } }),
        h("span", {
          className: "muted num",
          text: `${burst.start === burst.end ? burst.start : `${burst.start}–${burst.end}`} · ${burst.papers} p.`,
          title: `${burst.papers} papers in the burst's years; weight ${formatNumber(burst.weight)}`,
        }),
      ),
    ),
  );
}

/** Mounts the bursts panel in `element`; returns its dispose function. */
export function mountBurstsPanel(element: HTMLElement, store: Store): () => void {
  return watch(store, ["dataset"], ({ dataset }) => {
    const report = dataset?.insights.bursts;
    if (!report?.years)
      return replaceChildren(element, h("p", { className: "muted", text: "No dated papers: no bursts to find." }));
    const { topics, authors } = report;
    const none = (what: string) => h("p", { className: "muted", text: `No ${what} burst.` });
    replaceChildren(
      element,
      h("p", {
        className: "note muted",
        text:
          `Years when a topic or an author had a markedly larger share of the papers than usual ` +
          `(Kleinberg 2002, s = ${report.parameters.s}, γ = ${report.parameters.gamma}, over ${report.years.first}–` +
          `${report.years.last}); strongest first. Ringed on the canvas.`,
      }),
      h("h4", { text: "Topics" }),
      topics.length ? burstList(topics, "topics", store) : none("topic"),
      h("h4", { text: "Authors" }),
      authors.length ? burstList(authors, "coauthors", store) : none("author"),
    );
  });
}

/** The details panel's line on a node's strongest burst (its years and weight), or null without one. */
export function burstDetails(dataset: Dataset, node: string): HTMLElement | null {
  const graph = node.startsWith("topic:") ? dataset.graphs.topics : dataset.graphs.coauthors;
  if (!graph.hasNode(node)) return null;
  const attributes = graph.getNodeAttributes(node);
  const years = burstYears(attributes);
  if (!years) return null;
  return h(
    "p",
    { className: "burst-note", attrs: { "data-burst": years } },
    h("span", { className: "mark-ring", attrs: { style: `border-color:${BURST_RING}` } }),
    ` Burst of activity: ${years.replace("burst ", "")} (Kleinberg weight ${formatNumber(attributes.burstWeight)})`,
  );
}
