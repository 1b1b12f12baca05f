/**
 * Generated inputs for the streaming readers, one generator per format: `records` records of plausible
 * shape (authors drawn from a pool so names repeat, as in real data), seeded so that every run gives the
 * same bytes. `npm run bench` times the readers on 50 MB of each; the reader tests read a megabyte or two
 * of the same text, enough to cross the XML readers' 64 KiB chunks and the 64 KiB head that format
 * detection looks at.
 */

import { createRng } from "../model";
import type { Rng } from "../model";

const WORDS = [
  "sparse",
  "graph",
  "neural",
  "causal",
  "quantum",
  "bayesian",
  "spectral",
  "robust",
  "temporal",
  "convex",
  "models",
  "networks",
  "inference",
  "kernels",
];
const CATEGORIES = ["cs.LG", "cs.AI", "cs.CL", "stat.ML", "hep-ph", "cond-mat.str-el"];

const pick = <T>(rng: Rng, items: readonly T[]): T => {
  const item = items.at(Math.floor(rng() * items.length));
  if (item === undefined) throw new Error("papergraph/bench: nothing to pick from.");
  return item;
};
const title = (rng: Rng) => Array.from({ length: 6 }, () => pick(rng, WORDS)).join(" ");
/** Authors of a record: 1–6 drawn from a pool a tenth the size of the file, so names repeat as in real data. */
const authorsOf = (rng: Rng, records: number) =>
  Array.from({ length: 1 + Math.floor(rng() * 6) }, () => Math.floor(rng() * Math.max(10, records / 10)));

/** OpenAlex works as JSON lines, one work per line, with authorships, ids, concepts and an inverted abstract. */
export function generateOpenAlexLines(records: number, seed = 1): string {
  return openAlexWorks(records, seed).join("\n");
}

/** The same works as one API page, `{meta, results}` on a single line, as a saved page often is. */
export function generateOpenAlexPage(records: number, seed = 1): string {
  return `{"meta":{"count":${records},"db_response_time_ms":12},"results":[${openAlexWorks(records, seed).join(",")}]}`;
}

/** Generated OpenAlex works, each as JSON text. */
function openAlexWorks(records: number, seed: number): string[] {
  const rng = createRng(seed);
  const lines: string[] = [];
  for (let i = 0; i < records; i++) {
    const authorships = authorsOf(rng, records).map((a) => ({
      author: { id: `https://openalex.org/A${a}`, display_name: `Author ${a}`, orcid: null },
      raw_author_name: `Author ${a}`,
    }));
    const work = {
      id: `https://openalex.org/W${i}`,
      doi: `https://doi.org/10.5555/${i}`,
      title: title(rng),
      publication_year: 2000 + (i % 25),
      publication_date: `${2000 + (i % 25)}-03-01`,
      authorships,
      keywords: [{ display_name: pick(rng, WORDS), score: 0.6 }],
      primary_location: { source: { display_name: "Journal of Tests" } },
      abstract_inverted_index: { We: [0], study: [1], graphs: [2] },
      cited_by_count: i % 50,
    };
    lines.push(JSON.stringify(work));
  }
  return lines;
}

/** arXiv metadata snapshot records as JSON lines. */
export function generateArxivLines(records: number, seed = 2): string {
  const rng = createRng(seed);
  const lines: string[] = [];
  for (let i = 0; i < records; i++) {
    const authors = authorsOf(rng, records);
    lines.push(
      JSON.stringify({
        id: `${1000 + (i % 9000)}.${String(i).padStart(5, "0")}`,
        submitter: `Author ${authors[0]}`,
        authors: authors.map((a) => `A. Author${a}`).join(", "),
        title: title(rng),
        categories: `${pick(rng, CATEGORIES)} ${pick(rng, CATEGORIES)}`,
        doi: null,
        abstract: `  ${title(rng)}.\n`,
        versions: [{ version: "v1", created: "Mon, 2 Apr 2007 19:18:42 GMT" }],
        update_date: "2008-11-26",
        authors_parsed: authors.map((a) => [`Author${a}`, "A.", ""]),
      }),
    );
  }
  return lines.join("\n");
}

