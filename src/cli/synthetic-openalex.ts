/**
 * A synthetic OpenAlex corpus for the scale benchmark: works as JSON lines in the shape of the OpenAlex
 * snapshot (work, DOI and author ids, ORCIDs on 40% of authors, institutions with ids and countries,
 * keywords, an inverted abstract), so the benchmark reads them with the real OpenAlex reader and the
 * identity stage sees ids. Structure, not noise:
 * - authors belong to institutions of INSTITUTION_SIZE and have a power-law productivity (Lotka's law:
 *   the weight of an author is a Pareto draw with exponent PRODUCTIVITY_EXPONENT, so a few authors write
 *   many papers and most write one or two);
 * - a work is led by one institution and draws 80% of its team from it by productivity, 10% from the
 *   next eight institutions and 10% from anywhere (communities Louvain can find, joined by long-range
 *   links that keep paths short, as in real coauthor networks);
 * - team sizes as in the profile corpus (synthetic-corpus.ts): 5% single-author, most 2–6, a power-law
 *   tail to 50, and one work in 5,000 with 200–800 authors drawn across the whole corpus;
 * - one authorship in twenty writes the name with initials (`K. Romita`), as raw author names do.
 * Lines are produced one at a time (a generator), so a million works never sit in one string.
 * Deterministic for a given size and seed.
 */

import { createRng } from "../model";
import type { Rng } from "../model";

const SYLLABLES = ["ka", "ro", "mi", "ta", "len", "so", "vi", "dan", "el", "ne", "ar", "lu", "pe", "zo", "rin"];
const MORE = ["ha", "ma", "to", "be", "qui", "sa", "no", "ri", "gu", "fe", "ot", "wa", "ke", "di", "ul"];
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
  "stochastic",
  "geometric",
  "temporal",
  "molecular",
  "convex",
];
const NOUNS = ["networks", "inference", "models", "embeddings", "dynamics", "circuits", "kernels", "sampling"];
const COUNTRIES = ["US", "DE", "FR", "CN", "JP", "GB", "IT", "BR", "IN", "CA"];

/** Authors per institution. */
const INSTITUTION_SIZE = 30;
/** Authors in the pool per work: about nine in ten of them end up on a paper. */
const AUTHORS_PER_WORK = 0.95;
/** Pareto exponent of author productivity (Lotka's law gives about 2 for papers per author). */
const PRODUCTIVITY_EXPONENT = 1.2;
/** Share of a team drawn from the lead institution. */
const HOME_SHARE = 0.8;

const pick = <T>(rng: Rng, items: readonly T[]): T => items[Math.floor(rng() * items.length)]!;

function word(n: number, length: number, syllables: readonly string[]): string {
  let text = "";
  for (let i = 0; i < length; i++) text += syllables[Math.floor(n / syllables.length ** i) % syllables.length];
  return text[0]!.toUpperCase() + text.slice(1);
}

/**
 * The display name of author `index`: one of 225 first names and 50,625 family names, scattered by two
 * multiplicative hashes, so most family names are rare and a few hundred full names are homonyms, which
 * only the author ids tell apart (as in OpenAlex).
 */
function authorName(index: number): [string, string] {
  const first = Math.imul(index, 2_654_435_761) >>> 0;
  const family = Math.imul(index, 2_246_822_519) >>> 0;
  return [word(first % 225, 2, MORE), word(family % 50_625, 4, SYLLABLES)];
}

/** Team size: 2–6 for most works, a power-law tail to 50, one work in 5,000 with 200–800 authors. */
function teamSize(rng: Rng, work: number): number {
  if (work % 5000 === 4999) return 200 + Math.floor(rng() * 601);
  const r = rng();
  if (r < 0.05) return 1;
  if (r < 0.88) return 2 + Math.floor(rng() * 5);
  return Math.min(50, Math.floor(7 / Math.pow(1 - rng(), 1 / 1.5)));
}

/** The author pool: cumulative productivity weights per institution, for weighted draws by bisection. */
interface Pool {
  authors: number;
  institutions: number;
  /** cumulative[i] = Σ weights of authors 0..i within their institution (restarting at each institution). */
  cumulative: Float64Array;
}

