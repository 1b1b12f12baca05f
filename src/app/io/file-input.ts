/**
 * Bringing in the user's files: a file picker and drag-and-drop anywhere on the page, any number of
 * files in any format the engine reads (the worker detects it from the content). Added files join the
 * ones already analysed (a file with the same name replaces the earlier one); "Sample only" goes back to
 * the embedded corpus.
 */

import type { InputFile } from "../../model";
import { h, replaceChildren } from "../dom";
import type { Store } from "../state";

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
  input.addEventListener("change", async () => {
    addFiles(store, await readFiles(input.files ?? []), run);
    input.value = "";
  });
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
  const onDrop = async (event: DragEvent) => {
    event.preventDefault();
    depth = 0;
    dropZone.classList.remove("dragging");
    addFiles(store, await readFiles(event.dataTransfer?.files ?? []), run);
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
