/**
 * The GraphML writer, checked by reading its files back with networkx 2.8.8 (read_graphml) and igraph
 * 0.10.2 (Graph.Read_GraphML) through read-back.py: every node and edge attribute of the seed network and
 * of a network of hostile names comes back with its value and type; yEd's graphics are well-formed and
 * say what the nodes look like.
 */

import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import sax from "sax";
import { beforeAll, describe, expect, it } from "vitest";
import { writeGraphml, writeGraphmlChunks, type ExportGraph } from "../../src/export";
import { hasPython, hostileGraph, readBack, seedAnalysis } from "./networks";

type Data = Record<string, unknown>;
interface ReadBack {
  networkx: { version: string; nodes: Record<string, Data>; edges: [string, string, Data][]; error?: string };
  igraph: { version: string; vertices: Data[]; edges: [number, number, Data][]; error?: string };
}

/** What a GraphML reader should give for an attribute value: XML-forbidden characters gone, lists joined. */
function expected(value: unknown): unknown {
  if (Array.isArray(value)) return value.join("|");
  // eslint-disable-next-line no-control-regex -- the characters XML 1.0 cannot carry.
  if (typeof value === "string") return value.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, "");
  return value;
}

/** Writes `graph` to a temporary file and reads it back with both readers. */
function roundTrip(graph: ExportGraph, options = {}): ReadBack {
  const file = join(mkdtempSync(join(tmpdir(), "papergraph-graphml-")), "network.graphml");
  writeFileSync(file, writeGraphml(graph, options));
  return readBack<ReadBack>("graphml", file);
}

/** Asserts every attribute of every node and edge of `graph` came back through networkx. */
function expectNetworkxMatches(graph: ExportGraph, read: ReadBack["networkx"]): void {
  expect(read.error).toBeUndefined();
  expect(Object.keys(read.nodes).sort()).toEqual(graph.nodes().sort());
  graph.forEachNode((node, attributes) => {
    for (const [name, value] of Object.entries(attributes)) {
      // networkx reads an empty <data> element as no value at all.
      const want = expected(value) === "" ? undefined : expected(value);
      expect(read.nodes[node]![name], `${node} ${name}`).toEqual(want);
    }
  });
  expect(read.edges).toHaveLength(graph.size);
  read.edges.forEach(([source, target, data]) => {
    const attributes = graph.getEdgeAttributes(graph.edge(source, target)!);
    for (const [name, value] of Object.entries(attributes))
      expect(data[name], `${source}–${target} ${name}`).toEqual(expected(value));
  });
}

describe.runIf(hasPython || process.env.CI)("writeGraphml read back by networkx and igraph", () => {
  let seed: ExportGraph;
  beforeAll(async () => {
    seed = (await seedAnalysis()).coauthors;
  });

  it("gives networkx every attribute of the seed network with its type (ints, floats, booleans, strings)", () => {
    const read = roundTrip(seed);
    expect(read.networkx.version).toBe("2.8.8");
    expectNetworkxMatches(seed, read.networkx);
    const owner = Object.values(read.networkx.nodes).find((data) => data.isOwner === true)!;
    expect(owner.label).toBe("Can Rager");
    expect(Number.isInteger(owner.degree)).toBe(true);
  });

  it("gives igraph every vertex with its id, label and metrics, and every edge with its weight", () => {
    const { igraph } = roundTrip(seed);
    expect(igraph.error).toBeUndefined();
    expect(igraph.version).toBe("0.10.2");
    expect(igraph.vertices).toHaveLength(seed.order);
    const ids = igraph.vertices.map((vertex) => vertex.id as string);
    for (const vertex of igraph.vertices) {
      const attributes = seed.getNodeAttributes(vertex.id);
      for (const [name, value] of Object.entries(attributes))
        expect(vertex[name], `${String(vertex.id)} ${name}`).toEqual(expected(value));
    }
    expect(igraph.edges).toHaveLength(seed.size);
    for (const [source, target, data] of igraph.edges) {
      const edge = seed.edge(ids[source]!, ids[target]!)!;
      expect(data.weight).toBe(seed.getEdgeAttribute(edge, "weight"));
      expect(data.papers).toBe(expected(seed.getEdgeAttribute(edge, "papers")));
    }
  });

  it("keeps hostile names, ids with quotes and list values as text for both readers", () => {
    const graph = hostileGraph();
    const read = roundTrip(graph, { title: 'A <title> & "quotes"' });
    expectNetworkxMatches(graph, read.networkx);
    expect(read.networkx.nodes['author:3 "quoted" key']!.label).toBe("Comma, Semi; colon");
    expect(read.igraph.vertices.map((vertex) => vertex.label)).toEqual(graph.mapNodes((_n, a) => expected(a.label)));
  });

  it("reads the same without yEd's graphics, and networkx then sees no shape_type", () => {
    const read = roundTrip(hostileGraph(), { yEd: false });
    expectNetworkxMatches(hostileGraph(), read.networkx);
    expect(Object.values(read.networkx.nodes).some((data) => "shape_type" in data)).toBe(false);
  });
});

describe("writeGraphml", () => {
  it("types every key from its values, with positions and sizes always doubles", () => {
    const text = writeGraphml(hostileGraph());
    expect(text).toContain('attr.name="degree" attr.type="int"');
    expect(text).toContain('attr.name="isOwner" attr.type="boolean"');
    expect(text).toContain('attr.name="weightedDegree" attr.type="double"');
    expect(text).toContain('attr.name="x" attr.type="double"');
    expect(text).toContain('<key id="e0" for="edge" attr.name="weight" attr.type="int"/>');
    expect(text).toContain('attr.name="papers" attr.type="string"');
  });

  it("draws each node for yEd as a disc of its colour and size centred on its position, y pointing down", () => {
    const graph = hostileGraph();
    graph.mergeNodeAttributes("author:0", { x: 10, y: 20, size: 4, color: "rgb(225, 87, 89)" });
    const node = /<node id="author:0">[\s\S]*?<\/node>/.exec(writeGraphml(graph))![0];
    expect(node).toContain('<y:Geometry x="6" y="-24" width="8" height="8"/>');
    expect(node).toContain('<y:Fill color="#e15759" transparent="false"/>');
    expect(node).toContain("<y:NodeLabel>Tom &amp; &quot;Jerry&quot; &lt;b&gt;&apos;s</y:NodeLabel>");
  });

  it("writes a well-formed document whose text has the escaped names, in pieces that concatenate to it", () => {
    const graph = hostileGraph();
    const text = writeGraphml(graph);
    const errors: string[] = [];
    const labels: string[] = [];
    const parser = sax.parser(true);
    let inLabel = false;
    parser.onerror = (error) => errors.push(error.message);
    parser.onopentag = (tag) => (inLabel = tag.name === "y:NodeLabel");
    parser.onclosetag = () => (inLabel = false);
    parser.ontext = (value) => {
      if (inLabel) labels.push(value);
    };
    parser.write(text).close();
    expect(errors).toEqual([]);
    expect(labels).toContain("</text><script>alert(1)</script>");
    expect([...writeGraphmlChunks(graph)].join("")).toBe(text);
  });
});
