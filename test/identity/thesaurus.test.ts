import { describe, expect, it } from "vitest";
import { readThesaurus, resolveAuthors, resolveIdentities, writeThesaurus } from "../../src/identity";
import type { IdentifiedCorpus } from "../../src/model";
import { papers } from "./build-papers";

describe("readThesaurus", () => {
  it("reads variant<TAB>canonical lines, skipping VOSviewer's header, comments and blank lines", () => {
    const text = "\uFEFFlabel\treplace by\r\n# PLAI typos\r\nScribior, Adam\tAdam Ścibior\r\n\r\nLi X\tXiang Li\r\n";
    const { entries, diagnostics } = readThesaurus(text, "names.tsv");
    expect(diagnostics).toEqual([]);
    expect(entries).toEqual([
      { variant: "Scribior, Adam", canonical: "Adam Ścibior", line: 3, file: "names.tsv" },
      { variant: "Li X", canonical: "Xiang Li", line: 5, file: "names.tsv" },
    ]);
  });

  it("turns a line without a tab, with three columns or with an empty name into an error on its line, and loads the rest", () => {
    const text = ["A. Karvonen\tAdam Karvonen", "no tab here", "a\tb\tc", "\tEmpty Variant", "Li X\tXiang Li"].join(
      "\n",
    );
    const { entries, diagnostics } = readThesaurus(text, "names.tsv");
    expect(entries.map((entry) => entry.line)).toEqual([1, 5]);
    expect(diagnostics.map((d) => [d.severity, d.line])).toEqual([
      ["error", 2],
      ["error", 3],
      ["error", 4],
    ]);
    expect(diagnostics[0]!.file).toBe("names.tsv");
  });

  it("keeps the first mapping of a variant given twice and warns about the second", () => {
    const { entries, diagnostics } = readThesaurus("Li X\tXiang Li\nLI, X.\tXin Li\nLi X\tXiang Li", "t.tsv");
    expect(entries).toHaveLength(1);
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({ severity: "warning", line: 2 });
  });

  it("reads random bytes without throwing, each unreadable line becoming one diagnostic", () => {
    let seed = 7;
    const text = Array.from({ length: 5000 }, () =>
      String.fromCharCode((seed = (seed * 1103515245 + 12345) % 2 ** 31) % 65536),
    ).join("");
    const { entries, diagnostics } = readThesaurus(text, "noise.tsv");
    expect(entries.length + diagnostics.length).toBeGreaterThan(0);
    expect(diagnostics.every((d) => d.line >= 1)).toBe(true);
  });
});

describe("the thesaurus in resolveAuthors", () => {
  const plai = papers(["Scribior, Adam", "Wood, Frank"], ["Scibior, Adam", "Wood, Frank"]);

  it("forces a join the evidence would not make, quoting the thesaurus line as the evidence", () => {
    const { entries } = readThesaurus("Scribior, Adam\tAdam Ścibior", "names.tsv");
    const result = resolveAuthors(plai, { thesaurus: entries });
    expect(result.people.map((person) => person.label).sort()).toEqual(["Adam Ścibior", "Frank Wood"]);
    const joins = result.decisions.filter((decision) => decision.kind === "join");
    expect(joins).toHaveLength(1);
    expect(joins[0]!.a.key).toBe("adam scibior");
    expect(joins[0]!.for.map((item) => item.text)).toEqual(["thesaurus names.tsv:1"]);
    expect(result.decisions.filter((decision) => decision.kind === "split")).toEqual([]);
  });

  it("splits what the evidence would join: A. Karvonen mapped to Anna Karvonen stays apart from Adam", () => {
    const corpus = papers(["Adam Karvonen", "Can Rager"], ["A. Karvonen", "Can Rager"]);
    expect(resolveAuthors(corpus).people).toHaveLength(2);
    const { entries } = readThesaurus("A. Karvonen\tAnna Karvonen", "names.tsv");
    const result = resolveAuthors(corpus, { thesaurus: entries });
    expect(result.people.map((person) => person.label).sort()).toEqual(["Adam Karvonen", "Anna Karvonen", "Can Rager"]);
  });

  it("keeps two canonical names apart even when the same id links them, and lists the pair", () => {
    const corpus = papers(
      [{ name: "Xiang Li", ids: { orcid: "0000-0001-2345-6789" } }],
      [{ name: "Xin Li", ids: { orcid: "0000-0001-2345-6789" } }],
    );
    const { entries } = readThesaurus("Xiang Li\tXiang Li\nXin Li\tXin Li", "names.tsv");
    const result = resolveAuthors(corpus, { thesaurus: entries });
    expect(result.people).toHaveLength(2);
    const [split] = result.decisions.filter((decision) => decision.kind === "split");
    expect(split!.against.map((item) => item.text)).toEqual(["the thesaurus keeps them apart"]);
  });

  it("applies a line scoped to one paper (`name @ paper id`) to that paper's occurrence only", () => {
    const corpus = papers(["C. Wang", "Jane Roe"], ["C. Wang", "John Doe"]);
    const { entries, diagnostics } = readThesaurus(`C. Wang @ ${corpus[1]!.id}\tChen Wang`, "names.tsv");
    expect(diagnostics).toEqual([]);
    expect(entries).toEqual([
      { variant: "C. Wang", canonical: "Chen Wang", paper: corpus[1]!.id, line: 1, file: "names.tsv" },
    ]);
    const result = resolveAuthors(corpus, { thesaurus: entries });
    const [first, second] = result.papers.map((paper) => paper.authors[0]!.key);
    expect(second).toBe("chen wang");
    expect(first).not.toBe("chen wang");
  });
});

