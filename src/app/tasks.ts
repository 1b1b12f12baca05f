/**
 * Cutting main-thread work into tasks: long jobs on a large analysis (copying a 20,000-node network for
 * drawing, putting the dataset together) do a slice, then give the page a turn so input and painting
 * are never held up for long. A MessageChannel post is used instead of setTimeout(0), which browsers
 * clamp to 4 ms after a few nested calls.
 */

/** Work done between two yields: a task of this many milliseconds is not noticed by a user. */
export const SLICE_MS = 40;

const channel = new MessageChannel();
const waiting: (() => void)[] = [];
channel.port1.onmessage = () => waiting.shift()?.();

/** Resolves in a new task, after the page has had the chance to handle input and paint. */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    waiting.push(resolve);
    channel.port2.postMessage(null);
  });
}

/** Calls `step(item)` for every item, yielding to the page whenever a slice has taken SLICE_MS. */
export async function forEachSliced<T>(items: Iterable<T>, step: (item: T) => void): Promise<void> {
  let sliceStart = performance.now();
  let count = 0;
  for (const item of items) {
    step(item);
    // Reading the clock costs more than most steps: check it every 256 items.
    if ((++count & 255) === 0 && performance.now() - sliceStart > SLICE_MS) {
      await nextTask();
      sliceStart = performance.now();
    }
  }
}
