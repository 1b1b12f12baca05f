/**
 * The network a GEXF, GraphML or edge-list file describes, built edge by edge. Rules, each with a diagnostic:
 * the weight defaults to 1 (unreadable → 1; zero or negative → the edge is dropped); self-loops are dropped (a
 * coauthor network has none); an edge to an undeclared node declares it; an edge given twice (or both ways) is
 * one link, its weights summed (a GEXF multigraph counts joint papers so) or the larger one kept (an edge list
 * lists each undirected link in both directions); labels are cut at MAX_LABEL characters. Repeated problems
 * are counted in one diagnostic per kind, not one per edge, so a 100k-edge file cannot flood the report.
 */

import type { ImportedNetwork } from "../model";
import { PairIndex } from "./pair-index";
import type { RecordLog } from "./records";

type Problem =
  | "duplicate"
  | "repeated"
  | "selfLoop"
  | "badWeight"
  | "nonPositive"
  | "undeclared"
  | "duplicateNode"
  | "longLabel";

/** Longest node label kept, in characters: a label is a name, and ten thousand letters are not one. */
export const MAX_LABEL = 1000;

/**
 * What each repaired problem does to the edge (a record of the network): `merged` into an edge read before,
 * `skipped`, or nothing (`kept`: the edge or node is read with the repair).
 */
const PROBLEMS: Record<Problem, { severity: "warning" | "info"; text: string; edge: "merged" | "skipped" | "kept" }> = {
  duplicate: { severity: "info", text: "duplicate edges merged into one, weights summed", edge: "merged" },
  repeated: {
    severity: "info",
    text: "links listed twice (in either direction) read once, with the larger weight",
    edge: "merged",
  },
  selfLoop: { severity: "warning", text: "self-loops dropped (an author is not their own coauthor)", edge: "skipped" },
  badWeight: { severity: "warning", text: "edge weights that are not numbers read as 1", edge: "kept" },
  nonPositive: { severity: "warning", text: "edges with a weight of zero or less dropped", edge: "skipped" },
  undeclared: {
    severity: "warning",
    text: "edges naming an undeclared node; the node was added with its id as label",
    edge: "kept",
  },
  duplicateNode: { severity: "warning", text: "nodes declared twice; the first declaration was kept", edge: "kept" },
  longLabel: {
    severity: "warning",
    text: `node labels longer than ${MAX_LABEL} characters cut to their first ${MAX_LABEL}`,
    edge: "kept",
  },
};

/**
 * Collects nodes and edges in file order, merging duplicates and counting every repaired problem. The
 * network's records are its edges: each is kept, merged into an earlier one or skipped, in `log`.
 *
 * Nodes are numbered in the order they are met and an edge is found again by its two numbers (pair-index.ts):
 * a Map keyed by the two ids joined into a string took a third of the time of reading a GEXF file.
 */
export class NetworkBuilder {
  /** Node id → its number; `keys` and `labels` are indexed by that number. */
  private readonly numbers = new Map<string, number>();
  private readonly keys: string[] = [];
  private readonly labels: string[] = [];
  private readonly pairs = new PairIndex();
  private readonly edges: { source: string; target: string; weight: number }[] = [];
  private readonly problems = new Map<Problem, { count: number; line: number }>();

  /**
   * `repeats`: "sum" adds the weights of an edge given twice, "max" keeps the larger; `declare`: false when
   * the format has no node declarations (an edge list), so nodes met in edges are not undeclared.
   */
  constructor(
    private readonly log: RecordLog,
    private readonly options: { repeats: "sum" | "max"; declare: boolean } = { repeats: "sum", declare: true },
  ) {}

  addNode(key: string, label: string | undefined, line: number): void {
    if (this.numbers.has(key)) return this.note("duplicateNode", line);
    let text = label?.trim() || key;
    if (text.length > MAX_LABEL) {
      this.note("longLabel", line);
      text = text.slice(0, MAX_LABEL);
    }
    this.number(key, text);
  }

  addEdge(source: string, target: string, weightText: string | undefined, line: number): void {
    // Without declarations every id met is a node, even one whose only edge is dropped (a self-loop).
    if (!this.options.declare) {
      this.numberOf(source, line);
      this.numberOf(target, line);
    }
    let weight = weightText === undefined || weightText.trim() === "" ? 1 : Number(weightText);
    if (!Number.isFinite(weight)) {
      this.note("badWeight", line);
      weight = 1;
    }
    if (weight <= 0) return this.note("nonPositive", line);
    if (source === target) return this.note("selfLoop", line);
    const from = this.numberOf(source, line);
    const to = this.numberOf(target, line);
    const index = this.pairs.add(from, to);
    // A new pair gets the next number; comparing it with the length also avoids reading past the array's end,
    // which V8 treats as a slow lookup on the prototype chain.
    if (index === this.edges.length) {
      // The node's own key rather than the parser's copy of it: an edge keeps no strings of its own.
      this.edges.push({ source: this.keys[from]!, target: this.keys[to]!, weight });
      this.log.keepItem();
      return;
    }
    const edge = this.edges[index]!;
    if (this.options.repeats === "sum") {
      edge.weight += weight;
      this.note("duplicate", line);
    } else {
      edge.weight = Math.max(edge.weight, weight);
      this.note("repeated", line);
    }
  }

  /** The number of a node met in an edge; an undeclared one is added, labelled by its id. */
  private numberOf(key: string, line: number): number {
    const known = this.numbers.get(key);
    if (known !== undefined) return known;
    if (this.options.declare) this.note("undeclared", line);
    return this.number(key, key);
  }

  private number(key: string, label: string): number {
    const number = this.keys.length;
    this.numbers.set(key, number);
    this.keys.push(key);
    this.labels.push(label);
    return number;
  }

  note(problem: Problem, line: number): void {
    const seen = this.problems.get(problem);
    if (seen) seen.count += 1;
    else this.problems.set(problem, { count: 1, line });
  }

  /** The network read, with one diagnostic per kind of problem (its count and first line). */
  finish(format: ImportedNetwork["format"]): ImportedNetwork {
    for (const [problem, { count, line }] of this.problems) {
      const { severity, text, edge } = PROBLEMS[problem];
      const message = `${text}: ${count} (the first on this line).`;
      if (edge === "merged") this.log.merge(count, line, message, severity);
      else if (edge === "skipped") this.log.skipMany(count, line, message, severity);
      else this.log.note(severity, line, message);
    }
    const nodes = this.keys.map((key, i) => ({ key, label: this.labels[i]! }));
    return { file: this.log.file, format, nodes, edges: this.edges };
  }
}
