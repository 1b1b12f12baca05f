/** The real files of test/fixtures/real/ (origin, licence and trimming in each folder's SOURCE.md). */

import { readFileSync } from "node:fs";
import { join } from "node:path";

/** Folder of the real fixtures, one subfolder per format. */
export const REAL_FIXTURES = join(import.meta.dirname, "fixtures/real");

/** Reads a real fixture as UTF-8 text; `path` is relative to test/fixtures/real/, e.g. `ris/example.ris`. */
export function readRealFixture(path: string): string {
  return readFileSync(join(REAL_FIXTURES, path), "utf8");
}
