/**
 * Verdicts on identity decisions written as a thesaurus (review-thesaurus.ts) and replayed through the
 * identity stage, as the explorer's review panel and `--thesaurus` do: on a real Web of Science export
 * (test/fixtures/real/identity/wos-bruna-savedrecs.txt, its owner Emilio M. Bruna written 25 times "EM
 * Bruna") and on small corpora.
 */

import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  keyOfOccurrence,
  readThesaurus,
  resolveIdentities,
  reviewDecision,
  writeReviewThesaurus,
  type Review,
} from "../../src/identity";
import { ingest } from "../../src/ingest";
import type { IdentifiedCorpus, IdentityDecision, Paper } from "../../src/model";
import { papers } from "./build-papers";

const BRUNA = join(import.meta.dirname, "../fixtures/real/identity/wos-bruna-savedrecs.txt");
const read = ingest([{ name: "bruna.txt", text: readFileSync(BRUNA, "utf8") }], { referenceYear: 2026 });
const base = resolveIdentities(read);

const replay = (reviews: Review[]): IdentifiedCorpus =>
  resolveIdentities(read, { thesaurus: { name: "review.txt", text: writeReviewThesaurus(reviews) } });
const papersOf = (corpus: IdentifiedCorpus, pattern: RegExp): number[] =>
  corpus.people
    .filter((person) => pattern.test(person.label))
    .map((person) => person.paperIds.length)
    .sort((a, b) => b - a);
const decision = (corpus: IdentifiedCorpus, test: (item: IdentityDecision) => boolean): IdentityDecision => {
  const found = corpus.decisions.find(test);
  if (!found) throw new Error("no such decision");
  return found;
};
const byId = (corpus: IdentifiedCorpus): Map<string, Paper> => new Map(corpus.papers.map((paper) => [paper.id, paper]));

describe("reviewDecision and writeReviewThesaurus on a real Web of Science export", () => {
  const emBruna = decision(
    base,
    (item) => item.kind === "join" && item.a.label === "Emilio M. Bruna" && item.b.label === "EM Bruna",
  );
  const rejected = reviewDecision(base, emBruna, "reject");

  it("lists the occurrences the decision lists for each side, named as written on each paper", () => {
    expect(rejected.a.occurrences).toHaveLength(20);
    expect(rejected.b.occurrences).toHaveLength(20);
    expect(new Set(rejected.b.occurrences.map((ref) => ref.name))).toEqual(new Set(["Bruna, EM", "Bruna, E. M."]));
    for (const ref of [...rejected.a.occurrences, ...rejected.b.occurrences])
      expect(keyOfOccurrence(byId(base), ref)).toBe("emilio m bruna");
  });

  it("rejecting a join splits it: the owner's 102 papers become 77 and EM Bruna's 25", () => {
    expect(papersOf(base, /Bruna/)).toEqual([102]);
    const after = replay([rejected]);
    expect(papersOf(after, /Bruna/)).toEqual([77, 25]);
    expect(after.diagnostics.filter((item) => item.file === "review.txt")).toEqual([]);
    const [a, b] = [rejected.a.occurrences[0]!, rejected.b.occurrences[0]!].map((ref) =>
      keyOfOccurrence(byId(after), ref),
    );
    expect(a).not.toBe(b);
  });

  it("accepting a doubtful split joins it, and the earlier verdict still holds", () => {
    const first = replay([rejected]);
    const typo = decision(first, (item) => item.kind === "split" && /Asian|Aslan/.test(item.a.label + item.b.label));
    expect(papersOf(first, /^Clare/)).toEqual([1, 1]);
    const after = replay([rejected, reviewDecision(first, typo, "accept")]);
    expect(papersOf(after, /^Clare/)).toEqual([2]);
    expect(papersOf(after, /Bruna/)).toEqual([77, 25]);
  });

  it("a later verdict takes over the occurrences it lists: the join rejected, then accepted, is one person again", () => {
    const after = replay([rejected, reviewDecision(base, emBruna, "accept")]);
    expect(papersOf(after, /Bruna/)).toEqual([102]);
  });

  it("writes VOSviewer's header, each verdict as a comment, and one line per occurrence with a homonym number", () => {
    const lines = writeReviewThesaurus([rejected]).trim().split("\n");
    expect(lines[0]).toBe("label\treplace by");
    expect(lines[2]).toBe(`# 1. rejected join ${emBruna.id}: Emilio M. Bruna / EM Bruna`);
    const entries = lines.filter((line) => !line.startsWith("#")).slice(1);
    expect(entries).toHaveLength(40);
    expect(new Set(entries.map((line) => line.split("\t")[1]))).toEqual(
      new Set(["Emilio M. Bruna 0001", "EM Bruna 0001"]),
    );
    expect(entries.every((line) => / @ \S+\t/.test(line))).toBe(true);
  });
});

describe("verdicts on small corpora", () => {
  const corpus = (lists: string[][]) =>
    resolveIdentities({ papers: papers(...lists), profiles: [], diagnostics: [], files: [], networks: [] });

  it("keeps two namesakes apart under one name: a rejected same-name join gives two people called C. Wang", () => {
    const identified = corpus([
      ["C. Wang", "Ada Quill"],
      ["C. Wang", "Ada Quill"],
    ]);
    const join = decision(identified, (item) => item.kind === "join");
    const text = writeReviewThesaurus([reviewDecision(identified, join, "reject")]);
    const after = resolveIdentities(
      {
        papers: papers(["C. Wang", "Ada Quill"], ["C. Wang", "Ada Quill"]),
        profiles: [],
        diagnostics: [],
        files: [],
        networks: [],
      },
      { thesaurus: { name: "review.txt", text } },
    );
    const wangs = after.people.filter((person) => person.label === "C. Wang");
    expect(wangs).toHaveLength(2);
    expect(new Set(wangs.map((person) => person.key)).size).toBe(2);
  });

  it("writes tabs and line breaks of a name as spaces, so a hostile name cannot add a line", () => {
    const identified = corpus([
      ["Eve\tMallory\nX\tY", "Ada Quill"],
      ["Eve Mallory", "Ada Quill"],
    ]);
    const reviews = identified.decisions.map((item) => reviewDecision(identified, item, "reject"));
    const { entries, diagnostics } = readThesaurus(writeReviewThesaurus(reviews), "review.txt");
    expect(diagnostics).toEqual([]);
    expect(entries.every((entry) => !/[\t\n]/.test(entry.variant + entry.canonical))).toBe(true);
  });
});
