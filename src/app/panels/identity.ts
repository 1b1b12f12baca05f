/**
 * The identity part of the diagnostics panel: identity's joins (label ← variants, with the evidence) and
 * its doubtful splits kept apart (label A ~ label B, with the evidence for and against), as the CLI report
 * lists them. Names are untrusted, so everything is text through the dom
 * builders. Each list is a <details> that starts open only while it is short, so a corpus with thousands
 * of near-duplicates does not push the file table out of view.
 */

import { authorNode } from "../../graphs";
import type { Evidence } from "../../model";
import type { Dataset } from "../dataset";
import { h } from "../dom";

/** Lists up to this many items start open; longer ones start collapsed. */
const OPEN_UP_TO = 5;
/** Items rendered per list: enough to read through, bounded so a huge corpus does not stall the page. */
const SHOWN = 300;

function labelOf(dataset: Dataset, key: string): string {
  return dataset.peopleByNode.get(authorNode(key))?.label ?? key;
}

function evidence(className: string, prefix: string, items: Evidence[]): HTMLElement | null {
  return items.length
    ? h("span", { className: `evidence ${className}`, text: `${prefix}: ${items.map((item) => item.text).join("; ")}` })
    : null;
}

function section<T>(className: string, title: string, items: T[], render: (item: T) => HTMLElement): HTMLElement {
  return h(
    "details",
    { className: `identity ${className}`, attrs: items.length <= OPEN_UP_TO ? { open: "" } : {} },
    h("summary", { text: title }),
    h("ul", { className: "identity-list" }, ...items.slice(0, SHOWN).map(render)),
    items.length > SHOWN ? h("p", { className: "note", text: `Showing ${SHOWN} of ${items.length}.` }) : null,
  );
}

/** The identity lists of `dataset`, or null when no spelling was joined and no pair is in doubt. */
export function identitySection(dataset: Dataset): HTMLElement | null {
  const merges = dataset.decisions.filter((decision) => decision.kind === "join");
  const possibleDuplicates = dataset.decisions.filter((decision) => decision.kind === "split");
  if (merges.length === 0 && possibleDuplicates.length === 0) return null;
  const joined = merges.length
    ? section(
        "merges",
        `${merges.length} ${merges.length === 1 ? "person" : "people"} joined from several spellings`,
        merges,
        (merge) =>
          h(
            "li",
            { className: "merge" },
            h("span", {
              className: "names",
              text: `${labelOf(dataset, merge.a.key)} ← ${[...new Set([...merge.a.variants, ...merge.b.variants])].join(", ")}`,
            }),
            evidence("for", "evidence", merge.for),
          ),
      )
    : null;
  const doubts = possibleDuplicates.length
    ? section(
        "duplicates",
        `${possibleDuplicates.length} possible duplicate${possibleDuplicates.length === 1 ? "" : "s"} kept apart`,
        possibleDuplicates,
        (pair) =>
          h(
            "li",
            { className: "possible-duplicate" },
            h("span", {
              className: "names",
              text: [labelOf(dataset, pair.a.key), labelOf(dataset, pair.b.key)].sort().join(" ~ "),
            }),
            evidence("for", "for", pair.for),
            evidence("against", "against", pair.against),
          ),
      )
    : null;
  return h("div", { className: "identity-lists" }, joined, doubts);
}
