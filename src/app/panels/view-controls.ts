/**
 * What the canvas shows: the network (coauthors, topics, or the author–paper bipartite graph), which
 * metric sizes the nodes and what colours them. The choices offered depend on the network (topics have
 * no year of first paper; the bipartite graph is coloured by node kind).
 */

import { DEFAULT_OPTIONS, type CommunityAlgorithm } from "../../options";
import { h, replaceChildren } from "../dom";
import { communityTitle } from "../../export";
import { metricsNetwork, watch, type NetworkName, type Store } from "../state";
import { COLOR_ENCODINGS, resolveEncoding, SIZE_ENCODINGS, type Encoding } from "../view/render-graph";

const NETWORKS: { key: NetworkName; label: string; title: string }[] = [
  { key: "coauthors", label: "Coauthors", title: "Authors linked by joint papers" },
  { key: "topics", label: "Topics", title: "Topics linked when they share papers" },
  { key: "bipartite", label: "Bipartite", title: "Authors, papers and topics as one bipartite graph" },
  { key: "authorTopics", label: "Authors–topics", title: "Authors linked to the topics they publish on, by papers" },
];

function select(
  name: string,
  label: string,
  options: Encoding[],
  value: string,
  onChange: (value: string) => void,
): HTMLElement {
  const element = h("select", { attrs: { name } });
  for (const option of options) {
    const item = h("option", { text: option.label, attrs: { value: option.key } });
    element.append(item);
  }
  element.value = value;
  element.addEventListener("change", () => onChange(element.value));
  return h("label", { className: "field" }, h("span", { text: label }), element);
}

/**
 * Shows `network`. An author or topic selected stays selected, and a community selected becomes the
 * linked community (view/linked.ts), so the other network shows its counterpart; switching back to the
 * community's own network selects it there again. A link or a paper selected is dropped.
 */
export function switchNetwork(store: Store, network: NetworkName): void {
  const { selected, community, linkedCommunity, network: shown } = store.get();
  const carried = community !== undefined ? { network: metricsNetwork(shown), community } : linkedCommunity;
  const isHome = carried !== undefined && network === carried.network;
  store.set({
    network,
    hovered: undefined,
    selected: selected && !selected.startsWith("paper:") ? selected : undefined,
    selectedEdge: undefined,
    community: isHome ? carried.community : undefined,
    linkedCommunity: isHome ? undefined : carried,
  });
}

/** The colour choices of `network`, the communities named by the algorithm of the analysis shown. */
function colourOptions(network: NetworkName, algorithm: CommunityAlgorithm): Encoding[] {
  return COLOR_ENCODINGS[network].map((option) =>
    option.key === "community" ? { ...option, label: communityTitle(algorithm) } : option,
  );
}

/** Mounts the network switch and the size/colour choices in `element`; returns the dispose function. */
export function mountViewControls(element: HTMLElement, store: Store): () => void {
  let shown = "";
  return watch(store, ["network", "sizeBy", "colorBy", "dataset"], (state) => {
    const next = state.dataset?.options.communityAlgorithm ?? DEFAULT_OPTIONS.communityAlgorithm;
    // A new analysis redraws the controls only when it changed the algorithm's name (focus stays put).
    const drawn = [state.network, state.sizeBy, state.colorBy, next].join("\n");
    if (drawn === shown) return;
    shown = drawn;
    const tabs = h("div", { className: "segmented networks", attrs: { role: "tablist", "aria-label": "Network" } });
    for (const network of NETWORKS) {
      tabs.append(
        h("button", {
          text: network.label,
          title: network.title,
          className: network.key === state.network ? "active" : "",
          attrs: { role: "tab", "aria-selected": String(network.key === state.network), "data-network": network.key },
          on: { click: () => switchNetwork(store, network.key) },
        }),
      );
    }
    const { sizeBy, colorBy } = resolveEncoding(state.network, state);
    replaceChildren(
      element,
      tabs,
      select("sizeBy", "Size by", SIZE_ENCODINGS[state.network], sizeBy, (value) => store.set({ sizeBy: value })),
      select("colorBy", "Colour by", colourOptions(state.network, next), colorBy, (value) =>
        store.set({ colorBy: value }),
      ),
    );
  });
}
