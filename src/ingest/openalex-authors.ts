/**
 * The authors of OpenAlex authorships, one reference per way a file writes an author: an author of 30 works
 * is one `{ name, ids, affiliations }` kept once, not 30 copies for the garbage collector to move (as
 * AuthorMemo in kept-values.ts does for the other readers).
 *
 * A reference is found by the name, then by the author's `id` and `orcid` as parsed and its affiliations read
 * in place, before anything is cut or built: an authorship met before costs no string and no array. Ids were
 * cut from their URLs first (two `startsWith` and a slice per id) and the affiliations listed, for each of the
 * 87,000 authorships of 20 MB of generated works, to find a reference that was nearly always there already.
 * Ids written another way (without their URL, with spaces around) are compared by value after that, so a
 * reference is shared exactly with the authorships whose name, ids and affiliations have the same values.
 */

import type { AuthorIds, AuthorRef } from "../model";
import { isArray, isObject, jsonText } from "./json-text";
import type { JsonObject } from "./json-text";
import { exactly, MAX_VARIANTS, sameTexts } from "./kept-values";
import type { RecordLog } from "./records";

/** An author reference and the `id` and `orcid` of the authorship it was built from, as parsed. */
interface Written {
  id: unknown;
  orcid: unknown;
  author: AuthorRef;
}

/** How the texts of a list compare with expected ones (compareTexts). */
const NONE = 0;
const SAME = 1;
const OTHER = 2;

/** One author reference per way a file writes an author (see the module comment). */
export class OpenAlexAuthors {
  private readonly byName = new Map<string, Written | Written[]>();

  /** `log` gives each reference made the file's shared strings (RecordLog.shareAuthor). */
  constructor(private readonly log: RecordLog) {}

  /**
   * The author of an authorship, or undefined when it names nobody (no name, or a name that is not text).
   * A reference made here is given the file's shared strings at once (RecordLog.shareAuthor), so its name is
   * the one written without bidirectional controls; it is found again by the name as written.
   */
  authorOf(authorship: unknown): AuthorRef | undefined {
    if (!isObject(authorship)) return undefined;
    const author = isObject(authorship.author) ? authorship.author : undefined;
    const name = jsonText(authorship.raw_author_name) ?? jsonText(author?.display_name);
    if (!name) return undefined;
    const id = author?.id;
    const orcid = author?.orcid;
    const known = this.byName.get(name);
    if (known !== undefined) {
      if (!Array.isArray(known)) {
        if (known.id === id && known.orcid === orcid && sameAffiliations(known.author, authorship)) return known.author;
      } else
        for (const written of known)
          if (written.id === id && written.orcid === orcid && sameAffiliations(written.author, authorship))
            return written.author;
    }
    const openalex = withoutPrefix(jsonText(id), "openalex.org/") || undefined;
    const orcidId = withoutPrefix(jsonText(orcid), "orcid.org/") || undefined;
    // Institutions as OpenAlex names them, else the affiliation strings as the paper wrote them.
    const affiliations =
      texts(authorship.institutions, institutionName) ?? texts(authorship.raw_affiliation_strings, jsonText);
    if (known !== undefined) {
      if (!Array.isArray(known)) {
        if (hasValues(known.author, openalex, orcidId, affiliations)) return known.author;
      } else
        for (const written of known)
          if (hasValues(written.author, openalex, orcidId, affiliations)) return written.author;
    }
    const ids: AuthorIds | undefined =
      openalex && orcidId
        ? { openalex, orcid: orcidId }
        : openalex
          ? { openalex }
          : orcidId
            ? { orcid: orcidId }
            : undefined;
    // Each shape in one literal: a `{ name }` given `ids` afterwards grows a property array of its own, one
    // more object per author for the garbage collector to move with every paper kept.
    const created: AuthorRef = this.log.shareAuthor(
      affiliations ? (ids ? { name, ids, affiliations } : { name, affiliations }) : ids ? { name, ids } : { name },
    );
    const written: Written = { id, orcid, author: created };
    if (known === undefined) this.byName.set(name, written);
    else if (!Array.isArray(known)) this.byName.set(name, [known, written]);
    else if (known.length < MAX_VARIANTS) known.push(written);
    return created;
  }
}

/**
 * True when a reference built by authorOf has these values. Its shape follows from them (ids when either id is
 * there, openalex before orcid; affiliations when there are some), so equal values mean an equal reference.
 */
function hasValues(
  author: AuthorRef,
  openalex: string | undefined,
  orcid: string | undefined,
  affiliations: readonly string[] | undefined,
): boolean {
  return (
    author.ids?.openalex === openalex && author.ids?.orcid === orcid && sameTexts(author.affiliations, affiliations)
  );
}

/**
 * True when the affiliations authorOf would read from the authorship (its institutions' names, else its
 * affiliation strings) are those of the reference, compared in place without listing them.
 */
function sameAffiliations(author: AuthorRef, authorship: JsonObject): boolean {
  const expected = author.affiliations;
  const institutions = compareTexts(expected, authorship.institutions, institutionName);
  if (institutions !== NONE) return institutions === SAME;
  const strings = compareTexts(expected, authorship.raw_affiliation_strings, jsonText);
  return strings === NONE ? expected === undefined : strings === SAME;
}

/** NONE when `read` finds no text in the items of a list, SAME when the texts it finds are `expected`, else OTHER. */
function compareTexts(
  expected: readonly string[] | undefined,
  items: unknown,
  read: (item: unknown) => string | undefined,
): number {
  if (!isArray(items)) return NONE;
  let found = 0;
  for (const item of items) {
    const text = read(item);
    if (!text) continue;
    if (expected === undefined || found >= expected.length || expected[found] !== text) return OTHER;
    found++;
  }
  return found === 0 ? NONE : found === expected!.length ? SAME : OTHER;
}

/**
 * The text after `https://` or `http://` and `host` (`openalex.org/A5023888391` → `A5023888391`), the text as
 * it is when it does not start so; a comparison and a slice instead of a regex replace per author.
 */
export function withoutPrefix(text: string | undefined, host: string): string | undefined {
  if (text === undefined) return undefined;
  const scheme = text.startsWith("https://") ? 8 : text.startsWith("http://") ? 7 : 0;
  return scheme > 0 && text.startsWith(host, scheme) ? text.slice(scheme + host.length) : text;
}

function institutionName(institution: unknown): string | undefined {
  return isObject(institution) ? jsonText(institution.display_name) : undefined;
}

/** The non-empty texts `read` finds in the items of a list; undefined when it finds none or there is no list. */
function texts(items: unknown, read: (item: unknown) => string | undefined): string[] | undefined {
  if (!isArray(items) || items.length === 0) return undefined;
  const found: string[] = [];
  for (const item of items) {
    const text = read(item);
    if (text) found.push(text);
  }
  return found.length > 0 ? exactly(found) : undefined;
}
