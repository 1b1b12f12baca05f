/**
 * Runs the command line from the TypeScript sources in a folder of the test's own, as a user would:
 * `papergraph(...args)` gives the exit status, stdout and stderr (test/package/pack.test.ts runs the built one).
 */

import { spawnSync } from "node:child_process";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";

export const ROOT = resolve(import.meta.dirname, "../..");
// tsx's loader by path: the runs happen in a temporary folder, where `--import tsx` would not find it.
const TSX = pathToFileURL(join(ROOT, "node_modules/tsx/dist/loader.mjs")).href;

/** Runs `papergraph …args` in the folder `cwd`. */
export function runPapergraph(cwd: string, ...args: string[]) {
  const result = spawnSync(process.execPath, ["--import", TSX, join(ROOT, "src/cli/main.ts"), ...args], {
    cwd,
    encoding: "utf8",
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
