/**
 * Topics computed elsewhere while identity runs (a worker thread in the CLI: src/cli/step-threads.ts).
 *
 * extractTopics reads five fields of each paper (id, title, abstract, keywords, categories) and
 * keyPhrasesPerPaper, nothing else. Identity merges duplicate papers and the year range drops some, but most
 * runs leave every paper's five fields as they were read: the topics of the papers as read, started right
 * after ingest, are then the topics of the papers as identified. The pipeline hands them on only when the
 * identified papers' fields equal, in order, those sent; otherwise it extracts the topics itself.
 *
 * The fields travel as columns of strings and the topics come back as typed arrays and one string table
 * (PackedTopics): on 100,000 generated works the columns serialise in 0.05 s, where a structured clone of the
 * topics themselves took 0.48–1.32 s to read back on the receiving thread.
 */

import type { Paper, TopicKind } from "../model";
import type { Topic, TopicOptions, TopicPaper } from "./extract-topics";

/** The topic fields of the papers as columns, and the option extractTopics reads. */
export interface TopicInputs {
  ids: string[];
  titles: string[];
  abstracts: (string | undefined)[];
  keywords: (readonly string[] | undefined)[];
  categories: (readonly string[])[];
  keyPhrasesPerPaper: number;
}

/** Every paper's topics, in paper order, as arrays: paper i's are the entries starts[i] to starts[i + 1] − 1. */
export interface PackedTopics {
  starts: Int32Array;
  /** Each entry's key and label, as places in `strings`. */
  keys: Int32Array;
  labels: Int32Array;
  /** 1 for a key phrase, 0 for a category. */
  phrases: Uint8Array;
  scores: Float64Array;
  strings: string[];
}

/**
 * Starts the topics of the papers given elsewhere; undefined when it would not pay (too few papers, one
 * core), and the caller extracts them itself.
 */
export type TopicsRunner = (inputs: TopicInputs) => Promise<PackedTopics> | undefined;

/** Topics started before identity, to be taken once the papers are known. */
export interface EarlyTopics {
  /**
   * The topics of `papers` when their topic fields are those sent, in the same order; undefined otherwise,
   * and on any call after the first.
   * A failure elsewhere falls back to extractTopics here, so it reports the error in place.
   */
  topicsOf(
    papers: readonly Paper[],
    extract: () => Record<string, Topic[]>,
  ): Promise<Record<string, Topic[]>> | undefined;
}

/** The papers' topic fields as columns. */
export function topicInputsOf(papers: readonly TopicPaper[], options: TopicOptions): TopicInputs {
  return {
    ids: papers.map((paper) => paper.id),
    titles: papers.map((paper) => paper.title),
    abstracts: papers.map((paper) => paper.abstract),
    keywords: papers.map((paper) => paper.keywords),
    categories: papers.map((paper) => paper.categories),
    keyPhrasesPerPaper: options.keyPhrasesPerPaper,
  };
}

/** The papers the columns describe, with the fields extractTopics reads. */
export function papersOfTopicInputs(inputs: TopicInputs): TopicPaper[] {
  const { ids, titles, abstracts, keywords, categories } = inputs;
  return ids.map((id, i) => ({
    id,
    title: titles[i]!,
    abstract: abstracts[i],
    keywords: keywords[i] as string[] | undefined,
    categories: categories[i] as string[],
  }));
}

/** Same strings in the same order; a list absent on both sides is the same. */
function sameList(a: readonly string[] | undefined, b: readonly string[] | undefined): boolean {
  if (a === b) return true;
  if (a === undefined || b === undefined || a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** Whether each paper's topic fields equal, in order, those of the columns. */
export function matchesTopicInputs(inputs: TopicInputs, papers: readonly Paper[]): boolean {
  if (papers.length !== inputs.ids.length) return false;
  for (let i = 0; i < papers.length; i++) {
    const paper = papers[i]!;
    if (
      paper.id !== inputs.ids[i] ||
      paper.title !== inputs.titles[i] ||
      paper.abstract !== inputs.abstracts[i] ||
      !sameList(paper.keywords, inputs.keywords[i]) ||
      !sameList(paper.categories, inputs.categories[i])
    ) {
      return false;
    }
  }
  return true;
}

/** The topics of papers `ids` (extractTopics' result on them) as arrays and a string table. */
export function packTopics(ids: readonly string[], topics: Record<string, Topic[]>): PackedTopics {
  let count = 0;
  for (const id of ids) count += topics[id]!.length;
  const starts = new Int32Array(ids.length + 1);
  const keys = new Int32Array(count);
  const labels = new Int32Array(count);
  const phrases = new Uint8Array(count);
  const scores = new Float64Array(count);
  const strings: string[] = [];
  const places = new Map<string, number>();
  const place = (text: string): number => {
    let found = places.get(text);
    if (found === undefined) {
      found = strings.length;
      strings.push(text);
      places.set(text, found);
    }
    return found;
  };
  let entry = 0;
  ids.forEach((id, i) => {
    for (const topic of topics[id]!) {
      keys[entry] = place(topic.key);
      labels[entry] = place(topic.label);
      phrases[entry] = topic.kind === "phrase" ? 1 : 0;
      scores[entry] = topic.score;
      entry++;
    }
    starts[i + 1] = entry;
  });
  return { starts, keys, labels, phrases, scores, strings };
}

/** extractTopics' result for papers `ids` from its packed form: the same record, keys and topics in the same order. */
export function unpackTopics(ids: readonly string[], packed: PackedTopics): Record<string, Topic[]> {
  const { starts, keys, labels, phrases, scores, strings } = packed;
  const topics: Record<string, Topic[]> = {};
  ids.forEach((id, i) => {
    const list: Topic[] = [];
    for (let entry = starts[i]!; entry < starts[i + 1]!; entry++) {
      const kind: TopicKind = phrases[entry] === 1 ? "phrase" : "category";
      list.push({ key: strings[keys[entry]!]!, label: strings[labels[entry]!]!, kind, score: scores[entry]! });
    }
    topics[id] = list;
  });
  return topics;
}

/** Starts the papers' topics on `run`; undefined when the runner declines. */
export function startEarlyTopics(
  run: TopicsRunner,
  papers: readonly Paper[],
  options: TopicOptions,
): EarlyTopics | undefined {
  let inputs: TopicInputs | undefined = topicInputsOf(papers, options);
  let packed = run(inputs);
  if (packed === undefined) return undefined;
  // Marked handled now: unused when identity changed the papers; a failure used is redone in place.
  packed.catch(() => {});
  return {
    topicsOf(later, extract) {
      // Taken once: the columns and the packed topics are let go whatever the answer.
      const [sent, result] = [inputs, packed];
      [inputs, packed] = [undefined, undefined];
      if (sent === undefined || result === undefined || !matchesTopicInputs(sent, later)) return undefined;
      return result.then((done) => unpackTopics(sent.ids, done), extract);
    },
  };
}
