/**
 * The status line: a progress bar and the stage while the worker runs, the run time when done, the error
 * when it failed. It also mirrors the phase into `document.body.dataset.status` ("running", "ready",
 * "error") so the browser tests can wait for a finished analysis without looking at pixels.
 */

import { h, replaceChildren } from "../dom";
import { watch, type Store } from "../state";

/** Mounts the status line in `element`; returns its dispose function. */
export function mountProgress(element: HTMLElement, store: Store): () => void {
  const bar = h("progress", { attrs: { max: "1", value: "0" } });
  const label = h("span", { className: "status-text" });
  replaceChildren(element, bar, label);
  return watch(store, ["status", "dataset"], ({ status, dataset }) => {
    document.body.dataset.status = status.phase;
    element.dataset.phase = status.phase;
    bar.hidden = status.phase !== "running";
    bar.value = status.total > 0 ? status.done / status.total : 0;
    const count = (items: unknown[], what: string) => ` · ${items.length.toLocaleString("en")} ${what}`;
    const counts =
      dataset && status.phase === "ready" ? count(dataset.papers, "papers") + count(dataset.people, "people") : "";
    label.textContent = status.phase === "running" ? `Analysing: ${status.message}` : `${status.message}${counts}`;
  });
}
