/**
 * A fingerprint of everything the readers read: from every input file under test/fixtures, from the bench's
 * generated records and from its hostile cases. For each input it is the SHA-256 of the JSON of what `ingest`
 * returns (papers with every field in order, diagnostics, record counts, networks, profiles).
 * golden-records.test.ts compares them with the hashes stored in test/fixtures/ingest-golden.json, so a change
 * made for speed that alters one field, diagnostic or key order of any record shows up.
 */

import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import {
  generateArxivLines,
  generateBibtex,
  generateCsv,
  generateDblpXml,
  generateGexf,
  generateOpenAlexLines,
  generateOpenAlexPage,
  generateRis,
} from "../../src/cli/generated-records";
import { buildHostile, HOSTILE_CASES } from "../../src/cli/hostile-records";
import { decodeBytes, ingest } from "../../src/ingest";
import type { InputFile } from "../../src/model";

const FIXTURES = join(import.meta.dirname, "../fixtures");
/** Folders and files under test/fixtures that are not reader inputs (schemas, expected values, labels). */
const NOT_INPUTS = /(^|\/)(gexf-schema|topics|labels)\/|\.(md|tsv)$|^(identity|ingest)-golden\.json$/;
/** Characters of each hostile field: enough to take every path its reader has for it. */
const HOSTILE_CHARACTERS = 20_000;
/** Records of each generated input: enough to repeat authors and to cross many 64 KiB XML chunks. */
const GENERATED_RECORDS = 3000;

const GENERATED: [name: string, format: string, generate: (records: number) => string][] = [
  ["generated/openalex.jsonl", "openalex", generateOpenAlexLines],
  ["generated/openalex-page.json", "openalex", generateOpenAlexPage],
  ["generated/arxiv.jsonl", "arxiv-jsonl", generateArxivLines],
  ["generated/dblp.xml", "dblp", generateDblpXml],
  ["generated/network.gexf", "gexf", generateGexf],
  ["generated/entries.bib", "bibtex", generateBibtex],
  ["generated/records.ris", "ris", generateRis],
  ["generated/table.csv", "csv", generateCsv],
];

function files(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true })
    .flatMap((entry) => (entry.isDirectory() ? files(join(folder, entry.name)) : [join(folder, entry.name)]))
    .sort();
}

function hashOf(input: InputFile, format?: string): string {
  const corpus = ingest([input], { referenceYear: 2026, ...(format ? { format } : {}) });
  return createHash("sha256").update(JSON.stringify(corpus)).digest("hex");
}

/**
 * Input name → hash of what is read from it: every fixture file (format detected), every generator and every
 * hostile case of the bench.
 */
export function recordHashes(): Record<string, string> {
  const hashes: Record<string, string> = {};
  for (const path of files(FIXTURES)) {
    const name = relative(FIXTURES, path);
    if (NOT_INPUTS.test(name)) continue;
    hashes[name] = hashOf(decodeBytes(name, readFileSync(path)));
  }
  for (const [name, format, generate] of GENERATED)
    hashes[name] = hashOf({ name, text: generate(GENERATED_RECORDS) }, format);
  for (const hostile of HOSTILE_CASES) {
    const name = `hostile/${hostile.format}/${hostile.field}`;
    hashes[name] = hashOf({ name, text: buildHostile(hostile, HOSTILE_CHARACTERS) }, hostile.format);
  }
  return hashes;
}
