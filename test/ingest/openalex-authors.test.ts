import { describe, expect, it } from "vitest";
import { OpenAlexAuthors } from "../../src/ingest/openalex-authors";
import { RecordLog } from "../../src/ingest/records";

describe("OpenAlexAuthors", () => {
  const authorship = (id: unknown, institutions?: string[], strings?: string[]) => ({
    author: { id, display_name: "Ada Lovelace", orcid: "https://orcid.org/0000-0001" },
    ...(institutions ? { institutions: institutions.map((display_name) => ({ display_name })) } : {}),
    ...(strings ? { raw_affiliation_strings: strings } : {}),
    raw_author_name: "Ada Lovelace",
  });

  it("gives the authorships written with the same values one reference, however their ids are written", () => {
    const authors = new OpenAlexAuthors(new RecordLog("f.jsonl", { sharesAuthors: true }));
    const first = authors.authorOf(authorship("https://openalex.org/A7", ["Analytical Society"]));
    expect(first).toEqual({
      name: "Ada Lovelace",
      ids: { openalex: "A7", orcid: "0000-0001" },
      affiliations: ["Analytical Society"],
    });
    expect(authors.authorOf(authorship("https://openalex.org/A7", ["Analytical Society"]))).toBe(first);
    expect(authors.authorOf(authorship(" A7 ", [" Analytical Society"]))).toBe(first);
    expect(authors.authorOf(authorship("https://openalex.org/A7", [], ["Analytical Society"]))).toBe(first);
  });

  it("keeps authorships apart whose ids or affiliations differ, remembering four ways of writing a name", () => {
    const authors = new OpenAlexAuthors(new RecordLog("f.jsonl", { sharesAuthors: true }));
    const first = authors.authorOf(authorship("https://openalex.org/A7", ["Analytical Society"]));
    const others = [
      authorship("https://openalex.org/A8", ["Analytical Society"]),
      authorship("https://openalex.org/A7"),
      authorship("https://openalex.org/A7", ["Analytical Society", "Royal Society"]),
      authorship("https://openalex.org/A7", ["Royal Society"], ["Analytical Society"]),
      authorship("https://openalex.org/A7", [], ["Royal Society"]),
    ];
    others.forEach((other, index) => {
      const author = authors.authorOf(other);
      expect(author).not.toBe(first);
      const again = authors.authorOf(other);
      expect(again).toEqual(author);
      if (index < 3) expect(again).toBe(author);
      else expect(again).not.toBe(author);
    });
  });

  it("reads no author from an authorship without a name", () => {
    const authors = new OpenAlexAuthors(new RecordLog("f.jsonl", { sharesAuthors: true }));
    expect(authors.authorOf({ author: { id: "https://openalex.org/A7", display_name: 7 } })).toBeUndefined();
    expect(authors.authorOf("Ada")).toBeUndefined();
  });
});
