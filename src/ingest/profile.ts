/**
 * Reader for scholar-profile pages, the format of the embedded seed corpus (text copied from a profile page).
 *
 *   Can Rager                       ← owner
 *   LG / h-index55 / 17papers / 810citations / Novelty48% / AI Score59   ← stats, one per line, label glued to value
 *   17 Papers                       ← how many papers the page lists (checked against what was read)
 *   LGJul 18, 2024Code              ← paper header: category code, date (year optional), "Code" if code is linked
 *   NNsight and NDIF: …             ← title
 *   Jaden Fiotto-Kaufman, … et al.  ← authors, comma-separated, " et al." when the page cut the list
 *   We introduce …                  ← abstract (optional)
 *
 * Blank lines separate the parts. Header lines are unambiguous (category, month, day), so the reader cuts the
 * text into blocks at them: a broken block costs one diagnostic and never swallows the next paper.
 *
 * A page copied whole brings its chrome along (`Sign in`, `Explore papers` above the owner's name): the owner
 * is the name line right before the statistics block (the category code and the `h-index…` lines), and the
 * lines above it are skipped with one warning.
 */

import { diagnostic, foldText } from "../model";
import type { Diagnostic, Paper, Profile, ReadResult } from "../model";
import { clipText, splitLines, unreadableText } from "./lines";
import { toArxivCategory } from "./categories";
import { categoryOrWarn, isPaperHeader, readPaperBlock } from "./profile-block";
import { RecordLog } from "./records";

/** Options of readProfile: referenceYear (number, required) is the year of dates written without one. */
export interface ProfileOptions {
  referenceYear: number;
}

const COUNT_LINE = /^(\d[\d,]*)\s+papers?$/i;
const STATS: { pattern: RegExp; field: "hIndex" | "paperCount" | "citations" | "noveltyPercent" | "aiScore" }[] = [
  { pattern: /^h-index\s*(\d[\d,]*)$/i, field: "hIndex" },
  { pattern: /^(\d[\d,]*)papers$/i, field: "paperCount" },
  { pattern: /^(\d[\d,]*)\s*citations$/i, field: "citations" },
  { pattern: /^novelty\s*(\d+(?:\.\d+)?)\s*%$/i, field: "noveltyPercent" },
  { pattern: /^ai score\s*(\d+(?:\.\d+)?)$/i, field: "aiScore" },
];
/** A bare category code such as `LG` or `stat.ML`: the primary-category line of the stats. */
const CATEGORY_LINE = /^[A-Za-z][A-Za-z.-]{0,15}$/;

type Stats = Omit<Profile, "owner" | "source">;

interface Head {
  profile?: Profile;
  count?: { value: number; line: number };
}

/** Reads a scholar-profile page into its owner's profile and papers; bad input becomes diagnostics, never a throw. */
export function readProfile(text: string, file: string, options: ProfileOptions): ReadResult {
  const log = new RecordLog(file);
  const diagnostics = log.diagnostics;
  const unreadable = unreadableText(
    text,
    file,
    "binary data, not a profile page (NUL or control bytes). Give the page as text.",
  );
  if (unreadable) {
    diagnostics.push(unreadable);
    return log.result();
  }
  const lines = splitLines(text);
  const headers = lines.flatMap((line, index) => (isPaperHeader(line.trim()) ? [index] : []));
  // Without a paper header or a count this is not a profile page: one error, not a warning per line.
  if (headers.length === 0 && !lines.some((line) => COUNT_LINE.test(line.trim()))) {
    log.note(
      "error",
      0,
      "no paper header line (like `LGJul 18, 2024`) found. Check that this is a profile page or pass another format.",
    );
    return log.result();
  }
  const head = readHead(lines.slice(0, headers[0] ?? lines.length), file, diagnostics);
  headers.forEach((start, i) => {
    readPaperBlock(lines, start, headers[i + 1] ?? lines.length, { log, referenceYear: options.referenceYear });
  });
  const papers = log.papers;
  if (head.profile) addOwner(papers, head.profile.owner);
  if (head.count && head.count.value !== papers.length) {
    const message =
      `paper count does not match (the page says ${head.count.value}, ${papers.length} were read). ` +
      "Check that the whole page was copied.";
    diagnostics.push(diagnostic("warning", file, head.count.line, message));
  }
  return log.result({ profiles: head.profile ? [head.profile] : [] });
}

