/**
 * The text report of `papergraph analyze`: the per-file reading report, graph-level summary, the top
 * authors by each centrality and the top topics. Pure formatting of an Analysis; printing is main.ts's job.
 */

import { rankNodes, type GraphSummary, type NodeMetricKey } from "../metrics";
import type { AnalysedGraph } from "../model";
import type { Analysis } from "../pipeline";

/** The metrics the report ranks authors by, with their titles. */
export const RANKED_METRICS = [
  ["degree", "Degree (coauthors)"],
  ["weightedDegree", "Weighted degree (joint papers)"],
  ["betweenness", "Betweenness (normalised)"],
  ["closeness", "Closeness (Wasserman–Faust)"],
  ["eigenvector", "Eigenvector"],
  ["pagerank", "PageRank (weighted)"],
] as const;

/** A metric value as the report prints it. */
export const formatNumber = (value: number): string =>
  Number.isInteger(value) ? String(value) : Math.abs(value) >= 100 ? value.toFixed(1) : value.toFixed(4);

/** The `top` nodes of a graph by an attribute (rankNodes' order), with what a report line shows. */
function topRows(
  graph: AnalysedGraph,
  attribute: NodeMetricKey | "paperCount",
  top: number,
): { label: string; value: number; isOwner: boolean }[] {
  return rankNodes(graph, attribute)
    .slice(0, top)
    .map((node) => {
      const attributes = graph.getNodeAttributes(node);
      const isOwner = attributes.kind === "author" && attributes.isOwner;
      return { label: attributes.label, value: attributes[attribute] ?? 0, isOwner };
    });
}

/** "exact", or how a sampled path metric was estimated and its bound (95% confidence, all nodes at once). */
function pathMetricLine(name: string, metric: GraphSummary["betweenness"], unit = ""): string {
  if (metric.mode === "exact") return `${name} exact`;
  const rounds =
    metric.rounds === undefined
      ? ""
      : ` in ${metric.rounds} rounds, top ${metric.certifiedTop} of ${metric.topK} stable`;
  return `${name} sampled from ${metric.samples} sources${rounds} (error ≤ ${formatNumber(metric.errorBound ?? NaN)}${unit})`;
}

/** The graph-level lines of a network's summary. */
export function summaryLines(title: string, summary: GraphSummary): string[] {
  const sampled = summary.betweenness.mode === "sampled";
  const paths = summary.weightedPaths ? "distance 1/joint papers" : "hops";
  return [
    title,
    `  nodes ${summary.nodes}   links ${summary.edges}   ` +
      `components ${summary.components} (largest ${summary.largestComponentNodes})   ` +
      `density ${formatNumber(summary.density)}`,
    `  average clustering ${formatNumber(summary.averageClustering)}   ` +
      `transitivity ${formatNumber(summary.transitivity)}`,
    `  communities ${summary.communities} (Louvain, modularity ${formatNumber(summary.modularity)})`,
    `  largest component (${paths}): diameter ${sampled ? "≥ " : ""}${formatNumber(summary.diameter)}, ` +
      `average shortest path ${sampled ? "≈ " : ""}${formatNumber(summary.averageShortestPath)}`,
    sampled
      ? [
          `  ${pathMetricLine("betweenness", summary.betweenness)}`,
          pathMetricLine("closeness", summary.closeness, " on mean distance"),
          `${pathMetricLine("harmonic", summary.harmonic)} — 95% confidence`,
        ].join("; ")
      : "  betweenness, closeness and harmonic exact",
  ];
}

