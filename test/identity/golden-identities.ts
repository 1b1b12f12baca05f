/**
 * The real fixtures whose identity decisions are kept in test/fixtures/identity-golden.json: for each file
 * (read alone, as `papergraph analyze FILE` reads it) and each of the balanced and strict modes, a digest
 * of everything identity decides — every person (key, label, spellings, papers, group, owner), every
 * decision with its evidence for and against, the owners, and the person of every author slot — beside
 * the counts. Besides the real files, the bench's generated OpenAlex corpus at 3,000 works (ids on every
 * author, ORCIDs on some, initials on one authorship in twenty: the shape identity is timed on). Speed work must leave every digest as it is. Regenerate only for a deliberate change of
 * decisions: `npx tsx test/identity/golden-identities.ts --write`.
 */

import { createHash } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { resolveIdentities } from "../../src/identity";
import { generateOpenAlexWorks } from "../../src/cli/synthetic-openalex";
import { ingest } from "../../src/ingest";
import type { IdentityMode } from "../../src/options";
import { REAL_FIXTURES } from "../real-fixtures";

/** Real fixtures with authors: every identity set, and one file of each reader with author lists. */
export const GOLDEN_FILES = [
  "identity/openalex-malaria-200.json",
  "identity/scopus-sahel-climate.csv",
  "identity/scopus-mdc-science.csv",
  "identity/wos-bruna-savedrecs.txt",
  "identity/wos-pandolfi-lab.txt",
  "identity/bibtex-asl-pavone.bib",
  "bibtex/amos-cv.bib",
  "bibtex/plai-group.bib",
  "arxiv/snapshot-head-200.jsonl",
  "ieee/ieee.csv",
  "semantic-scholar/Paper-turing-1000-citations.json",
  "dblp/person-95-7448-1.xml",
];

/** The generated corpus's name in the golden file. */
export const GENERATED = "generated/openalex-3000.jsonl";

export const GOLDEN_MODES: readonly IdentityMode[] = ["balanced", "strict"];

export const GOLDEN_PATH = join(import.meta.dirname, "../fixtures/identity-golden.json");

export interface IdentityDigest {
  people: number;
  decisions: number;
  owners: string[];
  /** SHA-256 of the people, decisions, owners and slot keys as JSON. */
  sha256: string;
}

/** What identity decides on one real file in one mode, as counts and a digest. */
export function identityDigest(file: string, mode: IdentityMode): IdentityDigest {
  const text =
    file === GENERATED ? [...generateOpenAlexWorks(3000)].join("\n") : readFileSync(join(REAL_FIXTURES, file), "utf8");
  const corpus = ingest([{ name: file, text }], { referenceYear: 2026 });
  const result = resolveIdentities(corpus, { mode });
  const slots = result.papers.map((paper) => paper.authors.map((author) => author.key));
  const everything = JSON.stringify([result.people, result.decisions, result.owners, slots]);
  return {
    people: result.people.length,
    decisions: result.decisions.length,
    owners: result.owners.map((owner) => owner.label),
    sha256: createHash("sha256").update(everything).digest("hex"),
  };
}

if (process.argv.includes("--write")) {
  const digests: Record<string, IdentityDigest> = {};
  for (const file of [...GOLDEN_FILES, GENERATED])
    for (const mode of GOLDEN_MODES) digests[`${mode} ${file}`] = identityDigest(file, mode);
  writeFileSync(GOLDEN_PATH, `${JSON.stringify(digests, null, 2)}\n`);
  process.stdout.write(`${Object.keys(digests).length} digests written to ${GOLDEN_PATH}\n`);
}
