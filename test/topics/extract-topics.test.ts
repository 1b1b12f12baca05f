import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { expectClose } from "../asserts";
import { readProfile } from "../../src/ingest";
import type { Paper } from "../../src/model";
import { extractTopics, inverseDocumentFrequency, type Topic } from "../../src/topics";
import { TITLE_WEIGHT } from "../../src/topics/key-phrases";
import { isStopWord } from "../../src/topics/stop-words";
import { phraseKey } from "../../src/topics/word-forms";

const SEED = readFileSync(new URL("../../data/can-rager.profile.txt", import.meta.url), "utf8");
const seedPapers = readProfile(SEED, "can-rager.profile.txt", { referenceYear: 2026 }).papers;
const seedTopics = extractTopics(seedPapers, { keyPhrasesPerPaper: 5 });

const byTitle = (start: string): Paper => seedPapers.find((p) => p.title.startsWith(start))!;
const keysOf = (p: Paper): string[] => seedTopics[p.id]!.map((t) => t.key);
const phrases = (topics: Record<string, Topic[]>): Topic[] =>
  Object.values(topics).flatMap((list) => list.filter((t) => t.kind === "phrase"));

function paper(id: string, title: string, abstract?: string, categories: string[] = []): Paper {
  return { id, title, abstract, categories, authors: [], authorsTruncated: false, source: { file: "t", line: 1 } };
}

const count = (text: string, pattern: RegExp): number => text.match(pattern)?.length ?? 0;

