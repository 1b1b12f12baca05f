/**
 * Progress lines on stderr. A stage that finishes quickly prints one line when it ends; a long stage
 * also prints where it is at most every half second, so a long run shows it is alive without flooding a
 * log file.
 */

import type { OnProgress } from "../options";

const INTERVAL_MS = 500;

/** Returns an OnProgress that writes `[stage] done/total` and `[stage] done in Xs` lines to the sink. */
export function createProgressPrinter(
  write: (line: string) => void,
  now: () => number = () => performance.now(),
): OnProgress {
  const started = new Map<string, number>();
  let lastLine = 0;
  return (stage, done, total) => {
    const time = now();
    if (!started.has(stage) || done === 0) started.set(stage, time);
    if (done >= total) {
      write(`[${stage}] done in ${((time - started.get(stage)!) / 1000).toFixed(2)}s`);
      started.delete(stage);
      lastLine = time;
    } else if (time - started.get(stage)! >= INTERVAL_MS && time - lastLine >= INTERVAL_MS) {
      write(`[${stage}] ${done}/${total} (${Math.round((100 * done) / total)}%)`);
      lastLine = time;
    }
  };
}
