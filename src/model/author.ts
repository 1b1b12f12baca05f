/**
 * An author as one record names them. Identity resolution (src/identity) later gives every reference a
 * `key` shared by all references to the same person.
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
  /** Person key, set by the identity stage (`normalizeName` of the name unless ids or a thesaurus say otherwise). */
  key?: string;
}

/** One person after identity resolution: the key, the label shown, and every spelling seen. */
export interface Person {
  key: string;
  label: string;
  variants: string[];
  paperIds: string[];
}
