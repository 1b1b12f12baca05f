import { describe, expect, it } from "vitest";
import type { Paper } from "../../src/model";
import { buildCorpusAcronyms, createAcronymTable } from "../../src/topics/acronyms";
import {
  collectCandidates,
  MAX_ABSTRACT_CHARACTERS,
  MAX_KEYWORDS,
  MAX_TITLE_CHARACTERS,
  paperUnits,
  readPaperText,
  TITLE_WEIGHT,
  type CandidateOptions,
} from "../../src/topics/key-phrases";
import { createVocabulary, phraseKey } from "../../src/topics/word-forms";

function paper(title: string, abstract?: string, keywords?: string[]): Paper {
  const source = { file: "t", line: 1 };
  return { id: title, title, abstract, keywords, authors: [], authorsTruncated: false, categories: [], source };
}

/**
 * Candidates of one paper on its own (its own acronyms only), as plain form → weight: candidates are keyed
 * by stems ("spars featur"), shown by their most frequent plain form ("sparse feature").
 */
function weights(p: Paper, options: CandidateOptions = { maxUnits: 4 }): Record<string, number> {
  const vocabulary = createVocabulary();
  const units = paperUnits(readPaperText(p, vocabulary), createAcronymTable([]), vocabulary);
  const surfacesOf = new Set(collectCandidates(units, options).keys());
  const candidates = collectCandidates(units, { ...options, surfacesOf });
  const plainOf = (plains: Map<string, number>) =>
    [...plains].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]![0];
  return Object.fromEntries(
    Array.from(candidates.values(), (candidate) => [plainOf(candidate.plains!), candidate.weight]),
  );
}

