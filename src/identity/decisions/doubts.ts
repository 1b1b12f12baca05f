/**
 * Doubtful splits: pairs identity left apart although they may be one person, each with its evidence for
 * and against, so that a user can accept or reject them. Three sources: near misses and typos remembered
 * during clustering, judged again on the final clusters (a typo is listed only with a shared coauthor:
 * without one, near-identical names in a large corpus are mostly different people, `Zhang`/`Zhong`);
 * initials that fit several fuller names of their block (`Li X` beside six different Li X…), listed
 * against each; and family names one letter apart (typos.ts). At most MAX_PER_CLUSTER per cluster, so one
 * very common name cannot flood the list.
 */

import type { Evidence } from "../../model";
import { familyKey } from "../blocking/block-keys";
import { fits } from "../blocking/blocks";
import { pairKey } from "../blocking/candidates";
import type { IdentityEngine } from "../clustering/engine";
import { contextEvidence } from "../evidence/context-evidence";
import { judgePair } from "../evidence/judge-pair";
import { DOUBT_MARGIN } from "../evidence/weights";
import { formLabel, specificity } from "../names/form-label";
import { findFamilyTypos } from "./typos";
import type { TypoCandidates } from "./typos";

export const MAX_PER_CLUSTER = 10;

const SPELT_DIFFERENTLY: Evidence = {
  kind: "name",
  weight: 0,
  text: "spelt differently: a typo is not told from another person without more evidence",
};

/** Keeps count of doubts per cluster and per pair. */
function limiter(engine: IdentityEngine): (a: number, b: number) => boolean {
  const perCluster = new Map<number, number>();
  const pairs = new Set<number>();
  return (a, b) => {
    const [ra, rb] = [engine.clusters.find(a), engine.clusters.find(b)];
    const key = pairKey(ra, rb);
    if (ra === rb || pairs.has(key)) return false;
    if ((perCluster.get(ra) ?? 0) >= MAX_PER_CLUSTER || (perCluster.get(rb) ?? 0) >= MAX_PER_CLUSTER) return false;
    pairs.add(key);
    perCluster.set(ra, (perCluster.get(ra) ?? 0) + 1);
    perCluster.set(rb, (perCluster.get(rb) ?? 0) + 1);
    return true;
  };
}

function secondLook(engine: IdentityEngine, allow: (a: number, b: number) => boolean): void {
  for (const [a, b] of engine.log.secondLook.values()) {
    const judgement = judgePair(engine, a, b, true);
    if (judgement.blocked !== undefined || judgement.score >= engine.threshold) continue;
    const listed =
      judgement.typo !== undefined
        ? judgement.for.some((item) => item.kind === "coauthors")
        : judgement.score >= engine.threshold - DOUBT_MARGIN;
    if (!listed || !allow(a, b)) continue;
    if (judgement.typo !== undefined) judgement.against.push(SPELT_DIFFERENTLY);
    engine.log.record("split", a, b, judgement, engine.threshold);
  }
}

/** Lists initials-only forms that fit several fuller names of their block against each of them. */
function ambiguousInitials(engine: IdentityEngine, allow: (a: number, b: number) => boolean): void {
  const { table, clusters } = engine;
  engine.ambiguity.forEach((k, form) => {
    if (k < 2 || specificity(table.forms, form) > 2 || !engine.formOccurrences[form]!.length) return;
    const occurrence = engine.formOccurrences[form]![0]!;
    const root = clusters.find(occurrence);
    const targets = new Map<number, number>();
    for (const key of table.forms.forms[form]!.blocks)
      for (const other of engine.blocks.get(key) ?? [])
        if (other !== form && engine.formOccurrences[other]!.length && fits(table.forms, form, other))
          targets.set(clusters.find(engine.formOccurrences[other]![0]!), other);
    if (targets.has(root) || targets.size < 2) return;
    const names = [...targets.values()].slice(0, MAX_PER_CLUSTER).map((f) => `"${formLabel(table.forms, f)}"`);
    for (const [target, other] of targets) {
      if (clusters.hardConflict(root, target) || !allow(root, target)) continue;
      const fitText = `"${formLabel(table.forms, form)}" fits "${formLabel(table.forms, other)}"`;
      engine.log.record(
        "split",
        root,
        target,
        {
          score: engine.threshold - DOUBT_MARGIN,
          for: [{ kind: "name", weight: 0, text: fitText }],
          against: [{ kind: "ambiguity", weight: 0, text: `it fits ${targets.size} people: ${names.join(", ")}` }],
        },
        engine.threshold,
      );
    }
  });
}

/** Lists two clusters whose family names are one letter apart, when they share a coauthor. */
function listFamilyTypo(engine: IdentityEngine, a: number, b: number, allow: (a: number, b: number) => boolean): void {
  const { clusters, table } = engine;
  if (clusters.find(a) === clusters.find(b) || clusters.hardConflict(a, b)) return;
  const [fa, fb] = [a, b].map((o) => table.forms.forms[table.form[o]!]!.readings[0]!.family);
  const own = new Set([fa!, fb!].map(familyKey));
  const context = contextEvidence(engine, clusters.profile(clusters.find(a)), clusters.profile(clusters.find(b)), own);
  if (!context.some((item) => item.kind === "coauthors") || !allow(a, b)) return;
  engine.log.record(
    "split",
    a,
    b,
    {
      score: -Infinity,
      for: [
        { kind: "name", weight: 0, text: `family names "${fa}" and "${fb}" are one letter apart` },
        ...context.filter((item) => item.weight >= 0),
      ],
      against: [...context.filter((item) => item.weight < 0), SPELT_DIFFERENTLY],
    },
    engine.threshold,
  );
}

/** Logs every doubtful split of the final clusters; `typos` gives the family-name typo candidates (startTypoCandidates). */
export function listDoubts(engine: IdentityEngine, typos: () => TypoCandidates): void {
  const allow = limiter(engine);
  secondLook(engine, allow);
  ambiguousInitials(engine, allow);
  for (const [a, b] of findFamilyTypos(engine, typos())) listFamilyTypo(engine, a, b, allow);
}
