/**
 * The Node driver of the community runs: worker_threads (community-thread-worker.ts) make the reported
 * Louvain or Leiden run and the community stability seeds' runs while the calling thread computes the
 * shortest-path sweep and the other metrics; computeMetrics collects the partitions afterwards. The runs
 * are independent, so they are dealt out in contiguous blocks of seeds, one block per thread, up to one
 * thread per core: when the sweep ends first, the rest of the runs finish on all cores instead of one.
 * Each run depends only on the CSR, the options and its seed, so the partitions are the same bits as
 * inline, and the blocks are joined back in seed order.
 *
 * A thread costs about 0.3 s of CPU before its first run (0.13–0.2 s to start from the sources, the CSR's
 * copy, its own first level: see louvain.ts createLouvain) and its own heap, and on a machine whose cores
 * all sweep it takes its CPU from the sweep; it pays only for runs that would otherwise keep the calling
 * thread from the sweep for seconds. So the runs of ca-GrQc, ca-HepPh and the 20k-work network stay on the
 * calling thread (caller-tasks.ts: at 20k the sweep thread was still on the first sampled round's last
 * chunks when the calling thread joined it, traced), and the 100k-work network's eleven runs (4.3M CSR
 * slots, 7–11 s of CPU under load) get one thread, done 26 s before the sweep in a traced whole run (31 s
 * into a 57 s step at load 2.5): the calling thread never waits for it. MIN_COMMUNITY_THREAD_WORK has the
 * figures.
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
 * Louvain costs about 0.1–0.15 µs per slot and run now (the first level shared: see louvain.ts), so this is
 * 2.5–4 s of runs per thread. The runs' process CPU (every thread) from a saved CSR, fresh processes
 * alternated at load 2–3: ca-HepPh (237k slots) 342–429 ms inline against 490–609 ms on one thread;
 * the 20k-work network (893k slots) 1.24–1.32 s inline, 1.27–1.41 s on one thread, 1.59–1.63 s on two;
 * peak RSS of whole runs 268–281 against 299–306 MB (ca-HepPh bench, inline / one thread), 618–621
 * against 741–773 MB (20k analyze, inline / two threads), 2.52 against 2.61 GB (100k analyze, one / two).
 * 2·10⁶, set when a run cost about 1 µs per slot, gave ca-HepPh one thread and the 20k and 100k networks two.
 */
export const MIN_COMMUNITY_THREAD_WORK = 25_000_000;

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

/**
 * Threads for `runs` runs on a CSR form of `slots` slots with `cores` cores: one per `minWork` of work
 * (slots × runs), at most one per core and per run; 0 (the calling thread) below it or with one core.
 */
export function communityThreadCount(slots: number, runs: number, cores: number, minWork: number): number {
  return cores < 2 ? 0 : Math.min(cores, runs, Math.floor((runs * slots) / minWork));
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
      const threads = communityThreadCount(csr.targets.length, runs, cores, minWork);
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
