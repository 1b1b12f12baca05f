/**
 * The key-phrase section of `papergraph bench`: topics extracted (extract-topics.ts, the pipeline's own
 * step) from generated papers whose abstracts read like real ones — a Zipf-distributed vocabulary of a few
 * thousand words between stop words, commas and full stops, acronyms defined and reused ("… sparse
 * autoencoders (SAEs) …"), a title and keywords — at a quarter of the size and at the whole. Extraction
 * that is linear in the text runs both at about the same MB/s. Seeded: every run reads the same text.
 */

import type { Paper } from "../model";
import { createRng } from "../model";
import type { Rng } from "../model";
import { extractTopics } from "../topics";

/** One timed extraction: megabytes of title and abstract text, seconds, and MB/s. */
export interface TopicsBenchRow {
  papers: number;
  megabytes: number;
  seconds: number;
}

const FILLER = ["the", "of", "and", "we", "in", "to", "a", "that", "for", "with", "is", "on", "by", "this"];
const SYLLABLES = ["ra", "to", "mi", "ne", "ko", "lu", "se", "da", "vi", "po", "ga", "re", "ti", "sa", "mo", "ben"];
const SUFFIXES = ["", "", "", "s", "ing", "ed", "ation", "al"];

/** A vocabulary of `size` made-up words of 2–4 syllables, the i-th drawn with probability ∝ 1/(i+1). */
function vocabulary(rng: Rng, size: number): { words: string[]; draw: () => string } {
  const words = Array.from({ length: size }, () => {
    const syllables = 2 + Math.floor(rng() * 3);
    let word = "";
    for (let s = 0; s < syllables; s++) word += SYLLABLES[Math.floor(rng() * SYLLABLES.length)];
    return word + SUFFIXES[Math.floor(rng() * SUFFIXES.length)];
  });
  const harmonic = Math.log(size) + 0.5772;
  // Inverse of the Zipf CDF, approximated by the harmonic series' logarithm.
  const draw = () => words[Math.min(size - 1, Math.floor(Math.exp(rng() * harmonic)) - 1)]!;
  return { words, draw };
}

/** `count` papers with a 10-word title, a ~1,000-character abstract and three keywords. */
export function generateAbstractPapers(count: number, seed = 16): Paper[] {
  const rng = createRng(seed);
  const { draw } = vocabulary(rng, 5000);
  const phrase = (words: number) => Array.from({ length: words }, draw).join(" ");
  const sentence = () => {
    const parts: string[] = [];
    for (let p = 0; p < 4; p++) {
      const words = phrase(1 + Math.floor(rng() * 3));
      parts.push(FILLER[Math.floor(rng() * FILLER.length)]!, rng() < 0.15 ? `${words},` : words);
    }
    if (rng() < 0.2) {
      const long = [draw(), draw(), draw()];
      parts.push(`${long.join(" ")} (${long.map((word) => word[0]!.toUpperCase()).join("")}s)`);
    }
    return `${parts.join(" ")}.`;
  };
  return Array.from({ length: count }, (_, i) => ({
    id: `generated:${i}`,
    title: phrase(10),
    abstract: Array.from({ length: 9 }, sentence).join(" "),
    keywords: [phrase(2), phrase(1), phrase(2)],
    authors: [],
    authorsTruncated: false,
    categories: [],
    source: { file: "generated-abstracts", line: i + 1 },
  }));
}

/** Times key-phrase extraction on about `megabytes` MB of generated titles and abstracts, and on a quarter. */
export function benchTopics(megabytes: number): TopicsBenchRow[] {
  const perPaper = generateAbstractPapers(100).reduce((sum, p) => sum + p.title.length + p.abstract!.length, 0) / 100;
  const whole = Math.max(1, Math.round((megabytes * 1e6) / perPaper));
  return [Math.max(1, Math.round(whole / 4)), whole].map((count) => {
    const papers = generateAbstractPapers(count);
    const characters = papers.reduce((sum, p) => sum + p.title.length + p.abstract!.length, 0);
    const started = performance.now();
    extractTopics(papers, { keyPhrasesPerPaper: 5 });
    return { papers: count, megabytes: characters / 1e6, seconds: (performance.now() - started) / 1000 };
  });
}

/** The rows as a table: papers, MB of text, seconds, MB/s. */
export function formatTopicsBench(rows: TopicsBenchRow[]): string {
  const header = ["key phrases: papers", "MB of title+abstract", "s", "MB/s"];
  const lines = rows.map((r) => [
    String(r.papers),
    r.megabytes.toFixed(1),
    r.seconds.toFixed(2),
    (r.megabytes / r.seconds).toFixed(1),
  ]);
  const table = [header, ...lines];
  const widths = header.map((_, i) => Math.max(...table.map((row) => row[i]!.length)));
  return table.map((cells) => cells.map((cell, i) => cell.padStart(widths[i]!)).join("  ")).join("\n");
}
