/**
 * Record accounting of one reader run. Every record a reader meets — a BibTeX entry, a CSV row, an OpenAlex
 * work, a profile's paper block, a link of a network — goes through exactly one of `keep`, `skip` or `merge`,
 * and `seen` is only ever counted there, so read + skipped + merged = seen holds by construction: a record
 * cannot vanish without a number and a diagnostic. Readers push papers and skip records only through this.
 *
 * `keep` is also the one gate every paper passes, so two checks that concern all formats live here: a record
 * holding a NUL character is a damaged record and is skipped alone (the rest of the file still loads), and
 * bidirectional-override characters are removed from titles and names (they would reverse the text shown
 * around a label; names are untrusted text).
 *
 * `keep` also makes equal author names, ids and affiliations of one file one string each: a file names the
 * same people on paper after paper, so its half a million author slots hold a hundred thousand names, and
 * the identity stage's lookups by name, id and affiliation then find their keys by reference, not by
 * comparing the text of two copies.
 */

import { diagnostic } from "../model";
import type { AuthorIds, AuthorRef, Diagnostic, Paper, Profile, ReadResult, RecordCount, Severity } from "../model";
import type { ImportedNetwork } from "../model";

/** Bidirectional embeddings, overrides and isolates (LRE…RLO, LRI…PDI). */
const BIDI_CONTROL = /[\u202a-\u202e\u2066-\u2069]/;
const BIDI_CONTROLS = new RegExp(BIDI_CONTROL.source, "g");

/** The texts of a paper a NUL character may hide in. */
function hasNul(paper: Paper): boolean {
  if (paper.title.includes("\u0000") || paper.abstract?.includes("\u0000") || paper.venue?.includes("\u0000"))
    return true;
  return paper.authors.some((author) => author.name.includes("\u0000"));
}

/** The string without bidirectional controls (returned as is, without copying, when it has none). */
function withoutBidi(text: string): string {
  return BIDI_CONTROL.test(text) ? text.replace(BIDI_CONTROLS, "") : text;
}

/** The papers, diagnostics and record counts of one reader run on one file. */
export class RecordLog {
  readonly papers: Paper[] = [];
  readonly diagnostics: Diagnostic[] = [];
  private readonly counts: RecordCount = { seen: 0, read: 0, skipped: 0, merged: 0 };
  /** Each distinct author name, id and affiliation of the file, as the one string every record shares. */
  private readonly strings = new Map<string, string>();
  /**
   * The author references already given the shared strings, kept for readers whose AuthorMemo hands one
   * reference to many papers (`reusesAuthors`). Not for the others: there every author slot is a new
   * reference, and a Set entry per slot made the RIS and BibTeX readers 6–8% slower.
   */
  private readonly sharedAuthors: Set<AuthorRef> | undefined;
  /**
   * True for readers that give each author reference the shared strings themselves when their memo makes
   * it (`sharesAuthors`, shareAuthor), so that keep leaves a paper's authors alone: looking every author slot
   * up in sharedAuthors was 13 ms of a 250 ms read of 20 MB of generated arXiv lines (CPU profile).
   */
  private readonly readerSharesAuthors: boolean;

  constructor(
    readonly file: string,
    options: { reusesAuthors?: boolean; sharesAuthors?: boolean } = {},
  ) {
    this.sharedAuthors = options.reusesAuthors ? new Set() : undefined;
    this.readerSharesAuthors = options.sharesAuthors === true;
  }

  /** The file's one copy of `text`. */
  private shared(text: string): string {
    const known = this.strings.get(text);
    if (known !== undefined) return known;
    this.strings.set(text, text);
    return text;
  }

  /** The paper's author names, ids and affiliations replaced by the file's shared copies (equal strings). */
  private share(paper: Paper): void {
    const done = this.sharedAuthors;
    for (const author of paper.authors) {
      if (done !== undefined) {
        if (done.has(author)) continue;
        done.add(author);
      }
      this.shareAuthor(author);
    }
  }

  /**
   * The author's name (without bidirectional controls), ids and affiliations replaced by the file's shared
   * copies; for a reader made with `sharesAuthors`, each reference its memo makes, before a paper holds it.
   */
  shareAuthor(author: AuthorRef): AuthorRef {
    author.name = this.shared(withoutBidi(author.name));
    const { ids, affiliations } = author;
    if (ids)
      for (const kind in ids) {
        const value = ids[kind as keyof AuthorIds];
        if (value !== undefined) ids[kind as keyof AuthorIds] = this.shared(value);
      }
    if (affiliations) for (let i = 0; i < affiliations.length; i++) affiliations[i] = this.shared(affiliations[i]!);
    return author;
  }

  /**
   * A record read as a paper; one holding a NUL character is skipped instead. Returns the paper kept.
   * `mayHoldNul` false says the reader knows that none of its texts can hold one (json-text.ts).
   */
  keep(paper: Paper, mayHoldNul = true): Paper | undefined {
    if (mayHoldNul && hasNul(paper)) {
      this.skip(paper.source.line, "record holds a NUL character (a damaged file?). It was skipped.");
      return undefined;
    }
    paper.title = withoutBidi(paper.title);
    if (!this.readerSharesAuthors) this.share(paper);
    this.counts.seen++;
    this.counts.read++;
    this.papers.push(paper);
    return paper;
  }

  /** A record that is not a paper but is read all the same (a link of an imported network). */
  keepItem(): void {
    this.counts.seen++;
    this.counts.read++;
  }

  /** A record left out; the diagnostic on its line says why (an error unless `severity` says otherwise). */
  skip(line: number, message: string, severity: Severity = "error"): void {
    this.skipMany(1, line, message, severity);
  }

  /** `count` records left out for one reason, said once (a file's nested papers, repeated bad links). */
  skipMany(count: number, line: number, message: string, severity: Severity = "warning"): void {
    this.counts.seen += count;
    this.counts.skipped += count;
    this.diagnostics.push(diagnostic(severity, this.file, line, message));
  }

  /** `count` records folded into records read before (duplicates); `message`, when given, says so once. */
  merge(count = 1, line = 0, message?: string, severity: Severity = "info"): void {
    this.counts.seen += count;
    this.counts.merged += count;
    if (message !== undefined) this.diagnostics.push(diagnostic(severity, this.file, line, message));
  }

  /** Takes over what a reader of a document embedded in this file read: its papers, diagnostics and counts. */
  absorb(result: ReadResult): void {
    for (const paper of result.papers) this.papers.push(paper);
    for (const item of result.diagnostics) this.diagnostics.push(item);
    for (const key of ["seen", "read", "skipped", "merged"] as const) this.counts[key] += result.records[key];
  }

  /** A diagnostic that decides no record's fate: a repair, a doubt, or a problem of the whole file. */
  note(severity: Severity, line: number, message: string): void {
    this.diagnostics.push(diagnostic(severity, this.file, line, message));
  }

  /** The counts so far (a copy). */
  get records(): RecordCount {
    return { ...this.counts };
  }

  /** The reader's result: papers, diagnostics and counts, with the profiles and networks it found. */
  result(extra: { profiles?: Profile[]; networks?: ImportedNetwork[] } = {}): ReadResult {
    return {
      papers: this.papers,
      profiles: extra.profiles ?? [],
      diagnostics: this.diagnostics,
      ...(extra.networks ? { networks: extra.networks } : {}),
      records: this.records,
    };
  }
}
