/**
 * The SVG picture: parsed back with sax (strict XML), it has one disc per node in view, one line per link
 * drawn, every placed label as a text element, hostile names as text only, SVG 1.1 elements with
 * presentation attributes only (what Inkscape imports), and a legend made from the appearance stage's
 * description. The camera is respected: a zoomed viewport leaves out what it does not show.
 */

import Graph from "graphology";
import sax from "sax";
import { beforeAll, describe, expect, it } from "vitest";
import { describeAppearance } from "../../src/appearance";
import {
  describeLegend,
  fitViewport,
  LABEL_FONT,
  project,
  writeSvg,
  writeSvgChunks,
  type ExportGraph,
  type Viewport,
} from "../../src/export";
import { expectClose } from "../asserts";
import { hostileGraph, seedAnalysis } from "./networks";

interface Element {
  name: string;
  attributes: Record<string, string>;
  text: string;
  parents: string[];
}

/** Every element of an SVG document, with its attributes, own text and ancestors; throws on bad XML. */
function parseSvg(text: string): Element[] {
  const elements: Element[] = [];
  const open: Element[] = [];
  const parser = sax.parser(true);
  parser.onerror = (error) => {
    throw error;
  };
  parser.onopentag = (tag) => {
    const element = {
      name: tag.name,
      attributes: tag.attributes as Record<string, string>,
      text: "",
      parents: open.map((e) => e.name),
    };
    elements.push(element);
    open.push(element);
  };
  parser.ontext = (value) => {
    if (open.length) open.at(-1)!.text += value;
  };
  parser.onclosetag = () => void open.pop();
  parser.write(text).close();
  return elements;
}

/** The elements inside `<g id="…">`, in order. */
function groupChildren(text: string, id: string): Element[] {
  const start = text.indexOf(`<g id="${id}"`);
  const end = text.indexOf("</g>", start);
  return parseSvg(`<svg>${text.slice(text.indexOf(">", start) + 1, end)}</svg>`).slice(1);
}

/** Elements and attributes of SVG 1.1 that Inkscape imports as browsers show them. */
const PLAIN_ELEMENTS = new Set([
  "svg",
  "title",
  "rect",
  "g",
  "line",
  "circle",
  "text",
  "defs",
  "linearGradient",
  "stop",
]);

describe("writeSvg on the seed network, fitted", () => {
  let graph: ExportGraph;
  let text: string;
  beforeAll(async () => {
    graph = (await seedAnalysis()).coauthors;
    text = writeSvg(graph, { legend: describeLegend(describeAppearance(graph)), title: "Seed coauthors" });
  });

  it("is well-formed XML with one disc per node and one line per link", () => {
    const elements = parseSvg(text);
    expect(elements[0]!.name).toBe("svg");
    expect(groupChildren(text, "nodes").filter((e) => e.name === "circle")).toHaveLength(graph.order);
    expect(groupChildren(text, "links").filter((e) => e.name === "line")).toHaveLength(graph.size);
  });

  it("draws each disc at its node's projected position with its size and colour", () => {
    const viewport = fitViewport(graph, { width: 1200, height: 900 });
    const circles = groupChildren(text, "nodes");
    graph.forEachNode((_node, attributes) => {
      const [x, y] = project(viewport, attributes.x as number, attributes.y as number);
      const circle = circles.find(
        (c) => Math.abs(Number(c.attributes.cx) - x) < 0.01 && Math.abs(Number(c.attributes.cy) - y) < 0.01,
      );
      expect(circle, String(attributes.label)).toBeDefined();
      expect(Number(circle!.attributes.r)).toBeCloseTo(attributes.size as number, 2);
      expect(circle!.attributes.fill).toBe(attributes.color);
      // Fitted: every disc lies inside the picture.
      expect(x - (attributes.size as number)).toBeGreaterThanOrEqual(0);
      expect(x + (attributes.size as number)).toBeLessThanOrEqual(1200);
    });
  });

  it("writes labels as text elements in the label font, none overlapping, the largest node's first", () => {
    const labels = groupChildren(text, "labels");
    expect(labels.length).toBeGreaterThan(graph.order * 0.8);
    const names = new Set(graph.mapNodes((_n, a) => a.label));
    for (const label of labels) expect(names.has(label.text)).toBe(true);
    expect(labels[0]!.text).toBe("Can Rager");
    const group = parseSvg(text).find((e) => e.name === "g" && e.attributes.id === "labels")!;
    expect(group.attributes["font-size"]).toBe(String(LABEL_FONT.size));
  });

  it("uses only plain SVG 1.1 elements and presentation attributes: no CSS, scripts or foreignObject", () => {
    const elements = parseSvg(text);
    expect(elements.filter((e) => !PLAIN_ELEMENTS.has(e.name)).map((e) => e.name)).toEqual([]);
    expect(elements.filter((e) => "style" in e.attributes || "class" in e.attributes)).toEqual([]);
    expect(elements[0]!.attributes).toMatchObject({ xmlns: "http://www.w3.org/2000/svg", version: "1.1" });
  });

  it("draws the legend under the picture: size ticks, the weight range and every community with its count", () => {
    const legend = groupChildren(text, "legend").map((e) => e.text);
    expect(legend).toContain("Size: Weighted degree");
    expect(legend).toContain("Line width: joint papers");
    expect(legend).toContain("Colour: Community (Louvain)");
    const communities = new Set(graph.mapNodes((_n, a) => a.community));
    for (const community of communities) expect(legend).toContain(`Community ${Number(community) + 1}`);
    expect(Number(parseSvg(text)[0]!.attributes.height)).toBeGreaterThan(900);
  });

  it("concatenates its pieces to the whole document", () => {
    expect(
      [...writeSvgChunks(graph, { legend: describeLegend(describeAppearance(graph)), title: "Seed coauthors" })].join(
        "",
      ),
    ).toBe(text);
  });
});

