/**
 * Bringing in the user's files: hidden file inputs behind buttons ("Open files…" starts a new workspace,
 * "Add files…" adds to it) and drag-and-drop anywhere on the page (adds), any number of files in any
 * format the engine reads (the worker detects it from the content). The inputs are out of the tab order:
 * keyboard users reach the buttons that open them.
 */

import type { InputFile } from "../../model";
import { h } from "../dom";
import { showError, type Store } from "../state";

/** Reads browser File objects into InputFiles. */
export async function readFiles(files: Iterable<File>): Promise<InputFile[]> {
  return Promise.all([...files].map(async (file) => ({ name: file.name, text: await file.text() })));
}

/** Reads `files` and hands them to `use`; a file the browser cannot read is reported in the status line. */
function readThen(store: Store, files: Iterable<File>, use: (read: InputFile[]) => void): Promise<void> {
  return readFiles(files)
    .then(use)
    .catch((error: unknown) => showError(store, "papergraph/app: could not read the files", error));
}

export interface FilePicker {
  /** The hidden input, to be put in the page. */
  input: HTMLInputElement;
  /** Opens the browser's file dialog. */
  pick: () => void;
}

/** A hidden multi-file input (data-testid `testId`) whose picked files go to `use`. */
export function createFilePicker(
  store: Store,
  testId: string,
  label: string,
  use: (files: InputFile[]) => void,
): FilePicker {
  const input = h("input", {
    attrs: {
      type: "file",
      multiple: "",
      "aria-label": label,
      "data-testid": testId,
      tabindex: "-1",
      "aria-hidden": "true",
    },
    className: "visually-hidden",
  });
  input.addEventListener("change", () => {
    const picked = [...(input.files ?? [])];
    input.value = "";
    void readThen(store, picked, use);
  });
  return { input, pick: () => input.click() };
}

/** Makes `dropZone` take dropped files, handed to `use`; returns the dispose function. */
export function mountDropZone(dropZone: HTMLElement, store: Store, use: (files: InputFile[]) => void): () => void {
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
    void readThen(store, event.dataTransfer?.files ?? [], use);
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
