/**
 * arXiv API answers saved as JSON: the recording API clients keep (arxiv.py's test fixtures, HTTP caches) wraps
 * the Atom feed in a document such as `{"url": …, "status_code": 200, "body": "<?xml …><feed …>"}`. Read as XML,
 * the document gives garbage; here the feed is taken out of its string field (a top-level one, or one a level
 * down, or those of an array of such answers) and read by the Atom reader. Such clients often decoded the
 * feed's UTF-8 as Latin-1 before saving it, so `Ramírez` arrives as `RamÃ­rez`: the feed is repaired first,
 * and a warning says how many letters were. Line numbers of the diagnostics are those of the feed itself.
 */

import type { ReadResult } from "../model";
import { readArxivAtom } from "./arxiv-atom";
import type { ReaderOptions } from "./detect";
import { isArray, isObject, parseJsonText } from "./json-text";
import type { JsonObject } from "./json-text";
import { RecordLog } from "./records";
import { repairMojibake } from "./repair-encoding";

/** An Atom feed inside a JSON string, found by its `<feed` element. */
const FEED = /<feed[\s>]/;

/** The field of an answer that holds the feed: a string field at the top, or one a level down. */
function findFeed(answer: JsonObject): { field: string; feed: string } | undefined {
  for (const [field, value] of Object.entries(answer)) {
    if (typeof value === "string" && FEED.test(value)) return { field, feed: value };
  }
  for (const [field, value] of Object.entries(answer)) {
    if (!isObject(value)) continue;
    const inner = findFeed(Object.fromEntries(Object.entries(value).filter(([, item]) => typeof item === "string")));
    if (inner) return { field: `${field}.${inner.field}`, feed: inner.feed };
  }
  return undefined;
}

/** Reads the Atom feeds of saved arXiv API answers; the feed's records are this file's records. */
export function readArxivJson(text: string, file: string, options: ReaderOptions): ReadResult {
  const log = new RecordLog(file);
  parseJsonText(text, log, (value, line) => {
    for (const answer of isArray(value) ? value : [value]) {
      const found = isObject(answer) ? findFeed(answer) : undefined;
      if (!found) {
        log.note("error", line, "JSON value holds no arXiv Atom feed (no string field with a <feed> element).");
        continue;
      }
      const { text: feed, repairs, example } = repairMojibake(found.feed);
      log.note("info", line, `the Atom feed in field ${found.field} was read; its diagnostics give the feed's lines.`);
      if (repairs > 0) {
        const fixed = repairMojibake(example!).text;
        log.note(
          "warning",
          line,
          `${repairs} letters of the feed were UTF-8 decoded as Latin-1 before it was saved (${example} for ${fixed}). ` +
            "They were repaired.",
        );
      }
      log.absorb(readArxivAtom(feed, file, options));
    }
  });
  return log.result();
}

/** True for JSON whose head holds an arXiv Atom feed in a string. */
export function sniffArxivJson(text: string): boolean {
  const head = text.slice(0, 65536);
  return /^\s*[[{]/.test(head.replace(/^\ufeff/, "")) && FEED.test(head) && /arxiv\.org/i.test(head);
}
