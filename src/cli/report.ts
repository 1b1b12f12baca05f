/**
 * The text report of `papergraph analyze`: the per-file reading report, graph-level summary, the top
 * authors by each centrality and the top topics. Pure formatting of an Analysis; printing is main.ts's job.
 * Names, titles and messages come from the files read: every line is passed through `printable`.
 */

import type { GraphSummary, NodeMetricKey } from "../metrics";
import { pendingLinks } from "../graphs";
import type { AnalysedGraph, CoauthorGraph, Evidence, IdentityDecision } from "../model";
import { communityAlgorithmName } from "../options";
import type { Analysis } from "../pipeline";
import { printable } from "./terminal-text";

/**
 * The first `k` of `items` in the order of `compare`, as a stable sort would give them, without sorting
 * them all: the report lists ten of 139,304 identity decisions and 89,034 authors on 100,000 works.
 * Cost: O(n · k) in the worst case, O(n) when most items are worse than the k-th.
 */
export function firstInOrder<T>(items: readonly T[], k: number, compare: (a: T, b: T) => number): T[] {
  const kept: T[] = [];
  if (k <= 0) return kept;
  for (const item of items) {
    if (kept.length === k && compare(item, kept[k - 1]!) >= 0) continue;
    // After every kept item that is not worse: equal items stay in input order, as in a stable sort.
    let at = kept.length;
    while (at > 0 && compare(item, kept[at - 1]!) < 0) at--;
    kept.splice(at, 0, item);
    if (kept.length > k) kept.pop();
  }
  return kept;
}

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

/**
 * The `top` nodes of a graph by an attribute in rankNodes' order (highest first, a missing or infinite value as
 * −∞, ties by label, then graph order), with what a report line shows. Picked by firstInOrder, not by sorting
 * every node: rankNodes' sorts of 89,034 authors, six metrics, took 1.1 s of CPU on 100,000 generated works,
 * most of it in label comparisons of tied values (degree, weighted degree).
 */
