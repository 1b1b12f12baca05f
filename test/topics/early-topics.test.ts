/**
 * Topics started before identity (src/topics/early-topics.ts, on a worker thread in the CLI:
 * src/cli/step-threads.ts) are the topics extractTopics gives on the papers identity hands on: packed and
 * unpacked they are the same record, key order included; they are used only when every paper's topic
 * fields are those sent, and a failed runner leaves the extraction to the calling thread.
 */

import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { createThreadTopicsRunner } from "../../src/cli/step-threads";
import { ingest } from "../../src/ingest";
import type { Paper } from "../../src/model";
import { analyse } from "../../src/pipeline";
import { extractTopics, startEarlyTopics, type Topic, type TopicsRunner } from "../../src/topics";
import {
  matchesTopicInputs,
  packTopics,
  papersOfTopicInputs,
  topicInputsOf,
  unpackTopics,
} from "../../src/topics/early-topics";
import { REAL_FIXTURES } from "../real-fixtures";
import { GOLDEN_CORPORA } from "./golden-corpora";

const OPTIONS = { keyPhrasesPerPaper: 5 };

function papersOf(files: readonly string[]): Paper[] {
  const inputs = files.map((file) => ({ name: file, text: readFileSync(join(REAL_FIXTURES, file), "utf8") }));
  return ingest(inputs, { referenceYear: 2026 }).papers;
}

/** The record as text, keys and topic fields in order. */
const text = (topics: Record<string, Topic[]>) => JSON.stringify(topics);

/** A runner on this thread, counting its calls. */
function inlineRunner(): TopicsRunner & { calls: number } {
  const run = (inputs: Parameters<TopicsRunner>[0]) => {
    run.calls++;
    return Promise.resolve(packTopics(inputs.ids, extractTopics(papersOfTopicInputs(inputs), inputs)));
  };
  run.calls = 0;
  return run;
}

describe("early topics", () => {
  for (const { name, files } of GOLDEN_CORPORA) {
    it(`pack and unpack to extractTopics' record on ${name}`, () => {
      const papers = papersOf(files);
      const topics = extractTopics(papers, OPTIONS);
      const ids = papers.map((paper) => paper.id);
      expect(text(unpackTopics(ids, packTopics(ids, topics)))).toBe(text(topics));
      // The papers rebuilt from the columns have the same topics.
      expect(text(extractTopics(papersOfTopicInputs(topicInputsOf(papers, OPTIONS)), OPTIONS))).toBe(text(topics));
    });
  }

  it("are the extracted topics on a worker thread", async () => {
    const papers = papersOf(["identity/openalex-malaria-200.json"]);
    const early = startEarlyTopics(createThreadTopicsRunner({ minPapers: 0, threads: 2 }), papers, OPTIONS);
    const expected = extractTopics(papers, OPTIONS);
    const topics = await early!.topicsOf(papers, () => ({}))!;
    expect(text(topics)).toBe(text(expected));
  });

  it("stay on the calling thread below the threshold or with one thread", () => {
    const papers = papersOf(["bibtex/plai-group.bib"]);
    expect(startEarlyTopics(createThreadTopicsRunner({ minPapers: papers.length + 1 }), papers, OPTIONS)).toBe(
      undefined,
    );
    expect(startEarlyTopics(createThreadTopicsRunner({ minPapers: 0, threads: 1 }), papers, OPTIONS)).toBe(undefined);
  });

  it("are not used once a paper's topic fields changed, or a paper went, or after the first ask", () => {
    const papers = papersOf(["bibtex/plai-group.bib"]);
    const inputs = topicInputsOf(papers, OPTIONS);
    expect(matchesTopicInputs(inputs, papers)).toBe(true);
    // Equal values written anew are the same fields.
    const copied = papers.map((paper) => ({
      ...paper,
      title: `${paper.title} `.trimEnd(),
      categories: [...paper.categories],
    }));
    expect(matchesTopicInputs(inputs, copied)).toBe(true);
    const changed: Paper[][] = [
      papers.slice(1),
      papers.map((paper, i) => (i === 3 ? { ...paper, title: `${paper.title}!` } : paper)),
      papers.map((paper, i) => (i === 3 ? { ...paper, abstract: "other words" } : paper)),
      papers.map((paper, i) => (i === 3 ? { ...paper, keywords: [...(paper.keywords ?? []), "x"] } : paper)),
      papers.map((paper, i) => (i === 3 ? { ...paper, categories: ["cs.LG"] } : paper)),
      papers.map((paper, i) => (i === 3 ? { ...paper, id: "doi:10.1/other" } : paper)),
      [...papers.slice(1), papers[0]!],
    ];
    for (const later of changed) {
      expect(matchesTopicInputs(inputs, later)).toBe(false);
      const early = startEarlyTopics(inlineRunner(), papers, OPTIONS)!;
      expect(early.topicsOf(later, () => ({}))).toBe(undefined);
    }
    const early = startEarlyTopics(inlineRunner(), papers, OPTIONS)!;
    expect(early.topicsOf(papers, () => ({}))).not.toBe(undefined);
    expect(early.topicsOf(papers, () => ({}))).toBe(undefined);
  });

  it("are extracted on the calling thread when the runner fails", async () => {
    const papers = papersOf(["bibtex/plai-group.bib"]);
    const early = startEarlyTopics(() => Promise.reject(new Error("gone")), papers, OPTIONS)!;
    const topics = await early.topicsOf(papers, () => extractTopics(papers, OPTIONS))!;
    expect(text(topics)).toBe(text(extractTopics(papers, OPTIONS)));
  });

  it("leave the analysis unchanged, used or not (a year range drops papers)", async () => {
    const inputs = [
      { name: "plai-group.bib", text: readFileSync(join(REAL_FIXTURES, "bibtex/plai-group.bib"), "utf8") },
    ];
    for (const options of [{ referenceYear: 2026 }, { referenceYear: 2026, yearFrom: 2020 }]) {
      const runner = inlineRunner();
      const plain = await analyse(inputs, { ...options, layoutIterations: 0 });
      const early = await analyse(inputs, { ...options, layoutIterations: 0 }, undefined, { topics: runner });
      expect(runner.calls).toBe(1);
      expect(text(early.paperTopics)).toBe(text(plain.paperTopics));
      expect(early.coauthors.export()).toEqual(plain.coauthors.export());
    }
  });
});
