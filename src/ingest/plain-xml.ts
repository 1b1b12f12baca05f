/**
 * The start tags of plain XML, read without sax: the GEXF reader's fast path. "Plain" is the XML a network
 * writer produces (networkx, Gephi, papergraph itself): an optional BOM and processing instructions, ASCII
 * element and attribute names, quoted attribute values whose only references are &amp; &lt; &gt; &quot;
 * &apos; and numeric ones, text without references, one root element, every element closed. Within that
 * subset each start tag comes out as sax gives it to streamXml's `open` (name, attributes with the first of a
 * repeated one kept, the 1-based line of its `>`), and sax would report no error. Anything else (a comment,
 * CDATA, a DOCTYPE, another entity, a name outside ASCII, whatever sax calls malformed) stops the scan and
 * returns false, and the caller reads the text again with sax, which reports what it finds.
 *
 * Why not sax alone: sax walks every character through its state machine and tracks positions; on SNAP's
 * ca-GrQc as GEXF (1.2 MB, 5,242 nodes and 14,484 edges) streamXml took 0.13 of readGexf's 0.18 s in a CPU
 * profile of the bench. readGexf's CPU on its first call in a process (as the bench and the CLI read a file),
 * four fresh processes each at load 3.4: sax 252-286 ms, this scan 99-125 ms. The scan leaves runs of text
 * and attribute values to indexOf (a loop over every character took 74 ms cold against 44 here, load 3;
 * regular expressions for the tags, 98).
 */

import { MAX_XML_VALUE } from "./xml-stream";

/** Receives each start tag, as XmlHandlers.open does. */
export type OpenTag = (name: string, attributes: Record<string, string>, line: number) => void;

/** The XML entities sax decodes in an attribute value that this scan decodes too. */
const NAMED: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

/**
 * Calls `open` for each start tag of `text` and returns true when `text` is plain XML (see the header);
 * returns false as soon as it is not, after which the calls made must be discarded.
 */
export function scanPlainXml(text: string, open: OpenTag): boolean {
  const end = text.length;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  // Lines are counted (up to `counted`) when a start tag needs its line; `ampersand` is the first & from i on.
  let line = 1;
  let counted = 0;
  let ampersand = indexOrEnd(text, "&", i);
  const stack: string[] = [];
  let sawRoot = false;
  for (;;) {
    const less = indexOrEnd(text, "<", i);
    // Text up to the next tag: white space outside the root, no reference inside it.
    if (stack.length > 0 ? ampersand < less : !isBlank(text, i, less)) return false;
    if (less === end) return sawRoot && stack.length === 0;
    const next = text.charCodeAt(less + 1);
    if (next === 63 /* ? */) {
      // A processing instruction (the XML declaration): sax checks nothing in it here.
      const close = text.indexOf("?>", less + 2);
      if (close < 0 || nameEnd(text, less + 2) === less + 2) return false;
      i = close + 2;
    } else if (next === 47 /* / */) {
      const stop = nameEnd(text, less + 2);
      if (stop === less + 2 || text.slice(less + 2, stop) !== stack.pop()) return false;
      i = spaceEnd(text, stop);
      if (text.charCodeAt(i++) !== 62 /* > */) return false;
    } else {
      const stop = nameEnd(text, less + 1);
      if (stop === less + 1 || (sawRoot && stack.length === 0)) return false;
      const name = text.slice(less + 1, stop);
      const attributes: Record<string, string> = {};
      i = stop;
      for (;;) {
        const spaced = i;
        i = spaceEnd(text, i);
        const c = text.charCodeAt(i);
        if (c === 62 /* > */ || c === 47 /* / */) {
          if (c === 47 && text.charCodeAt(++i) !== 62) return false;
          i++;
          for (let at = text.indexOf("\n", counted); at >= 0 && at < i; at = text.indexOf("\n", at + 1)) line++;
          counted = i;
          sawRoot = true;
          open(name, attributes, line);
          if (c === 62) stack.push(name);
          break;
        }
        // An attribute, after white space: name, =, quoted value.
        const keyEnd = nameEnd(text, i);
        if (i === spaced || keyEnd === i) return false;
        const key = text.slice(i, keyEnd);
        i = spaceEnd(text, keyEnd);
        if (text.charCodeAt(i) !== 61 /* = */) return false;
        i = spaceEnd(text, i + 1);
        const quote = text.charCodeAt(i);
        if (quote !== 34 /* " */ && quote !== 39 /* ' */) return false;
        const close = text.indexOf(quote === 34 ? '"' : "'", i + 1);
        if (close < 0 || close - i > MAX_XML_VALUE / 2) return false;
        let value: string | undefined = text.slice(i + 1, close);
        if (ampersand < close) {
          value = decodeValue(value);
          ampersand = indexOrEnd(text, "&", close);
        }
        // sax keeps the first of a repeated attribute; "__proto__" would set the object's prototype.
        if (value === undefined || key === "__proto__") return false;
        if (!Object.hasOwn(attributes, key)) attributes[key] = value;
        i = close + 1;
      }
    }
    if (ampersand < i) ampersand = indexOrEnd(text, "&", i);
  }
}

