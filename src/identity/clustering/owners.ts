/**
 * List owners. A file that is one person's list — a profile page, a CV's BibTeX, a citation report or a
 * lab export — has an owner: stated (a profile page's owner, `--owner NAME` or `--owner FILE=NAME`) or
 * inferred, as the name (family name and first initial) on at least OWNER_COVERAGE of the file's papers,
 * in a file of at least MIN_OWNER_PAPERS papers. The owner's most telling spelling in that file seeds the
 * owner's cluster (the fullest form, unless it is rare beside a shorter one); every other compatible
 * occurrence of the file then gets owner evidence when it is judged (judge-pair.ts). Cost: one pass over
 * the occurrences plus the name comparisons of each file's owner block.
 */

import { compareReadings } from "../names/compatibility";
import { specificity } from "../names/form-label";
import { nameForm, readings } from "../names/parse-name";
import type { IdentityEngine } from "./engine";
import { joinClusters } from "./engine";

/** An owner the user or the file states: `file` undefined = any file where the name is found. */
export interface StatedOwner {
  name: string;
  file?: string;
}

export const OWNER_COVERAGE = 0.4;
export const MIN_OWNER_PAPERS = 5;

const matchesFile = (pattern: string, file: string): boolean =>
  file === pattern || file.endsWith(`/${pattern}`) || file.endsWith(`\\${pattern}`);

/** Joins the occurrences of `form` in the file into the owner's cluster and registers it. */
function seed(engine: IdentityEngine, file: string, occurrences: number[], stated: boolean, coverage: number): void {
  const { clusters } = engine;
  let root = occurrences[0]!;
  for (const occurrence of occurrences.slice(1))
    if (!clusters.hardConflict(root, occurrence)) root = joinClusters(engine, root, occurrence);
  engine.owners.add(clusters.find(root), { file, stated, coverage, seed: occurrences[0]! });
}

/** The seed form among compatible forms: the most frequent full form when it is not rare beside the most frequent form. */
function chooseForm(engine: IdentityEngine, counts: Map<number, number>): number {
  const ranked = [...counts].sort((x, y) => y[1] - x[1] || x[0] - y[0]);
  const top = ranked[0]![1];
  const full = ranked.filter(([form, n]) => n * 4 >= top && specificity(engine.table.forms, form) >= 2);
  full.sort((x, y) => specificity(engine.table.forms, y[0]) - specificity(engine.table.forms, x[0]) || y[1] - x[1]);
  return (full[0] ?? ranked[0]!)[0];
}

/** Occurrences per form of a file, in order of first appearance. */
function perForm(engine: IdentityEngine, occurrences: number[]): Map<number, number> {
  const all = new Map<number, number>();
  for (const index of occurrences) {
    const form = engine.table.form[index]!;
    all.set(form, (all.get(form) ?? 0) + 1);
  }
  return all;
}

/** The forms of `all` that `keep` accepts, in the same order. */
function papersPerForm(all: ReadonlyMap<number, number>, keep: (form: number) => boolean): Map<number, number> {
  // Each distinct form is tested once: a file repeats its owner's few spellings hundreds of times.
  const kept = new Map<number, number>();
  for (const [form, n] of all) if (keep(form)) kept.set(form, n);
  return kept;
}

function seedStated(
  engine: IdentityEngine,
  file: string,
  occurrences: number[],
  all: ReadonlyMap<number, number>,
  papers: number,
  name: string,
): void {
  const stated = readings(name);
  const { forms } = engine.table.forms;
  const counts = papersPerForm(
    all,
    (form) => !forms[form]!.group && !compareReadings(stated, forms[form]!.readings).conflict,
  );
  if (!counts.size) return;
  const statedForm = nameForm(stated[0]!);
  const form =
    [...counts.keys()].find((candidate) => forms[candidate]!.text === statedForm) ?? chooseForm(engine, counts);
  const coverage = [...counts.values()].reduce((sum, n) => sum + n, 0) / papers;
  seed(
    engine,
    file,
    occurrences.filter((index) => engine.table.form[index] === form),
    true,
    coverage,
  );
}

function seedInferred(engine: IdentityEngine, file: string, occurrences: number[], papers: number): void {
  const { forms } = engine.table.forms;
  const all = perForm(engine, occurrences);
  // Counted per form, then per block: one string key per form, not one per occurrence.
  const byBlock = new Map<string, number>();
  for (const [form, n] of all) {
    const block = forms[form]!.blocks[0];
    if (block !== undefined) byBlock.set(block, (byBlock.get(block) ?? 0) + n);
  }
  // The most occurrences, ties to the first block in code-unit order: one scan, not a sort of every block
  // (the one file of 100,000 generated works has 89,034 blocks).
  let [block, count] = ["", 0];
  for (const [key, n] of byBlock) if (n > count || (n === count && key < block)) [block, count] = [key, n];
  if (count < OWNER_COVERAGE * papers) return;
  const counts = papersPerForm(all, (form) => forms[form]!.blocks[0] === block);
  const form = chooseForm(engine, counts);
  // The owner is one person: only the occurrences whose name agrees with the chosen form count (a block
  // of six different `Li X` is nobody's list).
  let compatible = 0;
  for (const [other, n] of counts)
    if (!compareReadings(forms[form]!.readings, forms[other]!.readings).conflict) compatible += n;
  if (compatible < OWNER_COVERAGE * papers) return;
  seed(
    engine,
    file,
    occurrences.filter((index) => engine.table.form[index] === form),
    false,
    compatible / papers,
  );
}

/** Finds the owner of every single-person file and seeds the owner's cluster. */
export function seedOwners(engine: IdentityEngine, stated: readonly StatedOwner[]): void {
  const byFile = new Map<string, number[]>();
  const papersOf = new Map<string, number>();
  const files = engine.table.papers.file;
  for (const file of files) papersOf.set(file, (papersOf.get(file) ?? 0) + 1);
  for (let index = 0; index < engine.table.size; index++) {
    const file = files[engine.table.paper[index]!]!;
    (byFile.get(file) ?? byFile.set(file, []).get(file)!).push(index);
  }
  // Owners stated for one file are looked up by file name (a profile page each: thousands of them).
  const everywhere = stated.filter((owner) => owner.file === undefined);
  const byName = new Map<string, StatedOwner[]>();
  for (const owner of stated)
    if (owner.file !== undefined) byName.set(owner.file, [...(byName.get(owner.file) ?? []), owner]);
  const scoped = stated.filter((owner) => owner.file !== undefined && !byFile.has(owner.file));
  for (const [file, occurrences] of byFile) {
    const papers = papersOf.get(file)!;
    const names = [
      ...everywhere,
      ...(byName.get(file) ?? []),
      ...scoped.filter((owner) => matchesFile(owner.file!, file)),
    ];
    if (names.length) {
      const all = perForm(engine, occurrences);
      for (const owner of names) seedStated(engine, file, occurrences, all, papers, owner.name);
    } else if (papers >= MIN_OWNER_PAPERS) seedInferred(engine, file, occurrences, papers);
  }
}
