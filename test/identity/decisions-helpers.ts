/** Reading identity results in tests: the key of a name as written, a person, the decisions between two names. */

import type { ResolvedAuthors } from "../../src/identity";
import type { IdentityDecision, Person } from "../../src/model";

export function keyOf(result: ResolvedAuthors, name: string): string {
  const author = result.papers.flatMap((paper) => paper.authors).find((candidate) => candidate.name === name);
  if (!author?.key) throw new Error(`no keyed author "${name}"`);
  return author.key;
}

export function personOf(result: ResolvedAuthors, name: string): Person {
  return result.people.find((person) => person.key === keyOf(result, name))!;
}

/** Decisions of `kind` whose two sides ended in the people of names `a` and `b` (either way round). */
export function decisionsBetween(
  result: ResolvedAuthors,
  a: string,
  b: string,
  kind: IdentityDecision["kind"],
): IdentityDecision[] {
  const keys = [keyOf(result, a), keyOf(result, b)].sort().join("|");
  return result.decisions.filter((d) => d.kind === kind && [d.a.key, d.b.key].sort().join("|") === keys);
}

/** Every evidence text of a decision, for and against. */
export const texts = (decision: IdentityDecision | undefined): string[] =>
  decision ? [...decision.for, ...decision.against].map((item) => item.text) : [];