describe("writeSvg with hostile names", () => {
  it("keeps every name as the text of a text element, with no element made from a name", () => {
    const graph = hostileGraph();
    // Far apart, so every label fits.
    graph.forEachNode((node, _a) => graph.mergeNodeAttributes(node, { x: 0, y: -graph.nodes().indexOf(node) * 40 }));
    const elements = parseSvg(writeSvg(graph, { title: "</title><script>x</script>" }));
    expect(elements.map((e) => e.name)).not.toContain("script");
    expect(elements.find((e) => e.name === "title")!.text).toBe("</title><script>x</script>");
    const texts = elements.filter((e) => e.name === "text").map((e) => e.text);
    // eslint-disable-next-line no-control-regex -- the characters XML 1.0 cannot carry are dropped.
    const expected = graph.mapNodes((_n, a) => String(a.label).replace(/[\u0000-\u0008]/g, "")).filter(Boolean);
    expect(texts.sort()).toEqual(expected.sort());
  });
});

describe("writeSvg through a camera", () => {
  it("leaves out the nodes and links a zoomed viewport does not show, and scales sizes", () => {
    const graph: ExportGraph = new Graph({ type: "undirected" });
    for (let i = 0; i < 10; i++)
      graph.addNode(`n${i}`, { label: `Node ${i}`, x: i * 100, y: 0, size: 5, color: "#4e79a7" });
    for (let i = 0; i < 9; i++) graph.addEdge(`n${i}`, `n${i + 1}`, { weight: 1, size: 1, color: "#4e79a7" });
    // Two pixels per unit, x from 0 to 200 on screen: nodes 0–2 fully, node 3 (x = 300 → 600 px) not.
    const viewport: Viewport = { width: 400, height: 200, matrix: [2, 0, 0, -2, 0, 100], sizeScale: 1.5 };
    const text = writeSvg(graph, { viewport });
    const circles = groupChildren(text, "nodes");
    expect(circles.map((c) => Number(c.attributes.cx))).toEqual([0, 200, 400]);
    expect(Number(circles[0]!.attributes.r)).toBe(7.5);
    // Links 0–1 and 1–2 lie inside; 2–3 starts inside (x = 400) and is drawn too.
    expect(groupChildren(text, "links")).toHaveLength(3);
  });

  it("follows a rotated camera: the matrix maps graph x onto screen y", () => {
    const graph: ExportGraph = new Graph();
    graph.addNode("a", { x: 10, y: 0, size: 2 });
    const text = writeSvg(graph, {
      viewport: { width: 100, height: 100, matrix: [0, 1, -1, 0, 50, 50], sizeScale: 1 },
    });
    const [circle] = groupChildren(text, "nodes");
    expectClose(Number(circle!.attributes.cx), 50);
    expectClose(Number(circle!.attributes.cy), 60);
  });

  it("draws what nodeDisplay and edgeDisplay say: hidden nodes and their links left out, colours replaced", () => {
    const graph = hostileGraph();
    const text = writeSvg(graph, {
      nodeDisplay: (node) => (node === "author:0" ? { hidden: true } : { color: "#000000" }),
      edgeDisplay: () => ({ color: "#ff0000", opacity: 1 }),
    });
    const circles = groupChildren(text, "nodes");
    expect(circles).toHaveLength(graph.order - 1);
    expect(new Set(circles.map((c) => c.attributes.fill))).toEqual(new Set(["#000000"]));
    const lines = groupChildren(text, "links");
    expect(lines).toHaveLength(graph.size - 2);
    expect(lines.every((l) => l.attributes.stroke === "#ff0000" && l.attributes["stroke-opacity"] === "1")).toBe(true);
  });
});

describe("link style", () => {
  it("keeps a group's colour inside it, darkens links between groups, and makes heavier links more opaque", () => {
    const graph = hostileGraph();
    graph.setEdgeAttribute(graph.edges()[1]!, "color", "#4e79a7");
    const lines = groupChildren(writeSvg(graph), "links");
    expect(lines[0]!.attributes.stroke).toBe("#8d94a1");
    expect(lines[1]!.attributes.stroke).toBe("#4e79a7");
    const opacities = lines.map((l) => Number(l.attributes["stroke-opacity"]));
    // Weights 1…11 in ring order: opacity grows with them from 0.45 to 0.9 (fewer than 500 links).
    expect(opacities[0]).toBe(0.45);
    expect(opacities.at(-1)).toBe(0.9);
    expect([...opacities].sort((a, b) => a - b)).toEqual(opacities);
  });
});
