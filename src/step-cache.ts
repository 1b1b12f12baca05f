/**
 * The memory of resumable analyses: each pipeline step's last result, with the values it was computed
 * from. A step asked again with the same values (compared with Object.is, one by one) gets its last result
 * back without running, so a step whose inputs are all kept results is skipped too: a change reruns the
 * analysis from the first step it touches, and only the steps that read what changed. The same rule as a
 * spreadsheet's recalculation or React's useMemo dependencies; one result is kept per step, since the
 * explorer only ever goes back to the latest analysis.
 */

export interface StepCache {
  /**
   * The result of `compute()` for step `key` on `inputs`, or the kept result when `inputs` are the values
   * the step last ran on. Records `key` among the steps that ran since the last `takeRan()`.
   */
  run<T>(key: string, inputs: readonly unknown[], compute: () => Promise<T>): Promise<T>;
  /** The keys of the steps that ran (were not answered from memory) since the last call, in order. */
  takeRan(): string[];
}

function sameInputs(a: readonly unknown[], b: readonly unknown[]): boolean {
  return a.length === b.length && a.every((value, i) => Object.is(value, b[i]));
}

/** A cache that keeps every step's last result (for a session that reruns the analysis). */
export function createStepCache(): StepCache {
  const kept = new Map<string, { inputs: readonly unknown[]; result: unknown }>();
  let ran: string[] = [];
  return {
    async run<T>(key: string, inputs: readonly unknown[], compute: () => Promise<T>): Promise<T> {
      const entry = kept.get(key);
      if (entry && sameInputs(entry.inputs, inputs)) return entry.result as T;
      // Forget the old result first: a failed step must not answer the next run with stale data.
      kept.delete(key);
      const result = await compute();
      kept.set(key, { inputs: [...inputs], result });
      ran.push(key);
      return result;
    },
    takeRan() {
      const steps = ran;
      ran = [];
      return steps;
    },
  };
}

/** A cache that keeps nothing: every step runs, and its inputs can be freed as soon as it returns. */
export function createNoStepCache(): StepCache {
  let ran: string[] = [];
  return {
    async run<T>(key: string, _inputs: readonly unknown[], compute: () => Promise<T>): Promise<T> {
      ran.push(key);
      return compute();
    },
    takeRan() {
      const steps = ran;
      ran = [];
      return steps;
    },
  };
}
