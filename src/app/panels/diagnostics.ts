/**
 * The diagnostics panel: every diagnostic the pipeline raised (severity, file, line, reason), so a user
 * sees why a record is missing while the rest of their data loads (what each file gave is in the files
 * panel). Run errors (the worker failed) are shown here too. Identity's decisions have a panel of their
 * own, where they are reviewed (identity.ts).
 */

import type { Diagnostic } from "../../model";
import { h, replaceChildren } from "../dom";
import { watch, type Store } from "../state";

const SHOWN = 300;
const SEVERITY_ORDER: Record<Diagnostic["severity"], number> = { error: 0, warning: 1, info: 2 };

function diagnosticItem(diagnostic: Diagnostic): HTMLElement {
  const where = diagnostic.file ? `${diagnostic.file}${diagnostic.line ? `:${diagnostic.line}` : ""}` : "analysis";
  return h(
    "li",
    { className: `diagnostic ${diagnostic.severity}` },
    h("span", { className: "severity", text: diagnostic.severity }),
    h("span", { className: "where", text: where }),
    h("span", { className: "message", text: diagnostic.message }),
  );
}

/** Mounts the diagnostics panel; `onCount(errors + warnings)` lets the page badge the panel's title. */
export function mountDiagnosticsPanel(
  element: HTMLElement,
  store: Store,
  onCount: (count: number) => void,
): () => void {
  return watch(store, ["dataset", "status"], (state) => {
    const failure =
      state.status.phase === "error"
        ? h("p", { className: "diagnostic error", text: `The analysis failed: ${state.status.message}` })
        : null;
    if (!state.dataset) {
      onCount(failure ? 1 : 0);
      return replaceChildren(element, failure ?? h("p", { className: "empty", text: "Nothing read yet." }));
    }
    const diagnostics = [...state.dataset.diagnostics].sort(
      (a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity],
    );
    const serious = diagnostics.filter((d) => d.severity !== "info").length;
    onCount(serious + (failure ? 1 : 0));
    replaceChildren(
      element,
      failure,
      diagnostics.length
        ? h("ul", { className: "diagnostics" }, ...diagnostics.slice(0, SHOWN).map(diagnosticItem))
        : h("p", { className: "empty", text: "No problems found in the files." }),
      diagnostics.length > SHOWN
        ? h("p", { className: "note", text: `Showing ${SHOWN} of ${diagnostics.length}.` })
        : null,
    );
  });
}
