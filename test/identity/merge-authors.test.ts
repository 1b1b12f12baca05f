import { describe, expect, it } from "vitest";
import { resolveAuthors } from "../../src/identity";
import type { Paper } from "../../src/model";
import { papers } from "./build-papers";

const keyOf = (result: ReturnType<typeof resolveAuthors>, name: string): string =>
  result.papers.flatMap((paper) => paper.authors).find((author) => author.name === name)!.key!;
const personOf = (result: ReturnType<typeof resolveAuthors>, name: string) =>
  result.people.find((person) => person.key === keyOf(result, name))!;
const doubtsOf = (result: ReturnType<typeof resolveAuthors>, a: string, b: string) =>
  result.possibleDuplicates.filter(
    (pair) => [pair.a, pair.b].sort().join("|") === [keyOf(result, a), keyOf(result, b)].sort().join("|"),
  );

// Author lists abridged from ../shared/data/bibtex/plai-group.bib (lines 24, 56, 104, 393, 484, 822).
const PLAI: Paper[] = papers(
  ["Lioutas, Vasileios", "Scribior, Adam", "Niedoba, Matthew", "Zwartsenberg, Berend", "Wood, Frank"],
  ["Niedoba, Matthew", "Lavington, Jonathan", "Scibior, Adam", "Wood, Frank"],
  ["Niedoba, Matthew", "Green, Dylan", "Ścibior, Adam", "Zwartsenberg, Berend", "Wood, Frank"],
  ["Wood, Frank", "Warrington, Andrew", "Åšcibior, Adam", "Nasseri, S. Ali"],
  ["Adam Scibior", "Frank Wood"],
  ["Gram-Hansen, Bradley", "Naderiparizi, Saied", "Scibior, Aadam", "Munk, Andreas", "Wood, Frank"],
);

describe("resolveAuthors on the Ścibior spellings of plai-group.bib", () => {
  const result = resolveAuthors(PLAI);

  it("joins Scibior, Ścibior, the mis-encoded Åšcibior and 'Adam Scibior' into one person with the accented label", () => {
    const adam = personOf(result, "Scibior, Adam");
    expect(adam.label).toBe("Adam Ścibior");
    expect(adam.variants.sort()).toEqual(["Adam Scibior", "Scibior, Adam", "Åšcibior, Adam", "Ścibior, Adam"].sort());
    expect(adam.paperIds).toHaveLength(4);
  });

  it("does not merge the typos Scribior and Aadam but lists each as a possible duplicate with the evidence", () => {
    expect(keyOf(result, "Scribior, Adam")).not.toBe(keyOf(result, "Scibior, Adam"));
    expect(keyOf(result, "Scibior, Aadam")).not.toBe(keyOf(result, "Scibior, Adam"));
    const [scribior] = doubtsOf(result, "Scribior, Adam", "Scibior, Adam");
    expect(scribior!.for).toContain('family names "scribior" and "scibior" are one letter apart');
    expect(scribior!.for.some((text) => text.startsWith("shared coauthor"))).toBe(true);
    expect(scribior!.against.length).toBeGreaterThan(0);
    expect(doubtsOf(result, "Scibior, Aadam", "Scibior, Adam")).toHaveLength(1);
  });

  it("joins 'Adam Scibior' and 'Scibior, Adam' by folding alone, so no merge evidence is recorded for them", () => {
    expect(result.merges).toEqual([]);
  });
});

