/**
 * Import of a coauthor network made elsewhere — GEXF (Gephi, networkx) or GraphML (igraph, yEd, networkx) —
 * as an ImportedNetwork: node keys and labels, and undirected weighted edges. There are no papers behind it;
 * the graphs stage turns it into author nodes and links, so metrics and the view apply as usual.
 *
 * Read with sax (streaming: SNAP's ca-HepPh as GEXF is 8.7 MB and 118k edges). Rules, each with a diagnostic:
 * the weight is the GEXF `weight` attribute or the GraphML `weight` key (default 1; unreadable → 1; zero or
 * negative → the edge is dropped); a graph declared directed is read as undirected; an edge given twice (or
 * both ways) is merged into one with the weights summed; self-loops are dropped (a coauthor network has none);
 * an edge to an undeclared node declares it. Repeated problems are counted in one diagnostic per kind, not one
 * per edge, so a 100k-edge file cannot flood the report.
 */

import { diagnostic } from "../model";
import type { Diagnostic, ImportedNetwork, ReadResult } from "../model";
import type { ReaderOptions } from "./detect";
import { RecordLog } from "./records";
import { streamXml } from "./xml-stream";

type Role = "label" | "weight";

/** A GraphML `<key>` papergraph uses: which role its values play, and its `<default>` value if any. */
interface GraphmlKey {
  id: string;
  role: Role;
  fallback?: string;
}

/** A GraphML node or edge being read, with the values of its `<data>` children by role. */
interface GraphmlItem {
  kind: "node" | "edge";
  attributes: Record<string, string>;
  line: number;
  values: Map<Role, string>;
}

type Problem = "duplicate" | "selfLoop" | "badWeight" | "nonPositive" | "undeclared" | "duplicateNode" | "longLabel";

/** Longest node label kept, in characters: a label is a name, and ten thousand letters are not one. */
export const MAX_LABEL = 1000;

/**
 * What each repaired problem does to the edge (a record of the network): `merged` into an edge read before,
 * `skipped`, or nothing (`kept`: the edge or node is read with the repair).
 */
