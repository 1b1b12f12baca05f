import { describe, expect, it } from "vitest";
import { createVocabulary, foldPhrase, singularize } from "../../src/topics/word-forms";

describe("singularize", () => {
  it.each([
    ["models", "model"],
    ["autoencoders", "autoencoder"],
    ["studies", "study"],
    ["processes", "process"],
    ["approaches", "approach"],
    ["boxes", "box"],
    ["mazes", "maze"],
    ["analysis", "analysis"],
    ["corpus", "corpus"],
    ["class", "class"],
    ["bias", "bias"],
    ["gas", "gas"],
    ["model", "model"],
  ])("folds %s to %s", (word, singular) => {
    expect(singularize(word)).toBe(singular);
  });
});

describe("foldPhrase", () => {
  it("folds case, diacritics, hyphens and plurals of every word", () => {
    expect(foldPhrase("Sparse Autoencoders")).toBe("sparse autoencoder");
    expect(foldPhrase("open-source Models")).toBe("open source model");
    expect(foldPhrase("Räuker")).toBe("rauker");
    expect(foldPhrase("!!")).toBe("");
  });
});

describe("createVocabulary", () => {
  it("lower-cases Capitalised words for labels and keeps inner capitals", () => {
    const vocabulary = createVocabulary();
    expect(vocabulary("Sparse").surface).toBe("sparse");
    expect(vocabulary("Open-source").surface).toBe("open-source");
    expect(vocabulary("PyTorch").surface).toBe("PyTorch");
    expect(vocabulary("LLMs").surface).toBe("LLMs");
    expect(vocabulary("LLMs").key).toBe("llm");
  });

  it("lets only content words longer than one letter sit in a phrase", () => {
    const vocabulary = createVocabulary();
    expect(vocabulary("circuits").isPhraseWord).toBe(true);
    expect(vocabulary("The").isPhraseWord).toBe(false);
    expect(vocabulary("results").isPhraseWord).toBe(false);
    expect(vocabulary("x").isPhraseWord).toBe(false);
    expect(vocabulary("2024").isPhraseWord).toBe(false);
  });

  it("records the acronym a word writes", () => {
    const vocabulary = createVocabulary();
    expect(vocabulary("SAEs").acronym).toBe("SAE");
    expect(vocabulary("circuits").acronym).toBeUndefined();
  });

  it("returns the same form object for a repeated token", () => {
    const vocabulary = createVocabulary();
    expect(vocabulary("models")).toBe(vocabulary("models"));
  });
});
