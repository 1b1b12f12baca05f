/**
 * Values a reader keeps for the whole run, built small. Every paper a reader returns survives the young
 * generation, so the garbage collector copies it twice (into the survivor space, then into the old
 * generation); keeping papers, not parsing, was two thirds of the JSON readers' time. A kept value that is
 * smaller or made of fewer objects is cheaper to move every time.
 */

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
 * The text with each run of white space made one space (not trimmed). Most titles and names have nothing to
 * collapse, and `replace` would rebuild every one of them into a new string: those come back as they are.
 */
export function singleSpaced<T extends string | undefined>(text: T): T {
  return text !== undefined && UNUSUAL_SPACE.test(text) ? (text.replace(/\s+/g, " ") as T) : text;
}
