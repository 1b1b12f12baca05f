/**
 * Reader for Web of Science exports, both layouts Clarivate offers:
 * - tab-delimited: a header row of field tags (`PT AU BA … AF … TI …`), one record per line, no quoting (a `"`
 *   is text), usually UTF-8 with a BOM and CRLF line ends; multi-valued fields are `; `-separated;
 * - plain text: `FN`/`VR` header, then `TAG value` lines, continuation lines indented, `ER` ending a record.
 *
 *   AF (full names, `Pandolfi, John M.`) is preferred over AU (`Pandolfi, JM`); CA (group author) is added
 *   after the people; OI (`Name/0000-0002-…`) gives ORCIDs, matched to authors by name; TI title; PY year
 *   (EA, the early-access date, when PY is empty); PD month; SO venue; DI doi; AB abstract; DE keywords;
 *   WC subject categories; TC citations. Names are kept as written, ALL-CAPS ones of older records included.
 * RI (ResearcherID) has no slot in AuthorIds and is not read.
 */

import { foldText, paperId } from "../model";
import type { AuthorRef, Paper, ReadResult } from "../model";
import { parseDelimited } from "./delimited";
import type { ReaderOptions } from "./detect";
import { splitLines, unreadableText } from "./lines";
import { RecordLog } from "./records";
import { splitTrimmed } from "./split-text";

type Tags = Map<string, string[]>;
interface WosRecord {
  line: number;
  tags: Tags;
}

const MONTHS = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"];
const ORCID = /^(.*)\/(\d{4}-\d{4}-\d{4}-\d{3}[\dX])$/;
const PLAIN_START = /^(\ufeff)?(FN |VR |PT [A-Z]\s*$)/;
const SPLIT_IN_CELL = new Set(["AU", "AF", "CA", "DE", "WC", "OI"]);
/** Tags whose plain-text continuation lines each hold one more person. */
const NAME_TAGS = new Set(["AU", "AF", "CA"]);

/** Reads a Web of Science export (tab-delimited or plain text); bad records become diagnostics, never a throw. */
export function readWos(text: string, file: string, _options: ReaderOptions): ReadResult {
  const log = new RecordLog(file);
  const unreadable = unreadableText(
    text,
    file,
    "binary data, not a Web of Science export (NUL or control bytes). Give the file as text.",
  );
  if (unreadable) {
    log.diagnostics.push(unreadable);
    return log.result();
  }
  const records = PLAIN_START.test(text.slice(0, 64)) ? plainRecords(text, log) : tabRecords(text, log);
  if (records === undefined) {
    log.note(
      "error",
      0,
      "no PT/TI header row or PT … ER record found. " +
        "Check that this is a Web of Science export or pass another format.",
    );
    return log.result();
  }
  for (const record of records) {
    const paper = recordToPaper(record, log);
    if (paper) log.keep(paper);
  }
  return log.result();
}

/** True for a tab-delimited header starting with the PT tag, or a plain-text export starting FN/VR/PT. */
export function sniffWos(text: string): boolean {
  const head = text.slice(0, 4096);
  return (
    /^(\ufeff)?PT\t(.*\t)?TI\t/.test(head) ||
    (PLAIN_START.test(head) && /^TI /m.test(head) && /^ER\s*$/m.test(text.slice(0, 65536)))
  );
}

/** Tab-delimited layout: header tags, then one record per line; a row with fewer cells was cut and is skipped. */
function tabRecords(text: string, log: RecordLog): WosRecord[] | undefined {
  const [head, ...rows] = parseDelimited(text, { delimiter: "\t", quoted: false }).rows;
  const tags = head?.cells.map((cell) => cell.trim()).filter(Boolean);
  if (!tags || !tags.includes("TI")) return undefined;
  const whole = rows.filter((row) => {
    if (row.cells.length >= tags.length) return true;
    log.skip(row.line, `record with ${row.cells.length} of ${tags.length} fields (a cut line?). It was skipped.`);
    return false;
  });
  return whole.map((row) => {
    const map: Tags = new Map();
    tags.forEach((tag, i) => {
      const cell = row.cells[i]?.trim() ?? "";
      if (cell) map.set(tag, SPLIT_IN_CELL.has(tag) ? splitTrimmed(cell, ";") : [cell]);
    });
    return { line: row.line, tags: map };
  });
}

