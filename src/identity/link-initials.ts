/**
 * Initials: `A. Karvonen` joins `Adam Karvonen` only when the abbreviated name fits exactly one fuller
 * name of the corpus. Given names fit when there are no more of them and each is equal to, or the initial
 * of, the fuller one in the same place (`J. M.` fits `John M.` and `John Michael`; `M. S.` fits neither
 * `M. H.` nor `Myungho`). Within a family name, the "maximal" forms (fitting no other form) stand for the
 * people; a shorter form joins its one maximal form, and:
 * - when two or more people share the family name, only with a shared coauthor as supporting evidence;
 * - never when a paper names both, or ids or the thesaurus forbid it;
 * - when it fits several people (`Li X` and six different Li X…), it stays apart and each candidate is
 *   listed as a possible duplicate.
 * Names are compared only within one family name and first initial, so the cost is the sum of squared
 * block sizes — near-linear for real corpora, with no comparison across the whole corpus.
 */

import { findSharedCoauthor, groupByCluster, isOnSamePaper } from "./evidence";
import { MAX_CANDIDATES } from "./link-names";
import type { IdentityState } from "./name-units";
import { recordLink, unitLabel } from "./name-units";

/** True when given names `a` fit `b`: no more names than `b`, each equal or an initial of b's. */
export function fitsGiven(a: readonly string[], b: readonly string[]): boolean {
  if (a.length === 0 || a.length > b.length) return false;
  return a.every((name, i) => name === b[i] || (name.length === 1 && b[i]!.startsWith(name)));
}

interface FormNode {
  given: string[];
  units: number[];
}

/** Name forms grouped by family name, then by first initial. */
function blocksByFamily(state: IdentityState): Map<string, Map<string, FormNode[]>> {
  const forms = new Map<string, FormNode>();
  const blocks = new Map<string, Map<string, FormNode[]>>();
  state.units.forEach((unit, index) => {
    if (!unit.parts.given.length || !unit.parts.family) return;
    const existing = forms.get(unit.form);
    if (existing) return void existing.units.push(index);
    const node = { given: unit.parts.given, units: [index] };
    forms.set(unit.form, node);
    const byInitial = blocks.get(unit.parts.family) ?? blocks.set(unit.parts.family, new Map()).get(unit.parts.family)!;
    const initial = unit.parts.given[0]![0]!;
    (byInitial.get(initial) ?? byInitial.set(initial, []).get(initial)!).push(node);
  });
  return blocks;
}

interface Snapshot {
  /** Cluster of each unit when this step starts; evidence is read from these clusters. */
  startRoot: number[];
  members: Map<number, number[]>;
  label: (node: FormNode) => string;
}

/** Lists an abbreviated name that fits several people as a possible duplicate of each. */
function doubtAmbiguous(
  state: IdentityState,
  snapshot: Snapshot,
  node: FormNode,
  targets: Map<number, FormNode>,
): void {
  const names = [...targets.values()].slice(0, MAX_CANDIDATES).map((target) => `"${snapshot.label(target)}"`);
  for (const target of [...targets.values()].slice(0, MAX_CANDIDATES)) {
    state.doubts.push({
      a: node.units[0]!,
      b: target.units[0]!,
      for: [`"${snapshot.label(node)}" fits "${snapshot.label(target)}"`],
      against: [`it fits ${targets.size} people: ${names.join(", ")}`],
    });
  }
}

/** Joins `node` to the one person it fits when the evidence allows it; `people` = people of its family name. */
function linkToFullerName(
  state: IdentityState,
  snapshot: Snapshot,
  node: FormNode,
  root: number,
  targetRoot: number,
  target: FormNode,
  people: number,
): void {
  const fits = `"${snapshot.label(node)}" fits "${snapshot.label(target)}"`;
  const [ours, theirs] = [snapshot.members.get(root)!, snapshot.members.get(targetRoot)!];
  const doubt = (against: string[]) =>
    state.doubts.push({ a: node.units[0]!, b: target.units[0]!, for: [`${fits} and no other name`], against });
  const reason = state.union.conflict(ours[0]!, theirs[0]!);
  if (reason !== undefined) return void doubt([reason]);
  if (isOnSamePaper(state, ours, theirs)) return void doubt(["one paper names both"]);
  let evidence = `${fits}, the only person of that family name`;
  if (people > 1) {
    const coauthor = findSharedCoauthor(state, ours, theirs);
    if (coauthor === undefined)
      return void doubt([
        `${people} people share the family name of "${snapshot.label(target)}"`,
        "no shared coauthor",
      ]);
    evidence = `${fits} and no other name; shared coauthor "${coauthor}"`;
  }
  state.union.union(ours[0]!, theirs[0]!);
  recordLink(state, node.units[0]!, target.units[0]!, evidence);
}

/** Handles one family name: finds its people (maximal forms) and places each shorter form. */
function linkFamily(state: IdentityState, snapshot: Snapshot, groups: FormNode[][]): void {
  const maximalOf = groups.map((group) =>
    group.filter((node) => !group.some((other) => other !== node && fitsGiven(node.given, other.given))),
  );
  const people = new Set(maximalOf.flat().flatMap((node) => node.units.map((unit) => snapshot.startRoot[unit]!))).size;
  groups.forEach((group, g) => {
    for (const node of group) {
      const dominators = maximalOf[g]!.filter((other) => other !== node && fitsGiven(node.given, other.given));
      const roots = new Set(node.units.map((unit) => snapshot.startRoot[unit]!));
      // A name split by ids into homonyms cannot pick one of them by its initials.
      if (!dominators.length || roots.size !== 1) continue;
      const targets = new Map<number, FormNode>();
      for (const dominator of dominators)
        for (const unit of dominator.units) targets.set(snapshot.startRoot[unit]!, dominator);
      const [root] = roots;
      if (targets.has(root!)) continue;
      if (targets.size > 1) doubtAmbiguous(state, snapshot, node, targets);
      else
        for (const [targetRoot, target] of targets)
          linkToFullerName(state, snapshot, node, root!, targetRoot, target, people);
    }
  });
}

/** Joins abbreviated names to the one fuller name they fit, or records why not. */
export function linkInitials(state: IdentityState): void {
  const snapshot: Snapshot = {
    startRoot: state.units.map((_unit, index) => state.union.find(index)),
    members: groupByCluster(state),
    label: (node) => unitLabel(state.units[node.units[0]!]!),
  };
  for (const byInitial of blocksByFamily(state).values()) {
    const groups = [...byInitial.values()];
    if (groups.reduce((sum, group) => sum + group.length, 0) >= 2) linkFamily(state, snapshot, groups);
  }
}
