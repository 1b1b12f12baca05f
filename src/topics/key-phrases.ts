/**
 * Key-phrase candidates of one paper, with their term frequency.
 *
 * The title and abstract are tokenised (markup and URLs stripped, see clean-text.ts) and turned into
 * units: a unit is a phrase word, or a merged acronym — an occurrence of a defined acronym ("SAEs") or of
 * its long form ("sparse autoencoders") — which counts as one unit keyed by the long form; a definition
 * "sparse autoencoders (SAEs)" is one occurrence, not two. Stop words, punctuation, numbers and one-letter
 * words are boundaries. Candidates are every run of 2–4 consecutive
 * units (so a run "training sparse autoencoders" yields "training sparse autoencoders" and its sub-runs);
 * a single unit is a candidate only when it is a defined acronym, since lone words are too vague to be
 * topics. A hyphenated compound ("open-source", "maze-dataset") is one word, as a reader takes it, so
 * a phrase may exceed four key words, as it may when a unit is a long form ("sparse autoencoder training").
 * Author keywords, when the record has them, are candidates as written, at any length — except the
 * publication-status and venue-type words that group bibliographies file under `keywords` ("pub", "sub",
 * "press", "accepted", "journal"…; VENUE_STATUS_KEYWORDS), which say nothing of the subject.
 *
 * Term frequency: an occurrence in the title or keywords weighs TITLE_WEIGHT, one in the abstract 1 — a
 * title is a dozen words chosen to say what the paper is about. Each candidate also records whether it
 * is "short" (a defined acronym, a keyword, or a two-unit run), which the corpus counting uses.
 *
 * Each paper's text is mined up to a cap (MAX_TITLE_CHARACTERS, MAX_ABSTRACT_CHARACTERS, MAX_KEYWORDS), ten
 * times what a long title, abstract or keyword list holds: a full text or a runaway macro pasted into the
 * abstract would otherwise make one paper's candidates (and the passes of every stage over them) as large
 * as the whole corpus's. Mining is linear in the text, so the cap bounds each paper's work by a constant.
 */

import type { Paper } from "../model";
import { createAcronymTable, findAcronymDefinitions, type AcronymDefinition, type AcronymTable } from "./acronyms";
import { isWordToken, tokenize } from "./clean-text";
import type { Vocabulary, WordForm } from "./word-forms";

/**
 * Keywords that are a paper's publication status or venue type, not its subject (plain forms, word-forms.ts):
 * a lab's BibTeX tags papers "pub", "sub" or "press" so its website can sort them.
 */
export const VENUE_STATUS_KEYWORDS: ReadonlySet<string> = new Set([
  "pub",
  "sub",
  "press",
  "in press",
  "inpress",
  "accepted",
  "submitted",
  "published",
  "unpublished",
  "preprint",
  "under review",
  "to appear",
  "forthcoming",
  "draft",
  "camera ready",
  "journal",
  "magazine",
  "conference",
  "workshop",
  "proceeding",
]);

/** Weight of a title or keyword occurrence relative to an abstract occurrence. */
export const TITLE_WEIGHT = 3;

/** Longest candidate, in units. */
export const MAX_UNITS = 4;

/** Characters of a title mined for phrases. */
export const MAX_TITLE_CHARACTERS = 2_000;
/** Characters of an abstract mined for phrases (about 3,000 words). */
export const MAX_ABSTRACT_CHARACTERS = 20_000;
/** Author keywords taken as candidates. */
export const MAX_KEYWORDS = 100;

/** A paper's text, tokenised once per pass. */
export interface PaperText {
  parts: { tokens: string[]; weight: number }[];
  keywords: string[][];
  /** Acronyms the paper itself defines. */
  definitions: AcronymDefinition[];
}

export interface Candidate {
  /** Term frequency, title occurrences weighted. */
  weight: number;
  /** A defined acronym, a keyword or a two-unit run. */
  isShort: boolean;
  /** Surface form → weight, when asked for (labels). */
  surfaces?: Map<string, number>;
  /** Plain form (word-forms.ts) → weight, when surfaces are asked for (the topic's shown key). */
  plains?: Map<string, number>;
}

export interface CandidateOptions {
  /** Longest run in units: 2 collects only short candidates. */
  maxUnits: number;
  /** Whether a run may grow across this adjacent pair ("sparse autoencoder"); lets the caller prune. */
  canJoin?: (pairKey: string) => boolean;
  /**
   * The one copy of a pair key the caller keeps (its map's key). Given, each part remembers its pairs'
   * keys, and later passes look up those copies, whose hashes are known, instead of building the strings again.
   */
  internPair?: (pairKey: string) => string;
  /** Record surface and plain forms for labels, of these keys only (building them for every run is the cost). */
  surfacesOf?: ReadonlySet<string>;
}

/** A phrase word (its WordForm), a merged acronym, or an author keyword. */
export interface Unit {
  key: string;
  plain: string;
  surface: string;
  concept?: AcronymDefinition;
}

