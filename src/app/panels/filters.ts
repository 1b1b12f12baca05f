/**
 * The filter panel: publication years, minimum link weight (joint papers, or their fractional sum under
 * fractional counting), minimum coauthors, largest component only, hiding the profile owners and hiding
 * group authors (collaborations, consortia). Filters are analysis options: a valid change re-runs the
 * pipeline in the worker (from the first step it touches). Numbers apply as they are typed, after a short
 * pause (so a year typed digit by digit starts one run, not four). A value that cannot apply is said in
 * plain words next to its field — not a number, below the field's minimum, a year range that ends before
 * it starts or holds no paper of the files — and the last good view stays.
 */

import { DEFAULT_FILTERS, type FilterOptions } from "../../options";
import { h, replaceChildren } from "../dom";
import { watch, type Store } from "../state";

const DEBOUNCE_MS = 350;

type NumberField = "yearFrom" | "yearTo" | "minLinkWeight" | "minDegree";
type BooleanField = "largestComponentOnly" | "hideOwners" | "hideGroups";

interface NumberSpec {
  label: string;
  min: number;
  /** What the field means when empty: undefined (an open year range) or the default. */
  empty: number | undefined;
  placeholder: string;
  /** Whether only whole numbers apply (the link weight is a decimal under fractional counting). */
  whole: boolean;
  /** Says why `value` (a whole number) cannot apply, or undefined when it can. */
  check: (value: number) => string | undefined;
}

const isYear = (value: number) => (value >= 1000 && value <= 9999 ? undefined : "A year has four digits.");
const SPECS: Record<NumberField, NumberSpec> = {
  yearFrom: { label: "From year", min: 1000, empty: undefined, placeholder: "any", whole: true, check: isYear },
  yearTo: { label: "To year", min: 1000, empty: undefined, placeholder: "any", whole: true, check: isYear },
  minLinkWeight: {
    label: "Min link weight",
    min: 0,
    empty: DEFAULT_FILTERS.minLinkWeight,
    placeholder: "none",
    whole: false,
    check: (value) => (value >= 0 ? undefined : "Use 0 (no minimum) or a positive weight."),
  },
  minDegree: {
    label: "Min coauthors",
    min: 0,
    empty: DEFAULT_FILTERS.minDegree,
    placeholder: String(DEFAULT_FILTERS.minDegree),
    whole: true,
    check: (value) => (value >= 0 ? undefined : "Use 0 or more coauthors."),
  },
};

/** The year range's problem, if any: inverted, or holding none of the papers' years. */
export function yearRangeProblem(filters: FilterOptions, years: readonly number[]): string | undefined {
  const { yearFrom, yearTo } = filters;
  if (yearFrom !== undefined && yearTo !== undefined && yearFrom > yearTo)
    return `The range ends before it starts (${yearFrom} > ${yearTo}).`;
  if ((yearFrom === undefined && yearTo === undefined) || years.length === 0) return undefined;
  const inRange = years.some((year) => (yearFrom ?? -Infinity) <= year && year <= (yearTo ?? Infinity));
  if (inRange) return undefined;
  return `No paper in ${yearFrom ?? "…"}–${yearTo ?? "…"}: the papers run from ${years[0]} to ${years.at(-1)}.`;
}

