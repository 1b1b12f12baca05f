/**
 * Bringing in the user's files: a file picker and drag-and-drop anywhere on the page, any number of
 * files in any format the engine reads (the worker detects it from the content). Added files join the
 * ones already analysed (a file with the same name replaces the earlier one); "Sample only" goes back to
 * the embedded corpus.
 */

import type { InputFile } from "../../model";
import { h, replaceChildren } from "../dom";
import { showError, type Store } from "../state";

/** Reads browser File objects into InputFiles. */
export async function readFiles(files: Iterable<File>): Promise<InputFile[]> {
  return Promise.all([...files].map(async (file) => ({ name: file.name, text: await file.text() })));
}

/** Adds `added` to the store's files (same name replaces) and re-runs the analysis. */
export function addFiles(store: Store, added: InputFile[], run: () => void): void {
  if (!added.length) return;
  const names = new Set(added.map((file) => file.name));
  store.set({ files: [...store.get().files.filter((file) => !names.has(file.name)), ...added] });
  run();
}

/** Mounts the picker in `element` and the drop target on `dropZone`; returns the dispose function. */
export function mountFileInput(
  element: HTMLElement,
  dropZone: HTMLElement,
  store: Store,
  sample: InputFile[],
  run: () => void,
): () => void {
  const input = h("input", {
    attrs: { type: "file", multiple: "", "aria-label": "Add files", "data-testid": "file-input" },
    className: "visually-hidden",
  });
  /** Reads the picked or dropped files and adds them; a file the browser cannot read is reported. */
  const addFrom = (files: Iterable<File>, done: () => void = () => {}) => {
    readFiles(files)
      .then((read) => {
        done();
        addFiles(store, read, run);
      })
      .catch((error: unknown) => {
        done();
        showError(store, "papergraph/app: could not read the files", error);
      });
  };
  input.addEventListener("change", () => addFrom(input.files ?? [], () => (input.value = "")));
  const reset = () => {
    store.set({ files: sample });
    run();
  };
  replaceChildren(
    element,
    input,
    h("button", {
      text: "Add files…",
      title: "Profile pages, BibTeX, OpenAlex, DBLP, arXiv, CSV or GEXF; or drop them on the page",
      on: { click: () => input.click() },
    }),
    h("button", {
      text: "Sample only",
      className: "secondary",
      title: "Analyse the embedded sample profile alone",
      on: { click: reset },
    }),
  );

  let depth = 0;
  const onEnter = (event: DragEvent) => {
    if (!event.dataTransfer?.types.includes("Files")) return;
    event.preventDefault();
    depth++;
    dropZone.classList.add("dragging");
  };
  const onLeave = () => {
    depth = Math.max(0, depth - 1);
    if (depth === 0) dropZone.classList.remove("dragging");
  };
  const onOver = (event: DragEvent) => event.preventDefault();
  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    depth = 0;
    dropZone.classList.remove("dragging");
    addFrom(event.dataTransfer?.files ?? []);
  };
  dropZone.addEventListener("dragenter", onEnter);
  dropZone.addEventListener("dragleave", onLeave);
  dropZone.addEventListener("dragover", onOver);
  dropZone.addEventListener("drop", onDrop);
  return () => {
    dropZone.removeEventListener("dragenter", onEnter);
    dropZone.removeEventListener("dragleave", onLeave);
    dropZone.removeEventListener("dragover", onOver);
    dropZone.removeEventListener("drop", onDrop);
  };
}
