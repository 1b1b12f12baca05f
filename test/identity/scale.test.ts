import { describe, expect, it } from "vitest";
import { resolveIdentities } from "../../src/identity";
import type { Paper } from "../../src/model";
import { createRng } from "../../src/model";

/** A generated corpus: `paperCount` papers of 3 authors drawn (skewed) from a pool, 20% as initials, 30% as "Last, First". */
function generatePapers(paperCount: number, seed: number): Paper[] {
  const rng = createRng(seed);
  const syllables = [
    "ka",
    "ri",
    "to",
    "me",
    "lan",
    "so",
    "vi",
    "der",
    "mo",
    "na",
    "ev",
    "il",
    "ar",
    "us",
    "chen",
    "li",
    "wa",
    "ng",
  ];
  const word = (parts: number) => {
    let text = "";
    for (let i = 0; i < parts; i++) text += syllables[Math.floor(rng() * syllables.length)];
    return text[0]!.toUpperCase() + text.slice(1);
  };
  const families = Array.from({ length: 4000 }, () => word(1 + Math.floor(rng() * 3)));
  const givens = Array.from({ length: 1500 }, () => word(2 + Math.floor(rng() * 2)));
  const pool = Array.from({ length: paperCount * 0.6 }, () => [
    givens[Math.floor(rng() * givens.length)]!,
    families[Math.floor(rng() * families.length)]!,
  ]);
  return Array.from({ length: paperCount }, (_, index) => ({
    id: `p${index}`,
    title: `Paper ${index}`,
    authors: Array.from({ length: 3 }, () => {
      const [given, family] = pool[Math.floor(rng() ** 2 * pool.length)]!;
      const style = rng();
      return {
        name: style < 0.2 ? `${given![0]}. ${family}` : style < 0.5 ? `${family}, ${given}` : `${given} ${family}`,
      };
    }),
    authorsTruncated: false,
    categories: [],
    year: 2000 + (index % 20),
    source: { file: "generated", line: index + 1 },
  }));
}

describe("resolveIdentities at scale", () => {
  it("keys 300,000 author references on 100,000 papers, every reference getting a person that exists", () => {
    const papers = generatePapers(100_000, 3);
    const corpus = resolveIdentities({ papers, profiles: [], diagnostics: [], files: [], networks: [] });
    const keys = new Set(corpus.people.map((person) => person.key));
    expect(keys.size).toBe(corpus.people.length);
    expect(corpus.papers.every((paper) => paper.authors.every((author) => keys.has(author.key!)))).toBe(true);
    // Initials join at most the people they were drawn from: never fewer people than distinct full names.
    const fullNames = new Set(
      papers.flatMap((paper) =>
        paper.authors
          .filter((author) => !/^\w\. /.test(author.name))
          .map((author) => author.name.split(", ").reverse().join(" ")),
      ),
    );
    expect(corpus.people.length).toBeGreaterThanOrEqual(fullNames.size);
  }, 120_000);
});

describe("resolveIdentities on garbage names", () => {
  it("keys random strings, empty names and 10,000-letter names without throwing", () => {
    const rng = createRng(11);
    const noise = (length: number) =>
      Array.from({ length }, () => String.fromCharCode(Math.floor(rng() * 0xd7ff))).join("");
    const names = [
      ...Array.from({ length: 2000 }, () => noise(1 + Math.floor(rng() * 30))),
      "",
      "   ",
      ",",
      "., ,",
      "a".repeat(10_000),
      "Ã",
      "\\'{",
      "$$",
    ];
    const papers: Paper[] = names.map((name, index) => ({
      id: `p${index}`,
      title: `Paper ${index}`,
      authors: [{ name }, { name: names[(index * 7) % names.length]! }],
      authorsTruncated: false,
      categories: [],
      source: { file: "noise", line: index + 1 },
    }));
    const corpus = resolveIdentities({ papers, profiles: [], diagnostics: [], files: [], networks: [] });
    expect(corpus.papers.every((paper) => paper.authors.every((author) => author.key))).toBe(true);
    expect(corpus.diagnostics.some((d) => d.message.includes("has no letters"))).toBe(true);
  });
});
