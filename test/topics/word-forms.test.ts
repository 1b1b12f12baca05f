import { describe, expect, it } from "vitest";
import { createVocabulary, foldPhrase, phraseKey, singularize, stemWord } from "../../src/topics/word-forms";

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

describe("stemWord", () => {
  it.each([
    ["measure", "measuring", "measured"],
    ["model", "modeling", "modelling"],
    ["label", "labeled", "labelled"],
    ["learn", "learning", "learned"],
    ["embed", "embedding", "embedded"],
    ["generate", "generating", "generated"],
    ["study", "studying", "studied"],
    ["train", "training", "trained"],
    ["steer", "steering", "steered"],
    ["seed", "seeding", "seeded"],
  ])("gives %s, %s and %s one stem", (base, ing, ed) => {
    expect(stemWord(ing)).toBe(stemWord(base));
    expect(stemWord(ed)).toBe(stemWord(base));
  });

  it.each([
    ["university", "universe"],
    ["string", "strong"],
    ["thing", "think"],
    ["need", "ned"],
    ["red", "reading"],
  ])("keeps %s and %s apart", (a, b) => {
    expect(stemWord(a)).not.toBe(stemWord(b));
  });

  it("leaves words of three letters or fewer and suffixes on too short a stem as they are", () => {
    expect(stemWord("bed")).toBe("bed");
    expect(stemWord("king")).toBe("king");
    expect(stemWord("being")).toBe("being");
    expect(stemWord("string")).toBe("string");
  });
});

describe("phraseKey", () => {
  it("gives a phrase's forms one key: measure progress, measuring progress, measured progress", () => {
    expect(phraseKey("measuring progress")).toBe(phraseKey("Measure Progress"));
    expect(phraseKey("measured progresses")).toBe(phraseKey("measure progress"));
    expect(phraseKey("measuring progress")).not.toBe(phraseKey("measuring process"));
  });
});