function indexOrEnd(text: string, search: string, from: number): number {
  const at = text.indexOf(search, from);
  return at < 0 ? text.length : at;
}

/** Where the name at `from` ends (`from` when none starts there): sax's name characters, within ASCII. */
function nameEnd(text: string, from: number): number {
  let c = text.charCodeAt(from);
  // A letter, _ or : first, then also digits, - and .
  if (!((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95 || c === 58)) return from;
  let i = from + 1;
  for (;;) {
    c = text.charCodeAt(i);
    if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 45 && c <= 58 && c !== 47) || c === 95) i++;
    else return i;
  }
}

/** Where the XML white space from `from` on ends. */
function spaceEnd(text: string, from: number): number {
  let i = from;
  for (let c = text.charCodeAt(i); c === 32 || c === 10 || c === 13 || c === 9; c = text.charCodeAt(++i));
  return i;
}

function isBlank(text: string, from: number, to: number): boolean {
  return spaceEnd(text, from) >= to;
}

/** An attribute's value with its references decoded, or undefined when one is not decoded as sax would. */
function decodeValue(raw: string): string | undefined {
  if (raw.length > MAX_XML_VALUE / 2) return undefined;
  let reference = raw.indexOf("&");
  if (reference < 0) return raw;
  let value = "";
  let from = 0;
  while (reference >= 0) {
    const semicolon = raw.indexOf(";", reference);
    if (semicolon < 0) return undefined;
    const decoded = decodeReference(raw.slice(reference + 1, semicolon));
    if (decoded === undefined) return undefined;
    value += raw.slice(from, reference) + decoded;
    from = semicolon + 1;
    reference = raw.indexOf("&", from);
  }
  return value + raw.slice(from);
}

/** The character a reference between `&` and `;` stands for, when sax reads it the same way; else undefined. */
function decodeReference(name: string): string | undefined {
  if (Object.hasOwn(NAMED, name)) return NAMED[name];
  if (name[0] !== "#") return undefined;
  const hex = name[1] === "x" || name[1] === "X";
  const digits = name.slice(hex ? 2 : 1);
  if (digits.length === 0 || digits.length > 8 || !(hex ? /^[0-9a-fA-F]+$/ : /^[0-9]+$/).test(digits)) return undefined;
  const code = Number.parseInt(digits, hex ? 16 : 10);
  const xmlChar =
    code === 0x9 ||
    code === 0xa ||
    code === 0xd ||
    (code >= 0x20 && code <= 0xd7ff) ||
    (code >= 0xe000 && code <= 0xfffd) ||
    (code >= 0x10000 && code <= 0x10ffff);
  return xmlChar ? String.fromCodePoint(code) : undefined;
}
