/**
 * The Node driver of the early topics (topics/early-topics.ts): a worker_thread (topics-thread-worker.ts)
 * extracts the topics of the papers as read while the calling thread runs identity, on the core that would
 * otherwise idle. Identity is the longer step (100,000 generated works: 8.6 s against 3.2 s for topics,
 * idle), so the topics are in by the time the pipeline asks for them. One thread per analysis, ended once it
 * replies; from the TypeScript sources it registers tsx's CommonJS hook as the sweep threads do
 * (metrics-threads.ts), without the parent's `--import tsx`.
 */

import { createRequire } from "node:module";
import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import type { PackedTopics, TopicInputs, TopicsRunner } from "../topics";

/**
 * Papers below which the topics stay on the calling thread: a thread costs about 0.35 s of CPU to start from
 * the sources, and below this identity may end before the thread's topics do.
 */
export const MIN_THREADED_PAPERS = 5_000;

const FROM_SOURCE = import.meta.url.endsWith(".ts");
const ENTRY = new URL(FROM_SOURCE ? "./topics-thread-worker.ts" : "./topics-thread-worker.js", import.meta.url);

/** A new topics thread, waiting for its inputs. */
function startWorker(): Worker {
  if (!FROM_SOURCE) return new Worker(ENTRY);
  const tsx = createRequire(import.meta.url).resolve("tsx/cjs/api");
  const boot = `require(${JSON.stringify(tsx)}).register(); require(${JSON.stringify(fileURLToPath(ENTRY))});`;
  return new Worker(boot, { eval: true, execArgv: [] });
}

/** Options of createThreadTopicsRunner. */
export interface TopicsThreadOptions {
  /** number, default: the cores the OS offers. Below 2 the topics stay on the calling thread. */
  threads?: number;
  /** number, default MIN_THREADED_PAPERS. Fewer papers keep the topics on the calling thread. */
  minPapers?: number;
}

/** A TopicsRunner that extracts the topics on a worker thread of its own. */
export function createThreadTopicsRunner(options: TopicsThreadOptions = {}): TopicsRunner {
  const cores = options.threads ?? availableParallelism();
  const minPapers = options.minPapers ?? MIN_THREADED_PAPERS;
  return (inputs: TopicInputs) => {
    if (cores < 2 || inputs.ids.length < minPapers) return undefined;
    const worker = startWorker();
    worker.postMessage(inputs);
    return new Promise<PackedTopics>((resolve, reject) => {
      worker.once("message", (packed: PackedTopics) => {
        worker.removeAllListeners("error");
        void worker.terminate();
        resolve(packed);
      });
      worker.once("error", (cause: Error) => {
        worker.removeAllListeners("message");
        reject(new Error(`papergraph/topics: the topics thread failed (${cause.message}).`));
      });
    });
  };
}