/** Plain-text layout: `TAG value` lines, indented continuations, `ER` closing each record. */
function plainRecords(text: string, log: RecordLog): WosRecord[] | undefined {
  const records: WosRecord[] = [];
  let current: WosRecord | undefined;
  let lastTag = "";
  splitLines(text).forEach((raw, index) => {
    const tag = /^([A-Z][A-Z0-9]) ?(.*)$/.exec(raw);
    if (tag && tag[1] === "PT") {
      current = { line: index + 1, tags: new Map() };
      records.push(current);
    }
    if (!current) return;
    if (tag?.[1] === "ER") current = undefined;
    else if (tag) {
      lastTag = tag[1]!;
      current.tags.set(lastTag, [...(current.tags.get(lastTag) ?? []), tag[2]!.trim()]);
    } else if (/^\s+\S/.test(raw) && current.tags.has(lastTag)) {
      // Continuation: one more person for the name tags, more text for the others.
      const values = current.tags.get(lastTag)!;
      if (NAME_TAGS.has(lastTag)) values.push(raw.trim());
      else values[values.length - 1] += ` ${raw.trim()}`;
    }
  });
  if (current)
    log.note("warning", current.line, "record not closed with ER (a truncated file?). It was read up to the end.");
  return records.length > 0 ? records : undefined;
}

function recordToPaper(record: WosRecord, log: RecordLog): Paper | undefined {
  const { file } = log;
  const one = (tag: string) => record.tags.get(tag)?.join(" ").trim() || undefined;
  const list = (tag: string) => record.tags.get(tag) ?? [];
  const title = one("TI");
  if (!title) {
    log.skip(record.line, "record without a title (no TI). It was skipped.");
    return undefined;
  }
  const yearText = /\b(\d{4})\b/.exec(one("PY") ?? one("EA") ?? "");
  const year = yearText ? Number(yearText[1]) : undefined;
  const month = MONTHS.indexOf((one("PD") ?? "").slice(0, 3).toUpperCase()) + 1;
  const doi = one("DI");
  const paper: Paper = {
    id: paperId({ doi, title, year }),
    title,
    authors: readAuthors(list("AF").length > 0 ? list("AF") : list("AU"), list("CA"), list("OI"), list("C1")),
    authorsTruncated: false,
    categories: list("WC")
      .flatMap((cell) => splitTrimmed(cell, ";"))
      .filter(Boolean),
    source: { file, line: record.line },
  };
  const keywords = list("DE")
    .flatMap((cell) => splitTrimmed(cell, ";"))
    .filter(Boolean);
  const citations = Number.parseInt(one("TC") ?? "", 10);
  if (year !== undefined) paper.year = year;
  if (month > 0) paper.month = month;
  if (one("SO")) paper.venue = one("SO");
  if (doi) paper.doi = doi;
  if (one("UT")) paper.recordIds = { wos: one("UT")! };
  if (one("AB")) paper.abstract = one("AB");
  if (keywords.length > 0) paper.keywords = keywords;
  if (Number.isFinite(citations)) paper.citations = citations;
  return paper;
}

/**
 * C1 addresses by author: `[Hammerman, Nicholas M.; Roff, George] Univ Queensland, …; [Ziegler, Maren] …`
 * gives each bracketed name the address after the bracket (folded name → addresses). Addresses without a
 * bracketed list (older records) name nobody and are left out. One scan of the text.
 */
function addressesByName(cells: string[]): Map<string, string[]> {
  const text = cells.join("; ");
  const byName = new Map<string, string[]>();
  let open = text.indexOf("[");
  while (open >= 0) {
    const close = text.indexOf("]", open);
    if (close < 0) break;
    const next = text.indexOf("[", close);
    let end = next < 0 ? text.length : next;
    // Trailing separators are walked back by hand: a regex such as /[;\s]+$/ is quadratic on long runs.
    while (end > close + 1 && (text[end - 1] === ";" || text[end - 1]!.trim() === "")) end--;
    const address = text.slice(close + 1, end).trim();
    for (const name of text.slice(open + 1, close).split(";")) {
      const key = foldText(name);
      if (key && address) byName.set(key, [...(byName.get(key) ?? []), address]);
    }
    open = next;
  }
  return byName;
}

/** People (with ORCIDs from OI matched by name, or by surname and first given name, and C1 addresses) followed by group authors. */
function readAuthors(names: string[], groups: string[], orcidCells: string[], addressCells: string[]): AuthorRef[] {
  const addresses = addressesByName(addressCells);
  const orcids = new Map<string, string>();
  for (const cell of orcidCells.flatMap((value) => splitTrimmed(value, ";"))) {
    const match = ORCID.exec(cell.trim());
    if (match) for (const key of nameKeys(match[1]!)) orcids.set(key, match[2]!);
  }
  const people = names.map((name): AuthorRef => {
    const orcid = nameKeys(name)
      .map((key) => orcids.get(key))
      .find(Boolean);
    const affiliations = addresses.get(foldText(name));
    return { name, ...(orcid ? { ids: { orcid } } : {}), ...(affiliations ? { affiliations } : {}) };
  });
  return [...people, ...groups.map((name) => ({ name, group: true }))];
}

/** `Klein, Shannon G.` → ["klein shannon g", "klein shannon"]: the folded name, then surname + first given name. */
function nameKeys(name: string): string[] {
  const [last = "", given = ""] = name.split(",");
  return [foldText(name), foldText(`${last} ${given.trim().split(/\s+/)[0] ?? ""}`)];
}
