/**
 * The sides of logged decisions as their clusters grow: a side lists its cluster's first twenty papers and
 * the spellings of its forms as they stood at that join. The decision log shares a side's lists between
 * snapshots while they cannot have changed (decision-log.ts papersOf, variantsOf); these tests follow one
 * person joined by an ORCID paper after paper, whose forms change along the way.
 */

import { describe, expect, it } from "vitest";
import { resolveAuthors } from "../../src/identity";
import { papers } from "./build-papers";

const ORCID = "0000-0002-1825-0097";

/** The spelling of the one author of paper `n` (1-based): two forms alternating, a third from paper 26. */
function spellingOf(n: number): string {
  if (n >= 26) return "Lovelace, Ada A.";
  return n % 2 ? "Ada Lovelace" : "A. Lovelace";
}

describe("logged sides of a growing cluster", () => {
  const corpus = papers(
    ...Array.from({ length: 30 }, (_, i) => [{ name: spellingOf(i + 1), ids: { orcid: ORCID } }, `Coauthor ${i}`]),
  );
  const { decisions, people, papers: keyed } = resolveAuthors(corpus);

  it("logs one join per paper once the cluster has two forms", () => {
    expect(decisions.filter((decision) => decision.kind === "join")).toHaveLength(29);
  });

  it("lists the first twenty papers of the side as it stood, in paper order", () => {
    for (const decision of decisions) {
      const size = decision.a.occurrences;
      const expected = corpus.slice(0, Math.min(size, 20)).map((paper) => paper.id);
      expect(decision.a.paperIds).toEqual(expected);
      expect(decision.b.paperIds).toEqual([corpus[size]!.id]);
    }
  });

  it("shows the spellings of the side's forms as they stood, a new form included from its first join", () => {
    // Each spelling as written and as shown (in display order).
    const shown: [string, string][] = [
      ["Ada Lovelace", "Ada Lovelace"],
      ["A. Lovelace", "A. Lovelace"],
      ["Lovelace, Ada A.", "Ada A. Lovelace"],
    ];
    for (const decision of decisions) {
      const met = new Set(corpus.slice(0, decision.a.occurrences).map((paper) => paper.authors[0]!.name));
      const expected = shown.filter(([written]) => met.has(written)).map(([, display]) => display);
      expect(decision.a.variants).toEqual(expected);
    }
  });

  it("gives the person every paper in order and each paper its keyed authors, lists without holes", () => {
    const ada = people.find((person) => person.label.includes("Lovelace"))!;
    expect(ada.paperIds).toEqual(corpus.map((paper) => paper.id));
    expect(Object.keys(ada.paperIds)).toHaveLength(30);
    for (const paper of keyed) {
      expect(paper.authors.map((author) => author.key)).toEqual([ada.key, expect.stringContaining("coauthor")]);
      expect(Object.keys(paper.authors)).toHaveLength(2);
    }
  });
});
