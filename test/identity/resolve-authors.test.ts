import { describe, expect, it } from "vitest";
import { resolveAuthors } from "../../src/identity";
import type { Paper } from "../../src/model";
import { papers } from "./build-papers";
import { decisionsBetween, keyOf, personOf, texts } from "./decisions-helpers";

// Author lists abridged from test/fixtures/real/bibtex/plai-group.bib (lines 24, 56, 104, 393, 484, 822).
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

  it("does not join the typos Scribior and Aadam but lists each as a doubtful split with the evidence", () => {
    expect(keyOf(result, "Scribior, Adam")).not.toBe(keyOf(result, "Scibior, Adam"));
    expect(keyOf(result, "Scibior, Aadam")).not.toBe(keyOf(result, "Scibior, Adam"));
    const [scribior] = decisionsBetween(result, "Scribior, Adam", "Scibior, Adam", "split");
    expect(texts(scribior)).toContain('family names "scribior" and "scibior" are one letter apart');
    expect(scribior!.for.some((item) => item.kind === "coauthors" && item.weight > 0)).toBe(true);
    expect(scribior!.against.length).toBeGreaterThan(0);
    expect(decisionsBetween(result, "Scibior, Aadam", "Scibior, Adam", "split")).toHaveLength(1);
  });

  it("joins 'Adam Scibior' and 'Scibior, Adam' by their one rare name, so no join decision is recorded for them", () => {
    expect(result.decisions.filter((decision) => decision.kind === "join")).toEqual([]);
  });
});

describe("resolveAuthors with initials", () => {
  it("joins A. Del Maestro to Adrian Del Maestro, the only fitting name (arXiv Atom feed), and says why", () => {
    const result = resolveAuthors(papers(["Adrian Del Maestro", "Bernd Rosenow"], ["A. Del Maestro", "M. Boninsegni"]));
    expect(keyOf(result, "A. Del Maestro")).toBe(keyOf(result, "Adrian Del Maestro"));
    expect(personOf(result, "A. Del Maestro").label).toBe("Adrian Del Maestro");
    const [join] = decisionsBetween(result, "A. Del Maestro", "Adrian Del Maestro", "join");
    expect(texts(join)).toContain('"Adrian Del Maestro" fits "A. Del Maestro"');
    expect(join!.score).toBeGreaterThanOrEqual(join!.threshold);
  });

  it("keeps Pandolfi John M. and John E. apart (WoS) and lists the bare 'Pandolfi, John' as a doubtful split of both", () => {
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
    const [withM] = decisionsBetween(result, "Pandolfi, John", "Pandolfi, John M.", "split");
    expect(texts(withM).join(" ")).toMatch(/fits 2 (people|different fuller names)/);
    expect(decisionsBetween(result, "Pandolfi, John", "Pandolfi, John E.", "split")).toHaveLength(1);
    // `Pandolfi, JM` fits only John M., who shares the coauthor Duarte with it.
    expect(keyOf(result, "Pandolfi, JM")).toBe(keyOf(result, "Pandolfi, John M."));
    expect(texts(decisionsBetween(result, "Pandolfi, JM", "Pandolfi, John M.", "join")[0])).toContain(
      'shared coauthor "Carlos M. Duarte"',
    );
  });

  it("keeps six different Li X apart, and lists the bare 'Li X' as a doubtful split of each", () => {
    const full = ["Li, Xin", "Li, Xiang", "Li, Xiaoming", "Li, Xu", "Li, Xia", "Li, Xiaoyu"];
    const result = resolveAuthors(
      papers(...full.map((name, i) => [name, `Coauthor${i}, A`]), ["Li X", "Coauthor0, A"]),
    );
    const keys = new Set(full.map((name) => keyOf(result, name)));
    expect(keys.size).toBe(6);
    expect(keys.has(keyOf(result, "Li X"))).toBe(false);
    const splits = result.decisions.filter(
      (decision) => decision.kind === "split" && [decision.a.key, decision.b.key].includes(keyOf(result, "Li X")),
    );
    expect(splits).toHaveLength(6);
  });

  it.each([
    ["M. S. Lee", "M. H. Lee"],
    ["M. S. Lee", "Myungho Lee"],
    ["W. J. Wang", "Wei Wang"],
  ])("never joins %s and %s, even with a shared coauthor", (a, b) => {
    const result = resolveAuthors(papers([a, "Kim, J"], [b, "Kim, J"]));
    expect(keyOf(result, a)).not.toBe(keyOf(result, b));
  });

  it("joins M. H. Lee and Myungho Lee on a shared coauthor: the initials fit the syllables of Myung-ho", () => {
    const result = resolveAuthors(papers(["M. H. Lee", "Kim, J"], ["Myungho Lee", "Kim, J"]));
    expect(keyOf(result, "M. H. Lee")).toBe(keyOf(result, "Myungho Lee"));
  });

  it("joins Ricky Chen and Ricky T. Q. Chen on shared coauthors (Ricky is no pinyin), not Wei or Dan and X.", () => {
    const pair = (a: string, b: string) => {
      const result = resolveAuthors(papers([a, "Kim, J", "Mustafa Mukadam"], [b, "Kim, J", "Mustafa Mukadam"]));
      return keyOf(result, a) === keyOf(result, b);
    };
    expect(pair("Ricky Chen", "Ricky T. Q. Chen")).toBe(true);
    expect(pair("Ricky T. Q. Chen", "Ricky Chen")).toBe(true);
    expect(pair("Wei Wang", "Wei X. Wang")).toBe(false);
    expect(pair("Dan Chen", "Dan X. Chen")).toBe(false);
  });

  it("joins A. Karvonen to Adam Karvonen when Anna Karvonen exists too only on coauthors they share", () => {
    const others = [["Anna Karvonen", "X Y"]];
    const twoShared = resolveAuthors(
      papers(["Adam Karvonen", "Can Rager", "Samuel Marks"], ["A. Karvonen", "C. Rager", "S. Marks"], ...others),
    );
    expect(keyOf(twoShared, "A. Karvonen")).toBe(keyOf(twoShared, "Adam Karvonen"));
    const join = decisionsBetween(twoShared, "A. Karvonen", "Adam Karvonen", "join")[0];
    expect(texts(join)).toContain('shared coauthors "Can Rager", "Samuel Marks"');

    const none = resolveAuthors(papers(["Adam Karvonen", "Can Rager"], ["A. Karvonen", "Samuel Marks"], ...others));
    expect(keyOf(none, "A. Karvonen")).not.toBe(keyOf(none, "Adam Karvonen"));
    expect(texts(decisionsBetween(none, "A. Karvonen", "Adam Karvonen", "split")[0]).join(" ")).toMatch(
      /fits 2 people/,
    );
  });

  it("keeps an initial and a full name apart when one paper names both: two authors of one paper are two people", () => {
    const result = resolveAuthors(papers(["Adam Karvonen", "A. Karvonen"]));
    expect(result.people).toHaveLength(2);
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
    expect(result.decisions).toHaveLength(1);
    expect(result.decisions[0]!.for.map((item) => item.text)).toEqual(["shared ORCID 0000-0003-3047-6694"]);
  });

  it("keeps DBLP homonyms apart, both labelled without the number, and the Scopus ids in order", () => {
    const result = resolveAuthors(
      papers([{ name: "Di Xu", ids: { dblp: "95/7448" } }], [{ name: "Di Xu 0001", ids: { dblp: "95/7448-1" } }]),
    );
    expect(result.people.map((person) => person.label)).toEqual(["Di Xu", "Di Xu"]);
    expect(result.people.map((person) => person.key)).toEqual(["di xu", "di xu 0001"]);
  });

  it("lists a name without ids as a doubtful split of each of two people with different ORCIDs bearing it", () => {
    const result = resolveAuthors(
      papers(
        [{ name: "Adam Scibior", ids: { orcid: "0000-0001-0000-0001" } }],
        [{ name: "Adam Scibior", ids: { orcid: "0000-0002-0000-0002" } }],
        ["Adam Scibior"],
      ),
    );
    expect(result.people).toHaveLength(3);
    const splits = result.decisions.filter((decision) => decision.kind === "split");
    expect(splits).toHaveLength(2);
    expect(texts(splits[0]).join(" ")).toMatch(/2 people with different ids/);
  });

  it("joins a name without ids to the one person with ids who bears it", () => {
    const result = resolveAuthors(
      papers([{ name: "Adam Scibior", ids: { openalex: "https://openalex.org/A5012345678" } }], ["Ścibior, Adam"]),
    );
    expect(result.people).toHaveLength(1);
  });
});

