/**
 * The Undo and Redo buttons: each is enabled when there is a step to take, and its title says which
 * choice it changes back (history.ts).
 */

import { h, replaceChildren } from "../dom";
import type { History } from "../history";

/** Mounts the two buttons in `element`; returns the dispose function. */
export function mountHistoryButtons(element: HTMLElement, history: History): () => void {
  const undo = h("button", { text: "↶ Undo", attrs: { "data-action": "undo" }, on: { click: () => history.undo() } });
  const redo = h("button", { text: "↷ Redo", attrs: { "data-action": "redo" }, on: { click: () => history.redo() } });
  const update = () => {
    const next = history.next();
    undo.disabled = next.undo === undefined;
    redo.disabled = next.redo === undefined;
    undo.title = next.undo ? `Undo ${next.undo} (Ctrl+Z)` : "Nothing to undo";
    redo.title = next.redo ? `Redo ${next.redo} (Ctrl+Shift+Z)` : "Nothing to redo";
  };
  replaceChildren(element, undo, redo);
  update();
  const stop = history.subscribe(update);
  return () => {
    stop();
    replaceChildren(element);
  };
}
