/**
 * The ingest stage: every input file is read with the reader named by the `format` option or, without it,
 * the one its content matches, and the results are concatenated into one Corpus with a FileReport per file.
 * A file that cannot be read at all (binary, empty, unknown format) becomes a diagnostic and the others still
 * load. Papers found in several files are left as they are: the identity stage merges them.
 */

import { diagnostic } from "../model";
import type { Corpus, FileReport, InputFile, ReadResult } from "../model";
import type { OnProgress } from "../options";
import { detectFormat, findReader, formatNames } from "./detect";
import { unreadableText } from "./lines";

/** Options of ingest: referenceYear (number, required) for dates without a year; format (string, default: detect). */
export interface IngestOptions {
  referenceYear: number;
  format?: string;
  /** Generic CSV only: field → header name (see ReaderOptions). */
  columns?: Readonly<Record<string, string>>;
}

/** Reads every input into one corpus; one FileReport per input, in input order. */
export function ingest(inputs: InputFile[], options: IngestOptions, onProgress?: OnProgress): Corpus {
  const corpus: Corpus = { papers: [], profiles: [], diagnostics: [], files: [], networks: [] };
  inputs.forEach((input, index) => {
    const { format, result } = readInput(input, options);
    // Pushed one by one: spreading a 100k-paper array as arguments would overflow the stack.
    for (const paper of result.papers) corpus.papers.push(paper);
    for (const profile of result.profiles) corpus.profiles.push(profile);
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
  const fail = (format: string, severity: "error" | "warning", message: string) => ({
    format,
    result: { papers: [], profiles: [], diagnostics: [diagnostic(severity, name, 0, message)] },
  });
  if (options.format !== undefined) {
    const forced = findReader(options.format);
    if (!forced) {
      return fail(
        options.format,
        "error",
        `unknown format (${options.format}). Use one of: ${formatNames().join(", ")}.`,
      );
    }
    return { format: forced.name, result: forced.read(text, name, options) };
  }
  const unreadable = unreadableText(
    text,
    name,
    "binary data, not a text export (NUL or control bytes). Give a text file.",
  );
  if (unreadable) return { format: "unknown", result: { papers: [], profiles: [], diagnostics: [unreadable] } };
  const detected = detectFormat(text, name);
  const reader = detected === undefined ? undefined : findReader(detected);
  if (!reader) {
    return fail(
      "unknown",
      "error",
      `format not recognised from the content. Pass the format option (one of: ${formatNames().join(", ")}).`,
    );
  }
  return { format: reader.name, result: reader.read(text, name, options) };
}

/**
 * Readers raise one error per record they could not read, on that record's line; errors on line 0 concern
 * the whole file (binary, empty, unknown format), so only errors on a real line count as skipped records.
 */
function fileReport(file: string, format: string, result: ReadResult): FileReport {
  const skipped = result.diagnostics.filter((item) => item.severity === "error" && item.line > 0).length;
  return { file, format, papers: result.papers.length, skipped, merged: 0 };
}
