/**
 * Whether a run read anything, and if not, the one line that says why: no file could be read, the files held
 * no records, or papers were read but none falls in the year range. Nothing read is exit status 1.
 */

import type { Analysis } from "../pipeline";

/** The reason nothing was analysed, or undefined when papers or a network with nodes were read. */
export function nothingRead({ corpus, options }: Analysis, paths: readonly string[]): string | undefined {
  const networkNodes = corpus.networks.reduce((sum, network) => sum + network.nodes.length, 0);
  if (corpus.papers.length > 0 || networkNodes > 0) return undefined;
  const read = corpus.files.reduce((sum, file) => sum + file.papers, 0);
  if (read > 0 && (options.yearFrom !== undefined || options.yearTo !== undefined)) {
    const range = `${options.yearFrom ?? "…"}–${options.yearTo ?? "…"}`;
    const papers = read === 1 ? "1 paper was" : `${read} papers were`;
    return `papergraph: no paper in the year range ${range} (${papers} read, none published then).`;
  }
  const networks = corpus.networks.length > 0 ? " (the networks read have no nodes)" : "";
  return `papergraph: no paper or network could be read from ${paths.join(", ")}${networks}.`;
}
