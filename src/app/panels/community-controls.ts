/**
 * The community controls: the algorithm (Louvain, or Leiden whose communities are always connected), the
 * resolution γ (above 1 more and smaller communities, below 1 fewer and larger) and the minimum community
 * size (smaller ones join the community they are most linked to, as in VOSviewer). They are analysis
 * options: a valid change re-runs the analysis from the metrics step on. Numbers apply as they are typed,
 * after a short pause; a value that cannot apply is said in plain words next to its field, as in the filter
 * panel, and the last good partition stays.
 */

import {
  COMMUNITY_ALGORITHMS,
  DEFAULT_ANALYTICS,
  type AnalyticsOptions,
  type CommunityAlgorithm,
  communityAlgorithmName,
} from "../../options";
import { h, replaceChildren } from "../dom";
import { watch, type Store } from "../state";

const DEBOUNCE_MS = 350;

type NumberField = "resolution" | "minClusterSize";

/** The analytics options this panel edits. */
const COMMUNITY_FIELDS = ["communityAlgorithm", "resolution", "minClusterSize"] as const;

interface NumberSpec {
  label: string;
  hint: string;
  whole: boolean;
  /** Says why `value` cannot apply, or undefined when it can. */
  check: (value: number) => string | undefined;
}

const SPECS: Record<NumberField, NumberSpec> = {
  resolution: {
    label: "Resolution",
    hint: "Modularity's γ: above 1 gives more, smaller communities; below 1 fewer, larger ones",
    whole: false,
    check: (value) => (value > 0 ? undefined : "Use a number above 0, e.g. 1."),
  },
  minClusterSize: {
    label: "Min community size",
    hint: "Smaller communities join the one they are most linked to (VOSviewer's minimum cluster size)",
    whole: true,
    check: (value) => (value >= 1 ? undefined : "Use 1 (no minimum) or more authors."),
  },
};

/** Mounts the community controls in `element`; `run` re-runs the analysis. Returns the dispose function. */
export function mountCommunityControls(element: HTMLElement, store: Store, run: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  /** What the fields say now, valid or not; the store holds the last options that applied. */
  let draft: AnalyticsOptions = { ...store.get().analytics };
  const errors = new Map<NumberField, string>();

  const apply = () => {
    if (errors.size) return;
    const current = store.get().analytics;
    if (COMMUNITY_FIELDS.every((key) => draft[key] === current[key])) return;
    // Only the community fields are this panel's: the counting and rank metric stay as they are now.
    const { communityAlgorithm, resolution, minClusterSize } = draft;
    store.set({ analytics: { ...current, communityAlgorithm, resolution, minClusterSize } });
    run();
  };
  const schedule = (immediate: boolean) => {
    clearTimeout(timer);
    timer = setTimeout(apply, immediate ? 0 : DEBOUNCE_MS);
  };

  const numberField = (field: NumberField) => {
    const spec = SPECS[field];
    const id = `community-${field}`;
    const input = h("input", {
      attrs: {
        type: "number",
        step: spec.whole ? "1" : "any",
        min: spec.whole ? "1" : "0",
        name: field,
        id,
        inputmode: spec.whole ? "numeric" : "decimal",
        "aria-describedby": `${id}-error`,
      },
    });
    input.value = String(draft[field]);
    const message = h("span", { className: "field-error", attrs: { id: `${id}-error`, role: "alert" } });
    const read = (immediate: boolean) => {
      const text = input.value.trim();
      // Empty means the default; text a number input cannot parse ("1,5a") reads as "" with badInput set.
      const parsed = text === "" ? (input.validity.badInput ? NaN : DEFAULT_ANALYTICS[field]) : Number(text);
      const isNumber = spec.whole ? Number.isInteger(parsed) : Number.isFinite(parsed);
      const problem = isNumber ? spec.check(parsed) : spec.whole ? "Use a whole number." : "Use a number.";
      if (problem) errors.set(field, problem);
      else {
        errors.delete(field);
        draft = { ...draft, [field]: parsed };
      }
      message.textContent = problem ?? "";
      input.setAttribute("aria-invalid", String(problem !== undefined));
      schedule(immediate);
    };
    input.addEventListener("input", () => read(false));
    input.addEventListener("change", () => read(true));
    return h(
      "label",
      { className: "field", title: spec.hint, attrs: { for: id } },
      h("span", { text: spec.label }),
      input,
      message,
    );
  };

  const render = () => {
    errors.clear();
    const select = h(
      "select",
      { attrs: { name: "communityAlgorithm", id: "community-algorithm" } },
      ...COMMUNITY_ALGORITHMS.map((algorithm) =>
        h("option", { text: communityAlgorithmName(algorithm), attrs: { value: algorithm } }),
      ),
    );
    select.value = draft.communityAlgorithm;
    select.addEventListener("change", () => {
      draft = { ...draft, communityAlgorithm: select.value as CommunityAlgorithm };
      schedule(true);
    });
    replaceChildren(
      element,
      h(
        "label",
        {
          className: "field",
          title: "Louvain (Blondel et al. 2008) or Leiden (Traag et al. 2019), whose communities are always connected",
          attrs: { for: "community-algorithm" },
        },
        h("span", { text: "Communities" }),
        select,
      ),
      h("div", { className: "field-row" }, numberField("resolution"), numberField("minClusterSize")),
    );
  };
  render();
  // Options set from elsewhere (undo, redo, the address, a session) show in the fields.
  return watch(store, ["analytics"], ({ analytics }) => {
    if (COMMUNITY_FIELDS.every((key) => analytics[key] === draft[key])) return;
    clearTimeout(timer);
    draft = { ...analytics };
    render();
  });
}
