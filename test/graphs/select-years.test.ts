import { describe, expect, it } from "vitest";
import { selectYears } from "../../src/graphs";
import { resolveIdentities } from "../../src/identity";
import type { Corpus } from "../../src/model";
import { paper } from "../identity/build-papers";

/** Ann wrote in 2018 and 2022, Bo only in 2018, Cy on an undated paper. */
function identified() {
  const corpus: Corpus = {
    papers: [
      paper("Early", ["Ann Lee", "Bo Chen"], { year: 2018 }),
      paper("Late", ["Ann Lee"], { year: 2022 }),
      paper("Undated", ["Ann Lee", "Cy Diaz"]),
    ],
    profiles: [],
    diagnostics: [],
    files: [],
    networks: [],
  };
  return resolveIdentities(corpus);
}

describe("selectYears", () => {
  it("keeps the papers in range and the people who still have one", () => {
    const { corpus, diagnostics } = selectYears(identified(), { yearFrom: 2020 });
    expect(corpus.papers.map((p) => p.title)).toEqual(["Late"]);
    expect(corpus.people.map((person) => [person.label, person.paperIds.length])).toEqual([["Ann Lee", 1]]);
    expect(diagnostics).toEqual([
      expect.objectContaining({
        severity: "info",
        message: "1 papers without a year are left out by the year range 2020–….",
      }),
    ]);
  });

  it("changes nothing without a range", () => {
    const corpus = identified();
    expect(selectYears(corpus, {})).toEqual({ corpus, diagnostics: [] });
  });
});
