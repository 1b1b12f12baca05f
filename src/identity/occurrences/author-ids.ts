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

/**
 * Reads the ids of a corpus's author references. Each distinct list of ids is numbered; an occurrence
 * holds its list's number, so that later passes read id numbers from arrays (`numbersOf`) rather than
 * following a list to its tuples.
 */
export interface IdReader {
  /** The number of the list of a reference's ids in comparable form, most trusted scheme first; -1 when it has none. */
  read(ids: AuthorIds | undefined): number;
  /** The lists by number (shared: never change them). */
  readonly lists: readonly (readonly AuthorId[])[];
  /** How many distinct ids it has numbered (AuthorId's index is below it). */
  readonly count: number;
  /** The id numbers of every list, as columns: list `l`'s are `numbers[start[l]]` to `numbers[start[l + 1] - 1]`. */
  numbersOf(): { start: Int32Array; numbers: Int32Array };
}

/**
 * Ids read with a memory, for a whole corpus: one author's ids recur on every paper of theirs, so each
 * distinct id is normalised once and numbered (equal ids of one scheme get one number, so joins look
 * them up in an array), and each distinct list of ids is one shared array with a number — hundreds of
 * thousands of occurrences then hold a few tens of thousands of lists, not one each. A reference with
 * one id (most have one) costs one Map lookup of its raw value, which gives its list's number.
 */
export function createIdReader(): IdReader {
  const lists: (readonly AuthorId[])[] = [];
  // Per scheme (by its place in ID_KINDS): raw value → the number of the one-id list, -1 when blank;
  // and normalised value → that number (two raw spellings of one id share it).
  const known = ID_KINDS.map(() => new Map<string, number>());
  const byValue = ID_KINDS.map(() => new Map<string, number>());
  let count = 0;
  /** The number of the one-id list of a raw value, the same for every raw spelling of one normalised id; -1 when blank. */
  const singleOf = (scheme: number, raw: string): number => {
    const kind = ID_KINDS[scheme]!;
    const value = normalizeId(kind, raw);
    if (value === undefined) return -1;
    const values = byValue[scheme]!;
    let list = values.get(value);
    if (list === undefined) {
      values.set(value, (list = lists.length));
      lists.push([[kind, value, count++]]);
    }
    return list;
  };
  // A list of two ids (an ORCID with its OpenAlex id: the common case of several) is found by its first
  // id's one-id list number in two arrays, holding the second id and the pair's list number that first
  // id was first seen with. Other lists of several ids, rare, are found by a key string.
  const secondOf: number[] = [];
  const pairOf: number[] = [];
  const byKey = new Map<string, number>();
  /**
   * One-id list numbers of the ids of the reference being read, in ID_KINDS order: the first `foundCount`.
   * A fixed array with a count: emptied with `length = 0`, an array gave up its store and pushing grew a
   * new one on every read (about 100 MB of 2.2 GB allocated by identity on 100,000 generated works).
   */
  const found = new Int32Array(ID_KINDS.length);
  let foundCount = 0;
  /** Adds the one-id list of the raw id of one scheme, if the reference has it. */
  const look = (scheme: number, raw: string | undefined): void => {
    if (raw === undefined) return;
    const seen = known[scheme]!;
    let list = seen.get(raw);
    if (list === undefined) seen.set(raw, (list = singleOf(scheme, raw)));
    if (list >= 0) found[foundCount++] = list;
  };
  /** A new list of the ids of `found`'s one-id lists; returns its number. */
  const newList = (): number => {
    const ids: AuthorId[] = [];
    for (let i = 0; i < foundCount; i++) ids.push(lists[found[i]!]![0]!);
    return lists.push(ids) - 1;
  };
  return {
    read(ids) {
      if (!ids) return -1;
      foundCount = 0;
      // The schemes in ID_KINDS order, each read by its name: a loop over the names would make every
      // read a lookup by a computed key (measured twice as slow on 530,000 references).
      look(0, ids.orcid);
      look(1, ids.openalex);
      look(2, ids.scopus);
      look(3, ids.dblp);
      look(4, ids.semanticScholar);
      if (foundCount < 2) return foundCount ? found[0]! : -1;
      if (foundCount === 2) {
        const [first, second] = [found[0]!, found[1]!];
        if (secondOf[first] === second) return pairOf[first]!;
        if (secondOf[first] === undefined) {
          secondOf[first] = second;
          return (pairOf[first] = newList());
        }
      }
      const key = found.subarray(0, foundCount).join(" ");
      let list = byKey.get(key);
      if (list === undefined) byKey.set(key, (list = newList()));
      return list;
    },
    lists,
    get count() {
      return count;
    },
    numbersOf() {
      const start = new Int32Array(lists.length + 1);
      for (let list = 0; list < lists.length; list++) start[list + 1] = start[list]! + lists[list]!.length;
      const numbers = new Int32Array(start[lists.length]!);
      for (let list = 0; list < lists.length; list++)
        lists[list]!.forEach((id, i) => (numbers[start[list]! + i] = id[2]));
      return { start, numbers };
    },
  };
}
