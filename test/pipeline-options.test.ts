/** analyse() options that reach across stages: the names thesaurus, the year range and the filters. */

import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { analyse } from "../src/pipeline";

const SEED = {
  name: "can-rager.profile.txt",
  text: readFileSync(join(import.meta.dirname, "../data/can-rager.profile.txt"), "utf8"),
};
const QUICK = { referenceYear: 2026, layoutIterations: 0 };

const BIB = {
  name: "lab.bib",
  text: `@article{a, author = {Adam Scibior and Frank Wood}, title = {One}, year = {2020}}
@article{b, author = {Adam Scribior and Frank Wood and Tom Rainforth}, title = {Two}, year = {2021}}
`,
};

describe("analyse options", () => {
  it("joins two spellings the thesaurus names as one person, and reports a bad thesaurus line", async () => {
    const apart = await analyse([BIB], QUICK);
    expect(apart.coauthors.order).toBe(4);
    const thesaurus = { name: "names.tsv", text: "Adam Scribior\tAdam Scibior\nno tab on this line\n" };
    const joined = await analyse([BIB], { ...QUICK, thesaurus });
    expect(joined.coauthors.order).toBe(3);
    expect(
      joined.coauthors.getEdgeAttribute(joined.coauthors.edge("author:adam scibior", "author:frank wood")!, "weight"),
    ).toBe(2);
    expect(joined.corpus.diagnostics.some((d) => d.file === "names.tsv" && d.line === 2)).toBe(true);
  });

  it("counts only papers inside the year range, and all of those", async () => {
    const all = await analyse([SEED], QUICK);
    const inRange = all.corpus.papers.filter((paper) => (paper.year ?? 0) >= 2025).map((paper) => paper.id);
    // The seed has papers on both sides of 2025, so the filter has something to keep and something to drop.
    expect(inRange.length).toBeGreaterThan(0);
    expect(inRange.length).toBeLessThan(all.corpus.papers.length);
    const recent = await analyse([SEED], { ...QUICK, yearFrom: 2025 });
    expect(recent.corpus.papers.map((paper) => paper.id).sort()).toEqual(inRange.sort());
    expect(recent.coauthors.order).toBeGreaterThan(0);
    expect(recent.coauthors.order).toBe(recent.corpus.people.length);
  });

  it("hides the profile owner: the ego network without its centre falls apart into the papers' teams", async () => {
    const hidden = await analyse([SEED], { ...QUICK, hideOwners: true });
    expect(hidden.coauthors.hasNode("author:can rager")).toBe(false);
    expect(hidden.coauthors.order).toBe(34);
    expect(hidden.coauthorSummary.components).toBeGreaterThan(1);
  });
});

describe("group authors", () => {
  const GROUPS = {
    name: "groups.bib",
    text: `@article{a, author = {Lovelace, Ada and {The ATLAS Collaboration} and Smith, Bob}, title = {One}, year = {2020}}
@article{b, author = {Smith, Bob and Jones, Carl and {The ATLAS Collaboration}}, title = {Two}, year = {2021}}
@article{c, author = {Jones, Carl and SMITH et al}, title = {Three}, year = {2022}}
`,
  };

  it("are flagged on their node, counted once per group, and not taken for people", async () => {
    const analysis = await analyse([GROUPS], QUICK);
    const groups = analysis.coauthors.filterNodes((_node, attributes) => attributes.isGroup === true);
    expect(groups.map((node) => analysis.coauthors.getNodeAttribute(node, "label")).sort()).toEqual([
      "SMITH et al",
      "The ATLAS Collaboration",
    ]);
    expect(analysis.coauthors.getNodeAttribute(groups.find((node) => node.includes("atlas"))!, "paperCount")).toBe(2);
    expect(analysis.corpus.people.filter((person) => person.group).length).toBe(2);
    const people = analysis.coauthors.filterNodes((_node, attributes) => attributes.isGroup !== true);
    expect(people.every((node) => analysis.coauthors.getNodeAttribute(node, "isGroup") === undefined)).toBe(true);
    expect(people).toHaveLength(3);
  });

  it("are left out of the coauthor network by hideGroups, and nothing else is", async () => {
    const hidden = await analyse([GROUPS], { ...QUICK, hideGroups: true });
    expect(hidden.coauthors.nodes().sort()).toEqual(["author:ada lovelace", "author:bob smith", "author:carl jones"]);
    expect(hidden.coauthors.someNode((_node, attributes) => attributes.isGroup === true)).toBe(false);
    expect(hidden.corpus.papers).toHaveLength(3);
  });
});
