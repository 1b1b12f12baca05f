/**
 * One identity decision as the review panel lists it: the names (a join as `label ← other side`, a
 * doubtful split as `label ~ label`), the score against the mode's threshold, how many occurrences would
 * move, the rank of the most central person concerned, the evidence for and against, and the two verdict
 * buttons, whose accessible names say what each does to these two people. Names are untrusted text.
 */

import type { Verdict } from "../../identity";
import type { Evidence, IdentityDecision } from "../../model";
import { formatNumber, h } from "../dom";

/** What the list needs to know about the people of a decision. */
export interface DecisionContext {
  labelOf: (key: string) => string;
  /** Rank by weighted degree of the more central of the two people (undefined: neither is in the network). */
  rank: number | undefined;
  isBusy: boolean;
  onVerdict: (decision: IdentityDecision, verdict: Verdict) => void;
}

function evidence(className: string, prefix: string, items: Evidence[]): HTMLElement | null {
  if (!items.length) return null;
  return h(
    "span",
    { className: `evidence ${className}` },
    h("strong", { text: `${prefix}: ` }),
    items.map((item) => item.text).join("; "),
  );
}

/** The score in words: points against the threshold, or why there are none. */
function scoreText(decision: IdentityDecision): string {
  if (decision.score === Infinity) return "forced by a shared id or the thesaurus";
  if (decision.score === -Infinity) return "spelt differently: no score";
  return `${formatNumber(decision.score)} points, ${formatNumber(decision.threshold)} needed to join`;
}

/** The list item of `decision`. */
export function decisionItem(decision: IdentityDecision, context: DecisionContext): HTMLElement {
  const { labelOf, rank, isBusy, onVerdict } = context;
  const isJoin = decision.kind === "join";
  const [a, b] = [labelOf(decision.a.key), labelOf(decision.b.key)];
  const names = isJoin ? `${a} ← ${decision.b.label}` : [a, b].sort().join(" ~ ");
  const moving = `${decision.impact} occurrence${decision.impact === 1 ? "" : "s"} would move`;
  const facts = [scoreText(decision), moving, rank === undefined ? "" : `rank ${rank} by weighted degree`];
  const spellings = [...new Set([...decision.a.variants, ...decision.b.variants])].join(", ");
  const button = (verdict: Verdict, text: string, effect: string) =>
    h("button", {
      text,
      title: effect,
      attrs: { "data-verdict": verdict, "aria-label": `${text}: ${effect}`, ...(isBusy ? { disabled: "" } : {}) },
      on: { click: () => onVerdict(decision, verdict) },
    });
  return h(
    "li",
    { className: isJoin ? "merge" : "possible-duplicate", attrs: { "data-decision": decision.id } },
    h("span", { className: "names", text: names }),
    isJoin ? h("span", { className: "spellings", text: `spellings: ${spellings}` }) : null,
    h("span", { className: "facts", text: facts.filter(Boolean).join(" · ") }),
    evidence("for", isJoin ? "evidence" : "for", decision.for),
    evidence("against", "against", decision.against),
    h(
      "span",
      { className: "verdicts" },
      isJoin
        ? button("accept", "Accept", `keep ${a} and ${decision.b.label} one person`)
        : button("accept", "Accept", `join ${a} and ${b} into one person`),
      isJoin
        ? button("reject", "Reject", `split ${decision.b.label} from ${a}`)
        : button("reject", "Reject", `keep ${a} and ${b} apart`),
    ),
  );
}
