/**
 * The scheduler of a threaded shortest-path sweep, shared by both drivers: the CLI's worker_threads
 * (src/cli/metrics-threads.ts) and the explorer's Web Workers (src/app/metrics-workers.ts). A driver only
 * says how to start one worker that holds the sweep input and runs chunks (StartSweepWorker); this module
 * hands out the chunks one at a time, the next to whichever worker answers first — with the sum arrays
 * of a chunk already added, for the worker to refill — collects the partial sums and stops the workers
 * however the sweep ends. Small sweeps stay on the calling thread, where starting workers (about 0.1 s
 * each) costs more than it saves.
 *
 * With `yieldToEvents` the calling thread sweeps too, one of the `workers`, between the messages of the
 * others: it starts at once, so the sweep never waits for a thread to start (from the TypeScript sources,
 * 0.25–0.3 s from start to first chunk on ca-GrQc under load, where a chunk takes 16 ms), and a
 * sweep on two cores starts one thread instead of two. A started worker keeps two chunks in hand once it
 * has answered, so it does not wait while the calling thread runs a chunk; before, one, so that a worker
 * slow to start holds back no more than one chunk the calling thread would otherwise run. Given the calling
 * thread's other work (caller-tasks.ts: the metrics that read no path, the community runs made here), the
 * calling thread does that first, between the threads' messages, while they start and sweep, then sweeps;
 * meanwhile a worker keeps BUSY_HAND chunks in hand, from its first request on, so it does not wait for the
 * calling thread to finish a task to receive its next: on ca-GrQc a Louvain run there takes 30–60 ms, two
 * warm chunks 30. (Given one chunk first, a worker ready before the calling thread's last task ran out and
 * waited while the calling thread ran its first chunk, cold: 83 ms in one traced ca-GrQc run.)
 *
 * The chunks go out costliest first (chunkOrder in sweep-kernel.ts), so that the last ones handed out are
 * cheap and the threads end together. A driver may start its workers ahead (`startAhead`, the runner's
 * `prepare`, called at the start of the metrics): a thread from the TypeScript sources takes 0.15–0.25 s to
 * load, which then runs beside the calling thread's work before the sweep (on ca-GrQc its components and
 * split at cut vertices, about 0.1 s) instead of after it. A network whose sweep then runs inline keeps the
 * thread idle for a later sweep.
 *
 * Chunks may come back in any order; runSweep (sweep.ts) adds them in chunk order, so a pooled sweep gives
 * the same bits as the inline one whatever the worker count or timing. The graphology ForceAtlas2 layout
 * is split the same way: one kernel, a synchronous and a worker driver.
 */

import { runChunksInline, type SweepRunner } from "./sweep";
import { chunkOrder, scratchFor, sweepChunk, type SweepInput, type SweepPartial, type SweepSums } from "./sweep-kernel";

/**
 * Chunks a worker keeps in hand while the calling thread does its other work (see the header). Eight: on the
 * 100,000-work network the calling thread's tasks (eigenvector, PageRank, clustering) take 2–2.5 s each
 * beside three other busy threads, and a worker holding four first-round chunks (about 0.2 s of CPU each
 * alone, half a core to run them on) ran out and waited 0.5–1 s for the next (per-thread CPU sampled every
 * 250 ms from /proc). The chunks still go out costliest first, so the end of a sweep is as balanced.
 */
const BUSY_HAND = 8;

/** One worker as the scheduler sees it. */
export interface SweepWorker {
  /**
   * Asks the worker to run chunk `index` of the input it holds, into `spare` when given: the driver
   * transfers those arrays to the worker, so the worker's next partial comes back in them.
   */
  run(index: number, spare?: SweepSums): void;
  /** Stops the worker; the scheduler waits for a returned promise. */
  terminate(): void | Promise<unknown>;
}

