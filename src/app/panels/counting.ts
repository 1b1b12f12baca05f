/**
 * The counting switch: how a joint paper counts towards a coauthor link. *Full* counts each joint paper
 * once (the link's `weight`); *fractional* counts 1/(n − 1) of a paper of n authors (Newman 2001), so a
 * ten-author paper weighs less between each pair than a two-author one. The choice is the analysis option
 * `counting`: it re-runs the analysis in the worker from the filter step on (the read corpus and the topics
 * are kept), and drives weighted degree, PageRank, the communities, the min link weight and line widths.
 */

import type { CountingMethod } from "../../model";
import { h, replaceChildren } from "../dom";
import { watch, type Store } from "../state";

const METHODS: { value: CountingMethod; label: string; hint: string }[] = [
  {
    value: "full",
    label: "Full",
    hint: "Each joint paper counts 1 for every pair of its authors: a link weighs its joint papers",
  },
  {
    value: "fractional",
    label: "Fractional",
    hint: "A joint paper of n authors counts 1/(n − 1) for each pair (Newman 2001): each author gets 1 per paper",
  },
];

/** Mounts the counting switch in `element`; `run` re-runs the analysis. Returns the dispose function. */
export function mountCountingSwitch(element: HTMLElement, store: Store, run: () => void): () => void {
  const inputs = new Map<CountingMethod, HTMLInputElement>();
  const choose = (counting: CountingMethod) => {
    const { analytics } = store.get();
    if (analytics.counting === counting) return;
    store.set({ analytics: { ...analytics, counting } });
    run();
  };
  const options = METHODS.map(({ value, label, hint }) => {
    const input = h("input", { attrs: { type: "radio", name: "counting", value } });
    input.addEventListener("change", () => input.checked && choose(value));
    inputs.set(value, input);
    return h("label", { className: "check", title: hint }, input, h("span", { text: label }));
  });
  replaceChildren(
    element,
    h(
      "fieldset",
      { className: "choice-group", attrs: { "data-testid": "counting" } },
      h("legend", { text: "Counting of joint papers" }),
      ...options,
    ),
    h("p", {
      className: "hint muted",
      text: "Drives weighted degree, PageRank, communities, the min link weight and line widths.",
    }),
  );
  // Undo, redo, the address and a session set the counting too: the switch shows what applies.
  return watch(store, ["analytics"], ({ analytics }) => {
    for (const [value, input] of inputs) input.checked = value === analytics.counting;
  });
}
