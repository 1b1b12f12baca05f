/**
 * What `papergraph analyze` says on stderr besides the report: progress, the input's diagnostics, the files
 * it wrote and the error that stopped it. As text lines for people (progress throttled by
 * progress.ts), or with `--progress json` as one JSON object per line for other programs — every event,
 * each with an `event` field: progress, diagnostic, wrote, error. `--quiet` drops progress and "wrote".
 */

import type { Diagnostic } from "../model";
import type { OnProgress } from "../options";
import { createProgressPrinter } from "./progress";

/** The stderr side of one run. */
export interface Messages {
  /** Where pipeline progress goes; undefined when it is not shown. */
  progress?: OnProgress;
  diagnostics(diagnostics: readonly Diagnostic[], text: string): void;
  wrote(path: string): void;
  error(message: string, exitCode: number): void;
}

/** Options of createMessages. */
export interface MessagesOptions {
  /** "text" | "json", default "text". Lines for people, or one JSON object per line. */
  format?: "text" | "json";
  /** boolean, default false. No progress and no "wrote" messages. */
  quiet?: boolean;
}

/**
 * Messages written line by line to `write` (a line without its newline). The text form of the diagnostics
 * is the caller's (report.ts formats them); the JSON form lists every diagnostic, notes included.
 */
export function createMessages(write: (line: string) => void, options: MessagesOptions = {}): Messages {
  const { format = "text", quiet = false } = options;
  if (format === "json") {
    const emit = (event: Record<string, unknown>) => write(JSON.stringify(event));
    return {
      progress: quiet ? undefined : (stage, done, total) => emit({ event: "progress", stage, done, total }),
      diagnostics: (diagnostics) => {
        for (const { severity, file, line, message } of diagnostics)
          emit({ event: "diagnostic", severity, file, line, message });
      },
      wrote: (path) => {
        if (!quiet) emit({ event: "wrote", path });
      },
      error: (message, exitCode) => emit({ event: "error", exitCode, message }),
    };
  }
  return {
    progress: quiet ? undefined : createProgressPrinter(write),
    diagnostics: (_diagnostics, text) => {
      if (text) write(text);
    },
    wrote: (path) => {
      if (!quiet) write(`wrote ${path}`);
    },
    error: (message) => write(message),
  };
}