/**
 * How a driver starts one worker holding `input`: the worker hands each finished chunk to `onPartial`
 * and any failure, as an error whose message says what to do, to `onError`.
 */
export type StartSweepWorker = (
  input: SweepInput,
  onPartial: (index: number, partial: SweepPartial) => void,
  onError: (error: Error) => void,
) => SweepWorker;

/** Options of createPoolSweepRunner. */
export interface PoolRunnerOptions {
  /** number, required. Workers to start at most (never more than there are chunks); below 2 the sweep runs inline. */
  workers: number;
  /** number, required. Sweeps with fewer edge visits (sources × CSR slots) run inline. */
  minWork: number;
  /**
   * Function, default none: the calling thread runs no chunk. When given, the calling thread is one of the
   * `workers` and runs chunks too, awaiting this between two (it must let the workers' messages in: Node's
   * setImmediate, not a microtask).
   */
  yieldToEvents?: () => Promise<void>;
  /**
   * Function, default none: how a driver starts `count` workers ahead of a sweep, for `start` to take (the
   * runner's `prepare`), so that their start-up runs beside the calling thread's work before the sweep.
   */
  startAhead?: (count: number) => void;
  /** boolean, default false. The workers take sum arrays in shared memory (SweepRunner.sharesSums). */
  sharesSums?: boolean;
}

/** A SweepRunner that shares the chunks out to workers started by `start`, inline when that would not pay. */
export function createPoolSweepRunner(start: StartSweepWorker, options: PoolRunnerOptions): SweepRunner {
  const { yieldToEvents, startAhead } = options;
  return {
    sharesSums: options.sharesSums,
    prepare(work) {
      // The workers a sweep starts: the calling thread is one of `workers` when it sweeps too.
      if (options.workers >= 2 && work >= options.minWork) startAhead?.(options.workers - (yieldToEvents ? 1 : 0));
    },
    async run(input, accept, spare, tasks) {
      const count = Math.min(options.workers, input.chunkCount);
      if (count < 2 || input.sources.length * input.targets.length < options.minWork) {
        return runChunksInline.run(input, accept, spare);
      }
      const workers: SweepWorker[] = [];
      try {
        await new Promise<void>((resolve, reject) => {
          // Chunks are handed out costliest first (chunkOrder); `next` counts those handed out.
          const order = chunkOrder(input);
          let next = 0;
          let done = 0;
          let failed = false;
          // True while the calling thread does its other work before it sweeps (caller-tasks.ts).
          let callerBusy = !!(yieldToEvents && tasks);
          const finish = () => {
            if (++done === input.chunkCount) resolve();
          };
          for (let i = yieldToEvents ? 1 : 0; i < count; i++) {
            let held = 0;
            const feed = (worker: SweepWorker, keep: number) => {
              for (; held < keep && next < input.chunkCount; held++) worker.run(order[next++]!, spare?.());
            };
            const worker = start(
              input,
              (index, partial) => {
                held--;
                accept(index, partial);
                finish();
                // The chunks it keeps in hand once it has answered (see the header).
                feed(worker, yieldToEvents ? (callerBusy ? BUSY_HAND : 2) : 1);
              },
              (error) => {
                failed = true;
                reject(error);
              },
            );
            workers.push(worker);
            feed(worker, callerBusy ? BUSY_HAND : 1);
          }
          if (yieldToEvents) {
            const scratch = scratchFor(input);
            const own = async () => {
              // The calling thread's other work first, while the threads start and sweep (caller-tasks.ts).
              while (!failed && tasks?.runNext()) await yieldToEvents();
              callerBusy = false;
              while (next < input.chunkCount && !failed) {
                const index = order[next++]!;
                accept(index, sweepChunk(input, index, scratch, spare?.()));
                finish();
                await yieldToEvents();
              }
            };
            own().catch(reject);
          }
        });
      } finally {
        await Promise.all(workers.map(async (worker) => worker.terminate()));
      }
    },
  };
}
