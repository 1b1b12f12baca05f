/**
 * A user's verdicts on identity's decisions, written as a thesaurus that replays them: the explorer's
 * review panel passes it to the analysis as `thesaurus`, and the command line reads the same text with
 * `--thesaurus`, so both run the one identity stage with the same overrides and find the same people.
 *
 * Accepting a decision says its two sides are one person (a join is kept, a doubtful split is joined);
 * rejecting it says they are two (a join is split, a split is kept). A verdict pins the occurrences the
 * decision lists for each side (the papers of the side, at most twenty, see decision-log.ts) with one
 * line each, `name @ paper id<TAB>canonical`: one canonical name for one person, two for two. Pinned
 * occurrences with one canonical are joined, with two canonicals never (thesaurus.ts); the other
 * occurrences of the people concerned follow the evidence as before. Every canonical name carries a
 * homonym number (`C. Wang 0002`): it is shown and compared as `C. Wang`, keeps namesakes apart, and
 * fixes no occurrence beyond the lines that name it, so a verdict moves nothing it does not list.
 *
 * Verdicts are replayed in the order given; a later one takes over the occurrences it lists. A verdict
 * that makes one person takes in whole the earlier people its occurrences belonged to (an occurrence
 * pinned by an earlier verdict brings that verdict's person along); a verdict that makes two people does
 * the same for each side, and the occurrences it lists for its second side leave the first.
 * Cost: linear in the occurrences listed, times the number of verdicts for the people taken in.
 */

import type { DecisionSide, IdentifiedCorpus, IdentityDecision, Paper } from "../../model";
import { normalizeName } from "../names/parse-name";

/** Accept: the two sides are one person. Reject: they are two. */
export type Verdict = "accept" | "reject";

/** One occurrence as a thesaurus line names it: the name as written on one paper. */
export interface OccurrenceRef {
  paper: string;
  name: string;
}

/** One side of a reviewed decision: how it is named and the occurrences the decision lists for it. */
export interface ReviewSide {
  label: string;
  occurrences: OccurrenceRef[];
}

/** A verdict on one identity decision, with what a thesaurus needs to replay it. */
export interface Review {
  decisionId: string;
  kind: IdentityDecision["kind"];
  verdict: Verdict;
  /** The name of the one person an accepted decision makes. */
  label: string;
  a: ReviewSide;
  b: ReviewSide;
}

/** The corpus a decision was taken on: its keyed papers and its people. */
export type ReviewedCorpus = Pick<IdentifiedCorpus, "papers" | "people">;

/** Tabs and line breaks would break the format; names never need them. */
const cell = (text: string): string => text.replace(/[\t\r\n]+/g, " ").trim();

const refKey = (ref: OccurrenceRef): string => `${ref.paper}\u0000${normalizeName(ref.name)}`;

/** The person key of an occurrence in an identified corpus (papers by id), or undefined when it is not there. */
export function keyOfOccurrence(papersById: ReadonlyMap<string, Paper>, ref: OccurrenceRef): string | undefined {
  const form = normalizeName(ref.name);
  return papersById.get(ref.paper)?.authors.find((author) => normalizeName(author.name) === form)?.key;
}

/** The review of `decision`, taken on `corpus` (the identified corpus the decision belongs to). */
export function reviewDecision(corpus: ReviewedCorpus, decision: IdentityDecision, verdict: Verdict): Review {
  const listed = new Set([...decision.a.paperIds, ...decision.b.paperIds]);
  const papers = new Map(corpus.papers.filter((paper) => listed.has(paper.id)).map((paper) => [paper.id, paper]));
  const labels = new Map(corpus.people.map((person) => [person.key, person.label]));
  const side = ({ key, label, paperIds }: DecisionSide): ReviewSide => ({
    // A split's sides are whole people, named as the corpus names them; a join's are parts of one person.
    label: decision.kind === "split" ? (labels.get(key) ?? label) : label,
    occurrences: paperIds.flatMap((paper) => {
      const author = papers.get(paper)?.authors.find((candidate) => candidate.key === key);
      return author ? [{ paper, name: author.name }] : [];
    }),
  });
  const [a, b] = [side(decision.a), side(decision.b)];
  // One person: a join keeps the name it has; two people joined take the fuller of their names.
  const label =
    decision.kind === "join"
      ? (labels.get(decision.a.key) ?? a.label)
      : normalizeName(b.label).length > normalizeName(a.label).length
        ? b.label
        : a.label;
  return { decisionId: decision.id, kind: decision.kind, verdict, label, a, b };
}

interface Group {
  label: string;
  members: Map<string, OccurrenceRef>;
}

/** The people the verdicts make, in the order they were made (see the header). */
function groupVerdicts(reviews: readonly Review[]): Group[] {
  const groups: Group[] = [];
  const groupOf = new Map<string, Group>();
  const open = (label: string): Group => {
    const group = { label, members: new Map<string, OccurrenceRef>() };
    groups.push(group);
    return group;
  };
  /** Takes in whole the earlier groups of `refs`, except `kept`. */
  const absorb = (into: Group, refs: readonly OccurrenceRef[], kept?: Group) => {
    for (const ref of refs) {
      const from = groupOf.get(refKey(ref));
      if (!from || from === into || from === kept) continue;
      for (const [key, member] of from.members) {
        into.members.set(key, member);
        groupOf.set(key, into);
      }
      from.members.clear();
    }
  };
  const put = (into: Group, refs: readonly OccurrenceRef[]) => {
    for (const ref of refs) {
      const key = refKey(ref);
      groupOf.get(key)?.members.delete(key);
      into.members.set(key, ref);
      groupOf.set(key, into);
    }
  };
  for (const { verdict, label, a, b } of reviews) {
    if (verdict === "accept") {
      const one = open(label);
      absorb(one, [...a.occurrences, ...b.occurrences]);
      put(one, [...a.occurrences, ...b.occurrences]);
    } else {
      const [first, second] = [open(a.label), open(b.label)];
      absorb(first, a.occurrences);
      absorb(second, b.occurrences, first);
      put(first, a.occurrences);
      put(second, b.occurrences);
    }
  }
  return groups.filter((group) => group.members.size > 0);
}

/** The thesaurus text (VOSviewer's format, read by `--thesaurus`) that replays `reviews` in order. */
export function writeReviewThesaurus(reviews: readonly Review[]): string {
  const lines = [
    "label\treplace by",
    "# papergraph identity review: the people each verdict makes, one line per occurrence (name @ paper id)",
    ...reviews.map(
      (review, index) =>
        `# ${index + 1}. ${review.verdict}ed ${review.kind} ${review.decisionId}: ${cell(review.a.label)} / ${cell(review.b.label)}`,
    ),
  ];
  const numbers = new Map<string, number>();
  for (const group of groupVerdicts(reviews)) {
    const form = normalizeName(group.label);
    const number = (numbers.get(form) ?? 0) + 1;
    numbers.set(form, number);
    const canonical = `${cell(group.label)} ${String(number).padStart(4, "0")}`;
    for (const ref of group.members.values()) lines.push(`${cell(ref.name)} @ ${ref.paper}\t${canonical}`);
  }
  return `${lines.join("\n")}\n`;
}
