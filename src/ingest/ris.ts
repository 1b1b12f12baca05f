/**
 * Reader for RIS (Zotero, EndNote, Mendeley, IEEE, Scopus exports): one tagged line per field, `TY  - JOUR`
 * opening a record and `ER  - ` closing it. Lines without a tag continue the field before them (some exporters
 * wrap long abstracts).
 *
 *   TI / T1                 → title          AU / A1        → authors, in order, as written
 *   PY / Y1 / DA            → year (`2019`, `2019/05/01/`, `1 Jan.-Feb. 2019`: the first four-digit number)
 *   T2 / JF / JO / BT / JA  → venue (the first present)
 *   DO → doi    AB / N2 → abstract    KW → keywords    UR → arXiv id when it is an arXiv link
 *
 * The same author twice in one record (IEEE does this) is kept twice: the identity stage gives both the same
 * key and a paper never links a person to themselves. A record cut off before `ER` is read with a warning.
 */

import { diagnostic, paperId } from "../model";
import type { Diagnostic, Paper, ReadResult } from "../model";
import type { ReaderOptions } from "./detect";
import { clipText, splitLines, unreadableText } from "./lines";
import { RecordLog } from "./records";

/** Characters `.` does not match besides CR and LF, which cannot be in a line: a line holding one is no tag line. */
const LINE_SEPARATORS = /[\u2028\u2029]/;
const ARXIV_URL = /arxiv\.org\/(?:abs|pdf)\/(\d{4}\.\d{4,5}|[a-z-]+(?:\.[A-Z]{2})?\/\d{7})/i;

interface RisRecord {
  line: number;
  tags: Map<string, string[]>;
}

/** Reads RIS text into papers; records without a title become error diagnostics on their line, never a throw. */
export function readRis(text: string, file: string, _options: ReaderOptions): ReadResult {
  const log = new RecordLog(file);
  const diagnostics = log.diagnostics;
  const unreadable = unreadableText(
    text,
    file,
    "binary data, not RIS (NUL or control bytes). Give the .ris file as text.",
  );
  if (unreadable) {
    diagnostics.push(unreadable);
    return log.result();
  }
  const records = splitRecords(splitLines(text), file, diagnostics);
  if (records.length === 0) {
    // Without a single record the stray-text warning would only repeat what the error says.
    diagnostics.length = 0;
    log.note(
      "error",
      0,
      "no RIS record (a `TY  - ` line) found. Check that this is a RIS file or pass another format.",
    );
    return log.result();
  }
  for (const record of records) {
    const paper = recordToPaper(record, log);
    if (paper) log.keep(paper);
  }
  return log.result();
}

/** True when a line within the first 64 KB opens a RIS record (`TY  - JOUR`). */
export function sniffRis(text: string): boolean {
  return /^(\ufeff)?TY {2}- \S/m.test(text.slice(0, 65536));
}

/**
 * A tag line, `^([A-Z][A-Z0-9]) {2}-(?: (.*))?$`, as that regex's match (the line, its tag, its value when
 * it has one), or undefined. Checked by hand on the first six characters: most lines of a file are tag lines,
 * and the regex, which reads the whole value to reach its end, cost more than the rest of reading a record.
 */
function tagLine(line: string): [string, string, string | undefined] | undefined {
  if (line.length < 5 || line[2] !== " " || line[3] !== " " || line[4] !== "-") return undefined;
  const first = line.charCodeAt(0);
  const second = line.charCodeAt(1);
  if (first < 0x41 || first > 0x5a) return undefined;
  if (!((second >= 0x41 && second <= 0x5a) || (second >= 0x30 && second <= 0x39))) return undefined;
  if (line.length === 5) return [line, line.slice(0, 2), undefined];
  if (line[5] !== " " || LINE_SEPARATORS.test(line)) return undefined;
  return [line, line.slice(0, 2), line.slice(6)];
}

/** Groups tagged lines into records from `TY` to `ER`; stray lines outside a record are reported once per run. */
function splitRecords(lines: string[], file: string, diagnostics: Diagnostic[]): RisRecord[] {
  const records: RisRecord[] = [];
  let current: RisRecord | undefined;
  let lastValues: string[] | undefined;
  let strayReported = false;
  lines.forEach((raw, index) => {
    const line = raw.trimEnd();
    const match = tagLine(line);
    if (match?.[1] === "TY") {
      if (current)
        diagnostics.push(
          diagnostic(
            "warning",
            file,
            current.line,
            "record not closed with ER before the next TY. It was read up to there.",
          ),
        );
      current = { line: index + 1, tags: new Map() };
      records.push(current);
      strayReported = false;
    }
    if (!current) {
      if (line.trim() && !strayReported)
        diagnostics.push(
          diagnostic("warning", file, index + 1, `text outside a record (${clipText(line.trim())}). It was skipped.`),
        );
      strayReported ||= line.trim().length > 0;
      return;
    }
    if (match?.[1] === "ER") {
      current = undefined;
      return;
    }
    if (match) {
      const values = current.tags.get(match[1]) ?? [];
      values.push((match[2] ?? "").trim());
      current.tags.set(match[1], values);
      lastValues = values;
    } else if (line.trim() && lastValues) {
      lastValues[lastValues.length - 1] += ` ${line.trim()}`;
    }
  });
  if (current)
    diagnostics.push(
      diagnostic(
        "warning",
        file,
        current.line,
        "record not closed with ER (a truncated file?). It was read up to the end.",
      ),
    );
  return records;
}

function recordToPaper(record: RisRecord, log: RecordLog): Paper | undefined {
  const { file } = log;
  const first = (...tags: string[]) => tags.map((tag) => record.tags.get(tag)?.find(Boolean)).find(Boolean);
  const all = (...tags: string[]) => tags.flatMap((tag) => record.tags.get(tag) ?? []).filter(Boolean);
  const title = first("TI", "T1", "CT");
  if (!title) {
    log.skip(record.line, "record without a title (no TI or T1). It was skipped.");
    return undefined;
  }
  const yearText = /\b(\d{4})\b/.exec(first("PY", "Y1", "DA") ?? "");
  const year = yearText ? Number(yearText[1]) : undefined;
  const doi = first("DO")?.replace(/^(https?:\/\/(dx\.)?doi\.org\/|doi:\s*)/i, "");
  const arxivId = all("UR", "L1")
    .map((url) => ARXIV_URL.exec(url)?.[1])
    .find(Boolean);
  const paper: Paper = {
    id: paperId({ doi, arxivId, title, year }),
    title,
    authors: all("AU", "A1").map((name) => ({ name })),
    authorsTruncated: false,
    categories: [],
    source: { file, line: record.line },
  };
  const venue = first("T2", "JF", "JO", "BT", "JA");
  const keywords = all("KW");
  const abstract = first("AB", "N2");
  if (year !== undefined) paper.year = year;
  if (venue) paper.venue = venue;
  if (doi) paper.doi = doi;
  if (arxivId) paper.arxivId = arxivId;
  if (keywords.length > 0) paper.keywords = keywords;
  if (abstract) paper.abstract = abstract;
  return paper;
}
