/**
 * Synthetic corpora for benchmarks and load tests, written as scholar-profile pages (the seed's format)
 * so the benchmark exercises the real reader. Structure, not noise: authors belong to labs of 40 (about
 * 1.6 authors per paper in all, as in arXiv's coauthorship data); a paper is led by one lab (its head is
 * on it, as a profile owner is), draws most authors from that lab by a skewed productivity, and some from
 * neighbouring labs. Team sizes are realistic: 5% single-author, most papers 2–6 authors, a power-law tail
 * (exponent 2.5) to 50, and one paper in 5,000 hyper-authored (200–800 authors). Deterministic for a
 * given size and seed.
 */

import type { InputFile } from "../model";
import { createRng } from "../model";
import type { Rng } from "../model";

const SYLLABLES = [
  "ka",
  "ro",
  "mi",
  "ta",
  "len",
  "so",
  "vi",
  "dan",
  "el",
  "ne",
  "ar",
  "lu",
  "pe",
  "zo",
  "rin",
  "ha",
  "ma",
  "to",
  "be",
  "qui",
];
const WORDS = [
  "sparse",
  "graph",
  "neural",
  "causal",
  "language",
  "protein",
  "quantum",
  "bayesian",
  "spectral",
  "robust",
  "federated",
  "contrastive",
  "stochastic",
  "adversarial",
  "geometric",
  "temporal",
  "molecular",
  "convex",
  "reinforcement",
  "probabilistic",
];
const NOUNS = [
  "autoencoders",
  "networks",
  "inference",
  "models",
  "transformers",
  "embeddings",
  "optimisation",
  "dynamics",
  "circuits",
  "kernels",
  "representations",
  "sampling",
];
const CATEGORIES = ["LG", "AI", "CL", "CV", "CR", "DS", "SI", "IR", "RO", "NE"];
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const LAB_SIZE = 40;
const PAPERS_PER_LAB = 25;

const pick = <T>(rng: Rng, items: readonly T[]): T => items[Math.floor(rng() * items.length)]!;

/** A pronounceable, unique name for author number `index`. */
function authorName(index: number): string {
  const word = (n: number, length: number) =>
    Array.from({ length }, (_, i) => SYLLABLES[Math.floor(n / SYLLABLES.length ** i) % SYLLABLES.length]).join("");
  const first = word(index % 400, 2);
  const last = word(Math.floor(index / 400), 3);
  return `${first[0]!.toUpperCase()}${first.slice(1)} ${last[0]!.toUpperCase()}${last.slice(1)}`;
}

/** Team size: 2–6 for most papers, a power-law tail to 50, rare hyper-authored papers. */
function teamSize(rng: Rng, paperIndex: number): number {
  if (paperIndex % 5000 === 4999) return 200 + Math.floor(rng() * 600);
  const r = rng();
  if (r < 0.05) return 1;
  if (r < 0.88) return 2 + Math.floor(rng() * 5);
  return Math.min(50, Math.floor(7 / Math.pow(1 - rng(), 1 / 1.5)));
}

function chooseAuthors(rng: Rng, lab: number, labs: number, size: number): number[] {
  const chosen = new Set<number>([lab * LAB_SIZE]);
  for (let attempts = 0; chosen.size < size && attempts < size * 20; attempts++) {
    const home = rng() < 0.8 || size > 50 ? lab : (lab + 1 + Math.floor(rng() * 5)) % labs;
    const member = Math.floor(LAB_SIZE * rng() * rng());
    const otherLab = size > 50 ? Math.floor(rng() * labs) : home;
    chosen.add(otherLab * LAB_SIZE + member);
  }
  return [...chosen];
}

function paperBlock(rng: Rng, lab: number, authors: number[]): string {
  const phrase = `${pick(rng, WORDS)} ${pick(rng, NOUNS)}`;
  const other = `${WORDS[lab % WORDS.length]} ${NOUNS[lab % NOUNS.length]}`;
  const year = 2000 + Math.floor(rng() * 26);
  const header = `${CATEGORIES[lab % CATEGORIES.length]}${pick(rng, MONTHS)} ${1 + Math.floor(rng() * 28)}, ${year}${rng() < 0.2 ? "Code" : ""}`;
  const title = `${phrase[0]!.toUpperCase()}${phrase.slice(1)} for ${other} (study ${Math.floor(rng() * 1e9).toString(36)})`;
  const abstract = `We study ${phrase} and ${other}. Our analysis of ${phrase} shows how ${other} scale, and we release code.`;
  return [header, title, "", authors.map(authorName).join(", "), "", abstract, ""].join("\n");
}

/** Profile pages holding `papers` papers in all, about 25 per lab; the result is ready for analyse(). */
export function generateCorpus(papers: number, seed = 1): InputFile[] {
  const rng = createRng(seed);
  const labs = Math.max(2, Math.ceil(papers / PAPERS_PER_LAB));
  const pages: string[][] = Array.from({ length: labs }, () => []);
  for (let i = 0; i < papers; i++) {
    const lab = Math.floor(rng() * labs);
    pages[lab]!.push(paperBlock(rng, lab, chooseAuthors(rng, lab, labs, teamSize(rng, i))));
  }
  return pages
    .map((blocks, lab) => ({ blocks, lab }))
    .filter(({ blocks }) => blocks.length > 0)
    .map(({ blocks, lab }) => ({
      name: `synthetic/lab-${lab}.txt`,
      text: [
        authorName(lab * LAB_SIZE),
        "",
        CATEGORIES[lab % CATEGORIES.length],
        "",
        `${blocks.length} Papers`,
        "",
        ...blocks,
      ].join("\n"),
    }));
}