describe("resolveAuthors with initials", () => {
  it("joins A. Del Maestro to Adrian Del Maestro, the only fitting name (arXiv Atom feed), and says why", () => {
    const result = resolveAuthors(papers(["Adrian Del Maestro", "Bernd Rosenow"], ["A. Del Maestro", "M. Boninsegni"]));
    expect(keyOf(result, "A. Del Maestro")).toBe(keyOf(result, "Adrian Del Maestro"));
    expect(personOf(result, "A. Del Maestro").label).toBe("Adrian Del Maestro");
    expect(result.merges).toEqual([
      {
        key: "adrian del maestro",
        variants: ["A. Del Maestro", "Adrian Del Maestro"],
        evidence: '"A. Del Maestro" fits "Adrian Del Maestro", the only person of that family name',
      },
    ]);
  });

  it("keeps Pandolfi John M. and John E. apart (WoS) and lists the bare 'Pandolfi, John' as a possible duplicate of both", () => {
    const result = resolveAuthors(
      papers(
        ["Pandolfi, John M.", "Duarte, Carlos M."],
        ["Cramer, Katie L.", "Pandolfi, John M."],
        ["Pandolfi, John E.", "Kahrilas, Peter J."],
        ["Pandolfi, John", "Gyawali, C. Prakash"],
        ["Pandolfi, JM", "Duarte, CM"],
      ),
    );
    expect(keyOf(result, "Pandolfi, John E.")).not.toBe(keyOf(result, "Pandolfi, John M."));
    expect(keyOf(result, "Pandolfi, John")).not.toBe(keyOf(result, "Pandolfi, John M."));
    expect(keyOf(result, "Pandolfi, John")).not.toBe(keyOf(result, "Pandolfi, John E."));
    expect(doubtsOf(result, "Pandolfi, John", "Pandolfi, John M.")[0]!.against[0]).toMatch(/fits 2 people/);
    expect(doubtsOf(result, "Pandolfi, John", "Pandolfi, John E.")).toHaveLength(1);
    // `Pandolfi, JM` fits only John M.; the family name is shared, so the shared coauthor Duarte decides.
    expect(keyOf(result, "Pandolfi, JM")).toBe(keyOf(result, "Pandolfi, John M."));
    expect(result.merges[0]!.evidence).toContain('shared coauthor "Carlos M. Duarte"');
  });

  it("keeps six different Li X apart, and lists the bare 'Li X' as a possible duplicate of each", () => {
    const full = ["Li, Xin", "Li, Xiang", "Li, Xiaoming", "Li, Xu", "Li, Xia", "Li, Xiaoyu"];
    const result = resolveAuthors(
      papers(...full.map((name, i) => [name, `Coauthor${i}, A`]), ["Li X", "Coauthor0, A"]),
    );
    const keys = new Set(full.map((name) => keyOf(result, name)));
    expect(keys.size).toBe(6);
    expect(keys.has(keyOf(result, "Li X"))).toBe(false);
    expect(result.possibleDuplicates.filter((pair) => [pair.a, pair.b].includes(keyOf(result, "Li X")))).toHaveLength(
      6,
    );
  });

  it.each([
    ["M. S. Lee", "M. H. Lee"],
    ["M. S. Lee", "Myungho Lee"],
    ["M. H. Lee", "Myungho Lee"],
  ])("never joins %s and %s", (a, b) => {
    const result = resolveAuthors(papers([a, "Kim, J"], [b, "Kim, J"]));
    expect(keyOf(result, a)).not.toBe(keyOf(result, b));
  });

  it("joins A. Karvonen to Adam Karvonen when another Karvonen exists only with a shared coauthor", () => {
    const withColleague = resolveAuthors(
      papers(["Adam Karvonen", "Can Rager"], ["A. Karvonen", "C. Rager"], ["Bob Karvonen", "X Y"]),
    );
    expect(keyOf(withColleague, "A. Karvonen")).toBe(keyOf(withColleague, "Adam Karvonen"));
    expect(withColleague.merges[0]!.evidence).toContain('shared coauthor "Can Rager"');

    const alone = resolveAuthors(
      papers(["Adam Karvonen", "Can Rager"], ["A. Karvonen", "Samuel Marks"], ["Bob Karvonen", "X Y"]),
    );
    expect(keyOf(alone, "A. Karvonen")).not.toBe(keyOf(alone, "Adam Karvonen"));
    expect(doubtsOf(alone, "A. Karvonen", "Adam Karvonen")[0]!.against).toEqual([
      '2 people share the family name of "Adam Karvonen"',
      "no shared coauthor",
    ]);
  });

  it("keeps an initial and a full name apart when one paper names both", () => {
    const result = resolveAuthors(papers(["Adam Karvonen", "A. Karvonen"]));
    expect(result.people).toHaveLength(2);
    expect(result.possibleDuplicates[0]!.against).toEqual(["one paper names both"]);
  });
});

describe("resolveAuthors with ids", () => {
  it("joins different spellings that share an ORCID, naming the id as the evidence", () => {
    const orcid = "https://orcid.org/0000-0003-3047-6694";
    const result = resolveAuthors(
      papers(
        [{ name: "Pandolfi, JM", ids: { orcid } }],
        [{ name: "John Pandolfi", ids: { orcid: "0000-0003-3047-6694" } }],
      ),
    );
    expect(result.people).toHaveLength(1);
    expect(result.merges[0]!.evidence).toBe("shared ORCID 0000-0003-3047-6694");
  });

  it("keeps DBLP homonyms apart, both labelled without the number, and the Scopus ids in order", () => {
    const result = resolveAuthors(
      papers([{ name: "Di Xu", ids: { dblp: "95/7448" } }], [{ name: "Di Xu 0001", ids: { dblp: "95/7448-1" } }]),
    );
    expect(result.people.map((person) => person.label)).toEqual(["Di Xu", "Di Xu"]);
    expect(result.people.map((person) => person.key)).toEqual(["di xu", "di xu 0001"]);
  });

  it("lists a name without ids as a possible duplicate when two people with different ORCIDs bear it", () => {
    const result = resolveAuthors(
      papers(
        [{ name: "Wei Wang", ids: { orcid: "0000-0001-0000-0001" } }],
        [{ name: "Wei Wang", ids: { orcid: "0000-0002-0000-0002" } }],
        ["Wei Wang"],
      ),
    );
    expect(result.people).toHaveLength(3);
    expect(result.possibleDuplicates).toHaveLength(2);
    expect(result.possibleDuplicates[0]!.against[0]).toMatch(/2 people with different ids/);
  });

  it("joins a name without ids to the one person with ids who bears it", () => {
    const result = resolveAuthors(
      papers([{ name: "Adam Scibior", ids: { openalex: "https://openalex.org/A5012345678" } }], ["Ścibior, Adam"]),
    );
    expect(result.people).toHaveLength(1);
  });
});

describe("resolveAuthors, general properties", () => {
  it("gives the same keys, people and evidence on a second run and leaves its input unchanged", () => {
    const before = JSON.stringify(PLAI);
    const first = resolveAuthors(PLAI);
    expect(resolveAuthors(PLAI)).toEqual(first);
    expect(JSON.stringify(PLAI)).toBe(before);
  });

  it("gives every person a unique key", () => {
    const result = resolveAuthors(
      papers(["Di Xu"], [{ name: "Di Xu", ids: { dblp: "1" } }], [{ name: "Di Xu", ids: { dblp: "2" } }]),
    );
    const keys = result.people.map((person) => person.key);
    expect(new Set(keys).size).toBe(keys.length);
  });
});
