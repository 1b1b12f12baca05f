import Graph from "graphology";
import { parse } from "graphology-gexf";
import sax from "sax";
import { describe, expect, it } from "vitest";
import { METRIC_ATTRIBUTES, writeGexf, writeGexfBytes, writeGexfChunks } from "../../src/export";
import { XmlBytes } from "../../src/export/xml-bytes";
import { expectClose } from "../asserts";

/** A graph read from or written to GEXF: attributes by name, of types only the file says. */
type GexfGraph = Graph<Record<string, unknown>, Record<string, unknown>, Record<string, unknown>>;

/** graphology-gexf's parser, typed as what a file can hold. */
const readGexf = (text: string): GexfGraph => parse(Graph, text);

const NAMES = [`Tom & "Jerry" <b>'s`, "Räuker", "Ścibior", "田中 太郎", "Ada Lovelace"];

/** Five authors on a path plus a chord, with made-up metric values (whole numbers for betweenness on purpose). */
function coauthors(): GexfGraph {
  const graph: GexfGraph = new Graph({ type: "undirected" });
  NAMES.forEach((label, i) => {
    const metrics = Object.fromEntries(
      METRIC_ATTRIBUTES.map((name, j) => [name, name === "betweenness" ? i : (i + 1) / (j + 3)]),
    );
    Object.assign(metrics, { degree: i + 1, coreness: 2, community: i % 2, component: 0 });
    graph.addNode(`author:${i}`, { kind: "author", label, paperCount: i + 2, isOwner: i === 0, ...metrics });
  });
  const pairs = [
    [0, 1],
    [1, 2],
    [2, 3],
    [3, 4],
    [0, 2],
  ] as const;
  pairs.forEach(([a, b], i) => {
    const papers = [`arxiv:2401.0000${i}`, `title:a,b|"c"`];
    graph.addEdge(`author:${a}`, `author:${b}`, {
      weight: i + 1,
      fractional: 0.5 * (i + 1),
      papers,
      firstYear: 2020,
      lastYear: 2024,
    });
  });
  return graph;
}

function withViz(graph: GexfGraph): GexfGraph {
  graph.forEachNode((node, _attributes) =>
    graph.mergeNodeAttributes(node, { x: 1.25, y: -3.5, size: 7, color: "#4e79a7" }),
  );
  graph.forEachEdge((edge) => graph.mergeEdgeAttributes(edge, { size: 2.5, color: "#d6d6d6" }));
  return graph;
}

/** Characters XML 1.0 forbids anywhere in a document. */
const FORBIDDEN_XML = new RegExp(
  [
    "[\\u0000-\\u0008\\u000b\\u000c\\u000e-\\u001f\\ufffe\\uffff]",
    "[\\ud800-\\udbff](?![\\udc00-\\udfff])",
    "(?<![\\ud800-\\udbff])[\\udc00-\\udfff]",
  ].join("|"),
);

/**
 * Well-formedness problems of an XML document: sax in strict mode finds bad tag structure (a close tag that
 * does not match, an element left open), bare `&` and unknown entities; at each open tag, the tag as written
 * shows a repeated attribute (which sax drops without a word) and the depth a second root element; two
 * checks cover the rest: forbidden characters and a raw `<` inside an attribute value.
 */
function xmlErrors(text: string): string[] {
  const errors: string[] = [];
  const strict = sax.parser(true);
  let depth = 0;
  let roots = 0;
  strict.onerror = (error) => {
    errors.push(error.message.split("\n")[0] ?? error.message);
    strict.resume();
  };
  strict.onopentag = () => {
    if (depth++ === 0) roots++;
    // sax keeps the first of two attributes of the same name silently: look at the tag as written.
    const tag = text.slice(strict.startTagPosition - 1, strict.position).replace(/"[^"]*"|'[^']*'/g, '""');
    const names = [...tag.matchAll(/\s([^\s=]+)\s*=/g)].map((match) => match[1]);
    if (new Set(names).size < names.length) errors.push(`an attribute repeated in ${tag}`);
  };
  strict.onclosetag = () => void depth--;
  strict.write(text).close();
  if (roots !== 1) errors.push(`${roots} root elements`);
  if (FORBIDDEN_XML.test(text)) errors.push("forbidden character");
  if (/="[^"]*</.test(text)) errors.push("raw < in an attribute value");
  return errors;
}