describe("resolveAuthors, general properties", () => {
  it("gives the same keys, people, decisions and decision ids on a second run and leaves its input unchanged", () => {
    const before = JSON.stringify(PLAI);
    const first = resolveAuthors(PLAI);
    expect(resolveAuthors(PLAI)).toEqual(first);
    expect(JSON.stringify(PLAI)).toBe(before);
  });

  it("keys an author reference shared by several papers (as readers share them) as it keys separate copies", () => {
    // One reference per distinct author, as ingest's readers make them, met again paper after paper, and
    // two references of one person (other affiliations) interleaved on its papers.
    const wood = { name: "Wood, Frank", ids: { orcid: "0000-0002-1825-0097" } };
    const woodUbc = { name: "Wood, Frank", ids: { orcid: "0000-0002-1825-0097" }, affiliations: ["UBC"] };
    const niedoba = { name: "Niedoba, Matthew" };
    const shared = papers([wood, niedoba], [woodUbc, niedoba], [wood, "Green, Dylan"], [niedoba, woodUbc]);
    const copies = shared.map((paper) => ({ ...paper, authors: paper.authors.map((author) => ({ ...author })) }));
    const before = JSON.stringify(shared);
    const result = resolveAuthors(shared);
    expect(JSON.stringify(result)).toBe(JSON.stringify(resolveAuthors(copies)));
    expect(JSON.stringify(shared)).toBe(before);
    const keys = result.papers.map((paper) => paper.authors.map((author) => author.key));
    expect(new Set([keys[0]![0], keys[1]![0], keys[2]![0], keys[3]![1]]).size).toBe(1);
    expect(new Set([keys[0]![1], keys[1]![1], keys[3]![0]]).size).toBe(1);
  });

  it("gives every person a unique key", () => {
    const result = resolveAuthors(
      papers(["Di Xu"], [{ name: "Di Xu", ids: { dblp: "1" } }], [{ name: "Di Xu", ids: { dblp: "2" } }]),
    );
    const keys = result.people.map((person) => person.key);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it("gives each decision a stable id, its evidence with weights, and the occurrences it would move", () => {
    const { decisions } = resolveAuthors(PLAI);
    expect(decisions.length).toBeGreaterThan(0);
    for (const decision of decisions) {
      expect(decision.id).toMatch(/^(join|split):[0-9a-f]{14}$/);
      expect(decision.impact).toBe(Math.min(decision.a.occurrences, decision.b.occurrences));
      for (const item of [...decision.for, ...decision.against]) expect(typeof item.weight).toBe("number");
    }
    expect(new Set(decisions.map((decision) => decision.id)).size).toBe(decisions.length);
  });
});
