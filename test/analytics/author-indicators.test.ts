/**
 * Author indicators on a real Web of Science export (test/fixtures/real/wos/pandolfi-lab-tab-delimited.txt:
 * a lab's papers with their TC citation counts), checked against test/analytics/indicators-reference.py,
 * which recomputes them in Python from each paper's author keys, cut-off flag and count; and the h-index and
 * citations the seed profile page states of its owner.
 */

import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { computeAuthorIndicators, hIndex } from "../../src/analytics";
import { resolveIdentities } from "../../src/identity";
import { titleId, type Paper } from "../../src/model";
import { writeNodesCsv } from "../../src/export";
import { analyse, type Analysis } from "../../src/pipeline";
import { expectClose } from "../asserts";
import { readRealFixture } from "../real-fixtures";

describe("hIndex", () => {
  it("is the largest h such that h papers have at least h citations", () => {
    // By hand: 10 8 5 4 3 → four papers with ≥ 4 (a fifth would need 5); 25 8 5 3 3 → 3; none cited → 0.
    expect(hIndex([10, 8, 5, 4, 3])).toBe(4);
    expect(hIndex([3, 25, 3, 5, 8])).toBe(3);
    expect(hIndex([0, 0])).toBe(0);
    expect(hIndex([])).toBe(0);
  });
});

describe("computeAuthorIndicators", () => {
  it("counts each author's papers, first and last places (none for a cut-off list) and citations, as first met", () => {
    const paper = (title: string, names: string[], citations: number, authorsTruncated = false): Paper => ({
      id: titleId(title, 2020),
      title,
      year: 2020,
      authors: names.map((name) => ({ name })),
      authorsTruncated,
      citations,
      categories: [],
      source: { file: "made", line: 1 },
    });
    const corpus = resolveIdentities({
      papers: [
        paper("One", ["Ann Lee", "Bob Ray"], 5),
        paper("Two", ["Bob Ray", "Ann Lee"], 3),
        paper("Three", ["Ann Lee", "Bob Ray", "Cy Dee"], 9, true),
      ],
      profiles: [],
      diagnostics: [],
      files: [],
      networks: [],
    });
    const indicators = computeAuthorIndicators(corpus);
    expect([...indicators.keys()]).toEqual(["author:ann lee", "author:bob ray", "author:cy dee"]);
    expect(indicators.get("author:ann lee")).toEqual({
      citations: 17,
      citedPapers: 3,
      hIndex: 3,
      firstAuthorShare: 2 / 3,
      lastAuthorShare: 0.5,
    });
    expect(indicators.get("author:bob ray")).toMatchObject({
      citations: 17,
      firstAuthorShare: 1 / 3,
      lastAuthorShare: 0.5,
    });
    expect(indicators.get("author:cy dee")).toMatchObject({
      citations: 9,
      firstAuthorShare: 0,
      lastAuthorShare: undefined,
    });
  });
});

describe("author indicators on the Pandolfi lab's Web of Science export", () => {
  let analysis: Analysis;
  let reference: Record<string, Record<string, number>>;
  beforeAll(async () => {
    const wos = { name: "pandolfi-lab.txt", text: readRealFixture("wos/pandolfi-lab-tab-delimited.txt") };
    analysis = await analyse([wos], { referenceYear: 2026, layoutIterations: 0, stabilitySeeds: 0 });
    const papers = analysis.corpus.papers.map((paper) => ({
      authors: paper.authors.map((author) => `author:${author.key}`),
      truncated: paper.authorsTruncated,
      citations: paper.citations ?? null,
    }));
    const file = join(mkdtempSync(join(tmpdir(), "papergraph-indicators-")), "papers.json");
    writeFileSync(file, JSON.stringify(papers));
    const script = join(import.meta.dirname, "indicators-reference.py");
    const run = spawnSync("/usr/bin/python3", [script, file], { encoding: "utf8" });
    expect(run.status, run.stderr).toBe(0);
    reference = JSON.parse(run.stdout) as Record<string, Record<string, number>>;
  });

  it("gives every author the citations, h-index and first/last-author shares Python computes", () => {
    const names = ["citations", "citedPapers", "hIndex", "firstAuthorShare", "lastAuthorShare"] as const;
    analysis.coauthors.forEachNode((node, attributes) => {
      const expected = reference[node] ?? {};
      for (const name of names) {
        if (expected[name] === undefined) expect(attributes[name], `${node} ${name}`).toBeUndefined();
        else expectClose(attributes[name]!, expected[name], 1e-12, `${node} ${name}`);
      }
    });
  });

  it("finds the lab head's h-index of 13 over 43 counted papers, the highest of the export", () => {
    const head = analysis.coauthors.findNode((_node, attributes) => attributes.label === "John M. Pandolfi")!;
    // 43: the journal and the proceedings record of the Henderson Island paper (lines 33 and 35), which
    // WoS keeps under two UTs, are two papers (dedupe-papers.ts), each with its own count.
    expect(analysis.coauthors.getNodeAttributes(head)).toMatchObject({ hIndex: 13, citedPapers: 43 });
    analysis.coauthors.forEachNode((_node, attributes) => expect(attributes.hIndex ?? 0).toBeLessThanOrEqual(13));
  });

  it("writes the indicators as columns of the nodes CSV", () => {
    const header = writeNodesCsv(analysis.coauthors).split("\r\n")[0]!.split(",");
    for (const name of ["citations", "hIndex", "firstAuthorShare", "lastAuthorShare"]) expect(header).toContain(name);
  });
});

describe("what a profile page states of its owner", () => {
  it("puts the page's h-index and citations on the owner's node, and no citation count on anyone", async () => {
    const text = readFileSync(join(import.meta.dirname, "../../data/can-rager.profile.txt"), "utf8");
    const seed = await analyse([{ name: "can-rager.profile.txt", text }], { referenceYear: 2026, layoutIterations: 0 });
    // The page's statistics lines: "h-index55", "810citations" (data/can-rager.profile.txt).
    expect(seed.coauthors.getNodeAttributes("author:can rager")).toMatchObject({
      profileHIndex: 55,
      profileCitations: 810,
    });
    seed.coauthors.forEachNode((_node, attributes) => expect(attributes.hIndex).toBeUndefined());
  });
});
