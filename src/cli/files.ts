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

/** An input file that cannot be opened (missing, a folder, no permission); `path` names it. */
export class UnreadableFileError extends Error {
  override name = "UnreadableFileError";
  constructor(
    readonly path: string,
    reason: string,
  ) {
    super(`papergraph/cli: cannot read ${path} (${reason}). Check the path.`);
  }
}

/**
 * Reads files as UTF-8 text; a binary file still arrives (as replacement characters) for its reader to
 * reject. Throws UnreadableFileError for the first path that cannot be opened.
 */
export function readInputFiles(paths: readonly string[]): InputFile[] {
  const decoder = new TextDecoder("utf-8");
  return paths.map((path) => {
    try {
      return { name: path, text: decoder.decode(readFileSync(path)) };
    } catch (error) {
      const { code, message } = error as NodeJS.ErrnoException;
      throw new UnreadableFileError(
        path,
        code === "ENOENT" ? "no such file" : code === "EISDIR" ? "a folder" : message,
      );
    }
  });
}

/** Writes text, or the pieces of a document too large for one string, to `path` (folders made as needed). */
export function writeOutput(path: string, content: string | Iterable<string, unknown, undefined>): void {
  mkdirSync(dirname(resolve(path)), { recursive: true });
  const file = openSync(path, "w");
  try {
    for (const piece of typeof content === "string" ? [content] : content) writeSync(file, piece);
  } finally {
    closeSync(file);
  }
}
