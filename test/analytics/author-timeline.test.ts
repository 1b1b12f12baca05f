/**
 * An author's timeline (papers and coauthors gained per year): on hand-made papers whose counts are worked
 * out in the comments, and on a real Web of Science export (test/fixtures/real/wos/), where each author's
 * yearly papers must add up to their papers and the coauthors gained to their coauthors in the unfiltered
 * coauthor network — the projection counts the same pairs by another road.
 */

import { beforeAll, describe, expect, it } from "vitest";
import { authorTimeline } from "../../src/analytics";
import { authorNode } from "../../src/graphs";
import type { Paper } from "../../src/model";
import { analyse, type Analysis } from "../../src/pipeline";
import { readRealFixture } from "../real-fixtures";

/** A paper of `year` by the authors of `keys` (only what the timeline reads). */
function paper(id: string, year: number | undefined, keys: string[]): Paper {
  return {
    id,
    title: id,
    year,
    authors: keys.map((key) => ({ name: key, key })),
    authorsTruncated: false,
  } as unknown as Paper;
}

describe("authorTimeline", () => {
  const papers = [
    paper("p1", 2019, ["ada", "bob"]),
    paper("p2", 2021, ["ada", "bob", "cy"]),
    paper("p3", 2021, ["cy", "dee"]),
    paper("p4", 2022, ["ada", "dee", "eve", "fay"]),
    paper("p5", undefined, ["ada", "gus"]),
    paper("p6", undefined, ["ada", "bob"]),
  ];

  it("counts papers and first joint papers per year, with the years between as zeros", () => {
    // ada: 2019 p1 meets bob (1); 2020 nothing; 2021 p2 meets cy (bob known: 1); 2022 p4 meets dee, eve,
    // fay (3). Undated: p5 and p6, gus is new (1), bob is not. p3 is not hers.
    expect(authorTimeline(papers, "ada", 100)).toEqual({
      years: [
        { year: 2019, papers: 1, newCoauthors: 1 },
        { year: 2020, papers: 0, newCoauthors: 0 },
        { year: 2021, papers: 1, newCoauthors: 1 },
        { year: 2022, papers: 1, newCoauthors: 3 },
      ],
      undated: { papers: 2, newCoauthors: 1 },
    });
  });

  it("counts a paper beyond the author limit as a paper that gains no coauthors", () => {
    // With at most 3 authors per paper, p4 (4 authors) makes no links: 2022 has 1 paper and 0 coauthors.
    expect(authorTimeline(papers, "ada", 3).years.at(-1)).toEqual({ year: 2022, papers: 1, newCoauthors: 0 });
  });

  it("is empty for an author without papers", () => {
    expect(authorTimeline(papers, "zed", 100)).toEqual({ years: [], undated: { papers: 0, newCoauthors: 0 } });
  });
});

describe("authorTimeline on the Pandolfi lab's Web of Science export", () => {
  let analysis: Analysis;
  beforeAll(async () => {
    const wos = { name: "pandolfi-lab.txt", text: readRealFixture("wos/pandolfi-lab-tab-delimited.txt") };
    analysis = await analyse([wos], { referenceYear: 2026, layoutIterations: 0, stabilitySeeds: 0 });
  });

  it("adds up to each author's papers and to their coauthors in the coauthor network", () => {
    const { corpus, coauthors, options } = analysis;
    expect(corpus.people.length).toBeGreaterThan(20);
    for (const person of corpus.people) {
      const timeline = authorTimeline(corpus.papers, person.key, options.maxAuthorsPerPaper);
      const papers = timeline.years.reduce((sum, year) => sum + year.papers, timeline.undated.papers);
      expect(papers, person.label).toBe(new Set(person.paperIds).size);
      const gained = timeline.years.reduce((sum, year) => sum + year.newCoauthors, timeline.undated.newCoauthors);
      const node = authorNode(person.key);
      expect(gained, person.label).toBe(coauthors.hasNode(node) ? coauthors.degree(node) : 0);
    }
  });

  it("spans the lab head's first to last year, every year once", () => {
    const head = analysis.corpus.people.find((person) => person.label === "John M. Pandolfi")!;
    const { years } = authorTimeline(analysis.corpus.papers, head.key, 100);
    const dated = analysis.corpus.papers
      .filter((item) => item.year !== undefined && item.authors.some((author) => author.key === head.key))
      .map((item) => item.year!);
    expect(years[0]!.year).toBe(Math.min(...dated));
    expect(years.at(-1)!.year).toBe(Math.max(...dated));
    expect(years.map((entry) => entry.year)).toEqual(years.map((_entry, i) => years[0]!.year + i));
  });
});
