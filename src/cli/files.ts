/**
 * Files for the CLI: the embedded corpus in data/, reading inputs, writing outputs. Node only.
 *
 * Inputs are read defensively: a path that is missing, unreadable or a directory becomes an input with an
 * error note (its own diagnostic; the other files are still analysed), a file larger than MAX_INPUT_BYTES is
 * refused before it is read, and every input is read in chunks that stop at the limit (a pipe or a device
 * such as /dev/zero has no size to check first) or after a first chunk of binary data. The bytes are decoded
 * by the core's decodeBytes (UTF-8, UTF-16, Windows-1252), so the browser and the CLI read a file alike. A
 * file an option names (`--thesaurus`) must be read: one that cannot be throws UnreadableFileError.
 */

import {
  closeSync,
  fstatSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  readSync,
  realpathSync,
  rmSync,
  statSync,
  writeSync,
} from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { decodeBytes } from "../ingest";
import { diagnostic } from "../model";
import type { InputFile } from "../model";
import { UsageError } from "./args";

/**
 * The repository, or the installed package: two folders up both from src/cli/ and from the build in
 * dist/lib/ (test/package/build-lib.ts keeps every built file directly in dist/lib/ for this).
 */
const PACKAGE_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../..");

/** The embedded default corpus: every file in the package's data/ folder. */
export const DATA_DIR = join(PACKAGE_ROOT, "data");

/** papergraph's version, from its package.json. */
export function packageVersion(): string {
  const manifest = JSON.parse(readFileSync(join(PACKAGE_ROOT, "package.json"), "utf8")) as { version: string };
  return manifest.version;
}

/**
 * Largest input read, in bytes. A file is held as one string, and V8 strings hold at most 2^29 − 24
 * (536,870,888) characters; below that, time and memory grow with the file, not past it.
 */
export const MAX_INPUT_BYTES = 500_000_000;

/** Bytes read from a file at a time. */
const CHUNK_BYTES = 1 << 20;

/** Share of NUL and control bytes in a first chunk above which a stream is binary (UTF-16 text has 50% NUL). */
const BINARY_SHARE = 0.9;

/** The embedded corpus files, as paths relative to the working directory, in name order. */
export function defaultFiles(): string[] {
  return readdirSync(DATA_DIR)
    .filter((name) => !name.startsWith(".") && !name.endsWith(".md"))
    .sort()
    .map((name) => relative(process.cwd(), join(DATA_DIR, name)));
}

/** Why the file system refused a path, in words ("no such file", "a folder"), else its own message. */
function refusal(error: unknown): string {
  const { code, message } = error as NodeJS.ErrnoException;
  if (code === "ENOENT") return "no such file";
  if (code === "EISDIR") return "a folder";
  if (code === "ENOTDIR") return "a folder in the path is a file";
  if (code === "EACCES" || code === "EPERM") return "permission denied";
  if (code === "ENOSPC") return "no space left on the device";
  return message;
}

/** An input file that cannot be opened (missing, a folder, no permission); `path` names it. */
export class UnreadableFileError extends Error {
  override name = "UnreadableFileError";
  constructor(
    readonly path: string,
    cause: unknown,
  ) {
    super(`papergraph/cli: cannot read ${path} (${refusal(cause)}). Check the path.`, { cause });
  }
}

/** An input that could not be read: no text, and an error saying why and what to do. */
function unread(path: string, reason: string): InputFile {
  return { name: path, text: "", notes: [diagnostic("error", path, 0, reason)] };
}

const sizeText = (bytes: number) =>
  bytes >= 1e6 ? `${Math.round(bytes / 1e6).toLocaleString("en-US")} MB` : `${bytes.toLocaleString("en-US")} bytes`;

/** True when most of a chunk is NUL or control bytes. */
function isBinaryChunk(chunk: Uint8Array): boolean {
  let control = 0;
  // An indexed loop: for…of over a 1 MB Uint8Array costs ~10× more (an iterator step per byte).
  for (let i = 0; i < chunk.length; i++) {
    const byte = chunk[i]!;
    if (byte < 9 || (byte > 13 && byte < 32)) control++;
  }
  return chunk.length > 0 && control / chunk.length > BINARY_SHARE;
}

/**
 * Reads up to `maxBytes` + 1 bytes of a file in chunks; stops early when the first chunk is binary. Returns
 * the bytes, or why reading stopped. A file of known size (`sizeHint`, from stat) is read into one buffer of
 * its size and returned as it is, with no chunk list to concatenate: every fresh page costs a page fault,
 * and on this 2-core VM a fault costs about 8 µs of system CPU (a 100,000-work run: 1.05 million minor
 * faults, 8.8 s of its 12 s system CPU, `perf record`, 2026-12-02, load 2.6). The 218 MB input's chunks and
 * their concatenation took 0.8 s of system CPU of it (the copy's faults alone 0.38 s).
 */
