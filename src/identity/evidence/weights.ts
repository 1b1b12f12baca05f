/**
 * The weights of identity evidence, in one table. Each is in points of log-odds (natural log) that two
 * occurrences are one person: positive for, negative against; a pair is joined when its points reach the
 * threshold of the chosen mode. Hard constraints are not weights: a conflicting given name, two
 * different ids of one scheme, one paper naming both, or two thesaurus persons always keep apart.
 * Calibrated on the labelled sets of `npm run bench` (the identity section prints the figures per mode);
 * the README gives the table with the reasons.
 */

export const WEIGHTS = {
  // Names. Two occurrences sharing a name are one person unless another person of the corpus's world
  // bears it; the points are −ln(expected namesakes) = −ln(M · p(family) · p(given names)), with M = 5,000
  // people in the world a corpus draws from, p(family) by how common the family name is, and p(given)
  // one in 100 for a full first name, one in 15 for an initial, times 1/20 per further full name and 1/10
  // per further initial. The population and family terms together give the family points. A corpus with
  // fewer than 5,000 distinct names draws from a smaller world: its M is that number (at least 1,000), and
  // every name gains ln(5,000 / M) points (smallCorpusMax at most).
  /** At most this many points for a small corpus (ln(5,000 / 1,000)). */
  smallCorpusMax: 1.6,
  /** Family name: a top (CJK, one or two letters) name p = 5e-3, another frequent one 5e-4, any other 2e-5. */
  familyTop: -3.2,
  familyCommon: -0.9,
  familyOther: 2.3,
  /** First given names equal as full names (`Adam` = `Adam`): −ln(1/100). */
  firstEqual: 4.6,
  /** A known nickname or spelling variant (`Greg` = `Gregory`). */
  firstNickname: 4.0,
  /** A short form that is a prefix of at least four letters (`Alex` = `Alexandr`). */
  firstShort: 3.0,
  /** An initial against a full first name or an equal initial: only the initial is shared, −ln(1/15). */
  firstInitial: 2.7,
  firstInitials: 2.7,
  /** One side gives no given name at all. */
  firstAbsent: 0,
  /** A full first name shared under a top family name (`Wei Zhang`): Chinese given names are widely shared (1 in 33). */
  topFamilyFirstName: -1.1,
  /** Each further given name equal as a full name / agreeing as an initial. */
  middleFull: 3.0,
  middleInitial: 2.3,
  /** Family names that agree only as parts of a compound name (`Garcia` / `Garcia-Lopez`). */
  compoundFamily: -1.0,
  // A name that fits k people of its block (`J. Smith` beside John and Jane Smith) says less: see
  // name-evidence.ts (the name counts for −ln(k − 1) against a fuller form, its own points − ln k against itself).
  // Context (context-evidence.ts).
  /** Per shared coauthor: its inverse frequency ln((papers + 100) / (papers with it + 1)), at most this. */
  coauthorMax: 3.0,
  /** Coauthors with a smaller inverse frequency (a lab head on most papers) count for nothing. */
  coauthorFloor: 0.5,
  /** All shared coauthors together, at most. */
  coauthorsTotalMax: 6.0,
  /** Affiliations (IDF-weighted word overlap, 0–1): at least 0.5 / at least 0.3 / below 0.2 (a shared country alone) with both known. */
  affiliationSame: 3.0,
  affiliationClose: 1.5,
  affiliationDifferent: -2.0,
  /** A shared venue that is not on most papers. */
  venue: 1.0,
  /** Per shared subject (category or keyword) that is not on most papers; at most subjectsMax. */
  subject: 0.5,
  subjectsMax: 1.5,
  /** Both sides have subject categories (WoS, arXiv) and share none: different fields. */
  differentFields: -1.5,
  /** Both sides have coauthors, yet share no coauthor, venue, subject or affiliation word. */
  nothingInCommon: -1.0,
  /** Publication years further apart than 15 / 30 years. */
  yearsApart15: -1.0,
  yearsApart30: -2.0,
  // The list owner (clustering/owners.ts).
  /** A compatible occurrence in a file whose owner was stated (`--owner`, a profile page's owner). */
  ownerStated: 6.0,
  /** …whose owner was inferred, on a paper near the owner's other papers (coauthor, venue, subject, affiliation). */
  ownerInferredNear: 4.0,
  /** …whose owner was inferred, on a paper with nothing in common with the owner's other papers. */
  ownerInferredFar: -1.0,
} as const;

/** How sure identity must be to join: the threshold in points per mode (names-only joins by name key alone). */
export const THRESHOLDS = { strict: 6.0, balanced: 4.0 } as const;

/** Pairs within this many points below the threshold, not joined, are listed as doubtful splits. */
export const DOUBT_MARGIN = 2.5;

/** Papers with more authors give no coauthor evidence (a 3,000-author paper says nothing about who works with whom). */
export const MAX_COAUTHOR_LIST = 50;
