/**
 * Author identity: every author occurrence (one author slot of one paper) gets the key of the person it
 * is, decided on evidence. In order: occurrences are built (occurrences/), the thesaurus and shared ids
 * force their joins, the owners of single-person files are seeded, rare names join by themselves, then
 * clusters are joined pair by pair on weighted evidence inside blocks (clustering/agglomerate.ts), and the
 * pairs left apart that may be one person are listed (decisions/doubts.ts). `names-only` mode is the
 * bibliometrix-style baseline instead: one person per family name and first initial. Every join beyond
 * the same rare name, and every doubtful split, is returned as a decision with its evidence.
 */

import type { Diagnostic, FileOwner, IdentityDecision, Paper, Person } from "../model";
import type { IdentityMode } from "../options";
import { agglomerate } from "./clustering/agglomerate";
import type { IdentityEngine } from "./clustering/engine";
import { createEngine } from "./clustering/engine";
import { joinSharedIds, joinThesaurusPersons } from "./clustering/forced-joins";
import type { StatedOwner } from "./clustering/owners";
import { seedOwners } from "./clustering/owners";
import { joinSameNames } from "./clustering/same-name";
import { listDoubts } from "./decisions/doubts";
import { finishDecisions } from "./decisions/finish-decisions";
import { nameClusters } from "./decisions/people";
import { THRESHOLDS } from "./evidence/weights";
import { buildOccurrences } from "./occurrences/build-occurrences";
import { indexThesaurus } from "./thesaurus";
import type { ThesaurusEntry } from "./thesaurus";

/** How sure identity must be to join (evidence/weights.ts THRESHOLDS), or the name-only baseline. */
export type { IdentityMode };

export interface IdentityOptions {
  /** IdentityMode, default "balanced". */
  mode?: IdentityMode;
  /** ThesaurusEntry[], default []. User-given `variant → canonical` names (readThesaurus). */
  thesaurus?: readonly ThesaurusEntry[];
  /** StatedOwner[], default []. Owners of single-person files as the user states them (`--owner`). */
  owners?: readonly StatedOwner[];
}

export interface ResolvedAuthors {
  papers: Paper[];
  people: Person[];
  decisions: IdentityDecision[];
  owners: FileOwner[];
  diagnostics: Diagnostic[];
}

/** names-only: every occurrence joins the others of its family name and first initial, nothing else. */
function joinByNameKey(engine: IdentityEngine): void {
  const first = new Map<string, number>();
  engine.table.occurrences.forEach((occurrence, index) => {
    const form = engine.table.forms.forms[occurrence.form]!;
    const key = form.group ? `group ${form.text}` : (form.blocks[0] ?? form.text);
    const holder = first.get(key);
    if (holder === undefined) first.set(key, index);
    else engine.clusters.union(holder, index);
  });
}

/** Runs identity on the papers' author occurrences; returns keyed papers, people, decisions and owners. */
export function resolveAuthors(papers: readonly Paper[], options: IdentityOptions = {}): ResolvedAuthors {
  const mode = options.mode ?? "balanced";
  const table = buildOccurrences(papers, indexThesaurus(options.thesaurus ?? []));
  const engine = createEngine(table, mode === "strict" ? THRESHOLDS.strict : THRESHOLDS.balanced);
  if (mode === "names-only") joinByNameKey(engine);
  else {
    joinThesaurusPersons(engine);
    joinSharedIds(engine);
    seedOwners(engine, options.owners ?? []);
    joinSameNames(engine);
    agglomerate(engine);
    listDoubts(engine);
  }
  const { clusters } = engine;
  const canonicalOf = (members: readonly number[]) =>
    members.map((member) => table.occurrences[member]!.canonical).find((name) => name !== undefined);
  const named = nameClusters(engine, canonicalOf);
  const keyOf = (occurrence: number) => named.get(clusters.find(occurrence))!.key;
  const people = new Map<string, Person>();
  for (const [root, cluster] of named) {
    const person: Person = { key: cluster.key, label: cluster.label, variants: cluster.variants, paperIds: [] };
    if (cluster.group) person.group = true;
    if (engine.owners.ownedBy(root).length) person.owner = true;
    people.set(cluster.key, person);
  }
  const keyed = papers.map((paper, p) => {
    const seen = new Set<string>();
    const authors = paper.authors.flatMap((author, position) => {
      const occurrence = table.slots[p]![position]!;
      if (occurrence < 0) return [];
      const key = keyOf(occurrence);
      if (seen.has(key)) return [];
      seen.add(key);
      people.get(key)!.paperIds.push(paper.id);
      return [{ ...author, key }];
    });
    return { ...paper, authors };
  });
  const owners = engine.owners.files.map((owned): FileOwner => {
    const key = keyOf(owned.seed);
    return { file: owned.file, key, label: people.get(key)!.label, stated: owned.stated, coverage: owned.coverage };
  });
  return {
    papers: keyed,
    people: [...people.values()],
    decisions: finishDecisions(engine, keyOf),
    owners,
    diagnostics: [...table.diagnostics, ...engine.diagnostics],
  };
}
