/**
 * Reader for the arXiv API's Atom feed (`export.arxiv.org/api/query`), read with sax. Each `<entry>` is a
 * paper: `<id>` gives the arXiv id (the version is dropped from the paper id, kept in `arxivId`), `<published>`
 * the date of the first version, `<author><name>` the authors in order, `arxiv:primary_category` and
 * `<category term>` the subject codes (primary first; ACM and MSC codes that arXiv lists as categories are
 * dropped), `arxiv:doi` and `arxiv:journal_ref` the published version. The API reports a bad query as an
 * entry titled "Error"; that becomes a diagnostic, not a paper.
 */

import { createPaper } from "../model";
import type { Paper, ReadResult } from "../model";
import { toArxivCategory } from "./categories";
import type { ReaderOptions } from "./detect";
import { parseIsoDate } from "./dates";
import { RecordLog } from "./records";
import { collapseSpace, streamXml } from "./xml-stream";

const ABS_PREFIX = "arxiv.org/abs/";
const API_ERROR = /arxiv\.org\/api\/errors/;
/** Child elements whose text is kept; `name` is only read inside `<author>`. */
const TEXT_FIELDS = new Set([
  "id",
  "title",
  "summary",
  "published",
  "updated",
  "name",
  "arxiv:doi",
  "arxiv:journal_ref",
]);

interface EntryDraft {
  line: number;
  fields: Map<string, string>;
  authors: string[];
  categories: string[];
  primary?: string;
}

/** Reads an arXiv API Atom feed into papers; broken entries become diagnostics. */
export function readArxivAtom(text: string, file: string, _options: ReaderOptions): ReadResult {
  const log = new RecordLog(file);
  const diagnostics = log.diagnostics;
  let entry: EntryDraft | undefined;
  let field: { name: string; text: string } | undefined;
  let sawFeed = false;
  streamXml(
    text,
    file,
    {
      open(name, attributes, line) {
        if (name === "feed") sawFeed = true;
        if (name === "entry") entry = { line, fields: new Map(), authors: [], categories: [] };
        else if (!entry) return;
        else if (name === "arxiv:primary_category" && attributes.term) entry.primary = attributes.term;
        else if (name === "category" && attributes.term) entry.categories.push(attributes.term);
        else if (TEXT_FIELDS.has(name)) field = { name, text: "" };
      },
      close(name) {
        if (!entry) return;
        if (field && name === field.name) {
          const value = collapseSpace(field.text);
          if (name === "name") entry.authors.push(value);
          else entry.fields.set(name, value);
          field = undefined;
        } else if (name === "entry") {
          const paper = toPaper(entry, log);
          if (paper) log.keep(paper);
          entry = undefined;
        }
      },
      text(value) {
        if (field) field.text += value;
      },
    },
    diagnostics,
  );
  if (entry) {
    log.skip(
      entry.line,
      "<entry> is not closed (the feed ends inside it). It was skipped; check that the file is complete.",
    );
  }
  if (!sawFeed)
    log.note("error", 0, "no Atom <feed> element found. Check that this is an arXiv API feed or pass another format.");
  else if (log.papers.length === 0 && diagnostics.length === 0)
    log.note("info", 0, "the feed has no entries (the query matched nothing). It adds no papers.");
  return log.result();
}

/** True for an Atom feed from the arXiv API. */
export function sniffArxivAtom(text: string): boolean {
  const head = text.slice(0, 4096);
  return /<feed[\s>]/.test(head) && /arxiv\.org/i.test(head);
}

/**
 * The arXiv id after `arxiv.org/abs/` in an entry's id (`http://arxiv.org/abs/2401.00001v1`). Found with
 * indexOf: the regex /arxiv\.org\/abs\/(.+)$/ rescanned the rest of the text from every repeat of the
 * prefix, quadratic on an id made of many.
 */
function absId(id: string): string | undefined {
  const at = id.indexOf(ABS_PREFIX);
  const rest = at < 0 ? "" : id.slice(at + ABS_PREFIX.length);
  return rest === "" || /[\n\r\u2028\u2029]/.test(rest) ? undefined : rest;
}

function toPaper(entry: EntryDraft, log: RecordLog): Paper | undefined {
  const id = entry.fields.get("id") ?? "";
  const title = entry.fields.get("title") ?? "";
  if (API_ERROR.test(id)) {
    log.skip(
      entry.line,
      `the arXiv API answered with an error (${entry.fields.get("summary") ?? title}). ` +
        "Fix the query and download the feed again.",
    );
    return undefined;
  }
  const arxivId = absId(id);
  if (!title || !arxivId) {
    log.skip(entry.line, `entry has no ${title ? "arXiv id" : "title"}. It was skipped.`);
    return undefined;
  }
  const date = parseIsoDate(entry.fields.get("published") ?? entry.fields.get("updated"));
  const doi = entry.fields.get("arxiv:doi")?.split(/\s+/)[0];
  const codes = [entry.primary, ...entry.categories].flatMap((code) => (code ? [toArxivCategory(code)] : []));
  const categories = [...new Set(codes.filter((code): code is string => code !== undefined))];
  const abstract = entry.fields.get("summary");
  const venue = entry.fields.get("arxiv:journal_ref");
  if (entry.authors.length === 0)
    log.note("warning", entry.line, `entry ${arxivId} has no author. It adds no coauthor links.`);
  return createPaper({
    title,
    authors: entry.authors.filter((name) => name.length > 0).map((name) => ({ name })),
    authorsTruncated: false,
    ...date,
    categories,
    venue,
    abstract,
    doi,
    arxivId,
    source: { file: log.file, line: entry.line },
  });
}