/** Mounts the filters in `element`; `run` re-runs the analysis. Returns the dispose function. */
export function mountFiltersPanel(element: HTMLElement, store: Store, run: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  /** What the fields say now, valid or not; the store holds the last filters that applied. */
  let draft: FilterOptions = { ...store.get().filters };
  const errors = new Map<NumberField | "years", string>();
  const messages = new Map<string, HTMLElement>();
  const inputs = new Map<NumberField, HTMLInputElement>();

  const showErrors = () => {
    for (const [field, message] of messages) message.textContent = errors.get(field as NumberField | "years") ?? "";
    for (const [field, input] of inputs) {
      const isWrong = errors.has(field) || ((field === "yearFrom" || field === "yearTo") && errors.has("years"));
      input.setAttribute("aria-invalid", String(isWrong));
    }
  };
  /** Applies the draft when every field is valid; else says what is wrong and keeps the last good view. */
  const apply = () => {
    errors.delete("years");
    const problem = yearRangeProblem(draft, store.get().dataset?.paperYears ?? []);
    if (problem) errors.set("years", problem);
    showErrors();
    if (errors.size) return;
    const current = store.get().filters;
    const changed = (Object.keys(draft) as (keyof FilterOptions)[]).some((key) => draft[key] !== current[key]);
    if (!changed) return;
    store.set({ filters: { ...draft } });
    run();
  };
  const schedule = (immediate: boolean) => {
    clearTimeout(timer);
    timer = setTimeout(apply, immediate ? 0 : DEBOUNCE_MS);
  };

  const numberInput = (field: NumberField) => {
    const spec = SPECS[field];
    const id = `filter-${field}`;
    const input = h("input", {
      attrs: {
        type: "number",
        step: spec.whole ? "1" : "any",
        name: field,
        id,
        placeholder: spec.placeholder,
        inputmode: spec.whole ? "numeric" : "decimal",
        "aria-describedby": `${id}-error`,
      },
    });
    inputs.set(field, input);
    const value = draft[field];
    input.value = value === undefined || (value === 0 && !spec.whole) ? "" : String(value);
    const read = (immediate: boolean) => {
      const text = input.value.trim();
      // A number input reports "" for text it cannot parse ("12a"): validity.badInput tells the two apart.
      const parsed = text === "" ? (input.validity.badInput ? NaN : undefined) : Number(text);
      errors.delete(field);
      const isNumber = parsed !== undefined && (spec.whole ? Number.isInteger(parsed) : Number.isFinite(parsed));
      if (parsed !== undefined && !isNumber) errors.set(field, spec.whole ? "Use a whole number." : "Use a number.");
      else if (parsed !== undefined) {
        const problem = spec.check(parsed);
        if (problem) errors.set(field, problem);
      }
      if (!errors.has(field)) draft = { ...draft, [field]: parsed ?? spec.empty };
      schedule(immediate);
    };
    input.addEventListener("input", () => read(false));
    input.addEventListener("change", () => read(true));
    const message = h("span", { className: "field-error", attrs: { id: `${id}-error`, role: "alert" } });
    messages.set(field, message);
    return h("label", { className: "field", attrs: { for: id } }, h("span", { text: spec.label }), input, message);
  };

  const checkbox = (field: BooleanField, label: string, hint: string) => {
    const input = h("input", { attrs: { type: "checkbox", name: field } });
    input.checked = draft[field];
    input.addEventListener("change", () => {
      draft = { ...draft, [field]: input.checked };
      schedule(true);
    });
    return h("label", { className: "check", title: hint }, input, h("span", { text: label }));
  };

  const render = () => {
    inputs.clear();
    messages.clear();
    const years = h("span", { className: "field-error", attrs: { id: "filter-years-error", role: "alert" } });
    messages.set("years", years);
    replaceChildren(
      element,
      h("div", { className: "field-row" }, numberInput("yearFrom"), numberInput("yearTo")),
      years,
      h("div", { className: "field-row" }, numberInput("minLinkWeight"), numberInput("minDegree")),
      checkbox("largestComponentOnly", "Largest component only", "Keep only the largest connected group of coauthors"),
      checkbox(
        "hideOwners",
        "Hide the profile owner",
        "An ego network without its centre shows the structure among the coauthors",
      ),
      checkbox(
        "hideGroups",
        "Hide group authors",
        'Collaborations and consortia ("The ATLAS Collaboration") are authors of the papers, not people',
      ),
      h("button", {
        text: "Reset filters",
        className: "secondary",
        on: {
          click: () => {
            draft = { ...DEFAULT_FILTERS };
            errors.clear();
            render();
            schedule(true);
          },
        },
      }),
    );
    showErrors();
  };
  render();
  // Filters set from elsewhere (undo, redo, a session) show in the fields; the panel's own changes already do.
  const stopFilters = watch(store, ["filters"], ({ filters }) => {
    const keys = Object.keys(filters) as (keyof FilterOptions)[];
    if (keys.every((key) => filters[key] === draft[key])) return;
    clearTimeout(timer);
    draft = { ...filters };
    errors.clear();
    render();
  });
  // A new analysis may make a year range valid (files added) or empty (files removed).
  const stop = watch(store, ["dataset"], () => {
    if (errors.has("years") || draft.yearFrom !== undefined || draft.yearTo !== undefined) {
      const problem = yearRangeProblem(draft, store.get().dataset?.paperYears ?? []);
      if (problem) errors.set("years", problem);
      else errors.delete("years");
      showErrors();
    }
  });
  return () => {
    stop();
    stopFilters();
    clearTimeout(timer);
  };
}
