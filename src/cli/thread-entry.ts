/**
 * Starts a worker thread on one of the command line's thread entries (THREAD_ENTRIES). From src/ (tsx,
 * vitest) the entry is TypeScript, so the thread registers tsx before requiring it (a new thread inherits no
 * loader); in the build (dist/lib/) it is the entry's .js, which lies beside this module's chunk.
 */

import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";

/** True when this module runs from src/ under tsx or vitest, false in the build (dist/lib/). */
const FROM_SOURCE = import.meta.url.endsWith(".ts");

/**
 * Every thread entry, each src/cli/NAME.ts: the list the library build (test/package/build-lib.ts) bundles
 * into dist/lib/NAME.js, so a thread the command line starts is never missing from the package.
 */
export const THREAD_ENTRIES = [
  "community-thread-worker",
  "gexf-export-thread-worker",
  "identity-thread-worker",
  "layout-thread-worker",
  "metrics-thread-worker",
  "step-thread-worker",
] as const;

export type ThreadEntry = (typeof THREAD_ENTRIES)[number];

/** A new worker thread running the entry `name`, waiting for its first message. */
export function startThread(name: ThreadEntry): Worker {
  const entry = new URL(`./${name}${FROM_SOURCE ? ".ts" : ".js"}`, import.meta.url);
  if (!FROM_SOURCE) return new Worker(entry);
  const tsx = createRequire(import.meta.url).resolve("tsx/cjs/api");
  const boot = `require(${JSON.stringify(tsx)}).register(); require(${JSON.stringify(fileURLToPath(entry))});`;
  return new Worker(boot, { eval: true, execArgv: [] });
}
