/**
 * The files panel: what the workspace holds, one row per file (name, the format it was read as, papers
 * read and records skipped), each with a button that removes it; "Add files…" adds to the list and "Load
 * the sample" puts the embedded corpus back when it is not there. The sample is an entry like any other,
 * tagged as such, never a hidden base.
 */

import { h, replaceChildren } from "../dom";
import { watch, type Store } from "../state";
import type { Workspace } from "../workspace";

function size(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} kB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** Mounts the panel in `element`; `pickFiles` opens the dialog whose files are added. Returns the dispose function. */
export function mountFilesPanel(
  element: HTMLElement,
  store: Store,
  workspace: Workspace,
  pickFiles: () => void,
): () => void {
  return watch(store, ["files", "dataset"], ({ files, dataset }) => {
    const reports = new Map((dataset?.files ?? []).map((report) => [report.file, report]));
    const list = h("ul", { className: "file-list", attrs: { "aria-label": "Files in the workspace" } });
    for (const file of files) {
      const report = reports.get(file.name);
      const read = report
        ? `${report.format} · ${report.papers.toLocaleString("en")} papers${report.skipped ? ` · ${report.skipped} skipped` : ""}`
        : "not read yet";
      list.append(
        h(
          "li",
          { attrs: { "data-file": file.name } },
          h(
            "div",
            { className: "file-name" },
            h("span", { className: "name", text: file.name, title: file.name }),
            file.isSample ? h("span", { className: "tag", text: "sample" }) : null,
          ),
          h("span", { className: "file-facts muted", text: `${read} · ${size(file.bytes)}` }),
          h("button", {
            className: "icon remove",
            text: "×",
            title: `Remove ${file.name} from the workspace`,
            attrs: { "aria-label": `Remove ${file.name}` },
            on: { click: () => workspace.remove(file.name) },
          }),
        ),
      );
    }
    const hasSample = files.some((file) => file.isSample);
    replaceChildren(
      element,
      files.length
        ? list
        : h("p", { className: "empty", text: "No files. Open or drop your files, or load the sample." }),
      h(
        "div",
        { className: "file-actions" },
        h("button", {
          text: "Add files…",
          title: "Add files to the workspace (or drop them on the page)",
          on: { click: pickFiles },
        }),
        hasSample
          ? null
          : h("button", {
              text: "Load the sample",
              className: "secondary",
              title: "Add the embedded sample (a scholar-profile page) to the workspace",
              on: { click: () => workspace.loadSample() },
            }),
      ),
    );
  });
}
