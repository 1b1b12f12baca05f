/**
 * The search box: an ARIA combobox over the authors and the topics of the analysis, whatever the view
 * (matched on labels folded for case and accents, best matches first). The arrow keys move through the
 * suggestions, Enter picks the highlighted one (or the best), Escape closes the list; a query nothing
 * matches says so under the box. Picking an author selects it and centres the canvas on it, switching to
 * the coauthor network from the topic view; picking a topic selects it in the topic and bipartite views,
 * and in the coauthor view shows only the authors who wrote on it.
 */

import { foldText } from "../../model";
import { h, replaceChildren } from "../dom";
import { selectNode, type Store } from "../state";

const SUGGESTIONS = 12;

export interface SearchMatch {
  node: string;
  label: string;
  kind: "author" | "topic";
}

/** Authors and topics whose folded label contains the folded query: earliest match, then shortest label. */
export function findMatches(store: Store, query: string, limit = SUGGESTIONS): SearchMatch[] {
  const { dataset } = store.get();
  const folded = foldText(query);
  if (!dataset || !folded) return [];
  const matches: (SearchMatch & { at: number })[] = [];
  for (const [kind, graph] of [
    ["author", dataset.graphs.coauthors],
    ["topic", dataset.graphs.topics],
  ] as const) {
    graph.forEachNode((node, attributes) => {
      const label = String(attributes.label ?? node);
      const at = foldText(label).indexOf(folded);
      if (at >= 0) matches.push({ node, label, kind, at });
    });
  }
  matches.sort((a, b) => a.at - b.at || a.label.length - b.label.length || a.label.localeCompare(b.label));
  return matches.slice(0, limit).map(({ node, label, kind }) => ({ node, label, kind }));
}

/** Shows `match` in the current view, switching view where it has no such node. */
export function showMatch(store: Store, match: SearchMatch): void {
  const { network } = store.get();
  if (match.kind === "topic" && network === "coauthors") {
    store.set({ topicFilter: match.node, selected: undefined, selectedEdge: undefined });
    return;
  }
  if (match.kind === "author" && network === "topics")
    store.set({ network: "coauthors", community: undefined, topicFilter: undefined });
  selectNode(store, match.node, true);
}

/** Mounts the search box in `element`; returns the dispose function. */
export function mountSearch(element: HTMLElement, store: Store): () => void {
  const list = h("ul", { attrs: { id: "search-results", role: "listbox", "aria-label": "Matches" } });
  const note = h("p", { className: "search-note", attrs: { role: "status", "aria-live": "polite" } });
  const input = h("input", {
    attrs: {
      type: "search",
      placeholder: "Search a name or topic…",
      role: "combobox",
      "aria-label": "Search authors and topics",
      "aria-autocomplete": "list",
      "aria-controls": "search-results",
      "aria-expanded": "false",
      autocomplete: "off",
    },
  });
  let matches: SearchMatch[] = [];
  let active = -1;

  const close = () => {
    list.hidden = true;
    input.setAttribute("aria-expanded", "false");
    input.removeAttribute("aria-activedescendant");
  };
  const highlight = (index: number) => {
    active = index;
    list
      .querySelectorAll("[role=option]")
      .forEach((option, i) => option.setAttribute("aria-selected", String(i === index)));
    if (index >= 0) input.setAttribute("aria-activedescendant", `search-option-${index}`);
    else input.removeAttribute("aria-activedescendant");
  };
  const pick = (match: SearchMatch | undefined) => {
    if (!match) return;
    input.value = match.label;
    close();
    note.textContent = "";
    showMatch(store, match);
  };
  const update = () => {
    const query = input.value.trim();
    matches = findMatches(store, query);
    replaceChildren(
      list,
      ...matches.map((match, i) =>
        h(
          "li",
          {
            attrs: { id: `search-option-${i}`, role: "option", "aria-selected": "false", "data-label": match.label },
            on: {
              // Keep the focus in the box: a click on the list must not blur it first.
              mousedown: (event) => event.preventDefault(),
              click: () => pick(match),
            },
          },
          h("span", { className: "option-label", text: match.label }),
          h("span", { className: `tag ${match.kind}`, text: match.kind }),
        ),
      ),
    );
    active = -1;
    const isOpen = matches.length > 0;
    list.hidden = !isOpen;
    input.setAttribute("aria-expanded", String(isOpen));
    note.textContent = query && !isOpen ? `No author or topic matches "${query}".` : "";
  };

  input.addEventListener("input", update);
  input.addEventListener("focus", () => input.value.trim() && update());
  input.addEventListener("blur", close);
  input.addEventListener("keydown", (event) => {
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      if (list.hidden) update();
      if (!matches.length) return;
      const step = event.key === "ArrowDown" ? 1 : -1;
      highlight((active + step + matches.length) % matches.length);
    } else if (event.key === "Enter") {
      event.preventDefault();
      const query = input.value.trim();
      if (!query) return;
      const found = active >= 0 ? matches : findMatches(store, query);
      const exact = found.find((match) => match.label === input.value);
      if (!found.length) note.textContent = `No author or topic matches "${query}".`;
      pick(active >= 0 ? found[active] : (exact ?? found[0]));
    } else if (event.key === "Escape" && !list.hidden) {
      event.stopPropagation();
      close();
    }
  });
  close();
  replaceChildren(element, input, list, note);
  return () => replaceChildren(element);
}
