/**
 * Starts a worker thread on one of the command line's thread entries (metrics-thread-worker,
 * community-thread-worker, layout-thread-worker, step-thread-worker). From src/ (tsx, vitest) the entry is
 * TypeScript, so the thread registers tsx before requiring it (a new thread inherits no loader); in the build
 * (dist/lib/) it is the entry's .js, which lies beside this module's chunk.
 */

import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";

/** True when this module runs from src/ under tsx or vitest, false in the build (dist/lib/). */
const FROM_SOURCE = import.meta.url.endsWith(".ts");

/** A new worker thread running the entry named `name` (no extension), waiting for its first message. */
export function startThread(name: string): Worker {
  const entry = new URL(`./${name}${FROM_SOURCE ? ".ts" : ".js"}`, import.meta.url);
  if (!FROM_SOURCE) return new Worker(entry);
  const tsx = createRequire(import.meta.url).resolve("tsx/cjs/api");
  const boot = `require(${JSON.stringify(tsx)}).register(); require(${JSON.stringify(fileURLToPath(entry))});`;
  return new Worker(boot, { eval: true, execArgv: [] });
}