const PROBLEMS: Record<Problem, { severity: "warning" | "info"; text: string; edge: "merged" | "skipped" | "kept" }> = {
  duplicate: { severity: "info", text: "duplicate edges merged into one, weights summed", edge: "merged" },
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
 */
export class NetworkBuilder {
  private readonly labels = new Map<string, string>();
  private readonly edges = new Map<string, { source: string; target: string; weight: number }>();
  private readonly problems = new Map<Problem, { count: number; line: number }>();

  constructor(private readonly log: RecordLog) {}

  addNode(key: string, label: string | undefined, line: number): void {
    if (this.labels.has(key)) return this.note("duplicateNode", line);
    let text = label?.trim() || key;
    if (text.length > MAX_LABEL) {
      this.note("longLabel", line);
      text = text.slice(0, MAX_LABEL);
    }
    this.labels.set(key, text);
  }

  addEdge(source: string, target: string, weightText: string | undefined, line: number): void {
    let weight = weightText === undefined || weightText.trim() === "" ? 1 : Number(weightText);
    if (!Number.isFinite(weight)) {
      this.note("badWeight", line);
      weight = 1;
    }
    if (weight <= 0) return this.note("nonPositive", line);
    if (source === target) return this.note("selfLoop", line);
    for (const key of [source, target]) {
      if (this.labels.has(key)) continue;
      this.note("undeclared", line);
      this.labels.set(key, key);
    }
    const pair = source < target ? `${source}\u0000${target}` : `${target}\u0000${source}`;
    const edge = this.edges.get(pair);
    if (!edge) {
      this.edges.set(pair, { source, target, weight });
      this.log.keepItem();
      return;
    }
    edge.weight += weight;
    this.note("duplicate", line);
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
    const nodes = [...this.labels].map(([key, label]) => ({ key, label }));
    return { file: this.log.file, format, nodes, edges: [...this.edges.values()] };
  }
}

/** Reads a GEXF file (1.1–1.3) into one ImportedNetwork; repairs become diagnostics. */
export function readGexf(text: string, file: string, _options: ReaderOptions): ReadResult {
  const log = new RecordLog(file);
  const diagnostics = log.diagnostics;
  const builder = new NetworkBuilder(log);
  let sawGraph = false;
  streamXml(
    text,
    file,
    {
      open(name, attributes, line) {
        if (name === "graph") {
          sawGraph = true;
          if (attributes.defaultedgetype === "directed") diagnostics.push(directedNote(file, line));
        } else if (name === "node" && attributes.id !== undefined) {
          builder.addNode(attributes.id, attributes.label, line);
        } else if (name === "edge" && attributes.source !== undefined && attributes.target !== undefined) {
          builder.addEdge(attributes.source, attributes.target, attributes.weight, line);
        } else if (name === "edge") {
          log.skip(line, "<edge> without a source and a target. It was skipped.");
        } else if (name === "node") {
          log.note("error", line, "<node> without an id. It was skipped.");
        }
      },
      close() {},
      text() {},
    },
    diagnostics,
  );
  return finishNetwork(builder, sawGraph, "gexf", log);
}

/** Reads a GraphML file into one ImportedNetwork: `label`/`name` keys give labels, a `weight` key the weights. */
export function readGraphml(text: string, file: string, _options: ReaderOptions): ReadResult {
  const log = new RecordLog(file);
  const diagnostics = log.diagnostics;
  const builder = new NetworkBuilder(log);
  const keys = new Map<string, GraphmlKey>();
  let sawGraph = false;
  let key: GraphmlKey | undefined;
  let item: GraphmlItem | undefined;
  let data: { role: Role; text: string } | undefined;
  streamXml(
    text,
    file,
    {
      open(name, attributes, line) {
        const role = roleOf(attributes["attr.name"]);
        if (name === "key" && attributes.id !== undefined && role) {
          key = { id: attributes.id, role };
          keys.set(key.id, key);
        } else if (name === "default" && key) {
          key.fallback = "";
        } else if (name === "graph") {
          sawGraph = true;
          if (attributes.edgedefault === "directed") diagnostics.push(directedNote(file, line));
        } else if (name === "node" || name === "edge") {
          item = { kind: name, attributes, line, values: new Map() };
        } else if (name === "data" && item && keys.has(attributes.key ?? "")) {
          data = { role: keys.get(attributes.key!)!.role, text: "" };
        }
      },
      close(name) {
        if (name === "key") key = undefined;
        if (name === "data" && data && item) item.values.set(data.role, data.text.trim());
        if (name === "data") data = undefined;
        if ((name === "node" || name === "edge") && item) {
          addItem(builder, item, keys, log);
          item = undefined;
        }
      },
      text(value) {
        if (data) data.text += value;
        else if (key?.fallback !== undefined) key.fallback += value;
      },
    },
    diagnostics,
  );
  return finishNetwork(builder, sawGraph, "graphml", log);
}

/** True for GEXF: a `<gexf` root near the start. */
export function sniffGexf(text: string): boolean {
  return /<gexf[\s>]/.test(text.slice(0, 4096));
}

/** True for GraphML: a `<graphml` root near the start. */
export function sniffGraphml(text: string): boolean {
  return /<graphml[\s>]/.test(text.slice(0, 4096));
}

function roleOf(attributeName: string | undefined): Role | undefined {
  const name = attributeName?.toLowerCase();
  if (name === "label" || name === "name") return "label";
  return name === "weight" ? "weight" : undefined;
}

/** Adds a GraphML node or edge; a value missing from its `<data>` falls back to the key's `<default>`. */
function addItem(builder: NetworkBuilder, item: GraphmlItem, keys: Map<string, GraphmlKey>, log: RecordLog): void {
  const valueOf = (role: Role) =>
    item.values.get(role) ??
    [...keys.values()].find((k) => k.role === role && k.fallback !== undefined)?.fallback?.trim();
  const { id, source, target } = item.attributes;
  if (item.kind === "node" && id !== undefined) builder.addNode(id, valueOf("label"), item.line);
  else if (item.kind === "edge" && source !== undefined && target !== undefined)
    builder.addEdge(source, target, valueOf("weight"), item.line);
  else if (item.kind === "edge") log.skip(item.line, "<edge> without a source and a target. It was skipped.");
  else log.note("error", item.line, "<node> without an id. It was skipped.");
}

function directedNote(file: string, line: number): Diagnostic {
  return diagnostic(
    "info",
    file,
    line,
    "the graph is declared directed; coauthorship is mutual, " +
      "so edges are read as undirected and both directions merged.",
  );
}

function finishNetwork(
  builder: NetworkBuilder,
  sawGraph: boolean,
  format: ImportedNetwork["format"],
  log: RecordLog,
): ReadResult {
  if (!sawGraph) {
    log.note(
      "error",
      0,
      `no <graph> element found. Check that this is a ${format === "gexf" ? "GEXF" : "GraphML"} file.`,
    );
    return log.result({ networks: [] });
  }
  return log.result({ networks: [builder.finish(format)] });
}
