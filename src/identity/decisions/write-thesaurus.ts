/**
 * Identity's joins as a thesaurus file in VOSviewer's format (`label<TAB>replace by`), which `--thesaurus`
 * reads back: every person formed by a join gets one line per spelling of theirs, mapped to the person's
 * canonical name. A spelling that other people also bear is written per occurrence (`C. Wang @ doi:…`),
 * so the line moves only that occurrence; a canonical name that other people bear is made unique with a
 * homonym number (`Wei Zhang 0002`, as DBLP does), since a canonical name is one person. Editing the
 * file — deleting a line, changing a canonical name — and replaying it is how a decision is accepted or
 * rejected on the command line; the explorer's review panel writes its verdicts the same way
 * (review-thesaurus.ts). Linear in the author slots.
 */

import type { IdentifiedCorpus } from "../../model";
import { normalizeName } from "../names/parse-name";

/** Tabs and line breaks would break the format; names never need them. */
const cell = (text: string): string => text.replace(/[\t\r\n]+/g, " ").trim();

/** The thesaurus text of the people that identity's joins formed. */
export function writeThesaurus(corpus: IdentifiedCorpus): string {
  const joined = new Set(corpus.decisions.filter((d) => d.kind === "join").map((d) => d.a.key));
  const people = new Map(corpus.people.map((person) => [person.key, person]));
  const keysByForm = new Map<string, Set<string>>();
  const labels = new Map<string, number>();
  for (const paper of corpus.papers)
    for (const author of paper.authors) {
      const form = normalizeName(author.name);
      (keysByForm.get(form) ?? keysByForm.set(form, new Set()).get(form)!).add(author.key!);
    }
  for (const person of corpus.people) {
    const form = normalizeName(person.label);
    labels.set(form, (labels.get(form) ?? 0) + 1);
  }
  const canonical = new Map<string, string>();
  let n = 1;
  for (const key of joined) {
    const label = people.get(key)!.label;
    const shared = (labels.get(normalizeName(label)) ?? 0) > 1 || (keysByForm.get(normalizeName(label))?.size ?? 0) > 1;
    canonical.set(key, shared ? `${label} ${String(++n).padStart(4, "0")}` : label);
  }
  const lines = ["label\treplace by", "# papergraph identity: each person formed by a join, one line per spelling"];
  const written = new Set<string>();
  for (const paper of corpus.papers)
    for (const author of paper.authors) {
      const target = canonical.get(author.key!);
      if (target === undefined) continue;
      const form = normalizeName(author.name);
      const scoped = (keysByForm.get(form)?.size ?? 0) > 1;
      if (!scoped && form === normalizeName(target)) continue;
      const variant = scoped ? `${cell(author.name)} @ ${paper.id}` : cell(author.name);
      const line = `${variant}\t${cell(target)}`;
      if (!written.has(line)) lines.push(line);
      written.add(line);
    }
  return `${lines.join("\n")}\n`;
}
