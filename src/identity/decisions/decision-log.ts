/**
 * The log of identity decisions as they are taken: each join with the two sides as they stood and the
 * evidence, each doubtful split, each pair worth a second look once clustering is over. Sides are
 * snapshotted when the decision is taken (a later join must not rewrite what this one was about).
 * Each logged decision is already the IdentityDecision it becomes: finishDecisions (finish-decisions.ts)
 * fills in the final person keys, the stable id and the impact, so the 100,000-work corpus's 139,304
 * decisions are built once, not once as a log entry and again as its result. A side's lists are made at
 * their length and shared with its cluster's earlier snapshots while they cannot have changed (papersOf,
 * variantsOf): on that corpus what the shared-id joins leave alive went from 140 to 81 MB (2026-12-02,
 * gc before and after, load 2.4-2.9), all of it kept for the whole run.
 */

import type { DecisionSide, Evidence, IdentityDecision } from "../../model";
import { pairKey } from "../blocking/candidates";
import type { Clusters } from "../clustering/clusters";
import { displayName } from "../names/clean-name";
import { formLabel } from "../names/form-label";
import type { OccurrenceTable } from "../occurrences/build-occurrences";

const MAX_VARIANTS = 10;
const MAX_PAPERS = 20;
/** Pairs remembered per occurrence for a second look: enough for the doubts listed per cluster. */
const MAX_LOOKS = 2;

/** The spellings shown for a cluster of several forms, with the forms map they were read from and its size then. */
interface ShownVariants {
  forms: ReadonlyMap<number, number>;
  size: number;
  variants: string[];
}

export class DecisionLog {
  /** Decisions as taken; their `id`, sides' `key` and `impact` are filled in by finishDecisions. */
  readonly decisions: IdentityDecision[] = [];
  /**
   * Per logged decision, the first occurrence (lowest index) of side a, then of side b, when it was
   * taken: it names the side in the decision id and finds its final key.
   */
  readonly firsts: number[] = [];
  /** Pairs of occurrences to judge again at the end: near misses, typos, blocked pairs with strong names. */
  readonly secondLook = new Map<number, readonly [number, number]>();
  private readonly looks = new Map<number, number>();
  /** Per form, its first MAX_VARIANTS distinct spellings as displayed: every spelling is filed before any decision. */
  private readonly shownSpellings: (string[] | undefined)[];
  /** Per cluster representative, its first MAX_PAPERS papers' ids once it has that many (papersOf). */
  private readonly fullPapers: (string[] | undefined)[];
  /** Per cluster representative of several forms, the spellings its last snapshot showed (variantsOf). */
  private readonly shownVariants: (ShownVariants | undefined)[];

  /** The first MAX_VARIANTS distinct displayed spellings of a form, computed once per form (a shared list: never change it). */
  private spellingsOf(form: number): string[] {
    let shown = this.shownSpellings[form];
    if (shown === undefined) {
      const distinct = new Set<string>();
      const { forms } = this.table;
      for (let i = forms.spellingStart[form]!; i < forms.spellingStart[form + 1]! && distinct.size < MAX_VARIANTS; i++)
        distinct.add(displayName(forms.spellings[forms.formSpellings[i]!]!));
      this.shownSpellings[form] = shown = [...distinct];
    }
    return shown;
  }

  constructor(
    private readonly table: OccurrenceTable,
    private readonly clusters: Clusters,
  ) {
    // Sized for every form: an array written at scattered indices from empty would turn into a dictionary.
    this.shownSpellings = new Array<string[] | undefined>(table.forms.forms.length);
    this.fullPapers = new Array<string[] | undefined>(table.size);
    this.shownVariants = new Array<ShownVariants | undefined>(table.size);
  }

  /** The id of a paper by its number. */
  private readonly paperId = (paper: number): string => this.table.papers.id[paper]!;

