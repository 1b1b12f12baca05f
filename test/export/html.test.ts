/**
 * The one-file HTML page, as text: one document with the data as JSON that no name can break out of
 * (`</script`, `<!--`, U+2028/U+2029 escaped, and JSON.parse gives every name back), the viewer inlined and
 * allowed by its hash in the Content-Security-Policy, no external source or link in the markup, and the
 * data the viewer reads: every node with its values and papers, the heaviest links when capped, the legend.
 * test/e2e/html-page.test.ts opens the page in Chromium.
 */

import { createHash } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { readHtmlViewer } from "../../src/cli/html-viewer";
import {
  buildHtmlData,
  HTML_VIEWER_FILES,
  htmlNetworkOf,
  joinViewerScript,
  writeHtml,
  type HtmlViewerData,
} from "../../src/export";
import type { Analysis } from "../../src/pipeline";
import { HOSTILE_NAMES, hostileGraph, seedAnalysis } from "./networks";

const NASTY = [...HOSTILE_NAMES, "<!-- open", "line\u2028separator\u2029paragraph", "</SCRIPT >"];

/** The text of every `<script …>…</script>` and `<style>…</style>` element, in order. */
function elements(html: string, tag: "script" | "style"): { attributes: string; text: string }[] {
  return [...html.matchAll(new RegExp(`<${tag}([^>]*)>([\\s\\S]*?)</${tag}>`, "g"))].map((m) => ({
    attributes: m[1]!,
    text: m[2]!,
  }));
}

const sha256 = (text: string) => `'sha256-${createHash("sha256").update(text, "utf8").digest("base64")}'`;

function nastyNetwork() {
  const graph = hostileGraph();
  NASTY.slice(HOSTILE_NAMES.length).forEach((label, i) =>
    graph.addNode(`author:extra${i}`, { label, x: i, y: -i, size: 4, color: "#123456" }),
  );
  return graph;
}

let analysis: Analysis;
beforeAll(async () => {
  analysis = await seedAnalysis();
});

