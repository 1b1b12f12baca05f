/**
 * The decision log (decision-log.ts) as IdentityDecisions: each side named by the person key it ended
 * in, a stable id (a hash of the kind and of each side's first occurrence, written `paper id#position`, so
 * the same input gives the same ids and a user's accept/reject can refer to them), and its impact — the
 * occurrences that would change person if it were reversed. Splits whose sides ended up one person anyway
 * are dropped. Linear in the log.
 */

import type { IdentityDecision } from "../../model";
import { hashText } from "../../model";
import type { IdentityEngine } from "../clustering/engine";

/** Finishes the log in place; `keyOf` gives the final person key of an occurrence. */
export function finishDecisions(engine: IdentityEngine, keyOf: (occurrence: number) => string): IdentityDecision[] {
  const { table } = engine;
  const { decisions: logged, firsts } = engine.log;
  const ref = (occurrence: number) => {
    return `${table.papers.id[table.paper[occurrence]!]}#${table.position[occurrence]}`;
  };
  const seen = new Set<string>();
  const decisions: IdentityDecision[] = [];
  logged.forEach((decision, i) => {
    const [firstA, firstB] = [firsts[2 * i]!, firsts[2 * i + 1]!];
    const { a, b } = decision;
    a.key = keyOf(firstA);
    b.key = keyOf(firstB);
    if (decision.kind === "split" && a.key === b.key) return;
    const [ra, rb] = [ref(firstA), ref(firstB)];
    // The two references in code-unit order (as sort() puts them), without sorting an array per decision.
    const id = `${decision.kind}:${hashText(ra < rb ? `${ra}|${rb}` : `${rb}|${ra}`)}`;
    if (seen.has(id)) return;
    seen.add(id);
    decision.id = id;
    decision.impact = Math.min(a.occurrences, b.occurrences);
    decisions.push(decision);
  });
  return decisions;
}
