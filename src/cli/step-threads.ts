/**
 * The Node driver of the steps before the metrics that run beside the calling thread, on the core that
 * would otherwise idle: the topics of the papers as read while identity runs (topics/early-topics.ts),
 * and the coauthor links from the incidence while the bipartite graph is built (graphs/coauthor-links.ts).
 * Each is one request to a worker_thread of its own (step-thread-worker.ts), ended once it replies; from
 * the TypeScript sources the thread registers tsx's CommonJS hook as the sweep threads do
 * (metrics-threads.ts), without the parent's `--import tsx`.
 *
 * On 100,000 generated works, idle: identity 8.6 s against 3.2 s of topics; the bipartite build 3.7 s
 * against about 1.8 s of links. Both wait on the calling thread for less than they took there.
 */

import { availableParallelism } from "node:os";
import { startThread } from "./thread-entry";
import type { Authorships, CoauthorLinks, CoauthorLinksRunner } from "../graphs";
import type { PackedTopics, TopicInputs, TopicsRunner } from "../topics";

/**
 * Papers below which both stay on the calling thread: a thread costs about 0.35 s of CPU to start from the
 * sources, which identity does not cover below this (20,000 works, idle: identity 1.56 s, topics 0.92). On
 * 6,000 works under load (4-5) the threaded run was slower: identity with the topics beside it 2.91 and
 * 3.20 s against 1.63 + 0.89 and 1.99 + 0.66 inline.
 */
export const MIN_THREADED_PAPERS = 15_000;

/** What the calling thread posts: one step's inputs. */
export type StepRequest = { topics: TopicInputs } | { links: { incidence: Authorships; maxAuthorsPerPaper: number } };

/** The reply of a new thread to `request`; the thread ends once it replies. */
function runOnThread<T>(request: StepRequest, step: string): Promise<T> {
  const worker = startThread("step-thread-worker");
  worker.postMessage(request);
  return new Promise<T>((resolve, reject) => {
    worker.once("message", (reply: T) => {
      worker.removeAllListeners("error");
      void worker.terminate();
      resolve(reply);
    });
    worker.once("error", (cause: Error) => {
      worker.removeAllListeners("message");
      reject(new Error(`papergraph/${step}: the ${step} thread failed (${cause.message}).`));
    });
  });
}

/** Options of the step runners. */
export interface StepThreadOptions {
  /** number, default: the cores the OS offers. Below 2 the steps stay on the calling thread. */
  threads?: number;
  /** number, default MIN_THREADED_PAPERS. Fewer papers keep the steps on the calling thread. */
  minPapers?: number;
}

/** Whether a step over `papers` papers goes to a thread. */
function threaded(options: StepThreadOptions, papers: number): boolean {
  return (options.threads ?? availableParallelism()) >= 2 && papers >= (options.minPapers ?? MIN_THREADED_PAPERS);
}

/** A TopicsRunner that extracts the topics on a worker thread of its own. */
export function createThreadTopicsRunner(options: StepThreadOptions = {}): TopicsRunner {
  return (inputs) =>
    threaded(options, inputs.ids.length) ? runOnThread<PackedTopics>({ topics: inputs }, "topics") : undefined;
}

/** A CoauthorLinksRunner that projects the links on a worker thread of its own. */
export function createThreadLinksRunner(options: StepThreadOptions = {}): CoauthorLinksRunner {
  return (incidence, maxAuthorsPerPaper) => {
    if (!threaded(options, incidence.paperStart.length - 1)) return undefined;
    // Only the typed arrays travel (copied: the bipartite build reads them too), not the node keys.
    const { authorCount, paperStart, authors, years } = incidence;
    const request = { links: { incidence: { authorCount, paperStart, authors, years }, maxAuthorsPerPaper } };
    return runOnThread<CoauthorLinks>(request, "graphs");
  };
}
