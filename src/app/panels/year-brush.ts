/**
 * The year brush: a slider over the years of the corpus that re-runs the analysis (in the worker) for a
 * window of years — cumulative (every paper up to the year) or sliding (the last N years up to it) — and
 * a Play button that steps through the windows one year at a time, waiting for each analysis and letting
 * the layout move for a moment before the next. The canvas starts each window where the previous one
 * left its nodes and draws the links new in the window as new ties (view/carry-over.ts).
 * The window is the filters' year range, so it is undoable and in the page address like any filter; the
 * mode is read back from it (no first year: cumulative). Play stops on its Stop button, on Escape, when
 * a run fails, or when the user changes the filters meanwhile; one Undo takes back the whole Play.
 */

import type { FilterOptions } from "../../options";
import { h, replaceChildren } from "../dom";
import type { History } from "../history";
import { watch, type Store, type ViewState } from "../state";

/** How long Play shows each window once it is drawn (ms): the layout settles the new nodes meanwhile. */
export const PLAY_DWELL_MS = 1_800;
/** The window's length in sliding mode when the user has not chosen one. */
const DEFAULT_WINDOW = 3;

type Mode = "cumulative" | "window";

/** The years the brush spans: the corpus's first to last dated year, or undefined without dated papers. */
function yearSpan(state: ViewState): { first: number; last: number } | undefined {
  const years = state.dataset?.paperYears ?? [];
  if (!years.length) return undefined;
  return { first: Math.min(...years), last: Math.max(...years) };
}

/** The filters that show the window ending in `year`. */
export function windowFilters(filters: FilterOptions, mode: Mode, length: number, year: number): FilterOptions {
  return { ...filters, yearFrom: mode === "window" ? year - length + 1 : undefined, yearTo: year };
}

/**
 * Mounts the year brush in `element`; `run` re-runs the analysis, `history` records a Play as one step.
 * Returns the dispose function.
 */
