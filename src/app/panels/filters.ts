/**
 * The filter panel: publication years, minimum joint papers per link, minimum degree, largest component
 * only, and hiding the profile owners. Filters are analysis options, so changing one re-runs the
 * pipeline in the worker and metrics and layout follow the filtered network (a short debounce keeps
 * typing in a year field from starting a run per keystroke).
 */

import { h, replaceChildren } from "../dom";
import { DEFAULT_FILTERS, type FilterOptions } from "../../options";
import type { Store } from "../state";

const DEBOUNCE_MS = 350;

type NumberField = "yearFrom" | "yearTo" | "minLinkWeight" | "minDegree";
type BooleanField = "largestComponentOnly" | "hideOwners";

/** Mounts the filters in `element`; `onChange` re-runs the analysis. Returns the dispose function. */
export function mountFiltersPanel(element: HTMLElement, store: Store, onChange: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const update = (patch: Partial<FilterOptions>, immediate = false) => {
    store.set({ filters: { ...store.get().filters, ...patch } });
    clearTimeout(timer);
    timer = setTimeout(onChange, immediate ? 0 : DEBOUNCE_MS);
  };

  const numberInput = (field: NumberField, label: string, min: number, placeholder: string) => {
    const input = h("input", { attrs: { type: "number", min: String(min), step: "1", name: field, placeholder } });
    const value = store.get().filters[field];
    input.value = value === undefined ? "" : String(value);
    input.addEventListener("change", () => {
      const parsed = input.value.trim() === "" ? undefined : Math.round(Number(input.value));
      const fallback = field === "yearFrom" || field === "yearTo" ? undefined : DEFAULT_FILTERS[field];
      update({ [field]: parsed === undefined || !Number.isFinite(parsed) ? fallback : Math.max(min, parsed) });
    });
    return h("label", { className: "field" }, h("span", { text: label }), input);
  };

  const checkbox = (field: BooleanField, label: string, hint: string) => {
    const input = h("input", { attrs: { type: "checkbox", name: field } });
    input.checked = store.get().filters[field];
    input.addEventListener("change", () => update({ [field]: input.checked }, true));
    return h("label", { className: "check", title: hint }, input, h("span", { text: label }));
  };

  const render = () =>
    replaceChildren(
      element,
      h(
        "div",
        { className: "field-row" },
        numberInput("yearFrom", "From year", 1000, "any"),
        numberInput("yearTo", "To year", 1000, "any"),
      ),
      h(
        "div",
        { className: "field-row" },
        numberInput("minLinkWeight", "Min joint papers", 1, String(DEFAULT_FILTERS.minLinkWeight)),
        numberInput("minDegree", "Min coauthors", 0, String(DEFAULT_FILTERS.minDegree)),
      ),
      checkbox("largestComponentOnly", "Largest component only", "Keep only the largest connected group of coauthors"),
      checkbox(
        "hideOwners",
        "Hide the profile owner",
        "An ego network without its centre shows the structure among the coauthors",
      ),
      h("button", {
        text: "Reset filters",
        className: "secondary",
        on: {
          click: () => {
            update({ ...DEFAULT_FILTERS }, true);
            render();
          },
        },
      }),
    );
  render();
  return () => clearTimeout(timer);
}