/** The units of a title or an abstract, and, once a counting pass has interned them, its adjacent pairs' keys. */
export interface PartUnits {
  units: (Unit | null)[];
  weight: number;
  /** Per position i, the key of units i and i + 1 (undefined at a boundary), as the caller keeps it. */
  pairs?: (string | undefined)[];
}

/**
 * A paper's text as units (null: a boundary) and keyword candidates: what every counting pass reads.
 * Built once per paper, after the corpus's acronyms are known, so tokens are folded and matched once.
 */
export interface PaperUnits {
  parts: PartUnits[];
  /** Author keywords, each one unit (its key, plain form and surface). */
  keywords: Unit[];
}

const NO_ACRONYMS = createAcronymTable([]);

/** Tokenises a paper's title, abstract and keywords, each up to its cap, and finds the acronyms it defines. */
export function readPaperText(
  paper: Pick<Paper, "title" | "abstract" | "keywords">,
  vocabulary: Vocabulary,
): PaperText {
  const parts = [{ tokens: tokenize(paper.title.slice(0, MAX_TITLE_CHARACTERS)), weight: TITLE_WEIGHT }];
  if (paper.abstract) parts.push({ tokens: tokenize(paper.abstract.slice(0, MAX_ABSTRACT_CHARACTERS)), weight: 1 });
  const definitions = parts.flatMap((part) => findAcronymDefinitions(part.tokens, vocabulary));
  const keywords = (paper.keywords ?? []).slice(0, MAX_KEYWORDS);
  return { parts, keywords: keywords.map((keyword) => tokenize(keyword.slice(0, MAX_TITLE_CHARACTERS))), definitions };
}

/** The longest known long form starting at token `start`, looked up in the paper's table then the corpus'. */
function matchSpan(tokens: readonly string[], start: number, tables: AcronymTable[], vocabulary: Vocabulary) {
  const firstKey = vocabulary(tokens[start]!).key;
  const space = firstKey.indexOf(" ");
  const firstWord = space < 0 ? firstKey : firstKey.slice(0, space);
  let best: { definition: AcronymDefinition; end: number } | undefined;
  for (const table of tables) {
    if (!table.firstWords.has(firstWord)) continue;
    let key = firstKey;
    for (let end = start; end < tokens.length && end - start < table.maxWords; end++) {
      if (end > start) {
        if (!isWordToken(tokens[end]!)) break;
        key += ` ${vocabulary(tokens[end]!).key}`;
      }
      const definition = table.byLongForm.get(key);
      if (definition && (!best || end > best.end)) best = { definition, end };
    }
  }
  return best;
}

/** Turns tokens into units: phrase words, merged acronyms, and null for boundaries. */
function toUnits(tokens: readonly string[], tables: AcronymTable[], vocabulary: Vocabulary): (Unit | null)[] {
  const units: (Unit | null)[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (!isWordToken(token)) {
      units.push(null);
      continue;
    }
    const span = matchSpan(tokens, i, tables, vocabulary);
    if (span) {
      const surface = tokens
        .slice(i, span.end + 1)
        .map((t) => vocabulary(t).surface)
        .join(" ");
      units.push({ key: span.definition.key, plain: span.definition.plain, surface, concept: span.definition });
      i = span.end;
      continue;
    }
    const form = vocabulary(token);
    const concept = form.acronym === undefined ? undefined : lookupAcronym(form.acronym, tables);
    if (!concept) units.push(form.isPhraseWord ? form : null);
    else if (isOwnDefinition(tokens, i, units, concept)) units.push(null);
    else units.push({ key: concept.key, plain: concept.plain, surface: token, concept });
  }
  return units;
}

/** "(SAEs)" right after "sparse autoencoders": the definition itself, counted once through its long form. */
function isOwnDefinition(tokens: readonly string[], i: number, units: (Unit | null)[], concept: AcronymDefinition) {
  return tokens[i - 1] === "(" && tokens[i + 1] === ")" && units[units.length - 2]?.key === concept.key;
}

function lookupAcronym(acronym: string, tables: AcronymTable[]): AcronymDefinition | undefined {
  for (const table of tables) {
    const definition = table.byAcronym.get(acronym);
    if (definition) return definition;
  }
  return undefined;
}

/**
 * Called for each occurrence of a candidate: its key, weight and shortness, and where it is — the units
 * `from..to` of `units`, or, for a lone merged acronym (`to` = −1), the acronym unit at `from`.
 */
export type VisitRun = (
  key: string,
  weight: number,
  isShort: boolean,
  units: readonly (Unit | null)[],
  from: number,
  to: number,
) => void;

/** Reused between calls: whether each adjacent pair of units may join. */
const pairJoins: boolean[] = [];

/** The keys of a part's adjacent pairs: remembered on the part when the caller interns them. */
function pairsOf(part: PartUnits, internPair: ((pairKey: string) => string) | undefined): (string | undefined)[] {
  if (part.pairs) return part.pairs;
  const { units } = part;
  const pairs = new Array<string | undefined>(Math.max(0, units.length - 1));
  for (let i = 0; i + 1 < units.length; i++) {
    const [a, b] = [units[i], units[i + 1]];
    if (a && b) pairs[i] = internPair ? internPair(`${a.key} ${b.key}`) : `${a.key} ${b.key}`;
  }
  if (internPair) part.pairs = pairs;
  return pairs;
}

