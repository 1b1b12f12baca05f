/**
 * The identity panel, where the user reviews who is who: identity's joins (label ← other side) and the
 * doubtful splits it left (label ~ label), each with its evidence for and against, the decisions about
 * the most central people first and, for one person, the closest calls first. Accept makes a decision's two sides one person (a join kept, a split
 * joined), Reject makes them two (a join split, a split kept). A verdict reruns the analysis in the
 * worker from the identity step, with the verdicts as a thesaurus (identity-review.ts); once that run is
 * in, the panel says what the verdict changed. The verdicts can be undone one by one and downloaded as
 * the thesaurus file, which `papergraph analyze --thesaurus` replays. Joins that only follow the user's
 * own verdicts are not offered for review again. Names are untrusted: everything is text through the
 * dom builders. Lists start open only while short, so thousands of near-duplicates stay folded.
 */

import { authorNode } from "../../graphs";
import type { Review, Verdict } from "../../identity";
import { reviewDecision } from "../../identity";
import type { IdentityDecision } from "../../model";
import type { Dataset } from "../dataset";
import { h, replaceChildren } from "../dom";
import {
  describeChange,
  isAnalysedWith,
  rankOfPerson,
  REVIEW_FILE,
  reviewThesaurusFile,
  sideRanks,
  type SideRank,
} from "../identity-review";
import { saveFile } from "../io/downloads";
import { watch, type Store } from "../state";
import { decisionItem } from "./identity-decision";

/** Lists up to this many items start open; longer ones start collapsed. */
const OPEN_UP_TO = 5;
/** Items rendered per list: enough to read through, bounded so a huge corpus does not stall the page. */
const SHOWN = 300;

/** What a verdict changed: the ranks before its run, and the sentence once the run is in. */
interface Outcome {
  before: SideRank[];
  change?: string;
}

/** What a verdict did, in words, by the kind of decision it was about. */
const VERDICT_WORDS = {
  join: { accept: "Kept joined", reject: "Split" },
  split: { accept: "Joined", reject: "Kept apart" },
} as const;

/** How far a decision's score is from its threshold: the closest call is the first to check; ids and typos last. */
const doubt = ({ score, threshold }: IdentityDecision) =>
  Number.isFinite(score) ? Math.abs(score - threshold) : Number.MAX_VALUE;

const isFromThesaurus = (decision: IdentityDecision) => decision.for.some((item) => item.kind === "thesaurus");

/** A folding list; `folds` keeps what the user unfolded or folded, so a rerun does not fold it back. */
function section(
  className: string,
  title: string,
  items: HTMLElement[],
  total: number,
  folds: Map<string, boolean>,
): HTMLElement {
  const isOpen = folds.get(className) ?? total <= OPEN_UP_TO;
  const list = h(
    "details",
    { className: `identity ${className}`, attrs: isOpen ? { open: "" } : {} },
    h("summary", { text: title }),
    h("ul", { className: "identity-list" }, ...items),
    total > SHOWN ? h("p", { className: "note", text: `Showing ${SHOWN} of ${total}.` }) : null,
  );
  list.addEventListener("toggle", () => folds.set(className, list.open));
  return list;
}

