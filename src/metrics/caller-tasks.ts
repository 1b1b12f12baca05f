/**
 * Work the calling thread can do while other threads sweep: the metrics that read no shortest path
 * (eigenvector, PageRank, clustering, coreness) and the community runs when they are made on this thread.
 * computeMetrics queues them; a pooled sweep whose calling thread sweeps too (sweep-pool.ts) runs them
 * there once its threads have their first chunks, letting the threads' messages in between two tasks, and
 * joins the sweep when the queue is empty. Whatever runner sweeps, computeMetrics drains what is left after
 * the sweep. Each task writes only its own result, so where and when it runs changes no bit.
 */
export class CallerTasks {
  private readonly queue: (() => void)[] = [];

  add(task: () => void): void {
    this.queue.push(task);
  }

  /** Runs the next task in the order they were added; false when none is left. */
  runNext(): boolean {
    const task = this.queue.shift();
    task?.();
    return task !== undefined;
  }

  drain(): void {
    while (this.runNext());
  }
}