/**
 * Visits every run of 2..maxUnits units, and every lone merged acronym, starting anywhere in the part.
 * Each adjacent pair's key is built and judged once (a run of four crosses three pairs, each also the
 * start of other runs), and a longer run's key extends the key of the run one unit shorter.
 */
function visitRuns(part: PartUnits, options: CandidateOptions, visit: VisitRun): void {
  const { canJoin, maxUnits } = options;
  const { units, weight } = part;
  const pairs = pairsOf(part, options.internPair);
  const last = units.length - 1;
  for (let i = 0; i < last; i++) {
    const pair = pairs[i];
    pairJoins[i] = pair !== undefined && (canJoin === undefined || canJoin(pair));
  }
  for (let i = 0; i <= last; i++) {
    const first = units[i]!;
    if (!first) continue;
    if (first.concept) visit(first.key, weight, true, units, i, -1);
    if (i === last || !pairJoins[i]) continue;
    let key = pairs[i]!;
    visit(key, weight, true, units, i, i + 1);
    for (let n = 3; n <= maxUnits && i + n - 1 <= last && pairJoins[i + n - 2]; n++) {
      key += ` ${units[i + n - 1]!.key}`;
      visit(key, weight, false, units, i, i + n - 1);
    }
  }
}

/** Visits every candidate occurrence of a paper: runs of its title and abstract, then its keywords. */
export function visitCandidates(paper: PaperUnits, options: CandidateOptions, visit: VisitRun): void {
  for (const part of paper.parts) visitRuns(part, options, visit);
  paper.keywords.forEach((keyword, k) => visit(keyword.key, TITLE_WEIGHT, true, paper.keywords, k, k));
}

/** The units `from..to` joined by one field ("sparse autoencoders" from their surfaces). */
function joinUnits(units: readonly (Unit | null)[], from: number, to: number, field: "plain" | "surface"): string {
  let text = units[from]![field];
  for (let i = from + 1; i <= to; i++) text += ` ${units[i]![field]}`;
  return text;
}

/** Each author keyword as one candidate; a keyword that is a defined acronym merges into its long form. */
function keywordUnits(keywords: string[][], tables: AcronymTable[], vocabulary: Vocabulary): Unit[] {
  const found: Unit[] = [];
  for (const tokens of keywords) {
    const forms = tokens.filter(isWordToken).map(vocabulary);
    if (!forms.some((form) => form.isPhraseWord || form.acronym)) continue;
    if (VENUE_STATUS_KEYWORDS.has(forms.map((form) => form.plain).join(" "))) continue;
    const concept = forms.length === 1 && forms[0]!.acronym ? lookupAcronym(forms[0]!.acronym, tables) : undefined;
    if (concept) found.push({ key: concept.key, plain: concept.plain, surface: concept.label });
    else {
      const join = (part: (form: WordForm) => string) => forms.map(part).join(" ");
      found.push({ key: join((f) => f.key), plain: join((f) => f.plain), surface: join((f) => f.surface) });
    }
  }
  return found;
}

/** A paper's units and keyword candidates, with its own acronyms over the corpus's. */
export function paperUnits(text: PaperText, corpusAcronyms: AcronymTable, vocabulary: Vocabulary): PaperUnits {
  const own = text.definitions.length > 0 ? createAcronymTable(text.definitions) : NO_ACRONYMS;
  const tables = [own, corpusAcronyms];
  return {
    parts: text.parts.map((part) => ({ units: toUnits(part.tokens, tables, vocabulary), weight: part.weight })),
    keywords: keywordUnits(text.keywords, tables, vocabulary),
  };
}

/** The candidates of one paper, keyed by folded phrase, with their term frequencies. */
export function collectCandidates(paper: PaperUnits, options: CandidateOptions): Map<string, Candidate> {
  const candidates = new Map<string, Candidate>();
  const { surfacesOf } = options;
  visitCandidates(paper, options, (key, weight, isShort, units, from, to) => {
    let candidate = candidates.get(key);
    if (!candidate) {
      candidate = surfacesOf?.has(key)
        ? { weight: 0, isShort: false, surfaces: new Map(), plains: new Map() }
        : { weight: 0, isShort: false };
      candidates.set(key, candidate);
    }
    candidate.weight += weight;
    candidate.isShort ||= isShort;
    // Surfaces and plain forms are joined only for the keys asked for: most runs are never labels.
    if (!candidate.surfaces) return;
    const lone = to < 0;
    const surface = lone ? units[from]!.concept!.label : joinUnits(units, from, to, "surface");
    const plain = lone ? units[from]!.plain : joinUnits(units, from, to, "plain");
    candidate.surfaces.set(surface, (candidate.surfaces.get(surface) ?? 0) + weight);
    candidate.plains!.set(plain, (candidate.plains!.get(plain) ?? 0) + weight);
  });
  return candidates;
}