/** A DBLP dump-like `<dblp>` stream of `<article>` and `<inproceedings>` records, homonym numbers included. */
export function generateDblpXml(records: number, seed = 3): string {
  const rng = createRng(seed);
  const parts = ['<?xml version="1.0" encoding="UTF-8"?>\n<dblp>'];
  for (let i = 0; i < records; i++) {
    const tag = i % 2 === 0 ? "article" : "inproceedings";
    const authors = authorsOf(rng, records)
      .map((a) => `<author>M&uuml;ller ${a}${a % 7 === 0 ? " 0001" : ""}</author>`)
      .join("");
    const venue = tag === "article" ? "<journal>J. Tests</journal>" : "<booktitle>ICT</booktitle>";
    parts.push(
      `<${tag} key="journals/t/${i}" mdate="2020-01-01">${authors}<title>${title(rng)}.</title><year>${2000 + (i % 25)}</year>${venue}<ee>https://doi.org/10.5555/${i}</ee></${tag}>`,
    );
  }
  parts.push("</dblp>");
  return parts.join("\n");
}

/** A GEXF 1.2 coauthor network with `records` edges over records/4 nodes (duplicates included). */
export function generateGexf(records: number, seed = 4): string {
  const rng = createRng(seed);
  const nodes = Math.max(2, Math.floor(records / 4));
  const parts = [
    '<?xml version="1.0" encoding="UTF-8"?>\n<gexf xmlns="http://gexf.net/1.2" version="1.2"><graph defaultedgetype="undirected"><nodes>',
  ];
  for (let n = 0; n < nodes; n++) parts.push(`<node id="${n}" label="author ${n}"/>`);
  parts.push("</nodes><edges>");
  for (let e = 0; e < records; e++) {
    const source = Math.floor(rng() * nodes);
    const target = (source + 1 + Math.floor(rng() * (nodes - 1))) % nodes;
    parts.push(`<edge id="${e}" source="${source}" target="${target}" weight="1.0"/>`);
  }
  parts.push("</edges></graph></gexf>");
  return parts.join("\n");
}

/** BibTeX: entry i on line 6i + 1, three authors (one with a LaTeX accent), a braced title and an abstract. */
export function generateBibtex(records: number): string {
  const entry = (i: number) =>
    `@article{key${i},\n  author = {M{\\"u}ller, Anna and Smith, John and Author ${i % 997}, Some},\n  title = {Paper number ${i} on {G}raph {A}nalytics},\n  journal = {Journal of Tests}, year = ${1990 + (i % 30)},\n  abstract = {${"Lorem ipsum dolor sit amet. ".repeat(12)}}\n}\n`;
  return Array.from({ length: records }, (_, i) => entry(i)).join("");
}

/** RIS: record i on line 8i + 1 (TY, TI, two AU, PY, AB, ER and a blank line). */
export function generateRis(records: number): string {
  const record = (i: number) =>
    `TY  - JOUR\nTI  - Paper ${i}\nAU  - Lovelace, Ada\nAU  - Author ${i % 997}, A.\nPY  - ${1990 + (i % 30)}\nAB  - ${"lorem ipsum ".repeat(36)}\nER  - \n\n`;
  return Array.from({ length: records }, (_, i) => record(i)).join("");
}

/** A generic CSV table with a header: row i on line i + 2, quoted titles with commas, `;`-separated authors. */
export function generateCsv(records: number): string {
  const row = (i: number) =>
    `"Paper ${i}, on graphs","Ada Lovelace; Author ${i % 991}",${1990 + (i % 30)},Venue,,cs.LG,"${"lorem ipsum ".repeat(18)}"\n`;
  // One join, so that the text is one flat string as a file read from disk is: a header glued on with a
  // template makes a rope that the first pass over it must flatten, a copy charged to whichever run is first.
  return [
    "title,authors,year,venue,doi,categories,abstract\n",
    ...Array.from({ length: records }, (_, i) => row(i)),
  ].join("");
}
