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
