/** Files for the CLI: the embedded corpus in data/, reading inputs as text, writing outputs. Node only. */

import { closeSync, mkdirSync, openSync, readdirSync, readFileSync, writeSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { InputFile } from "../model";

/** The embedded default corpus: every file in the repository's data/ folder. */
export const DATA_DIR = resolve(dirname(fileURLToPath(import.meta.url)), "../../data");

/** The embedded corpus files, as paths relative to the working directory, in name order. */
export function defaultFiles(): string[] {
  return readdirSync(DATA_DIR)
    .filter((name) => !name.startsWith(".") && !name.endsWith(".md"))
    .sort()
    .map((name) => relative(process.cwd(), join(DATA_DIR, name)));
}

/** Reads files as UTF-8 text; a binary file still arrives (as replacement characters) for its reader to reject. */
export function readInputFiles(paths: string[]): InputFile[] {
  const decoder = new TextDecoder("utf-8");
  return paths.map((path) => ({ name: path, text: decoder.decode(readFileSync(path)) }));
}

/** Writes text, or the pieces of a document too large for one string, to `path` (folders made as needed). */
export function writeOutput(path: string, content: string | Iterable<string>): void {
  mkdirSync(dirname(resolve(path)), { recursive: true });
  const file = openSync(path, "w");
  try {
    for (const piece of typeof content === "string" ? [content] : content) writeSync(file, piece);
  } finally {
    closeSync(file);
  }
}
