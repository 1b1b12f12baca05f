/**
 * The workspace: the files analysed together. Opening files starts a new workspace of just those files;
 * adding files adds to it (a file of the same name replaces the earlier one); any file can be removed; the
 * embedded sample is one entry of the list like any other. The page opens on the sample alone, as an
 * example: the user's first files replace it (it can be loaded back). Each change goes to the worker,
 * which holds the text, and starts a run.
 */

import type { InputFile } from "../model";
import type { AnalysisClient } from "./analysis-client";
import type { Store, ViewState, WorkspaceFile } from "./state";

export interface Workspace {
  /** A new workspace of just `files`. */
  open: (files: InputFile[]) => void;
  /** Adds `files` (the opening sample leaves when the user's first files come). */
  add: (files: InputFile[]) => void;
  remove: (name: string) => void;
  /** Adds the embedded sample; on a fresh page it is the opening example. */
  loadSample: (asPlaceholder?: boolean) => void;
}

const listed = (file: InputFile, isSample: boolean): WorkspaceFile => ({
  name: file.name,
  bytes: new Blob([file.text]).size,
  isSample,
});

/** The workspace of `store`, whose files `client`'s worker analyses; `sample` is the embedded corpus. */
export function createWorkspace(store: Store, client: AnalysisClient, sample: InputFile): Workspace {
  /** One change of the store with the files, so undo does not take it for the user's own choices. */
  const change = (files: WorkspaceFile[], isSamplePlaceholder: boolean, reset: Partial<ViewState> = {}) => {
    store.set({
      files,
      isSamplePlaceholder,
      selected: undefined,
      hovered: undefined,
      topicFilter: undefined,
      ...reset,
    });
    client.run();
  };
  const withAdded = (files: WorkspaceFile[], added: InputFile[], isSample = false) => {
    const names = new Set(added.map((file) => file.name));
    return [...files.filter((file) => !names.has(file.name)), ...added.map((file) => listed(file, isSample))];
  };
  return {
    open(files) {
      if (!files.length) return;
      client.editFiles({ clear: true, add: files });
      // Verdicts on the people of other files have nothing to say about these.
      change(withAdded([], files), false, { reviews: [] });
    },
    add(files) {
      if (!files.length) return;
      const { files: current, isSamplePlaceholder } = store.get();
      const kept = isSamplePlaceholder ? current.filter((file) => !file.isSample) : current;
      const placeholder = isSamplePlaceholder ? current.filter((file) => file.isSample).map((file) => file.name) : [];
      client.editFiles({ remove: placeholder, add: files });
      change(withAdded(kept, files), false);
    },
    remove(name) {
      client.editFiles({ remove: [name] });
      change(
        store.get().files.filter((file) => file.name !== name),
        false,
      );
    },
    loadSample(asPlaceholder = false) {
      client.editFiles({ add: [sample] });
      change(withAdded(store.get().files, [sample], true), asPlaceholder);
    },
  };
}