describe("writeHtml", () => {
  it("keeps every name inside the JSON block (no raw </script, <!--, U+2028, U+2029) and JSON.parse gives each back", async () => {
    const html = await writeHtml({ graph: nastyNetwork() }, { viewerScript: readHtmlViewer(), title: "</script>" });
    const scripts = elements(html, "script");
    expect(scripts.map((script) => script.attributes)).toEqual([' type="application/json" id="papergraph-data"', ""]);
    const json = scripts[0]!.text;
    expect(json).not.toMatch(/<|>|&|\u2028|\u2029/);
    const data = JSON.parse(json) as HtmlViewerData;
    expect(data.nodes.map((node) => node.label).sort()).toEqual(NASTY.map((name, i) => name || `author:${i}`).sort());
    expect(data.title).toBe("</script>");
    expect(html).toContain("<title>&lt;/script&gt;</title>");
    expect(html.match(/<\/script/gi)).toHaveLength(2);
    expect(html).not.toContain("<!--");
  });

  it("allows exactly its inline script and style by their SHA-256 and forbids every request", async () => {
    const html = await writeHtml({ graph: hostileGraph() }, { viewerScript: readHtmlViewer() });
    const policy = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)![1]!;
    const [, viewer] = elements(html, "script");
    const [style] = elements(html, "style");
    expect(policy.split("; ")).toEqual([
      "default-src 'none'",
      `script-src ${sha256(viewer!.text)}`,
      `style-src ${sha256(style!.text)}`,
      "img-src data:",
      "base-uri 'none'",
      "form-action 'none'",
    ]);
  });

  it("has no external source or link in its markup, and the viewer asks for nothing over the network", async () => {
    const html = await writeHtml({ graph: hostileGraph() }, { viewerScript: readHtmlViewer() });
    expect(html).not.toMatch(/\s(src|href|srcset|action|poster)\s*=/i);
    expect(html).not.toMatch(/@import|url\(/i);
    expect(readHtmlViewer()).not.toMatch(
      /\bfetch\(|XMLHttpRequest|import\(|WebSocket|EventSource|sendBeacon|\.src\s*=/,
    );
  });

  it("refuses a viewer script that would end the script element", async () => {
    await expect(writeHtml({ graph: hostileGraph() }, { viewerScript: "a = '</script>'" })).rejects.toThrow(
      "papergraph/export: the viewer script holds </script or <!-- and cannot be inlined.",
    );
  });
});

describe("joinViewerScript", () => {
  const parts = Object.fromEntries(HTML_VIEWER_FILES.map((name) => [name, `/* ${name} */`]));

  it("joins the parts in order in one function scope that starts the viewer", () => {
    const script = joinViewerScript(parts);
    const at = HTML_VIEWER_FILES.map((name) => script.indexOf(`/* ${name} */`));
    expect(at).toEqual([...at].sort((a, b) => a - b));
    expect(script).toMatch(/^\(\(\) => \{\n"use strict";\n[\s\S]*\nhtmlViewerMain\(\);\n\}\)\(\);\n$/);
  });

  it("names a missing part, and a part that holds <!--", () => {
    const { "labels.js": _left, ...withoutLabels } = parts;
    expect(() => joinViewerScript(withoutLabels)).toThrow("the HTML viewer's part labels.js is missing");
    expect(() => joinViewerScript({ ...parts, "draw.js": "// <!-- x" })).toThrow(
      "the HTML viewer's part draw.js holds </script or <!--",
    );
  });
});

describe("buildHtmlData", () => {
  it("gives every node of the seed network its label, position, values, papers and the legend", () => {
    const data = buildHtmlData(htmlNetworkOf(analysis, "coauthors"), "t", 50_000);
    const { coauthors } = analysis;
    expect(data.nodes).toHaveLength(coauthors.order);
    expect(data.links).toHaveLength(coauthors.size);
    const owner = data.nodes.find((node) => node.label === "Can Rager")!;
    const attributes = coauthors.getNodeAttributes("author:can rager");
    expect(owner).toMatchObject({ x: attributes.x, y: attributes.y, size: attributes.size, color: attributes.color });
    const value = (key: string) => owner.values[data.fields.findIndex((field) => field.key === key)];
    expect(value("degree")).toBe(34);
    expect(value("community")).toBe(attributes.community! + 1);
    expect(owner.papers).toHaveLength(17);
    expect(data.papers[owner.papers[0]!]!.title).toBeTypeOf("string");
    expect(data.legend?.colour.title).toBe("Community (Louvain)");
    expect(data.note).toBeUndefined();
  });

  it("names each community of the legend by its distinctive topics and the title by the algorithm", () => {
    const largest = analysis.insights.communities.find((profile) => profile.id === 0)!;
    expect(largest.label).not.toBe("");
    const { colour } = buildHtmlData(htmlNetworkOf(analysis, "coauthors"), "t", 50_000).legend!;
    expect(colour.kind === "categorical" && colour.entries[0]!.label).toBe(`Community 1: ${largest.label}`);
    const leiden = { ...analysis, options: { ...analysis.options, communityAlgorithm: "leiden" as const } };
    expect(buildHtmlData(htmlNetworkOf(leiden, "coauthors"), "t", 50_000).legend!.colour.title).toBe(
      "Community (Leiden)",
    );
  });

  it("keeps the heaviest links when capped (ties in graph order) and says so", () => {
    const full = buildHtmlData(htmlNetworkOf(analysis, "coauthors"), "t", 50_000);
    const capped = buildHtmlData(htmlNetworkOf(analysis, "coauthors"), "t", 10);
    expect(capped.nodes).toHaveLength(full.nodes.length);
    expect(capped.links).toHaveLength(10);
    const weights = full.links.map((link) => link[2]).sort((a, b) => b - a);
    expect(capped.links.map((link) => link[2]).sort((a, b) => b - a)).toEqual(weights.slice(0, 10));
    expect(capped.note).toBe(`The 10 heaviest of ${analysis.coauthors.size} links are included.`);
  });

  it("lists each link's shared papers by index", () => {
    const data = buildHtmlData(htmlNetworkOf(analysis, "coauthors"), "t", 50_000);
    const { coauthors } = analysis;
    const index = new Map(data.nodes.map((node, i) => [node.label, i]));
    coauthors.forEachEdge((_edge, attributes, source, target) => {
      const link = data.links.find(
        ([a, b]) =>
          (a === index.get(coauthors.getNodeAttribute(source, "label")) &&
            b === index.get(coauthors.getNodeAttribute(target, "label"))) ||
          (b === index.get(coauthors.getNodeAttribute(source, "label")) &&
            a === index.get(coauthors.getNodeAttribute(target, "label"))),
      )!;
      expect(link[2]).toBe(attributes.weight);
      expect(link[6]).toHaveLength(attributes.papers.length);
    });
  });
});
