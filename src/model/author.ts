/**
 * An author as one record names them, and a person after identity resolution (src/identity) with the
 * decisions that formed them. Identity gives every reference a `key` shared by all references to the same
 * person; each join it made, and each doubtful split it left, is an IdentityDecision carrying its
 * evidence for and against, so the report, the JSON and the explorer can show why.
 */

export interface AuthorIds {
  orcid?: string;
  openalex?: string;
  dblp?: string;
  scopus?: string;
  semanticScholar?: string;
}

export interface AuthorRef {
  /** The name exactly as the record writes it (trimmed). */
  name: string;
  ids?: AuthorIds;
  /** Affiliations the record gives this author on this paper, as written (IEEE, Scopus, WoS C1, OpenAlex). */
  affiliations?: string[];
  /** The record names a group (a collaboration, a consortium, WoS `CA`), not a person. */
  group?: boolean;
  /** Person key, set by the identity stage. */
  key?: string;
}

/** One person after identity resolution: the key, the label shown, and every spelling seen. */
export interface Person {
  key: string;
  label: string;
  variants: string[];
  paperIds: string[];
  /** A group author, not a person. */
  group?: boolean;
  /** The owner of a single-person file (a profile page, a CV, a citation report), stated or inferred. */
  owner?: boolean;
}

/** What an evidence item is about. */
export type EvidenceKind =
  | "id"
  | "thesaurus"
  | "name"
  | "ambiguity"
  | "coauthors"
  | "affiliation"
  | "venue"
  | "subjects"
  | "years"
  | "owner"
  | "constraint";

/** One piece of evidence about two groups of occurrences, with its weight (log-odds points; + for one person). */
export interface Evidence {
  kind: EvidenceKind;
  weight: number;
  text: string;
}

/** One side of a decision: the occurrences it concerns, as they stood when it was taken. */
export interface DecisionSide {
  /** The person key this side ended up in. */
  key: string;
  label: string;
  /** Spellings on this side (at most ten). */
  variants: string[];
  occurrences: number;
  /** Ids of the papers of this side (at most twenty). */
  paperIds: string[];
}

/**
 * A join identity made, or a split it left although the two sides may be one person. `id` is stable for
 * the same input (a hash of the kind and of the first occurrence of each side), so a decision can be
 * accepted or rejected by id; reversing it moves `impact` occurrences.
 */
export interface IdentityDecision {
  id: string;
  kind: "join" | "split";
  a: DecisionSide;
  b: DecisionSide;
  /** Total points of the evidence, and the threshold of the mode that judged it (Infinity: forced by an id or the thesaurus). */
  score: number;
  threshold: number;
  /** The evidence for and against (lists shared by several decisions, such as one id's joins: never change them). */
  for: Evidence[];
  against: Evidence[];
  /** Occurrences that change person if the decision is reversed (the smaller side). */
  impact: number;
}

/** The owner of a file that is one person's list. */
export interface FileOwner {
  file: string;
  key: string;
  label: string;
  /** Stated (`--owner`, a profile page) or inferred from the records (the name on at least 40% of them). */
  stated: boolean;
  /** Share of the file's papers naming the owner. */
  coverage: number;
}