describe("canonical names with a homonym number (DBLP's `Wei Zhang 0002`)", () => {
  it("are people of their own, named without the number, fixing only the lines that name them", () => {
    const corpus = papers(["C. Wang", "Jane Roe"], ["C. Wang", "Jane Roe"], ["C. Wang", "John Doe"]);
    const lines = [`C. Wang @ ${corpus[0]!.id}\tC. Wang 0001`, `C. Wang @ ${corpus[1]!.id}\tC. Wang 0002`];
    const { entries, diagnostics } = readThesaurus(lines.join("\n"), "names.tsv");
    expect(diagnostics).toEqual([]);
    const result = resolveAuthors(corpus, { thesaurus: entries });
    const keys = result.papers.slice(0, 2).map((paper) => paper.authors[0]!.key!);
    expect(new Set(keys).size).toBe(2);
    const labels = new Map(result.people.map((person) => [person.key, person.label]));
    expect(keys.map((key) => labels.get(key))).toEqual(["C. Wang", "C. Wang"]);
    // The third "C. Wang" is named by no line: no thesaurus evidence brought it to either.
    const pinned = result.decisions.filter((decision) => decision.for.some((item) => item.kind === "thesaurus"));
    expect(pinned.flatMap((decision) => [decision.a.paperIds, decision.b.paperIds].flat())).not.toContain(
      corpus[2]!.id,
    );
  });

  it("are two people for readThesaurus: one variant mapped to both keeps the first and warns", () => {
    const { entries, diagnostics } = readThesaurus("C. Wang\tC. Wang 0001\nC. Wang\tC. Wang 0002", "t.tsv");
    expect(entries.map((entry) => entry.canonical)).toEqual(["C. Wang 0001"]);
    expect(diagnostics).toMatchObject([{ severity: "warning", line: 2 }]);
  });
});

describe("writeThesaurus", () => {
  const corpus = papers(
    ["Gloor, Gregory B.", "Reid, Gregor"],
    ["GLOOR, GB", "Reid, G"],
    ["Gloor, Greg B.", "Macklaim, Jean M."],
    ["Gregory Brian Gloor", "Jean M. Macklaim", "Reid, Gregor"],
    ["C. Wang", "Jane Roe"],
    ["C. Wang", "John Doe"],
  );
  const identified = (replay = false): IdentifiedCorpus =>
    resolveIdentities(
      { papers: corpus, profiles: [], diagnostics: [], files: [], networks: [] },
      replay ? { thesaurus: { name: "out.tsv", text: writeThesaurus(identified()) } } : {},
    );

  it("writes VOSviewer's header and one line per spelling of each person a join formed", () => {
    const text = writeThesaurus(identified());
    const lines = text.trim().split("\n");
    expect(lines[0]).toBe("label\treplace by");
    expect(lines).toContain("GLOOR, GB\tGregory Brian Gloor");
    expect(lines).toContain("Gloor, Greg B.\tGregory Brian Gloor");
    expect(text).not.toContain("C. Wang");
  });

  it("replays into the same people when read back with --thesaurus", () => {
    const papersOf = (result: IdentifiedCorpus) =>
      result.people.map((person) => [...person.paperIds].sort().join(",")).sort();
    const first = identified();
    const replayed = identified(true);
    expect(papersOf(replayed)).toEqual(papersOf(first));
    expect(replayed.diagnostics.filter((item) => item.file === "out.tsv")).toEqual([]);
  });
});