function buildPool(works: number, rng: Rng): Pool {
  const authors = Math.max(INSTITUTION_SIZE * 2, Math.round(works * AUTHORS_PER_WORK));
  const institutions = Math.ceil(authors / INSTITUTION_SIZE);
  const cumulative = new Float64Array(authors);
  for (let a = 0; a < authors; a++) {
    const weight = Math.min(1000, 1 / Math.pow(1 - rng(), 1 / PRODUCTIVITY_EXPONENT));
    cumulative[a] = (a % INSTITUTION_SIZE === 0 ? 0 : cumulative[a - 1]!) + weight;
  }
  return { authors, institutions, cumulative };
}

/** An author of institution `institution`, drawn by productivity. */
function drawMember(pool: Pool, institution: number, rng: Rng): number {
  let low = institution * INSTITUTION_SIZE;
  let high = Math.min(pool.authors, low + INSTITUTION_SIZE) - 1;
  const target = rng() * pool.cumulative[high]!;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (pool.cumulative[middle]! < target) low = middle + 1;
    else high = middle;
  }
  return low;
}

function chooseTeam(pool: Pool, size: number, rng: Rng): number[] {
  const lead = Math.floor(rng() * pool.institutions);
  const team = new Set<number>();
  for (let attempts = 0; team.size < size && attempts < size * 20; attempts++) {
    let institution = lead;
    if (size > 50) institution = Math.floor(rng() * pool.institutions);
    else if (rng() >= HOME_SHARE) {
      institution =
        rng() < 0.5 ? (lead + 1 + Math.floor(rng() * 8)) % pool.institutions : Math.floor(rng() * pool.institutions);
    }
    team.add(drawMember(pool, institution, rng));
  }
  return [...team];
}

function orcid(author: number): string | null {
  if (author % 5 >= 2) return null;
  const digits = String(1_000_000_000_000 + author * 7919).slice(-15);
  return `https://orcid.org/${digits.slice(0, 4)}-${digits.slice(4, 8)}-${digits.slice(8, 12)}-${digits.slice(12)}X`;
}

function authorship(author: number, position: number, size: number, rng: Rng): unknown {
  const [first, family] = authorName(author);
  const institution = Math.floor(author / INSTITUTION_SIZE);
  const displayName = `${first} ${family}`;
  return {
    author_position: position === 0 ? "first" : position === size - 1 ? "last" : "middle",
    author: { id: `https://openalex.org/A${5_000_000_000 + author}`, display_name: displayName, orcid: orcid(author) },
    institutions: [
      {
        id: `https://openalex.org/I${100_000 + institution}`,
        display_name: `University of ${word(institution, 3, MORE)}`,
        country_code: COUNTRIES[institution % COUNTRIES.length],
        type: "education",
      },
    ],
    raw_author_name: rng() < 0.05 ? `${first[0]}. ${family}` : displayName,
  };
}

/** One work as OpenAlex writes it (the fields the reader uses, and a few it skips). */
function workLine(index: number, pool: Pool, rng: Rng): string {
  const team = chooseTeam(pool, teamSize(rng, index), rng);
  const topic = `${pick(rng, WORDS)} ${pick(rng, NOUNS)}`;
  const other = `${pick(rng, WORDS)} ${pick(rng, NOUNS)}`;
  const year = 2000 + Math.floor(rng() * 25);
  const title = `${topic[0]!.toUpperCase()}${topic.slice(1)} for ${other} (study ${index.toString(36)})`;
  return JSON.stringify({
    id: `https://openalex.org/W${3_000_000_000 + index}`,
    doi: `https://doi.org/10.5555/synthetic.${index}`,
    title,
    display_name: title,
    publication_year: year,
    publication_date: `${year}-${String(1 + Math.floor(rng() * 12)).padStart(2, "0")}-01`,
    type: "article",
    authorships: team.map((author, position) => authorship(author, position, team.length, rng)),
    keywords: [{ display_name: topic, score: 0.7 }],
    primary_location: { source: { display_name: `Journal of ${word(index % 97, 2, SYLLABLES)} Studies` } },
    abstract_inverted_index: { We: [0], study: [1], [topic]: [2], and: [3], [other]: [4] },
    cited_by_count: Math.floor(rng() * 60),
  });
}

/** `works` OpenAlex works as JSON lines (no trailing newline in any line), produced one at a time. */
export function* generateOpenAlexWorks(works: number, seed = 1): Generator<string> {
  const rng = createRng(seed);
  const pool = buildPool(works, rng);
  for (let index = 0; index < works; index++) yield workLine(index, pool, rng);
}
