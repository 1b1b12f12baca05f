/**
 * Work the calling thread can do while other threads sweep: the metrics that read no shortest path
 * (eigenvector, PageRank, clustering, coreness) and the community runs when they are made on this thread.
 * computeMetrics queues them; a pooled sweep whose calling thread sweeps too (sweep-pool.ts) runs them
 * there once its threads have their first chunks, letting the threads' messages in between two tasks, and
 * joins the sweep when the queue is empty. Whatever runner sweeps, computeMetrics drains what is left after
 * the sweep. Each task writes only its own result, so where and when it runs changes no bit.
 */
export interface CallerTasks {
  add(task: () => void): void;
  /** Runs the next task in the order they were added; false when none is left. */
  runNext(): boolean;
  drain(): void;
}

/** An empty queue of tasks. */
export function createCallerTasks(): CallerTasks {
  const queue: (() => void)[] = [];
  const runNext = (): boolean => {
    const task = queue.shift();
    task?.();
    return task !== undefined;
  };
  return {
    add: (task) => void queue.push(task),
    runNext,
    drain: () => {
      while (runNext());
    },
  };
}
