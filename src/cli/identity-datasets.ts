/**
 * The labelled sets identity is measured on (`npm run bench`, and the identity evaluation tests): real
 * exports whose author occurrences have a known person, either from the records' own ids (hidden from
 * the algorithm) or from hand labels with reasons (test/fixtures/real/identity/labels). The committed
 * sets live in test/fixtures/real/identity; larger ones are read from a data directory when it is there
 * (the bench says which were skipped). Node only: this is where the files are read.
 */

import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { dedupePapers } from "../identity";
import type { LabelledPapers } from "../identity/evaluation";
import { labelByHand, labelByIds, readHandLabels, readIdCorrections } from "../identity/evaluation";
import { ingest } from "../ingest";
import type { AuthorIds, Paper } from "../model";
import { s2andPapers } from "./s2and-papers";

export interface IdentitySetSpec {
  name: string;
  /** What the truth is: an id scheme of the records, hand labels, or S2AND's gold clusters. */
  truth: keyof AuthorIds | "hand" | "s2and";
  file: string;
  /** Hand labels or id corrections, relative to the labels folder. */
  labels?: string;
  /** One person's list: the owner (the most frequent true person) must end up as one node. */
  singlePerson?: boolean;
}

export interface IdentitySet extends IdentitySetSpec {
  labelled: LabelledPapers;
}

/** The real fixtures folder; committed sets are named relative to it (`identity/…`, `bibtex/…`). */
export const FIXTURES = "test/fixtures/real";

/** Committed to the repository: always measured, and asserted by the tests. */
export const COMMITTED_SETS: readonly IdentitySetSpec[] = [
  {
    name: "OpenAlex malaria 200 works",
    truth: "openalex",
    file: "identity/openalex-malaria-200.json",
    labels: "openalex-malaria-200.corrections.tsv",
  },
  {
    name: "Scopus Sahel climate 755",
    truth: "scopus",
    file: "identity/scopus-sahel-climate.csv",
    labels: "scopus-sahel-climate.corrections.tsv",
  },
  {
    name: "Scopus one researcher (Moreira)",
    truth: "scopus",
    file: "identity/scopus-mdc-science.csv",
    labels: "scopus-mdc-science.corrections.tsv",
    singlePerson: true,
  },
  {
    name: "WoS one researcher (Bruna), ORCID",
    truth: "orcid",
    file: "identity/wos-bruna-savedrecs.txt",
    singlePerson: true,
  },
  {
    name: "BibTeX CV (Amos), hand",
    truth: "hand",
    file: "bibtex/amos-cv.bib",
    labels: "amos-cv.tsv",
    singlePerson: true,
  },
  {
    name: "BibTeX group (PLAI), hand",
    truth: "hand",
    file: "bibtex/plai-group.bib",
    labels: "plai-group.tsv",
    singlePerson: true,
  },
  {
    name: "WoS lab (Pandolfi), hand",
    truth: "hand",
    file: "identity/wos-pandolfi-lab.txt",
    labels: "wos-pandolfi-lab.tsv",
    singlePerson: true,
  },
  {
    name: "BibTeX lab (Pavone), hand",
    truth: "hand",
    file: "identity/bibtex-asl-pavone.bib",
    labels: "bibtex-asl-pavone.tsv",
    singlePerson: true,
  },
];

/** Larger sets read from a data directory when present (paths relative to it). */
export const EXTERNAL_SETS: readonly IdentitySetSpec[] = [
  { name: "S2AND Qian (gold clusters)", truth: "s2and", file: "identity-eval/s2and-qian" },
  { name: "WoS AI in medicine 500, ORCID", truth: "orcid", file: "identity-eval/wos-plaintext-ai-medicine-data7.txt" },
  { name: "WoS AI in medicine 271, ORCID", truth: "orcid", file: "identity-eval/wos-plaintext-ai-medicine-data8.txt" },
  { name: "WoS Bluetooth LE 1000, ORCID", truth: "orcid", file: "identity-eval/wos-tab-scientopy-ble-1000.txt" },
  { name: "OpenAlex cited 41", truth: "openalex", file: "identity-eval/openalex-rkrug-snowball-cited-41works.json" },
  { name: "Scopus pyBibX 13", truth: "scopus", file: "identity-eval/scopus-csv-pybibx-affiliations.csv" },
];

function readPapers(path: string, name: string): Paper[] {
  const corpus = ingest([{ name, text: readFileSync(path, "utf8") }], { referenceYear: new Date().getFullYear() });
  return dedupePapers(corpus.papers).papers;
}

/** Reads and labels one set from `root`; undefined when its file is not there. */
export function loadIdentitySet(
  spec: IdentitySetSpec,
  root: string,
  labelsRoot = join(FIXTURES, "identity/labels"),
): IdentitySet | undefined {
  const path = join(root, spec.file);
  if (!existsSync(path)) return undefined;
  if (spec.truth === "s2and") {
    const read = (file: string) => JSON.parse(readFileSync(join(path, file), "utf8")) as unknown;
    return { ...spec, labelled: s2andPapers(read("signatures.json"), read("clusters.json")) };
  }
  const papers = readPapers(path, spec.file);
  const labels = spec.labels ? readFileSync(join(labelsRoot, spec.labels), "utf8") : "";
  if (spec.truth === "hand")
    return { ...spec, labelled: labelByHand(papers, readHandLabels(labels, spec.file).labels) };
  return { ...spec, labelled: labelByIds(papers, spec.truth, readIdCorrections(labels, spec.labels ?? "").sameAs) };
}