export function topRows(
  graph: AnalysedGraph,
  attribute: NodeMetricKey | "paperCount",
  top: number,
): { label: string; value: number; isOwner: boolean; isGroup: boolean }[] {
  const rows = graph.mapNodes((_node, attributes) => {
    const value = attributes[attribute];
    return { attributes, order: value !== undefined && Number.isFinite(value) ? value : -Infinity };
  });
  const ranked = firstInOrder(
    rows,
    top,
    (a, b) => -(a.order - b.order) || a.attributes.label.localeCompare(b.attributes.label),
  );
  return ranked.map(({ attributes }) => {
    const isOwner = attributes.kind === "author" && attributes.isOwner;
    const isGroup = attributes.kind === "author" && attributes.isGroup === true;
    return { label: attributes.label, value: attributes[attribute] ?? 0, isOwner, isGroup };
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

/** Communities: how many, found how, their modularity, and how stable across seeds. */
function communitiesLine(summary: GraphSummary): string {
  const algorithm = communityAlgorithmName(summary.communityAlgorithm);
  const resolution = summary.resolution === 1 ? "" : `, resolution ${summary.resolution}`;
  const minimum = summary.minClusterSize > 1 ? `, at least ${summary.minClusterSize} members` : "";
  const { seeds, overall } = summary.communityStability;
  const stable =
    seeds > 0 && Number.isFinite(overall) ? `, stability ${formatNumber(overall)} over ${seeds} other seeds` : "";
  return `  communities ${summary.communities} (${algorithm}${resolution}${minimum}, modularity ${formatNumber(summary.modularity)})${stable}`;
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
    communitiesLine(summary),
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

const evidenceText = (items: Evidence[]): string =>
  items
    .map((item) =>
      Number.isFinite(item.weight) && item.weight !== 0
        ? `${item.text} (${item.weight > 0 ? "+" : ""}${Number(item.weight.toFixed(2))})`
        : item.text,
    )
    .join("; ");

/** One decision on two lines: the sides, then the evidence for and against. */
function decisionLines(decision: IdentityDecision, label: (key: string) => string): string[] {
  const sides =
    decision.kind === "join"
      ? `${label(decision.a.key)} ← ${decision.a.label} + ${decision.b.label}`
      : `${decision.a.label} ~ ${decision.b.label}`;
  const score = Number.isFinite(decision.score) ? ` ${decision.score} points (threshold ${decision.threshold})` : "";
  const against = decision.against.length ? `; against: ${evidenceText(decision.against)}` : "";
  return [
    printable(`    ${sides}: ${decision.impact} occurrence${decision.impact === 1 ? "" : "s"}${score}`),
    printable(`      for: ${evidenceText(decision.for)}${against}`),
  ];
}

/** Group authors shown on a line of their own: counted among the authors, but not people. */
function groupLines({ corpus, options }: Analysis, limit = 5): string[] {
  const groups = corpus.people.filter((person) => person.group);
  if (groups.length === 0) return [];
  const names = groups.slice(0, limit).map((group) => group.label);
  const more = groups.length > limit ? `, … and ${groups.length - limit} more` : "";
  const hidden = options.hideGroups ? "left out of the network by --hide-groups" : "--hide-groups leaves them out";
  const count = `${groups.length} group author${groups.length === 1 ? "" : "s"}`;
  return [`  of which ${count}, not people: ${names.join(", ")}${more} (${hidden})`];
}

/** File owners, then identity's joins and doubtful splits, the most consequential first (all of them in --json). */
function identityLines({ corpus }: Analysis, limit = 10): string[] {
  const lines = corpus.owners.map((owner) =>
    printable(
      `  owner of ${owner.file}: ${owner.label} (${owner.stated ? "stated" : `inferred: on ${Math.round(owner.coverage * 100)}% of its papers`})`,
    ),
  );
  const joins = corpus.decisions.filter((decision) => decision.kind === "join");
  const splits = corpus.decisions.filter((decision) => decision.kind === "split");
  if (!joins.length && !splits.length) return lines;
  const labels = new Map(corpus.people.map((person) => [person.key, person.label]));
  const label = (key: string) => labels.get(key) ?? key;
  const byImpact = (list: IdentityDecision[]) =>
    firstInOrder(list, limit, (a, b) => b.impact - a.impact || (a.id < b.id ? -1 : 1));
  lines.push(`  identity: ${joins.length} joins beyond the same name, ${splits.length} doubtful splits kept apart`);
  for (const [title, list] of [
    ["joins", joins],
    ["doubtful splits", splits],
  ] as const) {
    if (!list.length) continue;
    lines.push(`  ${title}, by occurrences moved:`);
    for (const decision of byImpact(list)) lines.push(...decisionLines(decision, label));
    if (list.length > limit) lines.push(`    … and ${list.length - limit} more (--json lists them all)`);
  }
  return lines;
}

/** The largest coauthor communities: size, papers, stability, and the topics that set each apart. */
export function communityLines(analysis: Analysis, top: number): string[] {
  const { communities } = analysis.insights;
  if (communities.length === 0) return [];
  const lines = [`Top ${Math.min(top, communities.length)} communities (distinctive topics, log-likelihood ratio G²)`];
  for (const community of communities.slice(0, top)) {
    const stability = Number.isFinite(community.stability) ? `, stability ${formatNumber(community.stability)}` : "";
    const topics = community.topics.map((topic) => `${topic.label} (${topic.llr.toFixed(1)})`).join("; ");
    const papers = `${community.papers} paper${community.papers === 1 ? "" : "s"}`;
    lines.push(
      printable(
        `  ${String(community.id).padStart(3)}. ${community.size} authors, ${papers}${stability}: ` +
          (topics || "no distinctive topic"),
      ),
    );
  }
  return lines;
}

/** The strongest bursts of topics and of authors, with their years. */
export function burstLines(analysis: Analysis, top: number): string[] {
  const { bursts } = analysis.insights;
  if (!bursts.years || (bursts.topics.length === 0 && bursts.authors.length === 0)) return [];
  const { s, gamma } = bursts.parameters;
  const lines = [
    `Bursts (Kleinberg, two states, s = ${s}, γ = ${gamma}, years ${bursts.years.first}–${bursts.years.last})`,
  ];
  for (const [title, list] of [
    ["topics", bursts.topics],
    ["authors", bursts.authors],
  ] as const) {
    if (list.length === 0) continue;
    lines.push(`  ${title}:`);
    for (const burst of list.slice(0, top)) {
      const years = burst.start === burst.end ? String(burst.start) : `${burst.start}–${burst.end}`;
      const papers = `${burst.papers} paper${burst.papers === 1 ? "" : "s"}`;
      lines.push(printable(`    ${burst.label}  ${years} (weight ${burst.weight.toFixed(2)}, ${papers})`));
    }
  }
  return lines;
}

const percent = (share: number | undefined): string => (share === undefined ? "—" : `${Math.round(share * 100)}%`);

/** The most cited authors of the corpus, with their h-index and first- and last-author shares. */
export function indicatorLines(analysis: Analysis, top: number): string[] {
  const { coauthors } = analysis;
  const cited = coauthors.filterNodes((_node, attributes) => attributes.citations !== undefined);
  if (cited.length === 0) return [];
  const rows = firstInOrder(
    cited.map((node) => coauthors.getNodeAttributes(node)),
    top,
    (a, b) => b.citations! - a.citations! || b.hIndex! - a.hIndex! || a.label.localeCompare(b.label),
  );
  const lines = [
    `Top ${Math.min(top, cited.length)} authors by citations in these records (h-index; first, last author)`,
  ];
  rows.forEach((author, index) => {
    const papers = `${author.citedPapers} of ${author.paperCount} papers counted`;
    lines.push(
      printable(
        `  ${String(index + 1).padStart(3)}. ${author.label}  ${author.citations} citations, h-index ${author.hIndex} ` +
          `(${papers}); first ${percent(author.firstAuthorShare)}, last ${percent(author.lastAuthorShare)}`,
      ),
    );
  });
  return lines;
}

const METRIC_NAMES = { pagerank: "PageRank", weightedDegree: "weighted degree" } as const;

/** The rank comparison of full and fractional counting: the correlation, then the biggest movers. */
export function countingLines(analysis: Analysis, top: number): string[] {
  const { insights, options } = analysis;
  const comparison = insights.countingComparison;
  if (comparison.nodes < 2) return [];
  const name = METRIC_NAMES[comparison.metric];
  const lines = [
    `Counting: links weighted by ${options.counting === "full" ? "joint papers (full counting)" : "Σ 1/(n−1) per joint paper (fractional counting)"}`,
    `  ${name} ranks, full vs fractional: Spearman ${formatNumber(comparison.spearman)}, ` +
      `${comparison.changed} of ${comparison.nodes} authors change rank`,
  ];
  if (comparison.movers.length > 0) lines.push("  biggest movers (rank full → fractional):");
  for (const move of comparison.movers.slice(0, top)) {
    const shift = move.shift > 0 ? `up ${move.shift}` : `down ${-move.shift}`;
    lines.push(
      printable(
        `    ${move.label}  ${move.full.rank} → ${move.fractional.rank} (${shift}; ` +
          `${formatNumber(move.full.value)} → ${formatNumber(move.fractional.value)})`,
      ),
    );
  }
  return lines;
}

/**
 * One line per input: the records its reader met and what became of them (read + skipped + merged = seen),
 * and, for a network, its size. A file that could not be opened says so; its diagnostic gives the reason.
 */
function fileLines({ corpus }: Analysis): string[] {
  return corpus.files.map((file) => {
    if (file.format === "unread") return `${file.file}: not read`;
    const network = corpus.networks.find((item) => item.file === file.file);
    const unit = network ? "links" : "records";
    const counts =
      `${file.seen} ${unit} seen as ${file.format}: ${file.read} read, ` +
      `${file.skipped} skipped, ${file.merged} merged`;
    const size = network ? `; a network of ${network.nodes.length} nodes and ${network.edges.length} links` : "";
    return `${file.file}: ${counts}${size}`;
  });
}

/**
 * The degree of each owner node as graphology's degree() counts it (a self-loop twice). Links still pending
 * (graphs/pending-links.ts) are counted in their tables in one pass: degree() would first insert every one
 * of them into the graph (2.16M links on 100,000 generated works: the report took 5.8-9.6 s with --owner).
 */
export function ownerDegrees(graph: CoauthorGraph): Map<string, number> {
  const owners = graph.filterNodes((_node, attributes) => attributes.isOwner);
  const pending = pendingLinks(graph);
  if (!pending || owners.length === 0) return new Map(owners.map((node) => [node, graph.degree(node)]));
  const counts = new Int32Array(pending.nodes.length);
  for (let i = 0; i < pending.source.length; i++) {
    counts[pending.source[i]!]!++;
    counts[pending.target[i]!]!++;
  }
  const wanted = new Set(owners);
  const degrees = new Map<string, number>();
  pending.nodes.forEach((node, i) => {
    if (wanted.has(node)) degrees.set(node, counts[i]!);
  });
  return degrees;
}

/** The full text report, ready to print. */
export function formatReport(analysis: Analysis, top: number): string {
  const { corpus, coauthors, topics } = analysis;
  const truncated = corpus.papers.filter((paper) => paper.authorsTruncated).length;
  const lines = fileLines(analysis);
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
  lines.push(...groupLines(analysis), ...identityLines(analysis), "");
  lines.push(...summaryLines("Coauthor network", analysis.coauthorSummary));
  const degrees = ownerDegrees(coauthors);
  const centre = coauthors.findNode((node) => degrees.get(node) === coauthors.order - 1);
  if (centre !== undefined && !analysis.options.hideOwners) {
    lines.push(
      `  an ego network: ${coauthors.getNodeAttribute(centre, "label")} is linked to everyone and tops every ` +
        "ranking; --hide-owner shows the structure among the coauthors",
    );
  }
  lines.push("");
  for (const [attribute, title] of RANKED_METRICS) {
    const counted =
      attribute === "weightedDegree" && analysis.options.counting === "fractional"
        ? "Weighted degree (fractional joint papers)"
        : title;
    lines.push(`Top ${top} by ${counted}`);
    topRows(coauthors, attribute, top).forEach((row, index) => {
      lines.push(
        `  ${String(index + 1).padStart(3)}. ${row.label}${row.isOwner ? " (profile owner)" : ""}` +
          `${row.isGroup ? " (group author)" : ""}  ` +
          formatNumber(row.value),
      );
    });
    lines.push("");
  }
  const communities = communityLines(analysis, top);
  if (communities.length > 0) lines.push(...communities, "");
  const indicators = indicatorLines(analysis, top);
  if (indicators.length > 0) lines.push(...indicators, "");
  const bursts = burstLines(analysis, top);
  if (bursts.length > 0) lines.push(...bursts, "");
  const counting = countingLines(analysis, top);
  if (counting.length > 0) lines.push(...counting, "");
  lines.push(...summaryLines("Topic network", analysis.topicSummary), "", `Top ${top} topics by papers`);
  topRows(topics, "paperCount", top).forEach((row, index) => {
    lines.push(`  ${String(index + 1).padStart(3)}. ${row.label}  ${row.value} papers`);
  });
  return lines.map(printable).join("\n");
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
  return lines.map(printable).join("\n");
}
