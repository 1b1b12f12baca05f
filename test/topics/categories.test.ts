import { describe, expect, it } from "vitest";
import { categoryKey, categoryName, categoryTopics, isKnownCategory } from "../../src/topics";

describe("categories", () => {
  it.each([
    ["cs.LG", "Machine Learning"],
    ["cs.AI", "Artificial Intelligence"],
    ["cs.CL", "Computation and Language"],
    ["cs.CV", "Computer Vision and Pattern Recognition"],
    ["stat.ML", "Machine Learning (Statistics)"],
    ["math.CO", "Combinatorics"],
    ["hep-ph", "High Energy Physics - Phenomenology"],
    ["q-bio.NC", "Neurons and Cognition"],
    ["econ.EM", "Econometrics"],
    ["eess.SP", "Signal Processing"],
  ])("categoryName names %s as %s", (code, name) => {
    expect(categoryName(code)).toBe(name);
  });

  it("categoryName ignores case and surrounding spaces", () => {
    expect(categoryName(" CS.lg ")).toBe("Machine Learning");
    expect(isKnownCategory("STAT.ml")).toBe(true);
  });

  it("categoryName falls back to the code itself for an unknown code", () => {
    expect(categoryName("cs.XX")).toBe("cs.XX");
    expect(categoryName("Biology")).toBe("Biology");
    expect(isKnownCategory("cs.XX")).toBe(false);
  });

  it("categoryKey is cat: and the lower-cased code", () => {
    expect(categoryKey("cs.LG")).toBe("cat:cs.lg");
    expect(categoryKey("hep-ph")).toBe("cat:hep-ph");
  });

  it("categoryTopics keeps the paper's order, drops repeats and blanks, and scores each 1", () => {
    expect(categoryTopics(["cs.CL", "cs.LG", "CS.CL", " ", "cs.XX"])).toEqual([
      { key: "cat:cs.cl", label: "Computation and Language", kind: "category", score: 1 },
      { key: "cat:cs.lg", label: "Machine Learning", kind: "category", score: 1 },
      { key: "cat:cs.xx", label: "cs.XX", kind: "category", score: 1 },
    ]);
  });
});
