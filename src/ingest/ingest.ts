/**
 * The ingest stage: every input file is read with the reader named by the `format` option or, without it,
 * the one its content matches, and the results are concatenated into one Corpus with a FileReport per file.
 * A file that cannot be read at all (binary, empty, unknown format, or one the caller could not open, which
 * arrives with an error among its notes) becomes a diagnostic and the others still load. Papers found in
 * several files are left as they are: the identity stage merges them.
 */

import type { Corpus, FileReport, InputFile, ReadResult } from "../model";
import type { OnProgress } from "../options";
import { detectFormat, findReader, formatNames } from "./detect";
import type { Reader } from "./detect";
import { unreadableText } from "./lines";
import { RecordLog } from "./records";

/** Options of ingest: referenceYear (number, required) for dates without a year; format (string, default: detect). */
export interface IngestOptions {
  referenceYear: number;
  format?: string;
  /** Generic CSV only: field → header name (see ReaderOptions). */
  columns?: Readonly<Record<string, string>>;
  /** Semantic Scholar only: nested citing and cited papers (see ReaderOptions). */
  s2Nested?: "include" | "ignore";
}

/** Reads every input into one corpus; one FileReport per input, in input order. */
export function ingest(inputs: InputFile[], options: IngestOptions, onProgress?: OnProgress): Corpus {
  const corpus: Corpus = { papers: [], profiles: [], diagnostics: [], files: [], networks: [] };
  inputs.forEach((input, index) => {
    const { format, result } = readInput(input, options);
    // Pushed one by one: spreading a 100k-paper array as arguments would overflow the stack.
    for (const paper of result.papers) corpus.papers.push(paper);
    for (const profile of result.profiles) corpus.profiles.push(profile);
    for (const item of input.notes ?? []) corpus.diagnostics.push(item);
    for (const item of result.diagnostics) corpus.diagnostics.push(item);
    for (const network of result.networks ?? []) corpus.networks.push(network);
    corpus.files.push(fileReport(input.name, format, result));
    onProgress?.("ingest", index + 1, inputs.length);
  });
  return corpus;
}

/** Picks the reader for one input and runs it; a file no reader can take yields one diagnostic. */
function readInput(input: InputFile, options: IngestOptions): { format: string; result: ReadResult } {
  const { name, text } = input;
  const fail = (format: string, severity: "error" | "warning", message: string) => {
    const log = new RecordLog(name);
    log.note(severity, 0, message);
    return { format, result: log.result() };
  };
  // The caller could not turn the file into text (missing, a directory, too large): its notes say why.
  if (input.notes?.some((note) => note.severity === "error"))
    return { format: "unread", result: new RecordLog(name).result() };
  if (options.format !== undefined) {
    const forced = findReader(options.format);
    if (!forced) {
      return fail(
        options.format,
        "error",
        `unknown format (${options.format}). Use one of: ${formatNames().join(", ")}.`,
      );
    }
    return { format: forced.name, result: runReader(forced, input, options) };
  }
  const unreadable = unreadableText(
    text,
    name,
    "binary data, not a text export (NUL or control bytes). Give a text file.",
  );
  if (unreadable) return fail("unknown", unreadable.severity === "error" ? "error" : "warning", unreadable.message);
  const detected = detectFormat(text, name);
  const reader = detected === undefined ? undefined : findReader(detected);
  if (!reader) {
    return fail(
      "unknown",
      "error",
      `format not recognised from the content. Pass the format option (one of: ${formatNames().join(", ")}).`,
    );
  }
  return { format: reader.name, result: runReader(reader, input, options) };
}

/**
 * Runs a reader. Readers turn bad input into diagnostics; should one throw all the same (a defect), the file
 * gets an error saying so and the other files are still read.
 */
function runReader(reader: Reader, { name, text }: InputFile, options: IngestOptions): ReadResult {
  try {
    return reader.read(text, name, options);
  } catch (error) {
    const log = new RecordLog(name);
    const reason = error instanceof Error ? error.message : String(error);
    log.note("error", 0, `the ${reader.name} reader failed (${reason}). The file was skipped; please report this.`);
    return log.result();
  }
}

/** The file's record counts as its reader kept them (RecordLog), and the papers it contributes. */
function fileReport(file: string, format: string, result: ReadResult): FileReport {
  return { file, format, ...result.records, papers: result.papers.length };
}
