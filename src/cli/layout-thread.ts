/**
 * The coauthor layout of a large network on a worker thread (layout-thread-worker.ts): the thread computes
 * layoutPositions — the same function on the same input, so the same positions — from the end of the
 * metrics, while the calling thread runs the steps up to the layout (counting comparison, community labels,
 * topic metrics, bursts, author indicators, appearance: about 6 s on 100,000 works, as long as the layout).
 * Before, the second core idled after the metrics' sweep. Small networks stay on the calling thread, where
 * the layout is short and a thread's start-up (tsx and the layout modules from the sources, about 0.3 s)
 * would cost more than it saves. From the TypeScript sources the thread registers tsx's CommonJS hook as
 * the sweep threads do (metrics-threads.ts).
 */

import { startThread } from "./thread-entry";
import type { LayoutInput, LayoutResult, LayoutRunner } from "../layout";

/**
 * Links from which the layout goes to a thread: the 20,000 generated works' 446,626 do (2 s of layout),
 * ca-GrQc's 14,484 do not.
 */
export const MIN_THREADED_LAYOUT_LINKS = 200_000;

/** What the thread posts back: the positions, or why there are none. */
export type LayoutReply = { result: LayoutResult } | { error: string };

/**
 * The positions of `input`, computed on a new thread (the message copies its links' arrays, which may be a
 * LinkTable's that the analysis reads on: not transferred). The thread
 * ends with its reply, or when `signal` aborts: an analysis that failed meanwhile would otherwise keep the
 * caller's process waiting for a layout nobody reads.
 */
function layoutOnThread(input: LayoutInput, signal?: AbortSignal): Promise<LayoutResult> {
  const worker = startThread("layout-thread-worker");
  const stop = () => void worker.terminate();
  signal?.addEventListener("abort", stop, { once: true });
  if (signal?.aborted) stop();
  const result = new Promise<LayoutResult>((done, fail) => {
    const failed = (message: string) => fail(new Error(`papergraph/layout: the layout thread failed (${message}).`));
    worker.once("message", (reply: LayoutReply) => ("error" in reply ? failed(reply.error) : done(reply.result)));
    worker.once("error", (error) => failed(error.message));
    worker.once("exit", (code) => failed(`it stopped, code ${code}`));
  });
  worker.postMessage(input);
  return result.finally(() => {
    signal?.removeEventListener("abort", stop);
    stop();
  });
}

/** A LayoutRunner that lays networks of at least `minLinks` links out on a thread, and declines the others. */
export function createThreadLayoutRunner(minLinks = MIN_THREADED_LAYOUT_LINKS): LayoutRunner {
  return (input, signal) => (input.links.sources.length < minLinks ? undefined : layoutOnThread(input, signal));
}
