/** Files for the CLI: the embedded corpus in data/, reading inputs as text, writing outputs. Node only. */

import { closeSync, mkdirSync, openSync, readdirSync, readFileSync, writeSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { InputFile } from "../model";

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
  if (code === "EACCES" || code === "EPERM") return "permission denied";
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

/** Reads the bytes of each file. Throws UnreadableFileError for the first path that cannot be opened. */
export function readInputBytes(paths: readonly string[]): { name: string; bytes: Uint8Array }[] {
  return paths.map((path) => {
    try {
      return { name: path, bytes: readFileSync(path) };
    } catch (error) {
      throw new UnreadableFileError(path, error);
    }
  });
}

/** A file's bytes as UTF-8 text; a binary file still arrives (as replacement characters) for its reader to reject. */
export function decodeInput(name: string, bytes: Uint8Array): InputFile {
  return { name, text: new TextDecoder("utf-8").decode(bytes) };
}

/** Reads files as UTF-8 text (see decodeInput). Throws UnreadableFileError for the first path that cannot be opened. */
export function readInputFiles(paths: readonly string[]): InputFile[] {
  return readInputBytes(paths).map(({ name, bytes }) => decodeInput(name, bytes));
}

/**
 * Writes text, or the pieces of a document too large for one string, to `path` (folders made as needed).
 * Throws a `papergraph/cli: cannot write …` error naming the path when the file system refuses.
 */
export function writeOutput(path: string, content: string | Iterable<string, unknown, undefined>): void {
  let file: number;
  try {
    mkdirSync(dirname(resolve(path)), { recursive: true });
    file = openSync(path, "w");
  } catch (error) {
    throw new Error(`papergraph/cli: cannot write ${path} (${refusal(error)}). Check the path.`, { cause: error });
  }
  try {
    for (const piece of typeof content === "string" ? [content] : content) writeSync(file, piece);
  } catch (error) {
    throw new Error(`papergraph/cli: writing ${path} failed (${refusal(error)}).`, { cause: error });
  } finally {
    closeSync(file);
  }
}
