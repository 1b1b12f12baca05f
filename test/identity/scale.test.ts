import { describe, expect, it } from "vitest";
import { resolveIdentities } from "../../src/identity";
import type { Paper } from "../../src/model";
import { createRng } from "../../src/model";
import { MAX_NAME_LENGTH } from "../../src/identity/names/clean-name";

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
  // 30,000 papers keep the unit tests quick; `npm run bench` times identity on 100,000 (and prints it).
  it("keys 90,000 author references on 30,000 papers, every reference getting a person that exists", () => {
    const papers = generatePapers(30_000, 3);
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

describe("resolveIdentities on hostile names (issue 11, items 11 and 16)", () => {
  const commas = ",".repeat(200_000);
  const papers: Paper[] = [
    { name: "a".repeat(20_000) },
    { name: `${commas}Scibior, Adam${commas}` },
    { name: "Adam Scibior" },
    { name: "Ad\u200bam Scibior" },
  ].map((author, index) => ({
    id: `p${index}`,
    title: `Paper ${index}`,
    authors: [author, { name: "Frank Wood" }],
    authorsTruncated: false,
    categories: [],
    source: { file: "hostile.bib", line: 10 * (index + 1) },
  }));
  const corpus = resolveIdentities({ papers, profiles: [], diagnostics: [], files: [], networks: [] });

  it("warns, with file and line, about names too long to be names, and compares only their first characters", () => {
    const warnings = corpus.diagnostics.filter((item) => item.message.includes("is not a name"));
    expect(warnings.map((item) => [item.file, item.line])).toEqual([
      ["hostile.bib", 10],
      ["hostile.bib", 20],
    ]);
    const long = corpus.papers[0]!.authors[0]!;
    expect(long.key!.length).toBeLessThanOrEqual(MAX_NAME_LENGTH);
    expect(corpus.people.every((person) => person.label.length <= MAX_NAME_LENGTH)).toBe(true);
  });

  it("finds the name inside 200 KB of commas, and the name with a zero-width space, as Adam Scibior", () => {
    const keys = corpus.papers.slice(1).map((paper) => paper.authors[0]!.key);
    expect(new Set(keys)).toEqual(new Set(["adam scibior"]));
  });
});
