/**
 * Import of a coauthor network made elsewhere — GEXF (Gephi, networkx) or GraphML (igraph, yEd, networkx) —
 * as an ImportedNetwork: node keys and labels, and undirected weighted edges. There are no papers behind it;
 * the graphs stage turns it into author nodes and links, so metrics and the view apply as usual.
 *
 * Read with sax (streaming: SNAP's ca-HepPh as GEXF is 8.7 MB and 118k edges), or GEXF that is plain XML by a
 * scan of its start tags (plain-xml.ts). The weight is the GEXF `weight` attribute or the GraphML `weight` key; a
 * graph declared directed is read as undirected; an edge given twice (or both ways) is merged into one with the
 * weights summed. The other repairs (network-builder.ts) each have a diagnostic.
 */

import { diagnostic } from "../model";
import type { Diagnostic, ImportedNetwork, ReadResult } from "../model";
import type { ReaderOptions } from "./detect";
import { NetworkBuilder } from "./network-builder";
import { scanPlainXml, type OpenTag } from "./plain-xml";
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

/** Reads a GEXF file (1.1–1.3) into one ImportedNetwork; repairs become diagnostics. */
export function readGexf(text: string, file: string, _options: ReaderOptions): ReadResult {
  // Plain XML (plain-xml.ts) without sax; anything else, read again from the start with sax.
  return (
    readGexfTags(file, (open) => scanPlainXml(text, open)) ??
    readGexfTags(file, (open, diagnostics) => {
      streamXml(text, file, { open, close() {}, text() {} }, diagnostics);
      return true;
    })!
  );
}

/**
 * The network of a GEXF file's start tags, which `scan` gives to `open` (its diagnostics go to the list it
 * is given); undefined when `scan` returns false (it gave up, and what it gave is dropped).
 */
function readGexfTags(
  file: string,
  scan: (open: OpenTag, diagnostics: Diagnostic[]) => boolean,
): ReadResult | undefined {
  const log = new RecordLog(file);
  const diagnostics = log.diagnostics;
  const builder = new NetworkBuilder(log);
  let sawGraph = false;
  const read = scan((name, attributes, line) => {
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
  }, diagnostics);
  return read ? finishNetwork(builder, sawGraph, "gexf", log) : undefined;
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