function readBounded(path: string, maxBytes: number, sizeHint = 0): Uint8Array | "too large" | "binary" {
  const file = openSync(path, "r");
  try {
    const chunks: Uint8Array[] = [];
    let total = 0;
    for (;;) {
      const size = chunks.length === 0 && sizeHint > CHUNK_BYTES ? sizeHint : CHUNK_BYTES;
      const chunk = new Uint8Array(Math.min(size, maxBytes + 1 - total));
      const read = readSync(file, chunk, 0, chunk.length, null);
      if (read === 0) break;
      chunks.push(chunk.subarray(0, read));
      total += read;
      if (total > maxBytes) return "too large";
      if (chunks.length === 1 && read >= 1024 && isBinaryChunk(chunk.subarray(0, Math.min(read, CHUNK_BYTES))))
        return "binary";
    }
    return chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, total);
  } finally {
    closeSync(file);
  }
}

/** Reads one input; whatever stops it becomes an error note on the input, never a throw. */
export function readInputFile(path: string, maxBytes = MAX_INPUT_BYTES): InputFile {
  const limit = `the ${sizeText(maxBytes)} one input may have`;
  try {
    const stats = statSync(path);
    if (stats.isDirectory()) return unread(path, "is a directory. Give the files in it instead (folder/*.bib).");
    if (stats.isFile() && stats.size > maxBytes)
      return unread(path, `is ${sizeText(stats.size)}, more than ${limit}. Split it into smaller files.`);
    const bytes = readBounded(path, maxBytes, stats.isFile() ? stats.size : 0);
    if (bytes === "too large")
      return unread(path, `gives more than ${limit} (a device or a stream?). It was not read.`);
    if (bytes === "binary")
      return unread(path, "holds binary data (NUL and control bytes), not a text export. It was not read.");
    return decodeBytes(path, bytes);
  } catch (error) {
    return unread(path, `cannot be read (${refusal(error)}). Check the path.`);
  }
}

/** Reads every input (see readInputFile); one InputFile per path, in order. */
export function readInputFiles(paths: readonly string[], maxBytes = MAX_INPUT_BYTES): InputFile[] {
  return paths.map((path) => readInputFile(path, maxBytes));
}

/** Reads a file an option names (`--thesaurus`): it must be read, so one that cannot be throws UnreadableFileError. */
export function readOptionFile(path: string): InputFile {
  let isFolder: boolean;
  try {
    isFolder = statSync(path).isDirectory();
  } catch (error) {
    throw new UnreadableFileError(path, error);
  }
  if (isFolder) throw new UnreadableFileError(path, Object.assign(new Error("a folder"), { code: "EISDIR" }));
  const input = readInputFile(path);
  const failure = input.notes?.find((note) => note.severity === "error");
  if (failure) throw new UnreadableFileError(path, new Error(failure.message));
  return input;
}

/** The real path of a file, or its absolute path when it does not exist yet. */
function canonicalPath(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return resolve(path);
  }
}

/**
 * Throws a `papergraph/cli` usage error when an output path names one of the inputs (writing it would destroy
 * the data being analysed). `outputs` pairs each option (`--json`) with the path it writes.
 */
export function checkOutputs(inputs: readonly string[], outputs: readonly [string, string | undefined][]): void {
  const read = new Set(inputs.map(canonicalPath));
  for (const [option, path] of outputs) {
    if (path !== undefined && read.has(canonicalPath(path)))
      throw new UsageError(
        `papergraph/cli: ${option} names an input file (${path}); it would be overwritten. Choose another path.`,
      );
  }
}

/**
 * Writes text, or the pieces of a document too large for one string (text or UTF-8 bytes), to `path`
 * (folders made as needed).
 * Throws a `papergraph/cli: cannot write …` error naming the path when the file system refuses; a file left
 * unfinished by a failure (a full disk, an error while the document is made) is removed, so no half document
 * is mistaken for a whole one.
 */
export function writeOutput(path: string, content: string | Iterable<string | Uint8Array, unknown, undefined>): void {
  const file = openOutput(path);
  // Until the last piece is written; only a regular file is removed, never a device or pipe (/dev/stdout).
  let partial = fstatSync(file).isFile();
  try {
    for (const piece of typeof content === "string" ? [content] : content) {
      if (typeof piece === "string") writeSync(file, piece);
      // Bytes are written from the array itself (a view the writer reuses): all of it before going on.
      else for (let at = 0; at < piece.length; ) at += writeSync(file, piece, at);
    }
    partial = false;
  } catch (error) {
    throw writeFailure(path, error);
  } finally {
    closeSync(file);
    if (partial) removePartial(path);
  }
}

/** Removes a file left unfinished; one that cannot be removed stays, and the write's own error is the one told. */
export function removePartial(path: string): void {
  try {
    rmSync(path, { force: true });
  } catch {
    // Nothing more to do: the caller reports the failed write.
  }
}

/** Opens `path` for writing (folders made as needed), or throws the `cannot write …` error naming it. */
export function openOutput(path: string): number {
  try {
    mkdirSync(dirname(resolve(path)), { recursive: true });
    return openSync(path, "w");
  } catch (error) {
    throw new Error(`papergraph/cli: cannot write ${path} (${refusal(error)}). Check the path.`, { cause: error });
  }
}

/** The error of a write to `path` that the file system refused. */
export function writeFailure(path: string, error: unknown): Error {
  return new Error(`papergraph/cli: writing ${path} failed (${refusal(error)}).`, { cause: error });
}
