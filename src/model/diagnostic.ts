/**
 * Diagnostics: every record a stage skips, repairs or doubts yields one, so nothing is dropped silently.
 * `line` is 1-based; 0 means "the whole file" (an empty file, a count that does not add up).
 */

export type Severity = "error" | "warning" | "info";

export interface Diagnostic {
  severity: Severity;
  file: string;
  line: number;
  message: string;
}

/** Builds a diagnostic; a shorthand that keeps readers terse. */
export function diagnostic(severity: Severity, file: string, line: number, message: string): Diagnostic {
  return { severity, file, line, message };
}
