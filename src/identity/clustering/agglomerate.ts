/**
 * Agglomerative clustering over the candidate pairs (blocking/candidates.ts): every pair is judged
 * (evidence/judge-pair.ts), the best-supported pairs are joined first, and a pair whose clusters grew
 * since it was judged is judged again — so `GB Gloor` is compared with `Greg B. Gloor` and `Gregory Brian
 * Gloor` only once those are one person, with their coauthors pooled, and a cluster never takes in a
 * name that conflicts with one it already holds. Blocks where something was joined are visited again,
 * up to MAX_ROUNDS times. Near misses and typos are remembered for the list of doubtful splits.
 */

import { candidatePairs } from "../blocking/candidates";
import type { PairJudgement } from "../evidence/judge-pair";
import { judgePair } from "../evidence/judge-pair";
import { DOUBT_MARGIN } from "../evidence/weights";
import type { IdentityEngine } from "./engine";
import { joinClusters } from "./engine";

const MAX_ROUNDS = 4;

interface Judged {
  a: number;
  b: number;
  /** Occurrences of both clusters when judged: a cluster that grew since must be judged again. */
  size: number;
  judgement: PairJudgement;
}

const sizeOf = (engine: IdentityEngine, a: number, b: number): number =>
  engine.clusters.sizeOf(a) + engine.clusters.sizeOf(b);

/** The block keys of every form of a cluster. */
function blocksOf(engine: IdentityEngine, root: number): string[] {
  const keys: string[] = [];
  for (const form of engine.clusters.profile(root).forms.keys()) keys.push(...engine.table.forms.forms[form]!.blocks);
  return keys;
}

/** One round over the given blocks; returns the blocks touched by a join. */
function round(engine: IdentityEngine, blocks: Iterable<string>): Set<string> {
  const { clusters, threshold, log } = engine;
  const judged: Judged[] = [];
  for (const [a, b] of candidatePairs(engine, blocks)) {
    const judgement = judgePair(engine, a, b);
    if (judgement.typo !== undefined) log.lookAgain(a, b);
    else if (judgement.score >= threshold - DOUBT_MARGIN) judged.push({ a, b, size: sizeOf(engine, a, b), judgement });
  }
  judged.sort((x, y) => y.judgement.score - x.judgement.score || x.a - y.a || x.b - y.b);
  const touched = new Set<string>();
  for (const { a, b, size, judgement: first } of judged) {
    const [ra, rb] = [clusters.find(a), clusters.find(b)];
    if (ra === rb) continue;
    const judgement = sizeOf(engine, ra, rb) === size && ra === a && rb === b ? first : judgePair(engine, ra, rb);
    if (judgement.blocked !== undefined || judgement.typo !== undefined || judgement.score < threshold) {
      if (judgement.typo !== undefined || judgement.score >= threshold - DOUBT_MARGIN) log.lookAgain(ra, rb);
      continue;
    }
    log.record("join", ra, rb, judgement, threshold);
    for (const key of [...blocksOf(engine, ra), ...blocksOf(engine, rb)]) touched.add(key);
    joinClusters(engine, ra, rb);
  }
  return touched;
}

/** Joins clusters on the evidence, best-supported pairs first, until no block changes. */
export function agglomerate(engine: IdentityEngine): void {
  let blocks: Iterable<string> = engine.blocks.keys();
  for (let n = 0; n < MAX_ROUNDS; n++) {
    const touched = round(engine, blocks);
    if (!touched.size) return;
    blocks = touched;
  }
}
