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
import type { SideSnapshot } from "./decision-log";

/** Finishes the log; `keyOf` gives the final person key of an occurrence. */
export function finishDecisions(engine: IdentityEngine, keyOf: (occurrence: number) => string): IdentityDecision[] {
  const { table } = engine;
  const ref = (occurrence: number) => {
    return `${table.papers[table.paper[occurrence]!]!.id}#${table.position[occurrence]}`;
  };
  const side = ({ first, label, variants, occurrences, paperIds }: SideSnapshot) => ({
    key: keyOf(first),
    label,
    variants,
    occurrences,
    paperIds,
  });
  const seen = new Set<string>();
  const decisions: IdentityDecision[] = [];
  for (const logged of engine.log.decisions) {
    const [a, b] = [side(logged.a), side(logged.b)];
    if (logged.kind === "split" && a.key === b.key) continue;
    const [ra, rb] = [ref(logged.a.first), ref(logged.b.first)];
    // The two references in code-unit order (as sort() puts them), without sorting an array per decision.
    const id = `${logged.kind}:${hashText(ra < rb ? `${ra}|${rb}` : `${rb}|${ra}`)}`;
    if (seen.has(id)) continue;
    seen.add(id);
    decisions.push({
      id,
      kind: logged.kind,
      a,
      b,
      score: logged.score,
      threshold: logged.threshold,
      for: logged.for,
      against: logged.against,
      impact: Math.min(a.occurrences, b.occurrences),
    });
  }
  return decisions;
}