describe("extractTopics on the seed corpus", () => {
  const saePapers = seedPapers.filter((p) => /sparse autoencoders?|\bSAEs?\b/i.test(`${p.title} ${p.abstract}`));

  it("reads the 17 seed papers, 5 of which write about sparse autoencoders", () => {
    expect(seedPapers).toHaveLength(17);
    expect(saePapers).toHaveLength(5);
  });

  it("gives every SAE paper the topic 'sparse autoencoders (SAEs)'", () => {
    for (const p of saePapers) {
      const topic = seedTopics[p.id]!.find((t) => t.key === "phrase:sparse autoencoder");
      expect(topic, p.title).toMatchObject({ label: "sparse autoencoders (SAEs)", kind: "phrase" });
    }
  });

  it("merges SAE and SAEs into sparse autoencoders: its tf counts every form, the definition once", () => {
    // Oracle from the raw text: long forms ×3 in the title, plus long forms and acronyms in the abstract,
    // minus the "(SAEs)" that follows the long form in its definition.
    const idf = inverseDocumentFrequency(seedPapers.length, saePapers.length);
    for (const p of saePapers) {
      const abstract = p.abstract ?? "";
      const tf =
        TITLE_WEIGHT * count(p.title, /sparse autoencoders?/gi) +
        count(abstract, /sparse autoencoders?/gi) +
        count(abstract, /\bSAEs?\b/g) -
        count(abstract, /sparse autoencoders? \(SAEs?\)/gi);
      const topic = seedTopics[p.id]!.find((t) => t.key === "phrase:sparse autoencoder")!;
      expectClose(topic.score, tf * idf, 1e-9, p.title);
    }
    expect(phrases(seedTopics).filter((t) => /\bsaes?\b/.test(t.key))).toEqual([]);
  });

  it("collapses 'language model' and 'language models' into one topic", () => {
    const plural = byTitle("Discovering Forbidden Topics in Language Models");
    const singular = byTitle("Priors in Time");
    expect(keysOf(plural)).toContain("phrase:language model");
    expect(keysOf(singular)).toContain("phrase:language model");
    expect(phrases(seedTopics).map((t) => t.key)).not.toContain("phrase:language models");
  });

  it("never yields a phrase that starts or ends with a stop word", () => {
    const all = phrases(seedTopics);
    expect(all.length).toBeGreaterThan(17);
    for (const topic of all) {
      const words = topic.key.slice("phrase:".length).split(" ");
      expect(isStopWord(words[0]!), topic.key).toBe(false);
      expect(isStopWord(words[words.length - 1]!), topic.key).toBe(false);
    }
  });

  it("puts categories first with score 1, then at most 5 distinct phrases by falling score", () => {
    for (const p of seedPapers) {
      const topics = seedTopics[p.id]!;
      const categories = topics.filter((t) => t.kind === "category");
      expect(topics.slice(0, categories.length)).toEqual(categories);
      expect(categories.map((t) => t.score)).toEqual(categories.map(() => 1));
      const own = topics.slice(categories.length);
      expect(own.length).toBeLessThanOrEqual(5);
      expect(new Set(topics.map((t) => t.key)).size).toBe(topics.length);
      for (let i = 1; i < own.length; i++) expect(own[i]!.score).toBeLessThanOrEqual(own[i - 1]!.score);
    }
    expect(keysOf(byTitle("Discovering Forbidden Topics"))[0]).toBe("cat:cs.cl");
  });

  it("keeps only phrases found in at least 2 papers, since the corpus has 10 papers or more", () => {
    // Texts and keys compared as stems (word-forms.ts), so "recovering meaningful" counts for "recover meaningful".
    const fold = (p: Paper) => `${p.title} ${p.abstract ?? ""}`.toLowerCase().replace(/[^a-z0-9]+/g, " ");
    const folded = seedPapers.map((p) => ` ${phraseKey(fold(p))} `);
    for (const topic of phrases(seedTopics)) {
      if (/\(/.test(topic.label)) continue; // merged acronyms are checked above
      const stems = ` ${phraseKey(topic.key.slice("phrase:".length))} `;
      expect(folded.filter((text) => text.includes(stems)).length, topic.key).toBeGreaterThanOrEqual(2);
    }
  });

  it("prefers the longer phrase over its equally scored parts", () => {
    const keys = keysOf(byTitle("Sparse Feature Circuits"));
    expect(keys).toContain("phrase:sparse feature circuit");
    expect(keys).not.toContain("phrase:sparse feature");
    expect(keys).not.toContain("phrase:feature circuit");
  });

  it("gives identical output on two runs and whatever the order of the papers", () => {
    expect(extractTopics(seedPapers, { keyPhrasesPerPaper: 5 })).toEqual(seedTopics);
    expect(JSON.stringify(extractTopics(seedPapers, { keyPhrasesPerPaper: 5 }))).toBe(JSON.stringify(seedTopics));
    expect(extractTopics([...seedPapers].reverse(), { keyPhrasesPerPaper: 5 })).toEqual(seedTopics);
  });
});

describe("extractTopics on small hand-made corpora", () => {
  it("keeps a phrase found in a single paper when the corpus has fewer than 10 papers", () => {
    const papers = [paper("a", "Quantum Error Correction", undefined, ["quant-ph"])];
    const topics = extractTopics(papers, { keyPhrasesPerPaper: 5 });
    expect(topics).toEqual({
      a: [
        { key: "cat:quant-ph", label: "Quantum Physics", kind: "category", score: 1 },
        { key: "phrase:quantum error correction", label: "quantum error correction", kind: "phrase", score: 3 },
      ],
    });
  });

  it("never makes a phrase of a category's name: 'machine learning' beside cs.LG is that category", () => {
    const papers = [
      paper("a", "Machine learning for graphs", "Machine learning on graph data.", ["cs.LG"]),
      paper("b", "Robust machine learning", "Machine learning under noise.", ["cs.AI"]),
    ];
    const keys = Object.values(extractTopics(papers, { keyPhrasesPerPaper: 5 }))
      .flat()
      .map((t) => t.key);
    expect(keys).toContain("cat:cs.lg");
    expect(keys).not.toContain("phrase:machine learning");
  });

  it("drops a phrase found in one paper only once the corpus has 10 papers", () => {
    const papers = Array.from({ length: 10 }, (_, i) =>
      paper(`p${i}`, i < 2 ? "Graph Neural Networks" : `Topic ${i}`, i === 0 ? "We study protein folding." : undefined),
    );
    const topics = extractTopics(papers, { keyPhrasesPerPaper: 5 });
    expect(topics.p0!.map((t) => t.key)).toEqual(["phrase:graph neural network"]);
    expect(topics.p1!.map((t) => t.key)).toEqual(["phrase:graph neural network"]);
    expectClose(topics.p0![0]!.score, TITLE_WEIGHT * (Math.log(11 / 3) + 1));
    expect(topics.p5).toEqual([]);
  });

  it("labels a phrase by its most frequent surface form", () => {
    const topics = extractTopics(
      [
        paper("a", "x", "Attention heads. Attention heads. An attention head."),
        paper("b", "x", "Attention heads here."),
      ],
      { keyPhrasesPerPaper: 1 },
    );
    expect(topics.a![0]).toMatchObject({ key: "phrase:attention head", label: "attention heads" });
    expect(topics.b![0]).toMatchObject({ key: "phrase:attention head", label: "attention heads" });
  });

  it("merges an acronym defined in one paper into its long form in another", () => {
    const topics = extractTopics(
      [
        paper("a", "x", "We train graph neural networks (GNNs) on molecules."),
        paper("b", "GNNs at Scale", "GNNs grow."),
      ],
      { keyPhrasesPerPaper: 3 },
    );
    // tf = 3 (title) + 1 (abstract); df = 2 of 2 papers, so idf = ln(3/3) + 1 = 1.
    expect(topics.b).toEqual([
      { key: "phrase:graph neural network", label: "graph neural networks (GNNs)", kind: "phrase", score: 4 },
    ]);
  });

  it("strips LaTeX and URLs so markup never becomes a topic", () => {
    const topics = extractTopics(
      [paper("a", "Solving Mazes", "We release $\\texttt{maze-dataset}$ tooling at https://github.com/maze/data now.")],
      { keyPhrasesPerPaper: 5 },
    );
    expect(topics.a!.map((t) => [t.key, t.label])).toEqual([
      ["phrase:solving maze", "solving mazes"],
      ["phrase:maze dataset tooling", "maze-dataset tooling"],
    ]);
  });

  it("honours keyPhrasesPerPaper, with 0 keeping categories only", () => {
    const title = "Sparse Feature Circuits and Attention Heads in Transformer Models";
    const papers = [paper("a", title, undefined, ["cs.LG"])];
    expect(extractTopics(papers, { keyPhrasesPerPaper: 1 }).a).toHaveLength(2);
    expect(extractTopics(papers, { keyPhrasesPerPaper: 0 }).a!.map((t) => t.key)).toEqual(["cat:cs.lg"]);
  });

  it("rejects a keyPhrasesPerPaper that is not a whole number", () => {
    expect(() => extractTopics([], { keyPhrasesPerPaper: -1 })).toThrow(/^papergraph\/topics: keyPhrasesPerPaper/);
    expect(() => extractTopics([], { keyPhrasesPerPaper: 1.5 })).toThrow(/keyPhrasesPerPaper/);
  });

  it("returns an empty record for no papers", () => {
    expect(extractTopics([], { keyPhrasesPerPaper: 5 })).toEqual({});
  });

  it("reports progress up to four passes over the papers", () => {
    const calls: [string, number, number][] = [];
    extractTopics(seedPapers, { keyPhrasesPerPaper: 5 }, (stage, done, total) => calls.push([stage, done, total]));
    expect(calls.at(-1)).toEqual(["topics", 4 * seedPapers.length, 4 * seedPapers.length]);
  });
});

describe("word forms in key phrases", () => {
  it("makes measure/measuring progress one topic, shown in its most frequent form", () => {
    // In data/can-rager.profile.txt: "Measuring Progress in Dictionary Learning…" (title), "measure
    // progress" (two abstracts) and "measuring progress" (one abstract). The title counts three times.
    const topics = seedPapers.flatMap((paper) => seedTopics[paper.id]!);
    const progress = topics.filter(
      (topic) => phraseKey(topic.key.slice("phrase:".length)) === phraseKey("measure progress"),
    );
    expect(progress.length).toBeGreaterThan(1);
    expect(new Set(progress.map((topic) => `${topic.key} / ${topic.label}`))).toEqual(
      new Set(["phrase:measuring progress / measuring progress"]),
    );
  });
});
