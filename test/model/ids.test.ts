import { describe, expect, it } from "vitest";
import { hashText, paperId, titleId } from "../../src/model";

describe("paper ids", () => {
  it("prefer the DOI, then the arXiv id without its version, then the title and year", () => {
    expect(paperId({ doi: "10.1/ABC", arxivId: "2403.19647", title: "T" })).toBe("doi:10.1/abc");
    expect(paperId({ arxivId: "2403.19647v2", title: "T" })).toBe("arxiv:2403.19647");
    expect(paperId({ title: "Sparse Feature Circuits", year: 2024 })).toBe(titleId("sparse  feature circuits.", 2024));
  });

  it("give 200,000 distinct titles 200,000 distinct ids (a 32-bit hash collides at this size)", () => {
    const ids = new Set<string>();
    for (let i = 0; i < 200_000; i++)
      ids.add(titleId(`Sparse graph networks for causal kernels (study ${i.toString(36)})`, 2000 + (i % 26)));
    expect(ids.size).toBe(200_000);
  });

  it("hash the same text to the same 14 hex digits in every run", () => {
    expect(hashText("sparse feature circuits|2024")).toMatch(/^[0-9a-f]{14}$/);
    expect(hashText("sparse feature circuits|2024")).toBe(hashText("sparse feature circuits|2024"));
    expect(hashText("a")).not.toBe(hashText("b"));
  });
});
