/**
 * The Node driver of the community runs: worker_threads (community-thread-worker.ts) make the reported
 * Louvain or Leiden run and the community stability seeds' runs while the calling thread computes the
 * shortest-path sweep and the other metrics; computeMetrics collects the partitions afterwards. The runs
 * are independent, so they are dealt out in contiguous blocks of seeds, one block per thread, up to one
 * thread per core: when the sweep ends first, the rest of the runs finish on all cores instead of one.
 * Each run depends only on the CSR, the options and its seed, so the partitions are the same bits as
 * inline, and the blocks are joined back in seed order.
 *
 * On the 100k-work network (4.3M CSR slots) the eleven Louvain runs cost 5.6–6.7 s of CPU alone (the
 * first level shared: see louvain.ts createLouvain), dealt to two threads (8.0 and 9.7 s of CPU together
 * in two whole runs, start-up and the CSR's copy included; 11.8 and 10.6 s before createLouvain) that
 * start 3–4 s into the metrics step and are done 17–45 s before the sweep: the calling thread never waits
 * for them, and every second they cost is taken from the sweep's two threads. On ca-GrQc the eleven runs
 * take a few ms a run once compiled: the calling thread makes them while the sweep's thread sweeps
 * (caller-tasks.ts), without a thread of their own.
 *
 * The threads outlive a call (the topic network's metrics follow the coauthor network's) and wait
 * unreferenced, so they never keep the process alive. How many start is a cost estimate: one per
 * MIN_COMMUNITY_THREAD_WORK of work (CSR slots × runs), at most one per core and per run; networks below
 * it keep the runs on the calling thread, beside a threaded sweep or after an inline one. From the
 * TypeScript sources a thread registers tsx's
 * CommonJS hook as the sweep threads do (metrics-threads.ts), without the parent's `--import tsx`.
 */

import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import { startThread } from "./thread-entry";
import { communityRunsInline, type CommunityRunner, type CommunityRunsOptions, type CsrGraph } from "../metrics";

/**
 * Work (CSR slots × runs) that pays for one community thread; below it the runs stay on the calling thread.
 * Set when Louvain cost about 1 µs per slot and run (about 2 s of runs); it now costs about 0.1–0.15 µs
 * (the 20k and 100k networks' eleven runs, first level shared: see louvain.ts), so this is about 0.3 s of
 * runs, not measured again since. Below it the calling thread makes them beside a threaded sweep
 * (caller-tasks.ts) at no cost to the sweep, where a thread costs 0.16–0.2 s of CPU to start from the
 * sources (loading graphology's community modules) and shares the two cores with the sweep's: ca-GrQc's
 * metrics step (exact, two threads), fresh runners in one process, alternated six times at load 3.6–3.9,
 * min/median 926/1025 ms with 2·10⁵ (one community thread; 856/1107 ms before the calling thread's tasks)
 * and 713/864 ms with this bound. Above it a run of seconds would hold back the sweep thread's next chunks.
 */
export const MIN_COMMUNITY_THREAD_WORK = 2_000_000;

/** What the main thread posts: the CSR's arrays (copied) and the options of its block of runs; node keys do not travel. */
export interface CommunityRequest {
  order: number;
  offsets: Int32Array;
  targets: Int32Array;
  weights: Float64Array;
  /** The block's first seed and, in `seeds`, how many runs follow it. */
  options: CommunityRunsOptions;
}

/** What a thread posts back: its block's partitions in seed order. */
export interface CommunityReply {
  runs: Int32Array[];
}

/** Options of createThreadCommunityRunner. */
export interface CommunityThreadOptions {
  /** number, default: the cores the OS offers. Most threads to use; below 2 the runs stay on the calling thread (`--threads 1`: no threads at all). */
  threads?: number;
  /** number, default MIN_COMMUNITY_THREAD_WORK. Work (CSR slots × runs) per thread started; less keeps the runs inline. */
  minWork?: number;
}

/**
 * The `runs` runs (seed, seed + 1 …) dealt into `blocks` contiguous blocks of sizes differing by at most
 * one, as communityRuns options: each block's first seed and how many further seeds follow it.
 */
export function seedBlocks(options: CommunityRunsOptions, blocks: number): CommunityRunsOptions[] {
  const runs = options.seeds + 1;
  const dealt: CommunityRunsOptions[] = [];
  for (let b = 0, first = 0; b < blocks; b++) {
    const size = Math.floor(runs / blocks) + (b < runs % blocks ? 1 : 0);
    dealt.push({ ...options, seed: options.seed + first, seeds: size - 1 });
    first += size;
  }
  return dealt;
}

/** A CommunityRunner on worker threads kept between calls, one per block of seeds; inline for small networks. */
export function createThreadCommunityRunner(options: CommunityThreadOptions = {}): CommunityRunner {
  const idle: Worker[] = [];
  const minWork = options.minWork ?? MIN_COMMUNITY_THREAD_WORK;
  const cores = options.threads ?? availableParallelism();
  /** The block's partitions from a thread of the pool, which returns to the pool when it replies. */
  const runOnThread = (csr: CsrGraph, block: CommunityRunsOptions): Promise<Int32Array[]> => {
    const worker = idle.pop() ?? startThread("community-thread-worker");
    worker.ref();
    const { offsets, targets, weights } = csr;
    worker.postMessage({
      order: csr.nodes.length,
      offsets,
      targets,
      weights,
      options: block,
    } satisfies CommunityRequest);
    return new Promise<Int32Array[]>((resolve, reject) => {
      worker.once("message", (reply: CommunityReply) => {
        worker.removeAllListeners("error");
        worker.unref();
        idle.push(worker);
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
  };
  return {
    start(csr: CsrGraph, runsOptions: CommunityRunsOptions, onRun, tasks) {
      const runs = runsOptions.seeds + 1;
      const threads = cores < 2 ? 0 : Math.min(cores, runs, Math.floor((runs * csr.targets.length) / minWork));
      if (threads === 0) return communityRunsInline.start(csr, runsOptions, onRun, tasks);
      const blocks = Promise.all(seedBlocks(runsOptions, threads).map((block) => runOnThread(csr, block))).then(
        (replies) => {
          onRun?.(runsOptions.seeds, runsOptions.seeds);
          return replies.flat();
        },
      );
      // Marked handled now: a failure waits for computeMetrics to ask for the runs, then rejects there.
      blocks.catch(() => {});
      return () => blocks;
    },
  };
}
