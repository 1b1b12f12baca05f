/**
 * The Node driver of identity's part that runs beside the calling thread: the family-name typo candidates
 * (identity/decisions/typos.ts), found on a worker_thread of their own (identity-thread-worker.ts) from the
 * forms' family names and initials while the calling thread forms the clusters, then read back when the
 * doubts are listed. Identity is synchronous, so the calling thread takes the answer synchronously: it
 * waits on a shared flag the thread raises once it has posted, then reads the port (receiveMessageOnPort).
 *
 * On 100,000 generated works (108,819 forms) the candidates cost the calling thread 0.55-0.82 s of CPU
 * (2026-12-02, load 1.4-1.9, three rounds), about a tenth of the stage; there they are ready seconds before
 * the doubts ask for them.
 */

import { availableParallelism } from "node:os";
import { MessageChannel, receiveMessageOnPort, type MessagePort, type Worker } from "node:worker_threads";
import { typoCandidates } from "../identity/decisions/typos";
import type { TypoCandidates, TypoCandidatesRunner } from "../identity";
import { startThread } from "./thread-entry";

/**
 * Forms below which the candidates stay on the calling thread: a thread costs about 0.35 s of CPU to start
 * from the sources, more than the candidates of fewer forms take here.
 */
export const MIN_THREADED_FORMS = 50_000;

/**
 * How long the calling thread waits for the thread before finding the candidates itself (the same answer):
 * it cannot see a thread that failed to start while it waits, and must not wait for it forever. A failure
 * inside typoCandidates is the calling thread's error, as it would have been here.
 */
const MAX_WAIT_MS = 60_000;

/** What the calling thread posts: typoCandidates' inputs, the port to answer on and the flag to raise. */
export interface TypoRequest {
  families: string[];
  initials: string[];
  port: MessagePort;
  done: Int32Array;
}

/** Options of the identity thread runner. */
export interface IdentityThreadOptions {
  /** number, default: the cores the OS offers. Below 2 the candidates stay on the calling thread. */
  threads?: number;
  /** number, default MIN_THREADED_FORMS. Fewer forms keep the candidates on the calling thread. */
  minForms?: number;
  /** milliseconds, default MAX_WAIT_MS: how long the calling thread waits before finding the candidates itself. */
  maxWaitMs?: number;
  /** Starts the thread (tests give one that fails to load). */
  start?: () => Worker;
}

/** A TypoCandidatesRunner that finds the candidates on a worker thread of its own. */
export function createThreadTypoRunner(options: IdentityThreadOptions = {}): TypoCandidatesRunner {
  return (families, initials) => {
    const threads = options.threads ?? availableParallelism();
    if (threads < 2 || families.length < (options.minForms ?? MIN_THREADED_FORMS)) return undefined;
    const worker = options.start ? options.start() : startThread("identity-thread-worker");
    // Nothing keeps the process alive for it: the calling thread takes its answer synchronously, or never.
    worker.unref();
    // A thread that fails to load raises no flag: the calling thread finds the candidates itself once its
    // wait ends, and the thread's error, dispatched after that, must not end the process.
    worker.on("error", () => {});
    const { port1, port2 } = new MessageChannel();
    const done = new Int32Array(new SharedArrayBuffer(4));
    const request: TypoRequest = { families, initials, port: port2, done };
    worker.postMessage(request, [port2]);
    return () => {
      const answered = Atomics.wait(done, 0, 0, options.maxWaitMs ?? MAX_WAIT_MS) !== "timed-out";
      const reply = answered
        ? (receiveMessageOnPort(port1)?.message as TypoCandidates | { error: string } | undefined)
        : undefined;
      port1.close();
      void worker.terminate();
      if (reply === undefined) return typoCandidates(families, initials);
      if ("error" in reply) throw new Error(`papergraph/identity: the identity thread failed (${reply.error}).`);
      return reply;
    };
  };
}