  /**
   * The ids of a cluster's first MAX_PAPERS papers. Papers only join a cluster at the end of its order,
   * so once it has MAX_PAPERS their list stays the same while it is a representative: the snapshots of a
   * prolific author's side share one list (a shared list: never change it).
   */
  private papersOf(root: number): string[] {
    const full = this.fullPapers[root];
    if (full !== undefined) return full;
    const paperIds = this.clusters.firstPapers(root, MAX_PAPERS, this.paperId);
    if (paperIds.length === MAX_PAPERS) this.fullPapers[root] = paperIds;
    return paperIds;
  }

  /**
   * The spellings shown for a cluster of several forms, in the order of its forms (formsOf), at most
   * MAX_VARIANTS, kept distinct by scanning (a Set and its copy per side cost more). The forms map only
   * gains entries, at its end: while the cluster's map is the same object of the same size, its forms and
   * their order are those of the last snapshot, and so is the list (a shared list: never change it).
   */
  private variantsOf(root: number, forms: ReadonlyMap<number, number>): string[] {
    const shown = this.shownVariants[root];
    if (shown !== undefined && shown.forms === forms && shown.size === forms.size) return shown.variants;
    const variants: string[] = [];
    for (const form of forms.keys()) {
      // The spellings of the side's name forms (they fold alike, so they are this side's ways of writing them).
      for (const spelling of this.spellingsOf(form)) {
        if (variants.length === MAX_VARIANTS) break;
        if (!variants.includes(spelling)) variants.push(spelling);
      }
    }
    this.shownVariants[root] = { forms, size: forms.size, variants };
    return variants;
  }

  /** A snapshot of a cluster as it stands (its key is filled in when the log is finished). */
  snapshot(root: number): DecisionSide {
    // Forms and papers only: a cluster's whole profile (coauthors, venues, subjects…) is built only when
    // evidence is weighed, and most logged joins are forced by an id.
    const paperIds = this.papersOf(root);
    const sole = this.clusters.soleFormOf(root);
    // A cluster of one form needs no form map: its label and that form's spellings.
    // Its spellings are one list per form, shared by every decision about a side of that one form.
    if (sole >= 0)
      return {
        key: "",
        label: formLabel(this.table.forms, sole),
        variants: this.spellingsOf(sole),
        occurrences: this.clusters.sizeOf(root),
        paperIds,
      };
    let [label, best] = ["", -1];
    const forms = this.clusters.formsOf(root);
    for (const [form, count] of forms) if (count > best) [label, best] = [formLabel(this.table.forms, form), count];
    return {
      key: "",
      label,
      variants: this.variantsOf(root, forms),
      occurrences: this.clusters.sizeOf(root),
      paperIds,
    };
  }

  /** Logs a decision about two clusters (call before joining them). */
  record(
    kind: "join" | "split",
    a: number,
    b: number,
    judgement: { score: number; for: Evidence[]; against: Evidence[] },
    threshold: number,
  ): void {
    const [ra, rb] = [this.clusters.find(a), this.clusters.find(b)];
    this.firsts.push(this.clusters.firstOf(ra), this.clusters.firstOf(rb));
    // The fields in IdentityDecision's order (the JSON shows them so); id and impact are set when finished.
    this.decisions.push({
      id: "",
      kind,
      a: this.snapshot(ra),
      b: this.snapshot(rb),
      score: judgement.score,
      threshold,
      for: judgement.for,
      against: judgement.against,
      impact: 0,
    });
  }

  /** Remembers a pair of occurrences to judge again once clustering is over, at most MAX_LOOKS per occurrence. */
  lookAgain(a: number, b: number): void {
    const key = pairKey(a, b);
    if (this.secondLook.has(key)) return;
    const [na, nb] = [this.looks.get(a) ?? 0, this.looks.get(b) ?? 0];
    if (na >= MAX_LOOKS || nb >= MAX_LOOKS) return;
    this.looks.set(a, na + 1).set(b, nb + 1);
    this.secondLook.set(key, [a, b]);
  }
}