/** Mounts the panel; `run` reruns the analysis, `onCount(decisions to review)` badges the panel's title. */
export function mountIdentityPanel(
  element: HTMLElement,
  store: Store,
  run: () => void,
  onCount: (count: number) => void,
): () => void {
  const outcomes = new Map<Review, Outcome>();
  const folds = new Map<string, boolean>();
  /** The verdict whose outcome takes the focus once its run is in (the button pressed is gone by then). */
  let focusOn: Review | undefined;

  const setReviews = (reviews: Review[]) => {
    store.set({ reviews });
    run();
  };
  const onVerdict = (decision: IdentityDecision, verdict: Verdict) => {
    const { dataset, reviews } = store.get();
    if (!dataset) return;
    const review = reviewDecision(dataset, decision, verdict);
    outcomes.set(review, { before: sideRanks(dataset, review) });
    focusOn = review;
    setReviews([...reviews, review]);
  };
  const undo = (review: Review) => {
    outcomes.delete(review);
    setReviews(store.get().reviews.filter((other) => other !== review));
  };
  const download = () => {
    const file = reviewThesaurusFile(store.get().reviews);
    if (file) saveFile({ name: REVIEW_FILE, blob: new Blob([file.text], { type: "text/tab-separated-values" }) });
  };

  const yours = (dataset: Dataset, reviews: Review[]): HTMLElement => {
    const item = (review: Review, index: number) => {
      const outcome = outcomes.get(review);
      const what = `${index + 1}. ${VERDICT_WORDS[review.kind][review.verdict]}`;
      return h(
        "li",
        { className: "verdict-item", attrs: { tabindex: "-1", "data-review": String(index) } },
        h("span", { className: "names", text: `${what}: ${review.a.label} / ${review.b.label}` }),
        h("span", { className: "change", text: outcome?.change ?? "Recomputing…" }),
        h("button", {
          className: "link",
          text: "Undo",
          attrs: { "aria-label": `Undo verdict ${index + 1}` },
          on: { click: () => undo(review) },
        }),
      );
    };
    const forced = dataset.decisions.filter(isFromThesaurus).length;
    return h(
      "section",
      { className: "identity-yours", attrs: { "aria-label": "Your verdicts" } },
      h("h3", { text: `Your verdicts (${reviews.length})` }),
      h("ol", { className: "identity-list" }, ...reviews.map(item)),
      forced
        ? h("p", { className: "note", text: `The ${forced} joins your verdicts make are not listed below.` })
        : null,
      h("button", { text: "Download as thesaurus", on: { click: download } }),
      h("p", {
        className: "note",
        text: `Replay them on the command line: papergraph analyze FILES --thesaurus ${REVIEW_FILE}`,
      }),
    );
  };

  const render = () => {
    const { dataset, reviews, status } = store.get();
    if (!dataset) {
      onCount(0);
      return replaceChildren(element, h("p", { className: "empty", text: "Nothing read yet." }));
    }
    for (const review of outcomes.keys()) if (!reviews.includes(review)) outcomes.delete(review);
    if (isAnalysedWith(dataset, reviews))
      for (const review of reviews) {
        const outcome = outcomes.get(review);
        if (outcome && outcome.change === undefined)
          outcome.change = describeChange(outcome.before, sideRanks(dataset, review));
      }
    const labelOf = (key: string) => dataset.peopleByNode.get(authorNode(key))?.label ?? key;
    const rankOf = (decision: IdentityDecision) =>
      Math.min(rankOfPerson(dataset, decision.a.key) ?? Infinity, rankOfPerson(dataset, decision.b.key) ?? Infinity);
    const open = dataset.decisions
      .filter((decision) => !isFromThesaurus(decision))
      .map((decision) => ({ decision, rank: rankOf(decision) }))
      .sort(
        (x, y) => x.rank - y.rank || doubt(x.decision) - doubt(y.decision) || y.decision.impact - x.decision.impact,
      );
    const context = (rank: number) => ({
      labelOf,
      rank: Number.isFinite(rank) ? rank : undefined,
      isBusy: status.phase === "running",
      onVerdict,
    });
    const list = (kind: IdentityDecision["kind"]) => {
      const items = open.filter(({ decision }) => decision.kind === kind);
      return {
        total: items.length,
        shown: items.slice(0, SHOWN).map((x) => decisionItem(x.decision, context(x.rank))),
      };
    };
    const [joins, splits] = [list("join"), list("split")];
    onCount(joins.total + splits.total);
    replaceChildren(
      element,
      h("p", {
        className: "note",
        text: "Accept makes a decision's two sides one person, Reject makes them two; the networks are recomputed.",
      }),
      reviews.length ? yours(dataset, reviews) : null,
      joins.total
        ? section(
            "merges",
            `${joins.total} join${joins.total === 1 ? "" : "s"} of several spellings`,
            joins.shown,
            joins.total,
            folds,
          )
        : null,
      splits.total
        ? section(
            "duplicates",
            `${splits.total} possible duplicate${splits.total === 1 ? "" : "s"} kept apart`,
            splits.shown,
            splits.total,
            folds,
          )
        : null,
      joins.total + splits.total === 0 ? h("p", { className: "empty", text: "No join or doubt to review." }) : null,
    );
    if (focusOn && outcomes.get(focusOn)?.change !== undefined) {
      element.querySelector<HTMLElement>(`.verdict-item[data-review="${reviews.indexOf(focusOn)}"]`)?.focus();
      focusOn = undefined;
    }
  };

  const stopData = watch(store, ["dataset", "reviews"], render);
  // While a run is under way a verdict would be taken on the analysis it replaces: the buttons wait.
  const stopStatus = watch(store, ["status"], (state) => {
    for (const button of element.querySelectorAll<HTMLButtonElement>("button[data-verdict]"))
      button.disabled = state.status.phase === "running";
  });
  return () => {
    stopData();
    stopStatus();
  };
}
