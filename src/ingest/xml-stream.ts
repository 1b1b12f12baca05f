/**
 * Streaming XML for the readers of DBLP, arXiv Atom, GEXF and GraphML: a thin wrapper around sax (a pure-JS
 * SAX parser — workers have no DOMParser, and a DOM of a 100 MB DBLP dump would not fit in memory). Readers
 * get open/close/text events with 1-based line numbers; malformed XML becomes diagnostics and parsing goes on,
 * up to a cap, so a broken record costs one diagnostic and a file of garbage costs a few, not millions.
 *
 * The parser is strict (tag names keep their case, unquoted attributes are errors) but knows the HTML entity
 * names, because DBLP writes accents as `&uuml;` and declares them only in its external DTD.
 */

import sax from "sax";
import { diagnostic } from "../model";
import type { Diagnostic } from "../model";
import { singleSpaced } from "./kept-values";

/** Events a reader receives; `line` is the 1-based line the tag ends on. */
export interface XmlHandlers {
  open(name: string, attributes: Record<string, string>, line: number): void;
  close(name: string, line: number): void;
  text(text: string): void;
}

/** Errors after which the rest of the file is given up: past this it is not XML of any kind. */
const MAX_XML_ERRORS = 20;
/**
 * Longest attribute value (or tag name, comment…) sax holds, in characters. sax's default, 64 KiB, turned a
 * GEXF label of 65 K characters into false "malformed XML" errors and a 3 MB one into an empty network; text
 * nodes are not concerned (sax hands them over in pieces). sax reads this from its module object, so it is
 * set here, once, for every XML reader (papergraph is its only user).
 */
export const MAX_XML_VALUE = 16 * 1024 * 1024;
Object.assign(sax, { MAX_BUFFER_LENGTH: MAX_XML_VALUE });
/** Characters fed to sax at a time, so a hopeless file is abandoned without scanning it to the end. */
const CHUNK = 1 << 16;

/** Parses `text` and calls the handlers; syntax errors become error diagnostics on their line. */
export function streamXml(text: string, file: string, handlers: XmlHandlers, diagnostics: Diagnostic[]): void {
  const parser = sax.parser(true, { position: true });
  let errors = 0;
  parser.onopentag = (tag) => handlers.open(tag.name, tag.attributes as Record<string, string>, parser.line + 1);
  parser.onclosetag = (name) => handlers.close(name, parser.line + 1);
  parser.ontext = (value) => handlers.text(value);
  parser.oncdata = (value) => handlers.text(value);
  let closing = false;
  parser.onerror = (error) => {
    errors += 1;
    const reason = error.message.split("\n")[0];
    if (closing) {
      // The file ended inside an element: the reader reports the record it cut, as an error on its line.
      diagnostics.push(
        diagnostic(
          "warning",
          file,
          parser.line + 1,
          `the file ends before the XML is complete (${reason}). Check that it was saved whole.`,
        ),
      );
    } else if (errors <= MAX_XML_ERRORS) {
      diagnostics.push(
        diagnostic(
          "error",
          file,
          parser.line + 1,
          `malformed XML (${reason}). Reading went on after it; check the file around this line.`,
        ),
      );
    }
    parser.resume();
  };
  const body = text.replace(/^\ufeff/, "");
  for (let start = 0; start < body.length && errors <= MAX_XML_ERRORS; start += CHUNK) {
    parser.write(body.slice(start, start + CHUNK));
  }
  if (errors > MAX_XML_ERRORS) {
    diagnostics.push(
      diagnostic(
        "error",
        file,
        parser.line + 1,
        `more than ${MAX_XML_ERRORS} XML errors. The rest of the file was not read; check that it is XML.`,
      ),
    );
    return;
  }
  closing = true;
  parser.close();
}

/** A bare sax pass with no handlers: the speed floor of every XML reader, for the ingest benchmark. */
export function scanXml(text: string): void {
  const parser = sax.parser(true, { position: true });
  parser.onerror = () => parser.resume();
  for (let start = 0; start < text.length; start += CHUNK) parser.write(text.slice(start, start + CHUNK));
  parser.close();
}

/** Collapses runs of white space (XML text keeps the line breaks of wrapped titles) and trims. */
export function collapseSpace(text: string): string {
  return singleSpaced(text).trim();
}
