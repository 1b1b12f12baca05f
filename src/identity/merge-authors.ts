/**
 * Author identity: gives every AuthorRef a person key and lists each person once. The key is the
 * normalised name (see normalize-name.ts). The label of a person is the spelling seen most often; on a
 * tie the one with more non-ASCII letters wins (it keeps accents a plain-ASCII source dropped), then the
 * first seen.
 */

import type { AuthorRef, Diagnostic, Paper, Person } from "../model";
import { diagnostic } from "../model";
import { normalizeName } from "./normalize-name";

export interface ResolvedAuthors {
  papers: Paper[];
  people: Person[];
  diagnostics: Diagnostic[];
}

const nonAscii = (text: string): number => text.replace(/[\x00-\x7f]/g, "").length;

function pickLabel(spellings: Map<string, number>): string {
  let best = "";
  let bestCount = -1;
  for (const [spelling, count] of spellings) {
    const better = count > bestCount || (count === bestCount && nonAscii(spelling) > nonAscii(best));
    if (better) [best, bestCount] = [spelling, count];
  }
  return best;
}

/**
 * Keys every author of every paper and returns the people. A person named twice in one record (RIS lists
 * the same `AU` twice) is kept once, with an info diagnostic: one person, not a self-loop.
 */
export function resolveAuthors(papers: readonly Paper[]): ResolvedAuthors {
  const spellings = new Map<string, Map<string, number>>();
  const paperIds = new Map<string, string[]>();
  const diagnostics: Diagnostic[] = [];

  const keyed = papers.map((paper) => {
    const seen = new Set<string>();
    const authors: AuthorRef[] = [];
    for (const author of paper.authors) {
      const key = author.key ?? normalizeName(author.name);
      if (!key) {
        diagnostics.push(diagnostic("warning", paper.source.file, paper.source.line, `author name "${author.name}" has no letters; left out of "${paper.title}".`));
        continue;
      }
      if (seen.has(key)) {
        diagnostics.push(diagnostic("info", paper.source.file, paper.source.line, `"${author.name}" is listed twice on "${paper.title}"; counted once.`));
        continue;
      }
      seen.add(key);
      authors.push({ ...author, key });
      const counts = spellings.get(key) ?? new Map<string, number>();
      counts.set(author.name, (counts.get(author.name) ?? 0) + 1);
      spellings.set(key, counts);
      const ids = paperIds.get(key) ?? [];
      ids.push(paper.id);
      paperIds.set(key, ids);
    }
    return { ...paper, authors };
  });

  const people: Person[] = [...spellings].map(([key, counts]) => ({
    key,
    label: pickLabel(counts),
    variants: [...counts.keys()],
    paperIds: paperIds.get(key) ?? [],
  }));
  return { papers: keyed, people, diagnostics };
}