describe("the well-formedness check of these tests", () => {
  it.each([
    ["a close tag that does not match", "<gexf><graph></gexf>"],
    ["an element left open", "<gexf><graph>"],
    ["a bare ampersand", "<gexf>Tom & Jerry</gexf>"],
    ["a repeated attribute", '<gexf><node id="a" id="b"/></gexf>'],
    ["two root elements", "<gexf/><gexf/>"],
    ["a forbidden control character", "<gexf>bell\u0007</gexf>"],
    ["a raw < in an attribute value", '<gexf><node label="a<b"/></gexf>'],
  ])("reports %s", (_what, text) => {
    expect(xmlErrors(text)).not.toEqual([]);
  });

  it("reports nothing in a well-formed document", () => {
    expect(xmlErrors('<?xml version="1.0"?><gexf><node id="a" label="Tom &amp; Jerry"/></gexf>')).toEqual([]);
  });
});

describe("writeGexf", () => {
  it("round-trips nodes, labels, metric values and edges through graphology-gexf's parser", () => {
    const graph = coauthors();
    const read = readGexf(writeGexf(graph));
    expect(read.nodes()).toEqual(graph.nodes());
    graph.forEachNode((node, attributes) => {
      const back = read.getNodeAttributes(node);
      expect(back.label).toBe(attributes.label);
      expect(back.kind).toBe("author");
      expect(back.isOwner).toBe(attributes.isOwner);
      for (const name of [...METRIC_ATTRIBUTES, "paperCount"])
        expectClose(Number(back[name]), Number(attributes[name]), 0, `${node}.${name}`);
    });
    expect(read.size).toBe(graph.size);
    graph.forEachEdge((_edge, attributes, source, target) => {
      const back = read.getEdgeAttributes(read.edge(source, target)!);
      expect(back.weight).toBe(attributes.weight);
      expect(back.fractional).toBe(attributes.fractional);
      expect(back.papers).toBe((attributes.papers as string[]).join("|"));
      expect(back.firstYear).toBe(2020);
    });
  });

  it("writes well-formed XML even for names with markup characters and forbidden control characters", () => {
    const graph = coauthors();
    graph.addNode("author:odd", { label: "bell\u0007 tab\tline\nend ]]> \ud800", pagerank: 0.1 });
    const text = writeGexf(graph, { title: "Tom & Jerry's <network>", creator: "papergraph test" });
    expect(xmlErrors(text)).toEqual([]);
    const read = readGexf(text);
    expect(read.getNodeAttribute("author:odd", "label")).toBe("bell tab\tline\nend ]]> ");
    expect(read.getAttribute("description")).toBe("Tom & Jerry's <network>");
    expect(read.getAttribute("creator")).toBe("papergraph test");
  });

  it("declares real-valued metrics as double even when every value is whole, counts as integer", () => {
    const text = writeGexf(coauthors());
    const types = Object.fromEntries(
      [...text.matchAll(/<attribute id="(\w+)" title="\w+" type="(\w+)"\/>/g)].map((m): [string, string] => [
        m[1] ?? "",
        m[2] ?? "",
      ]),
    );
    expect(types).toMatchObject({
      betweenness: "double",
      weightedDegree: "double",
      pagerank: "double",
      closeness: "double",
      harmonic: "double",
      eigenvector: "double",
      clustering: "double",
      fractional: "double",
      degree: "integer",
      coreness: "integer",
      community: "integer",
      component: "integer",
      paperCount: "integer",
      isOwner: "boolean",
      kind: "string",
      papers: "string",
    });
  });

  it("writes edge weight as the GEXF weight, not as an attribute", () => {
    const text = writeGexf(coauthors());
    expect(text).toContain('source="author:0" target="author:1" weight="1"');
    expect(text).not.toMatch(/<attribute id="weight"/);
  });

  it("writes viz position, size and colour for nodes and thickness and colour for edges", () => {
    const read = readGexf(writeGexf(withViz(coauthors())));
    expect(read.getNodeAttributes("author:3")).toMatchObject({ x: 1.25, y: -3.5, size: 7, color: "rgb(78,121,167)" });
    expect(read.getEdgeAttributes(read.edge("author:0", "author:1")!)).toMatchObject({
      thickness: 2.5,
      color: "rgb(214,214,214)",
    });
  });

  it("omits viz elements for nodes without a layout or appearance", () => {
    expect(writeGexf(coauthors())).not.toContain("<viz:");
  });

  it("leaves non-finite values out instead of writing NaN", () => {
    const graph = coauthors();
    graph.setNodeAttribute("author:1", "closeness", Number.NaN);
    const text = writeGexf(graph);
    expect(text).not.toContain("NaN");
    expect(readGexf(text).getNodeAttributes("author:1")).not.toHaveProperty("closeness");
  });

  it("writes the GEXF 1.2draft namespaces on request, with the same content", () => {
    const graph = withViz(coauthors());
    const text = writeGexf(graph, { version: "1.2" });
    expect(text).toContain('xmlns="http://www.gexf.net/1.2draft" xmlns:viz="http://www.gexf.net/1.2draft/viz"');
    expect(xmlErrors(text)).toEqual([]);
    expect(readGexf(text).export().nodes).toEqual(readGexf(writeGexf(graph)).export().nodes);
  });

  it("writes an empty graph as a valid document", () => {
    const text = writeGexf(new Graph({ type: "undirected" }));
    expect(xmlErrors(text)).toEqual([]);
    expect(readGexf(text).order).toBe(0);
  });
});

