import { describe, expect, it } from "vitest";
import {
  acronymBase,
  buildCorpusAcronyms,
  findAcronymDefinitions,
  matchLongForm,
  type AcronymDefinition,
} from "../../src/topics/acronyms";
import { tokenize } from "../../src/topics/clean-text";
import { createVocabulary } from "../../src/topics/word-forms";

const define = (text: string) => findAcronymDefinitions(tokenize(text), createVocabulary());

describe("acronymBase", () => {
  it.each([
    ["SAEs", "SAE"],
    ["SAE", "SAE"],
    ["LLMs", "LLM"],
    ["NDIF", "NDIF"],
    ["TPP", "TPP"],
    ["GELU-4L", "GELU-4L"],
  ])("reads %s as the acronym %s", (token, base) => {
    expect(acronymBase(token)).toBe(base);
  });

  const words = ["circuits", "Sparse", "NNsight", "DeepSeek", "A", "x"];
  it.each(words)("does not take the word %s for an acronym", (word) => {
    expect(acronymBase(word)).toBeUndefined();
  });
});

describe("matchLongForm", () => {
  it("finds the shortest long form whose word starts match the acronym (Schwartz–Hearst)", () => {
    expect(matchLongForm("ndif", ["The", "National", "Deep", "Inference", "Fabric"])).toBe(1);
    expect(matchLongForm("sae", ["training", "sparse", "autoencoders"])).toBe(1);
    expect(matchLongForm("llm", ["very", "large", "language", "models"])).toBe(1);
  });

  it("fails when the letters cannot be found in order", () => {
    expect(matchLongForm("xyz", ["sparse", "autoencoders"])).toBe(-1);
  });
});

describe("findAcronymDefinitions", () => {
  it("finds long forms from the seed corpus abstracts", () => {
    // Sentences from data/can-rager.profile.txt.
    const found = [
      ...define("Recent work on training sparse autoencoders (SAEs) to disentangle"),
      ...define("The National Deep Inference Fabric (NDIF) is a scalable inference service"),
      ...define("direct logit attribution (DLA), a common technique"),
      ...define("we introduce the Targeted Probe Perturbation (TPP) metric"),
    ];
    expect(found.map(({ acronym, plain, label }) => [acronym, plain, label])).toEqual([
      ["SAE", "sparse autoencoder", "sparse autoencoders (SAEs)"],
      ["NDIF", "national deep inference fabric", "national deep inference fabric (NDIF)"],
      ["DLA", "direct logit attribution", "direct logit attribution (DLA)"],
      ["TPP", "targeted probe perturbation", "targeted probe perturbation (TPP)"],
    ]);
  });

  it("ignores parentheses that hold words, numbers or an unmatched acronym", () => {
    expect(define("responsible for solving specific tasks (circuits).")).toEqual([]);
    expect(define("the cyclic concept (e.g., 12 for months)")).toEqual([]);
    expect(define("a survey of methods (XYZ) today")).toEqual([]);
    expect(define("(SAE) at the start")).toEqual([]);
  });

  it("never lets a long form cross punctuation", () => {
    expect(define("sparse, autoencoders (SAEs)").map((d) => d.key)).toEqual([]);
  });
});

describe("buildCorpusAcronyms", () => {
  const def = (acronym: string, key: string, label: string): AcronymDefinition => ({ acronym, key, plain: key, label });

  it("gives each acronym the long form defined in the most papers, whatever the paper order", () => {
    const papers = [
      [def("PC", "principal component", "principal components (PCs)")],
      [def("PC", "personal computer", "personal computer (PC)")],
      [def("PC", "principal component", "principal component (PC)"), def("PC", "principal component", "x (PC)")],
    ];
    for (const order of [papers, [...papers].reverse()]) {
      const table = buildCorpusAcronyms(order);
      expect(table.byAcronym.get("PC")).toEqual(def("PC", "principal component", "principal component (PC)"));
      expect(table.byLongForm.has("personal computer")).toBe(false);
      expect(table.firstWords.has("principal")).toBe(true);
      expect(table.maxWords).toBe(2);
    }
  });

  it("breaks a tie between long forms by the smaller key", () => {
    const table = buildCorpusAcronyms([[def("PC", "principal component", "a")], [def("PC", "personal computer", "b")]]);
    expect(table.byAcronym.get("PC")!.key).toBe("personal computer");
  });
});