export function mountYearBrush(element: HTMLElement, store: Store, run: () => void, history: History): () => void {
  let mode: Mode = "cumulative";
  let length = DEFAULT_WINDOW;
  /** The running Play, if any: its filters (to notice someone else's change) and how to stop it. */
  let playing: { filters?: FilterOptions; stop: () => void } | undefined;

  const modeButtons = (["cumulative", "window"] as const).map((key) =>
    h("button", {
      text: key === "cumulative" ? "Up to year" : "Window",
      title: key === "cumulative" ? "Every paper up to the year chosen" : "The papers of the last years up to the year",
      attrs: { "data-mode": key, "aria-pressed": "false" },
      on: { click: () => setMode(key) },
    }),
  );
  const lengthInput = h("input", {
    attrs: { type: "number", name: "window-years", min: "1", step: "1", "aria-label": "Years in the window" },
  });
  const lengthField = h("label", { className: "field" }, h("span", { text: "Years in the window" }), lengthInput);
  const slider = h("input", { attrs: { type: "range", name: "year", step: "1", "aria-label": "Last year shown" } });
  const shown = h("output", { className: "year-shown", attrs: { "aria-live": "polite" } });
  const playButton = h("button", { text: "▶ Play", attrs: { "data-action": "play", "aria-pressed": "false" } });
  const allButton = h("button", { text: "All years", className: "secondary", attrs: { "data-action": "all-years" } });
  const body = h(
    "div",
    { className: "year-brush" },
    h("div", { className: "segmented", attrs: { role: "group", "aria-label": "Years shown" } }, ...modeButtons),
    lengthField,
    h("div", { className: "year-slider" }, slider, shown),
    h("div", { className: "file-actions" }, playButton, allButton),
  );
  const empty = h("p", { className: "muted", text: "No dated papers: nothing to brush." });

  /** Shows the window ending in `year` (or every year) and re-runs the analysis. */
  const apply = (year: number | undefined) => {
    const { filters } = store.get();
    const next =
      year === undefined
        ? { ...filters, yearFrom: undefined, yearTo: undefined }
        : windowFilters(filters, mode, length, year);
    if (playing) playing.filters = next;
    store.set({ filters: next });
    run();
  };
  const setMode = (next: Mode) => {
    mode = next;
    const span = yearSpan(store.get());
    if (span) apply(store.get().filters.yearTo ?? span.last);
  };
  lengthInput.addEventListener("change", () => {
    const value = Number(lengthInput.value);
    if (!Number.isInteger(value) || value < 1) return void (lengthInput.value = String(length));
    length = value;
    if (mode === "window") apply(Number(slider.value));
  });
  slider.addEventListener("input", () => (shown.textContent = rangeText(Number(slider.value))));
  slider.addEventListener("change", () => apply(Number(slider.value)));
  allButton.addEventListener("click", () => {
    stopPlaying();
    mode = "cumulative";
    apply(undefined);
  });
  playButton.addEventListener("click", () => (playing ? stopPlaying() : void play()));

  const rangeText = (year: number) => (mode === "window" ? `${year - length + 1}–${year}` : `up to ${year}`);

  /** Resolves when a run started after now has been drawn (true) or failed, or Play was stopped (false). */
  const nextResult = () =>
    new Promise<boolean>((done) => {
      const start = store.get().dataset;
      const stop = store.subscribe((state) => {
        if (!playing || state.status.phase === "error") return finish(false);
        if (state.dataset !== start && state.status.phase === "ready") finish(true);
      });
      const finish = (ok: boolean) => {
        stop();
        done(ok);
      };
    });
  const pause = (ms: number) => new Promise<void>((done) => setTimeout(done, ms));

  /** Steps the windows from the first year (or the one after the year shown) to the last. */
  const play = async () => {
    const span = yearSpan(store.get());
    if (!span) return;
    const shownTo = store.get().filters.yearTo;
    const from = shownTo !== undefined && shownTo < span.last ? shownTo + 1 : span.first;
    let stopped = false;
    playing = { stop: () => (stopped = true) };
    update(store.get());
    const endStep = history.group();
    for (let year = from; year <= span.last && !stopped; year++) {
      const drawn = nextResult();
      apply(year);
      if (!(await drawn) || stopped) break;
      if (year < span.last) await pause(PLAY_DWELL_MS);
    }
    endStep();
    playing = undefined;
    update(store.get());
  };
  const stopPlaying = () => {
    playing?.stop();
    playing = undefined;
    update(store.get());
  };
  const onKey = (event: KeyboardEvent) => {
    if (event.key === "Escape" && playing) stopPlaying();
  };
  document.addEventListener("keydown", onKey);

  /** Brings the controls in line with the filters (another panel, undo or the address may change them). */
  const update = (state: ViewState) => {
    const span = yearSpan(state);
    if (!span) return replaceChildren(element, empty);
    if (!element.contains(body)) replaceChildren(element, body);
    const { yearFrom, yearTo } = state.filters;
    if (playing && playing.filters && state.filters !== playing.filters) playing.stop();
    if (yearFrom !== undefined) {
      mode = "window";
      length = (yearTo ?? span.last) - yearFrom + 1;
    } else if (!playing) mode = "cumulative";
    const year = yearTo ?? span.last;
    slider.min = String(span.first);
    slider.max = String(span.last);
    slider.value = String(year);
    lengthInput.value = String(length);
    lengthField.hidden = mode !== "window";
    for (const button of modeButtons) button.setAttribute("aria-pressed", String(button.dataset.mode === mode));
    shown.textContent = yearTo === undefined && yearFrom === undefined ? "all years" : rangeText(year);
    playButton.textContent = playing ? "■ Stop" : "▶ Play";
    playButton.setAttribute("aria-pressed", String(playing !== undefined));
  };
  const unwatch = watch(store, ["dataset", "filters"], update);
  return () => {
    stopPlaying();
    unwatch();
    document.removeEventListener("keydown", onKey);
  };
}