describe("writeGexfChunks", () => {
  it("writes a large graph in pieces of a few tens of KB that end on element boundaries and join into one graphology-gexf reads", () => {
    const graph: GexfGraph = new Graph({ type: "undirected" });
    for (let i = 0; i < 12_000; i++) graph.addNode(`author:${i}`, { label: `Author ${i}`, degree: 1 });
    for (let i = 1; i < 12_000; i++) graph.addEdge(`author:${i - 1}`, `author:${i}`, { weight: 1 + (i % 3) });
    const pieces = [...writeGexfChunks(graph)];
    expect(pieces.length).toBeGreaterThan(4);
    for (const piece of pieces) expect(piece.endsWith(">\n")).toBe(true);
    // Small enough to be flattened in V8's young generation (values.ts, CHUNK_CHARS), one element past it at most.
    expect(Math.max(...pieces.map((piece) => piece.length))).toBeLessThan(40_000);
    expect(pieces.join("")).toBe(writeGexf(graph));
    const back = readGexf(pieces.join(""));
    expect([back.order, back.size]).toEqual([12_000, 11_999]);
    expect(back.getEdgeAttribute(back.edge("author:0", "author:1")!, "weight")).toBe(2);
  });

  it("writes the same document as UTF-8 bytes, for names with markup, controls, non-ASCII and lone surrogates", () => {
    const graph = withViz(coauthors());
    graph.addNode("author:\ud800 & <x>", { label: "lone \udc00 é\u0007", papers: ["a\ud83d", "\ude00b", 3, null] });
    graph.addNode("author:empty", {});
    graph.addEdge("author:\ud800 & <x>", "author:empty", { papers: ["田中", "x|y"], firstYear: 2020 });
    const parts: Uint8Array[] = [];
    // Each chunk is a view of one reused buffer, so it is copied before the next is asked for.
    for (const chunk of writeGexfBytes(graph, { title: "Ti<tle> ü" }, 64)) parts.push(chunk.slice());
    expect(parts.length).toBeGreaterThan(4);
    const bytes = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
    parts.reduce((at, part) => (bytes.set(part, at), at + part.length), 0);
    const text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    expect(text).toBe(writeGexf(graph, { title: "Ti<tle> ü" }));
    expect(xmlErrors(text)).toEqual([]);
    expect(text).toContain('<node id="author:\ud800 &amp; &lt;x&gt;"'.replace("\ud800", ""));
    expect(text).toContain('<node id="author:empty"/>');
    expect(text).toContain('value="a|b|3|"/>');
  });

  it("writes its numbers deferred into chunks that expand to the same document", () => {
    const graph = withViz(coauthors());
    graph.forEachEdge((edge, _attributes, _source, _target, _s, _t, undirected) =>
      graph.mergeEdgeAttributes(edge, { association: undirected ? Math.PI : -1e-9 }),
    );
    const out = new XmlBytes(64);
    let deferred = false;
    for (const chunk of writeGexfBytes(graph, { title: "deferred" }, 64, true)) {
      deferred ||= chunk.includes(0xff);
      out.expand(chunk);
    }
    expect(deferred).toBe(true);
    expect(new TextDecoder().decode(out.take())).toBe(writeGexf(graph, { title: "deferred" }));
  });
});
