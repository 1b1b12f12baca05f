/**
 * Progress lines on stderr: one line when a stage starts, then at most one per 10% step, and one when it
 * ends, so a long run shows it is alive without flooding a log file.
 */

import type { OnProgress } from "../options";

/** Returns an OnProgress that writes `[stage] done/total (pct%)` lines to the given sink. */
export function createProgressPrinter(write: (line: string) => void): OnProgress {
  let stage = "";
  let lastStep = -1;
  const started = new Map<string, number>();
  return (name, done, total) => {
    if (name !== stage) {
      stage = name;
      lastStep = -1;
      started.set(name, Date.now());
    }
    const step = total > 0 ? Math.floor((10 * done) / total) : 10;
    if (step === lastStep) return;
    lastStep = step;
    const percent = total > 0 ? Math.round((100 * done) / total) : 100;
    const elapsed = ((Date.now() - (started.get(name) ?? Date.now())) / 1000).toFixed(1);
    write(`[${name}] ${done}/${total} (${percent}%) ${elapsed}s`);
  };
}
