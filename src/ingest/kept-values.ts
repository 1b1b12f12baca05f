/**
 * Values a reader keeps for the whole run, built small. Every paper a reader returns survives the young
 * generation, so the garbage collector copies it twice (into the survivor space, then into the old
 * generation); keeping papers, not parsing, was two thirds of the JSON readers' time. A kept value that is
 * smaller or made of fewer objects is cheaper to move every time.
 */

import type { AuthorIds, AuthorRef } from "../model";

/**
 * The items of an array grown by `push`, in an array that holds just them: the first push reserves room for
 * 17 items, so a list of three authors kept as built carries 14 empty slots (112 bytes) through every copy.
 */
export function exactly<T>(items: T[]): T[] {
  return items.length === 0 ? [] : items.slice();
}

/**
 * One string object per distinct text within a run: the names, ids, venues and keywords that repeat from
 * record to record (an author of 30 papers, a journal of thousands) are kept once, and the copies the parser
 * made die young, where they cost the garbage collector nothing.
 */
export class Interner {
  private readonly seen = new Map<string, string>();

  /** The first string equal to `text` this interner was given (`text` itself the first time); undefined stays so. */
  intern<T extends string | undefined>(text: T): T {
    if (text === undefined) return text;
    const first = this.seen.get(text) as T | undefined;
    if (first !== undefined) return first;
    this.seen.set(text, text);
    return text;
  }
}

/** White space other than a lone space: a tab or line break, a no-break space, or two spaces in a row. */
const UNUSUAL_SPACE = /[^\S ]| {2}/;

/**
 * A run of white space that is not one lone space: starting with other white space, or a space followed by
 * more. These are the runs `replace(/\s+/g, " ")` changes; the lone spaces between words it would rewrite too.
 */
const SPACE_TO_COLLAPSE = /[^\S ]\s*| \s+/;

/**
 * The text with each run of white space made one space (not trimmed). Most titles and names have nothing to
 * collapse, and `replace` would rebuild every one of them into a new string: those come back as they are.
 * The others are split at the runs to collapse and joined, which makes one flat string: V8's `replace` with
 * a global regex builds its result by concatenation, a rope of a join and a slice of the original per match,
 * and `/\s+/g` matches every space between two words. On the titles and abstracts of the real arXiv snapshot
 * fixture that rope kept 5,450 bytes per text against 415 for the joined string, and took ten times the CPU.
 */
export function singleSpaced<T extends string | undefined>(text: T): T {
  return text !== undefined && UNUSUAL_SPACE.test(text) ? (text.split(SPACE_TO_COLLAPSE).join(" ") as T) : text;
}

/** Variants of one name (other ids or affiliations) an AuthorMemo remembers; past them an author is kept unshared. */
export const MAX_VARIANTS = 4;

/**
 * One author reference per distinct author of a file, as records write them: an author of 30 papers is one
 * `{ name, ids }` kept once, not 30 copies (two objects each) for the garbage collector to move. A reference
 * is shared only with records that write exactly the same name, ids, affiliations and group flag, so every
 * paper reads the same values as before; nothing after the readers changes an AuthorRef in place (identity
 * keys copies of them), and RecordLog.keep's sharing of names and ids is idempotent. At most MAX_VARIANTS
 * references are remembered per name, so a name written with a thousand affiliations is not scanned each time.
 */
export class AuthorMemo {
  private readonly byName = new Map<string, AuthorRef | AuthorRef[]>();
  /** The `{ name }` references of `named`, by name. */
  private readonly bare = new Map<string, AuthorRef>();

  /**
   * The file's one `{ name }` reference for an author written with a name and nothing else (arXiv's
   * authors_parsed): one lookup, where `share` was handed a new object per author slot to compare key by key.
   */
  named(name: string): AuthorRef {
    const known = this.bare.get(name);
    if (known !== undefined) return known;
    const author = { name };
    this.bare.set(name, author);
    return author;
  }

  /** The file's earlier reference equal to `author`, else `author` itself (remembered while there is room). */
  share(author: AuthorRef): AuthorRef {
    const known = this.byName.get(author.name);
    if (known !== undefined) {
      if (!Array.isArray(known)) {
        if (sameAuthor(known, author)) return known;
      } else for (const candidate of known) if (sameAuthor(candidate, author)) return candidate;
    }
    return this.remember(author);
  }

  /** Remembers `author`, equal to none of the variants of its name, while there is room; returns it. */
  private remember(author: AuthorRef): AuthorRef {
    const known = this.byName.get(author.name);
    if (known === undefined) this.byName.set(author.name, author);
    else if (!Array.isArray(known)) this.byName.set(author.name, [known, author]);
    else if (known.length < MAX_VARIANTS) known.push(author);
    return author;
  }
}

/**
 * True when two references are written the same: the same properties in the same order (so that they
 * serialise alike), the same name, group flag and ids, the same affiliations, and no identity key yet.
 */
function sameAuthor(a: AuthorRef, b: AuthorRef): boolean {
  if (a.name !== b.name || a.group !== b.group || a.key !== undefined || b.key !== undefined) return false;
  return sameKeys(a, b) && sameIds(a.ids, b.ids) && sameTexts(a.affiliations, b.affiliations);
}

function sameIds(a: AuthorIds | undefined, b: AuthorIds | undefined): boolean {
  if (a === b) return true;
  if (a === undefined || b === undefined || !sameKeys(a, b)) return false;
  for (const kind in a) if (a[kind as keyof AuthorIds] !== b[kind as keyof AuthorIds]) return false;
  return true;
}

/** The keys of the object last listed by sameKeys, reused so that a comparison allocates nothing. */
const listedKeys: string[] = [];

/** True when two objects have the same own enumerable keys in the same order. */
function sameKeys(a: object, b: object): boolean {
  let count = 0;
  for (const key in a) listedKeys[count++] = key;
  let at = 0;
  for (const key in b) if (at >= count || listedKeys[at++] !== key) return false;
  return at === count;
}

/** True when two lists hold the same texts in the same order (or are both missing). */
export function sameTexts(a: readonly string[] | undefined, b: readonly string[] | undefined): boolean {
  if (a === b) return true;
  if (a === undefined || b === undefined || a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
