import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { readProfile } from "../../src/ingest";

const OPTIONS = { referenceYear: 2026 };
/** The embedded profile page, as a user copies it from the browser. */
const SEED = readFileSync(new URL("../../data/can-rager.profile.txt", import.meta.url), "utf8");

describe("readProfile on a page copied with its chrome", () => {
  // The seed page with the site's navigation copied above the owner's name.
  const page = `Sign in\nExplore papers\n\n${SEED}`;
  const result = readProfile(page, "copied.txt", OPTIONS);

  it("takes the name line right before the statistics for the owner, not the first line", () => {
    expect(result.profiles.map((profile) => [profile.owner, profile.source.line, profile.hIndex])).toEqual([
      ["Can Rager", 4, 55],
    ]);
    expect(result.papers.every((paper) => paper.authors.some((author) => author.name === "Can Rager"))).toBe(true);
    expect(result.papers.some((paper) => paper.authors.some((author) => author.name === "Sign in"))).toBe(false);
  });

  it("skips the chrome with one warning naming it", () => {
    expect(result.diagnostics).toEqual([
      {
        severity: "warning",
        file: "copied.txt",
        line: 1,
        message: "2 lines of page text above the owner's name (Sign in, Explore papers). They were skipped.",
      },
    ]);
  });
});

describe("readProfile on an author line holding markup", () => {
  it("keeps every name of the line standing where the authors stand, as written", () => {
    const hostile = '<img src=x onerror=alert(1)> & "O\'Brien", Alexander R. Loftus, Eric Todd et al.';
    const page = SEED.replace("Jaden Fiotto-Kaufman, Alexander R. Loftus, Eric Todd et al.", hostile);
    const paper = readProfile(page, "markup.txt", OPTIONS).papers[0]!;
    expect(paper.authors.map((author) => author.name)).toEqual([
      "<img src=x onerror=alert(1)>",
      '"O\'Brien"',
      "Alexander R. Loftus",
      "Eric Todd",
      "Can Rager",
    ]);
    expect(paper.authorsTruncated).toBe(true);
    expect(paper.abstract).toMatch(/^We introduce NNsight and NDIF/);
  });
});