/** Spellings joined beyond plain folding, and the people kept apart that may be one (with the evidence). */
function identityLines({ corpus }: Analysis, limit = 10): string[] {
  const { merges, possibleDuplicates } = corpus;
  if (merges.length === 0 && possibleDuplicates.length === 0) return [];
  const label = new Map(corpus.people.map((person) => [person.key, person.label]));
  const lines = [
    `  identity: ${merges.length} people joined from several spellings, ` +
      `${possibleDuplicates.length} possible duplicates kept apart`,
  ];
  for (const pair of possibleDuplicates.slice(0, limit)) {
    const against = pair.against.length ? `; against: ${pair.against.join(", ")}` : "";
    lines.push(
      `    ${label.get(pair.a) ?? pair.a} ~ ${label.get(pair.b) ?? pair.b} (for: ${pair.for.join(", ")}${against})`,
    );
  }
  if (possibleDuplicates.length > limit)
    lines.push(`    … and ${possibleDuplicates.length - limit} more (--json lists them all)`);
  return lines;
}

/** The full text report, ready to print. */
export function formatReport(analysis: Analysis, top: number): string {
  const { corpus, coauthors, topics } = analysis;
  const truncated = corpus.papers.filter((paper) => paper.authorsTruncated).length;
  const lines: string[] = [];
  for (const file of corpus.files) {
    const networks = corpus.networks.filter((network) => network.file === file.file);
    const read = networks.length
      ? networks
          .map((network) => `a network of ${network.nodes.length} nodes and ${network.edges.length} links`)
          .join(", ")
      : `${file.papers} papers`;
    lines.push(`${file.file}: ${read} read as ${file.format}, ${file.skipped} skipped, ${file.merged} merged`);
  }
  for (const profile of corpus.profiles) {
    lines.push(
      `profile of ${profile.owner}: h-index ${profile.hIndex ?? "?"}, ${profile.citations ?? "?"} citations, ` +
        `${profile.paperCount ?? "?"} papers listed`,
    );
  }
  if (corpus.papers.length > 0)
    lines.push(
      "",
      `Papers ${corpus.papers.length} (${truncated} with cut-off author lists)   authors ${corpus.people.length}`,
    );
  lines.push(...identityLines(analysis), "");
  lines.push(...summaryLines("Coauthor network", analysis.coauthorSummary));
  const centre = coauthors.findNode(
    (node, attributes) => attributes.isOwner && coauthors.degree(node) === coauthors.order - 1,
  );
  if (centre !== undefined && !analysis.options.hideOwners) {
    lines.push(
      `  an ego network: ${coauthors.getNodeAttribute(centre, "label")} is linked to everyone and tops every ` +
        "ranking; --hide-owner shows the structure among the coauthors",
    );
  }
  lines.push("");
  for (const [attribute, title] of RANKED_METRICS) {
    lines.push(`Top ${top} by ${title}`);
    topRows(coauthors, attribute, top).forEach((row, index) => {
      lines.push(
        `  ${String(index + 1).padStart(3)}. ${row.label}${row.isOwner ? " (profile owner)" : ""}  ` +
          formatNumber(row.value),
      );
    });
    lines.push("");
  }
  lines.push(...summaryLines("Topic network", analysis.topicSummary), "", `Top ${top} topics by papers`);
  topRows(topics, "paperCount", top).forEach((row, index) => {
    lines.push(`  ${String(index + 1).padStart(3)}. ${row.label}  ${row.value} papers`);
  });
  return lines.join("\n");
}

/** Diagnostics for stderr: counts by severity, then the warnings and errors with file and line. */
export function formatDiagnostics(analysis: Analysis, limit = 30): string {
  const { diagnostics } = analysis.corpus;
  if (diagnostics.length === 0) return "";
  const count = (severity: string) => diagnostics.filter((d) => d.severity === severity).length;
  const shown = diagnostics.filter((d) => d.severity !== "info").slice(0, limit);
  const lines = [`diagnostics: ${count("error")} errors, ${count("warning")} warnings, ${count("info")} notes`];
  for (const d of shown) lines.push(`  ${d.severity} ${d.file}${d.line ? `:${d.line}` : ""}: ${d.message}`);
  const hidden = diagnostics.length - count("info") - shown.length;
  if (hidden > 0) lines.push(`  … and ${hidden} more (--json keeps them all)`);
  return lines.join("\n");
}
