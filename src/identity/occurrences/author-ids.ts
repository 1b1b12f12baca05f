/**
 * Author ids in one comparable spelling, and their names for evidence texts. Ids of one scheme are
 * compared as written after URL prefixes are dropped (`https://orcid.org/0000-…` = `0000-…`) and ORCID and
 * OpenAlex ids are upper-cased. Equal ids join; two different ids of one scheme keep apart.
 */

import type { AuthorIds } from "../../model";

/** Id schemes in the order they are trusted; the names match AuthorIds. */
export const ID_KINDS = ["orcid", "openalex", "scopus", "dblp", "semanticScholar"] as const;
export type IdKind = (typeof ID_KINDS)[number];

const ID_NAMES: Record<IdKind, string> = {
  orcid: "ORCID",
  openalex: "OpenAlex id",
  scopus: "Scopus id",
  dblp: "DBLP pid",
  semanticScholar: "Semantic Scholar id",
};

/** Names an id scheme for evidence texts: `idName("orcid") === "ORCID"`. */
export const idName = (kind: IdKind): string => ID_NAMES[kind];

/** One id of an occurrence: scheme, normalised value, and its number among the corpus's distinct ids. */
export type AuthorId = readonly [kind: IdKind, value: string, index: number];

const NO_IDS: readonly AuthorId[] = Object.freeze([]);
const URL_PREFIX = /^https?:\/\/[^/]+\/(?:authors\/|pid\/)?/i;

/** One id in comparable form (URL prefix and `.html` dropped, ORCID and OpenAlex ids upper-cased); undefined when blank. */
function normalizeId(kind: IdKind, raw: string): string | undefined {
  let value = raw.trim();
  if (!value) return undefined;
  // Most ids come bare or as one site's URL: the patterns run only where they can match.
  if (value.charCodeAt(0) === 104 || value.charCodeAt(0) === 72) value = value.replace(URL_PREFIX, "");
  if (value.endsWith(".html")) value = value.slice(0, -5);
  if (kind === "orcid" || kind === "openalex") value = value.toUpperCase();
  return value;
}

/** Reads the ids of a corpus's author references; `count` is how many distinct ids it has numbered. */
export interface IdReader {
  /** The ids of a reference in comparable form, most trusted scheme first (a shared list: never change it). */
  read(ids: AuthorIds | undefined): readonly AuthorId[];
  readonly count: number;
}

/**
 * Ids read with a memory, for a whole corpus: one author's ids recur on every paper of theirs, so each
 * distinct id is normalised once and numbered (equal ids of one scheme get one number, so joins look
 * them up in an array), and each distinct list of ids is one shared array — hundreds of thousands of
 * occurrences then hold a few tens of thousands of lists, not one each.
 */
export function createIdReader(): IdReader {
  // Per scheme (by its place in ID_KINDS): raw value → id, and normalised value → id.
  const known = ID_KINDS.map(() => new Map<string, AuthorId | null>());
  const byValue = ID_KINDS.map(() => new Map<string, AuthorId>());
  let count = 0;
  /** The id of a raw value, the same tuple for every raw spelling of one normalised id; null when blank. */
  const idOf = (scheme: number, raw: string): AuthorId | null => {
    const kind = ID_KINDS[scheme]!;
    const value = normalizeId(kind, raw);
    if (value === undefined) return null;
    const values = byValue[scheme]!;
    let id = values.get(value);
    if (id === undefined) values.set(value, (id = [kind, value, count++]));
    return id;
  };
  // Lists are found by walking their ids down a tree: no key string per occurrence. The first step is an
  // array indexed by the id's number (most lists hold one id), the next steps maps keyed by that number.
  const firstNodes: (ListNode | undefined)[] = [];
  const path: AuthorId[] = [];
  let node: ListNode | undefined;
  /** One step down the tree with the raw id of one scheme, if the reference has it. */
  const step = (scheme: number, raw: string | undefined): void => {
    if (raw === undefined) return;
    const seen = known[scheme]!;
    let id = seen.get(raw);
    if (id === undefined) seen.set(raw, (id = idOf(scheme, raw)));
    if (id === null) return;
    path.push(id);
    if (node === undefined) {
      node = firstNodes[id[2]];
      if (node === undefined) firstNodes[id[2]] = node = {};
      return;
    }
    const next = (node.next ??= new Map<number, ListNode>());
    let child = next.get(id[2]);
    if (child === undefined) next.set(id[2], (child = {}));
    node = child;
  };
  return {
    read(ids) {
      if (!ids) return NO_IDS;
      node = undefined;
      path.length = 0;
      // The schemes in ID_KINDS order, each read by its name: a loop over the names would make every
      // read a lookup by a computed key (measured twice as slow on 530,000 references).
      step(0, ids.orcid);
      step(1, ids.openalex);
      step(2, ids.scopus);
      step(3, ids.dblp);
      step(4, ids.semanticScholar);
      // `step` moved `node` (TypeScript does not see it through the calls).
      const last = node as ListNode | undefined;
      if (last === undefined) return NO_IDS;
      return (last.list ??= path.slice());
    },
    get count() {
      return count;
    },
  };
}

/** A node of createIdReader's tree: the list of the ids on its path, and the nodes one id further (by its number). */
interface ListNode {
  list?: readonly AuthorId[];
  next?: Map<number, ListNode>;
}