/** True when the text looks like a profile page: a paper count line, or a paper header followed by a title. */
export function sniffProfile(text: string): boolean {
  const lines = splitLines(text.slice(0, 65536)).map((line) => line.trim());
  return lines.some((line, i) => COUNT_LINE.test(line) || (isPaperHeader(line) && isTitleAfter(lines, i)));
}

function isTitleAfter(lines: string[], index: number): boolean {
  const next = lines.slice(index + 1).find((line) => line.length > 0);
  return next !== undefined && !isPaperHeader(next);
}

/** Reads the lines before the first paper: the owner's name, the stats and the paper count. */
function readHead(lines: string[], file: string, diagnostics: Diagnostic[]): Head {
  const head: Head = {};
  const stats: Stats = {};
  const ownerIndex = findOwnerLine(lines);
  let owner: { name: string; line: number } | undefined;
  const chrome = lines.slice(0, ownerIndex ?? 0).filter((line) => line.trim());
  if (chrome.length > 0) {
    const quoted = chrome.slice(0, 3).map((line) => clipText(line.trim()));
    const more = chrome.length > 3 ? ", …" : "";
    const message = `${chrome.length} lines of page text above the owner's name (${quoted.join(", ")}${more}). They were skipped.`;
    diagnostics.push(diagnostic("warning", file, 1, message));
  }
  lines.forEach((raw, index) => {
    const line = raw.trim();
    const lineNumber = index + 1;
    if (!line || index < (ownerIndex ?? 0)) return;
    const count = COUNT_LINE.exec(line);
    if (count) {
      head.count = { value: parseCount(count[1]!), line: lineNumber };
    } else if (!owner && !STATS.some(({ pattern }) => pattern.test(line))) {
      owner = { name: line, line: lineNumber };
    } else if (!readStat(stats, line, file, lineNumber, diagnostics)) {
      diagnostics.push(
        diagnostic(
          "warning",
          file,
          lineNumber,
          `unrecognised line before the first paper (${clipText(line)}). It was skipped.`,
        ),
      );
    }
  });
  if (owner) {
    head.profile = { owner: owner.name, ...stats, source: { file, line: owner.line } };
  } else {
    diagnostics.push(
      diagnostic("warning", file, 1, "no owner name on the first line. Papers are read without an owner."),
    );
  }
  return head;
}

/**
 * Index of the owner's name line: the last line before the first statistic (`h-index55`, `17papers`…) that is
 * neither blank nor the primary-category code above the statistics; undefined when the page has no
 * statistic (then the first line that is not a statistic is the owner, as before chrome was known).
 */
function findOwnerLine(lines: string[]): number | undefined {
  const firstStat = lines.findIndex((line) => STATS.some(({ pattern }) => pattern.test(line.trim())));
  if (firstStat < 0) return undefined;
  let index = firstStat - 1;
  while (index >= 0 && !lines[index]!.trim()) index--;
  const above = lines[index]?.trim() ?? "";
  if (CATEGORY_LINE.test(above) && toArxivCategory(above)) {
    index--;
    while (index >= 0 && !lines[index]!.trim()) index--;
  }
  return index >= 0 ? index : undefined;
}

/** Stores one stats line; false when the line is not a stat. */
function readStat(stats: Stats, line: string, file: string, lineNumber: number, diagnostics: Diagnostic[]): boolean {
  for (const { pattern, field } of STATS) {
    const match = pattern.exec(line);
    if (match) {
      stats[field] = parseCount(match[1]!);
      return true;
    }
  }
  if (stats.primaryCategory === undefined && CATEGORY_LINE.test(line)) {
    stats.primaryCategory = categoryOrWarn(line, file, lineNumber, diagnostics);
    return true;
  }
  return false;
}

/** Adds the owner to every paper whose author list does not name them, at the end of the list. */
function addOwner(papers: Paper[], owner: string): void {
  const folded = foldText(owner);
  for (const paper of papers) {
    if (!paper.authors.some((author) => foldText(author.name) === folded)) paper.authors.push({ name: owner });
  }
}

function parseCount(digits: string): number {
  return Number(digits.replace(/,/g, ""));
}