describe("collectCandidates", () => {
  it("yields every run of 2 to 4 content words and no lone word", () => {
    expect(weights(paper("x", "We study sparse feature circuit discovery methods."))).toEqual({
      "sparse feature": 1,
      "sparse feature circuit": 1,
      "sparse feature circuit discovery": 1,
      "feature circuit": 1,
      "feature circuit discovery": 1,
      "circuit discovery": 1,
    });
  });

  it("breaks phrases at stop words and punctuation, so stop-word-only phrases cannot arise", () => {
    expect(weights(paper("x", "The results of the paper show that we can, however, do it."))).toEqual({});
    const result = weights(paper("x", "attention heads, residual stream"));
    expect(result).toEqual({ "attention head": 1, "residual stream": 1 });
  });

  it("weighs a title occurrence TITLE_WEIGHT times an abstract occurrence", () => {
    const result = weights(paper("Residual Streams", "The residual stream carries information."));
    expect(result["residual stream"]).toBe(TITLE_WEIGHT + 1);
  });

  it("counts an acronym defined in the text as its long form, the definition once", () => {
    const result = weights(
      paper(
        "Graph Neural Networks for Molecules",
        "Graph neural networks (GNNs) are popular. GNNs scale, and a GNN's depth matters.",
      ),
    );
    expect(result["graph neural network"]).toBe(TITLE_WEIGHT + 1 + 2);
    expect(result["gnn"]).toBeUndefined();
    expect(result["graph neural network molecule"]).toBeUndefined();
    expect(result["graph neural network depth"]).toBe(1);
  });

  it("uses an acronym defined elsewhere in the corpus", () => {
    const vocabulary = createVocabulary();
    const defining = readPaperText(paper("x", "large language models (LLMs) are big"), vocabulary);
    const corpus = buildCorpusAcronyms([defining.definitions]);
    const using = readPaperText(paper("Probing LLMs", "We probe LLM internals."), vocabulary);
    const candidates = collectCandidates(paperUnits(using, corpus, vocabulary), { maxUnits: 4 });
    expect(candidates.get(phraseKey("large language model"))?.weight).toBe(TITLE_WEIGHT + 1);
    // "Probing LLMs" in the title and "probe LLM" in the abstract are one phrase (stems "prob larg languag model").
    expect(candidates.get(phraseKey("probing large language model"))?.weight).toBe(TITLE_WEIGHT + 1);
  });

  it("stops growing a run at a pair the caller rejects", () => {
    const result = weights(paper("x", "sparse feature circuit discovery"), {
      maxUnits: 4,
      canJoin: (pair) => pair !== phraseKey("feature circuit"),
    });
    expect(Object.keys(result).sort()).toEqual(["circuit discovery", "sparse feature"]);
  });

  it("marks acronyms, keywords and two-unit runs as short", () => {
    const vocabulary = createVocabulary();
    const p = paper("x", "sparse autoencoders (SAEs) and sparse feature circuits", ["Dictionary learning"]);
    const units = paperUnits(readPaperText(p, vocabulary), createAcronymTable([]), vocabulary);
    const candidates = collectCandidates(units, {
      maxUnits: 4,
      surfacesOf: new Set([phraseKey("sparse autoencoder")]),
    });
    const short = Array.from(candidates)
      .filter(([, c]) => c.isShort)
      .map(([key]) => key)
      .sort();
    const expected = ["dictionary learning", "feature circuit", "sparse autoencoder", "sparse feature"];
    expect(short).toEqual(expected.map(phraseKey).sort());
    expect(candidates.get(phraseKey("sparse feature circuit"))!.isShort).toBe(false);
    expect(candidates.get(phraseKey("sparse autoencoder"))!.surfaces).toEqual(
      new Map([["sparse autoencoders (SAEs)", 1]]),
    );
  });

  it("takes author keywords whole, with title weight, even single words", () => {
    const result = weights(paper("Title words", undefined, ["Molecular dynamics", "GPU"]));
    expect(result).toEqual({ "title word": TITLE_WEIGHT, "molecular dynamic": TITLE_WEIGHT, gpu: TITLE_WEIGHT });
  });

  it("reads a paper without an abstract from its title alone", () => {
    // The seed corpus' title; "finding" is academic filler, so only "Rule-Based Neurons" is a run.
    expect(weights(paper("Automatically Finding Rule-Based Neurons in OthelloGPT"))).toEqual({
      "rule based neuron": TITLE_WEIGHT,
    });
    expect(weights(paper("Sparse Feature Circuits"))).toEqual({
      "sparse feature": TITLE_WEIGHT,
      "sparse feature circuit": TITLE_WEIGHT,
      "feature circuit": TITLE_WEIGHT,
    });
  });

  it("strips LaTeX and URLs before mining", () => {
    const abstract = "we present $\\texttt{maze-dataset}$ library code at https://github.com/x/y today";
    const result = weights(paper("x", abstract));
    expect(result).toEqual({ "maze dataset library": 1, "maze dataset library code": 1, "library code": 1 });
  });

  it("mines each paper's text only up to its caps, so a pasted full text costs no more than a long abstract", () => {
    const words = (count: number, from = 0) =>
      Array.from({ length: count }, (_, i) => `w${(from + i).toString(36)}x`).join(" ");
    const abstract = words(MAX_ABSTRACT_CHARACTERS);
    const capped = paper(words(50), abstract.slice(0, MAX_ABSTRACT_CHARACTERS));
    const pasted = paper(words(50), abstract + words(100_000, 1e6));
    expect(weights(pasted)).toEqual(weights(capped));
    const longTitle = paper(words(MAX_TITLE_CHARACTERS) + words(10_000, 1e6));
    expect(weights(longTitle)).toEqual(weights(paper(longTitle.title.slice(0, MAX_TITLE_CHARACTERS))));
    const keywords = Array.from({ length: 10_000 }, (_, i) => `graph topic ${i.toString(36)}x`);
    expect(Object.keys(weights(paper("x", undefined, keywords)))).toHaveLength(MAX_KEYWORDS);
  });
});

describe("keywords that are a publication status or venue type", () => {
  it("drops the status tags of a lab's BibTeX (plai-group.bib files papers under pub, sub and press)", () => {
    const result = weights(paper("x", undefined, ["pub", "Sub", "press", "In press", "accepted", "journal", "smc"]));
    expect(result).toEqual({ smc: TITLE_WEIGHT });
  });
});
