/**
 * The real corpora whose extracted topics are kept in test/fixtures/topics/*.json: what the extraction
 * gave before it was made faster, so that a change of speed is seen never to change a phrase, a label
 * or a score. Regenerate a file only for a deliberate change of output:
 * `npx tsx test/topics/golden-corpora.ts --write`.
 */

import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { ingest } from "../../src/ingest";
import { extractTopics, type Topic } from "../../src/topics";
import { REAL_FIXTURES } from "../real-fixtures";

/** Real fixtures with abstracts or keywords, and the seed profile (data/), each read as the CLI reads it. */
export const GOLDEN_CORPORA = [
  { name: "arxiv-snapshot", files: ["arxiv/snapshot-head-200.jsonl"] },
  { name: "openalex-malaria", files: ["identity/openalex-malaria-200.json"] },
  { name: "plai-group", files: ["bibtex/plai-group.bib"] },
  { name: "scopus-and-wos", files: ["identity/scopus-sahel-climate.csv", "identity/wos-bruna-savedrecs.txt"] },
];

export const GOLDEN_FOLDER = join(import.meta.dirname, "../fixtures/topics");

/** The topics of one golden corpus, five key phrases per paper (the CLI's default). */
export function goldenTopics(files: readonly string[]): Record<string, Topic[]> {
  const inputs = files.map((file) => ({ name: file, text: readFileSync(join(REAL_FIXTURES, file), "utf8") }));
  const corpus = ingest(inputs, { referenceYear: 2026 });
  return extractTopics(corpus.papers, { keyPhrasesPerPaper: 5 });
}

if (process.argv.includes("--write")) {
  for (const { name, files } of GOLDEN_CORPORA) {
    const topics = goldenTopics(files);
    // One paper per line, so that a change shows as the lines of the papers it changed.
    const lines = Object.entries(topics).map(([id, list]) => `${JSON.stringify(id)}:${JSON.stringify(list)}`);
    writeFileSync(join(GOLDEN_FOLDER, `${name}.json`), `{\n${lines.join(",\n")}\n}\n`);
    const phrases = Object.values(topics)
      .flat()
      .filter((topic) => topic.kind === "phrase").length;
    process.stdout.write(`${name}: ${Object.keys(topics).length} papers, ${phrases} phrase topics\n`);
  }
}
