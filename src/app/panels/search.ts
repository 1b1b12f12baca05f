/**
 * The search box: suggestions (a datalist of at most SUGGESTIONS names matching what is typed, folded
 * for case and accents) and, on Enter or on picking a suggestion, selection of the node and a camera
 * move to it. It searches the network on the canvas.
 */

import { foldText } from "../../model";
import { h, replaceChildren } from "../dom";
import { selectNode, type Store } from "../state";

const SUGGESTIONS = 12;

/** Nodes of the current network whose folded label contains the folded query, best matches first. */
export function findNodes(store: Store, query: string, limit = SUGGESTIONS): { node: string; label: string }[] {
  const { dataset, network } = store.get();
  const folded = foldText(query);
  if (!dataset || !folded) return [];
  const matches: { node: string; label: string; at: number }[] = [];
  dataset.graphs[network].forEachNode((node, attributes) => {
    const label = String(attributes.label ?? node);
    const at = foldText(label).indexOf(folded);
    if (at >= 0) matches.push({ node, label, at });
  });
  matches.sort((a, b) => a.at - b.at || a.label.length - b.label.length || a.label.localeCompare(b.label));
  return matches.slice(0, limit);
}

/** Mounts the search box in `element`; returns the dispose function. */
export function mountSearch(element: HTMLElement, store: Store): () => void {
  const list = h("datalist", { attrs: { id: "search-suggestions" } });
  const input = h("input", {
    attrs: {
      type: "search",
      placeholder: "Search a name or topic…",
      list: "search-suggestions",
      "aria-label": "Search",
    },
  });
  const go = () => {
    const exact = findNodes(store, input.value, Infinity).find((match) => match.label === input.value);
    const match = exact ?? findNodes(store, input.value, 1)[0];
    if (match) selectNode(store, match.node, true);
  };
  input.addEventListener("input", () => {
    const suggestions = findNodes(store, input.value);
    replaceChildren(list, ...suggestions.map((match) => h("option", { attrs: { value: match.label } })));
    const picked = suggestions.find((match) => match.label === input.value);
    if (picked) selectNode(store, picked.node, true);
  });
  input.addEventListener("keydown", (event) => {
    if (event.key === "Enter") go();
  });
  replaceChildren(element, input, list);
  return () => replaceChildren(element);
}
