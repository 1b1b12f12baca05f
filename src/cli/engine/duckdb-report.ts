/**
 * The text report of `papergraph analyze --engine duckdb`: what the DuckDB engine read, the coauthor
 * network's summary and the top authors by each centrality — the in-memory report's lines and rankings
 * (highest first, ties by label, then node order), read from the engine's per-index arrays.
 */

import { formatNumber, RANKED_METRICS, summaryLines } from "../report";
import type { DuckDbAnalysis } from "./duckdb-analysis";

/** The top `top` node indices by `values`, highest first, ties by label then index. */
function topIndices(values: ArrayLike<number>, labels: readonly string[], top: number): number[] {
  const order = Array.from({ length: values.length }, (_, i) => i);
  order.sort((a, b) => values[b]! - values[a]! || labels[a]!.localeCompare(labels[b]!) || a - b);
  return order.slice(0, top);
}

/** The full report of a DuckDB analysis of `file`. */
export function formatDuckDbReport(file: string, analysis: DuckDbAnalysis, top: number): string {
  const { projection, metrics } = analysis;
  const lines = [
    `${file}: ${projection.papers} works read by DuckDB, ${projection.people.length} people ` +
      "(keyed by OpenAlex id, ORCID, else folded name)",
    "",
    ...summaryLines("Coauthor network", analysis.summary),
    "",
  ];
  for (const [attribute, title] of RANKED_METRICS) {
    const values = metrics.get(attribute)!;
    lines.push(`Top ${top} by ${title}`);
    topIndices(values, projection.labels, top).forEach((v, rank) => {
      lines.push(`  ${String(rank + 1).padStart(3)}. ${projection.labels[v]}  ${formatNumber(values[v]!)}`);
    });
    lines.push("");
  }
  return lines.join("\n");
}
