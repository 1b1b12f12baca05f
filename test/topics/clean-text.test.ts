import { describe, expect, it } from "vitest";
import { isWordToken, stripMarkup, tokenize } from "../../src/topics/clean-text";
import { STOP_WORDS, isStopWord } from "../../src/topics/stop-words";

describe("stripMarkup and tokenize", () => {
  it("keeps the words LaTeX text commands wrap and drops the markup", () => {
    // From the seed corpus ("A Configurable Library for Generating and Manipulating Maze Datasets").
    expect(tokenize("we present $\\texttt{maze-dataset}$, a library")).toEqual([
      "we",
      "present",
      "maze-dataset",
      ",",
      "a",
      "library",
    ]);
    expect(tokenize("a new SAE training technique, $\\textit{p-annealing}$, which")).toContain("p-annealing");
    expect(tokenize("\\emph{sparse} \\textbf{circuits}")).toEqual(["sparse", "circuits"]);
  });

  it("turns math without text into a boundary so the words around it never join", () => {
    const tokens = tokenize("an activation manifold $M_h$ to representations");
    expect(tokens).toEqual(["an", "activation", "manifold", "|", "to", "representations"]);
    expect(stripMarkup("link $M_h \\leftrightarrow M_y$ via")).not.toMatch(/[\\$_]/);
  });

  it("removes commands, braces, citations and accents but keeps accented letters", () => {
    const tokens = tokenize('as in \\cite{marks2024} the R\\"{a}uker {Graph}');
    expect(tokens).toEqual(["as", "in", "|", "the", "Räuker", "Graph"]);
    expect(tokenize("Räuker")).toEqual(["Räuker"]);
    expect(tokenize("50\\% of")).toEqual(["50", "%", "of"]);
  });

  it("strips URLs and bare web addresses", () => {
    expect(tokenize("available at https://nnsight.net/ today")).toEqual(["available", "at", "|", "today"]);
    expect(tokenize("SAEs at: www.neuronpedia.org/sae-bench")).toEqual(["SAEs", "at", ":", "|"]);
    expect(tokenize("see nnsight.net for docs")).toEqual(["see", "|", "for", "docs"]);
  });

  it("keeps hyphenated and dotted words whole, splits dashes, and drops a possessive", () => {
    expect(tokenize("Llama-3.1-8B's open-source sums--in fact")).toEqual([
      "Llama-3.1-8B",
      "open-source",
      "sums",
      "-",
      "-",
      "in",
      "fact",
    ]);
    expect(tokenize("an SAE’s ability")).toEqual(["an", "SAE", "ability"]);
    expect(tokenize("THE MODEL'S RUN's it'S is")).toEqual(["THE", "MODEL", "RUN", "it", "is"]);
  });

  it("tells words from punctuation as the Unicode classes do, by character code for ASCII", () => {
    const starts = [
      ...Array.from({ length: 128 }, (_, code) => String.fromCharCode(code)),
      "é",
      "Ж",
      "٣",
      "\u0301",
      "—",
      "€",
    ];
    for (const start of starts) expect(isWordToken(`${start}x`)).toBe(/^[\p{L}\p{M}\p{N}]/u.test(start));
  });

  it("gives text without markup back normalised, as the full cleaning does", () => {
    expect(stripMarkup("Cafe\u0301 models of 50 percent")).toBe("Café models of 50 percent");
    expect(stripMarkup("see HTTP://example.org now")).toBe("see  |  now");
  });
});

describe("stop words", () => {
  it("include English function words and academic filler, in any case", () => {
    for (const word of ["the", "of", "we", "propose", "results", "approach", "paper", "show", "e.g"]) {
      expect(STOP_WORDS.has(word), word).toBe(true);
    }
    expect(isStopWord("However")).toBe(true);
  });

  it("leave content words alone", () => {
    for (const word of ["sparse", "autoencoder", "language", "model", "circuit", "graph"]) {
      expect(isStopWord(word), word).toBe(false);
    }
  });
});
