/**
 * The Node driver of the community runs: one worker_thread (community-thread-worker.ts) makes the
 * reported Louvain or Leiden run and the community stability seeds' runs while the calling thread computes
 * the shortest-path sweep and the other metrics; computeMetrics collects the partitions afterwards. On
 * ca-GrQc the eleven runs take about 0.3 s of the metrics' 1.4 s on one thread, so on two cores they cost
 * no wall time. Each run depends only on the CSR, the options and its seed, so the partitions are the
 * same bits as inline.
 *
 * The thread outlives a call (the topic network's metrics follow the coauthor network's) and waits
 * unreferenced, so it never keeps the process alive. Small networks keep the runs inline, where starting
 * the thread (about 0.3 s of CPU from the sources, mostly loading the community libraries) costs more than
 * the runs. From the TypeScript sources the thread registers tsx's CommonJS hook as the sweep threads do
 * (metrics-threads.ts), without the parent's `--import tsx`.
 */

import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import { communityRunsInline, type CommunityRunner, type CommunityRunsOptions, type CsrGraph } from "../metrics";

/**
 * Below this many CSR slots × runs the runs stay inline. Louvain costs about 1 µs per slot and run here
 * (ca-GrQc: 29,000 slots, 20–30 ms a run), so this is about the 0.2 s the thread costs to start.
 */
export const MIN_COMMUNITY_THREAD_WORK = 200_000;

/** What the main thread posts: the CSR's arrays (copied) and the options; node keys do not travel. */
export interface CommunityRequest {
  order: number;
  offsets: Int32Array;
  targets: Int32Array;
  weights: Float64Array;
  options: CommunityRunsOptions;
}

/** What the thread posts back: communityRuns' partitions, the reported seed's first. */
export interface CommunityReply {
  runs: Int32Array[];
}

const FROM_SOURCE = import.meta.url.endsWith(".ts");
const ENTRY = new URL(FROM_SOURCE ? "./community-thread-worker.ts" : "./community-thread-worker.js", import.meta.url);

/** A new community thread, waiting for its request. */
function startWorker(): Worker {
  if (!FROM_SOURCE) return new Worker(ENTRY);
  const tsx = createRequire(import.meta.url).resolve("tsx/cjs/api");
  const boot = `require(${JSON.stringify(tsx)}).register(); require(${JSON.stringify(fileURLToPath(ENTRY))});`;
  return new Worker(boot, { eval: true, execArgv: [] });
}

/** Options of createThreadCommunityRunner. */
export interface CommunityThreadOptions {
  /** number, default 2. Below 2 the runs stay on the calling thread (`--threads 1`: no threads at all). */
  threads?: number;
  /** number, default MIN_COMMUNITY_THREAD_WORK. Runs with less work (CSR slots × runs) stay inline. */
  minWork?: number;
}

/** A CommunityRunner on one worker thread kept between calls, inline for small networks. */
export function createThreadCommunityRunner(options: CommunityThreadOptions = {}): CommunityRunner {
  let idle: Worker | undefined;
  const minWork = options.minWork ?? MIN_COMMUNITY_THREAD_WORK;
  return {
    start(csr: CsrGraph, runsOptions: CommunityRunsOptions, onRun) {
      if ((options.threads ?? 2) < 2 || (runsOptions.seeds + 1) * csr.targets.length < minWork) {
        return communityRunsInline.start(csr, runsOptions, onRun);
      }
      const worker = idle ?? startWorker();
      idle = undefined;
      worker.ref();
      const { offsets, targets, weights } = csr;
      const request: CommunityRequest = { order: csr.nodes.length, offsets, targets, weights, options: runsOptions };
      worker.postMessage(request);
      const runs = new Promise<Int32Array[]>((resolve, reject) => {
        worker.once("message", (reply: CommunityReply) => {
          worker.removeAllListeners("error");
          worker.unref();
          idle = worker;
          onRun?.(runsOptions.seeds, runsOptions.seeds);
          resolve(reply.runs);
        });
        worker.once("error", (cause: Error) => {
          worker.removeAllListeners("message");
          reject(
            new Error(
              `papergraph/metrics: the community thread failed (${cause.message}). Run with one thread to see the error in place.`,
            ),
          );
        });
      });
      // Marked handled now: a failure waits for computeMetrics to ask for the runs, then rejects there.
      runs.catch(() => {});
      return () => runs;
    },
  };
}
