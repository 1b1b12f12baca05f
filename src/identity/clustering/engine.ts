/**
 * The state identity works on: the occurrence table, the clusters being formed, the corpus statistics,
 * the blocks and the ambiguity of every form, the owners of single-person files, the threshold of the
 * chosen mode, and the log of decisions. Built in one pass over the occurrences plus the block work.
 */

import type { Diagnostic } from "../../model";
import { buildBlocks, computeAmbiguity } from "../blocking/blocks";
import { DecisionLog } from "../decisions/decision-log";
import type { CorpusStats } from "../evidence/corpus-stats";
import { computeStats } from "../evidence/corpus-stats";
import type { OccurrenceTable } from "../occurrences/build-occurrences";
import { Clusters } from "./clusters";
import { OwnerRegistry } from "./owner-registry";

export interface IdentityEngine {
  table: OccurrenceTable;
  clusters: Clusters;
  stats: CorpusStats;
  /** Block key → person forms filed under it. */
  blocks: Map<string, number[]>;
  /** Per form, how many fuller names of its blocks it could stand for. */
  ambiguity: Int32Array;
  /** Forms borne by several people that ids tell apart: form → how many (filled by same-name.ts). */
  contested: Map<number, number>;
  /** Per form, its occurrences. */
  formOccurrences: number[][];
  owners: OwnerRegistry;
  log: DecisionLog;
  /** Points a pair needs to be joined. */
  threshold: number;
  diagnostics: Diagnostic[];
}

/** The engine for a table of occurrences, every occurrence its own cluster. */
export function createEngine(table: OccurrenceTable, threshold: number): IdentityEngine {
  const blocks = buildBlocks(table.forms);
  const formOccurrences: number[][] = table.forms.forms.map(() => []);
  for (let index = 0; index < table.size; index++) formOccurrences[table.form[index]!]!.push(index);
  const clusters = new Clusters(table);
  return {
    table,
    clusters,
    stats: computeStats(table),
    blocks,
    ambiguity: computeAmbiguity(table.forms, blocks),
    contested: new Map(),
    formOccurrences,
    owners: new OwnerRegistry(),
    log: new DecisionLog(table, clusters),
    threshold,
    diagnostics: [],
  };
}

/** Joins two clusters, moving what the smaller owned; returns the new representative. */
export function joinClusters(engine: IdentityEngine, a: number, b: number): number {
  const [ra, rb] = [engine.clusters.find(a), engine.clusters.find(b)];
  const root = engine.clusters.union(ra, rb);
  engine.owners.moved(root === ra ? rb : ra, root);
  return root;
}
