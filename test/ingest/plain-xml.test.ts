import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { generateGexf } from "../../src/cli/generated-records";
import { scanPlainXml } from "../../src/ingest/plain-xml";
import { streamXml } from "../../src/ingest/xml-stream";
import type { Diagnostic } from "../../src/model";
import { createRng } from "../../src/model";
import { readRealFixture } from "../real-fixtures";

type Tag = [string, Record<string, string>, number];

/** The start tags scanPlainXml gives, or null when it gives up. */
function scanned(text: string): Tag[] | null {
  const tags: Tag[] = [];
  return scanPlainXml(text, (name, attributes, line) => tags.push([name, { ...attributes }, line])) ? tags : null;
}

/** The start tags and diagnostics streamXml (sax) gives. */
function parsed(text: string): { tags: Tag[]; diagnostics: Diagnostic[] } {
  const tags: Tag[] = [];
  const diagnostics: Diagnostic[] = [];
  const handlers = { open: (...tag: Tag) => tags.push([tag[0], { ...tag[1] }, tag[2]]), close() {}, text() {} };
  streamXml(text, "x.xml", handlers, diagnostics);
  return { tags, diagnostics };
}

/** The scan either gives up or gives sax's start tags, of a text where sax finds nothing wrong. */
function expectSaxAgrees(text: string): Tag[] | null {
  const tags = scanned(text);
  if (tags) expect(parsed(text)).toEqual({ tags, diagnostics: [] });
  return tags;
}

const SMALL = [
  "<?xml version='1.0' encoding='utf-8'?>\n",
  '<gexf xmlns="http://www.gexf.net/1.2draft" version="1.2">\n',
  "  <meta><creator>NetworkX 2.8.8</creator></meta>\n",
  '  <graph defaultedgetype="undirected" mode="static" name="">\n',
  '    <nodes>\n      <node id="a" label="Ann &amp; Bo &lt;3&gt; &quot;x&quot; &apos;y&apos; &#233;&#xE9;&#X1F600;" />\n',
  "      <node id = 'b'\n label='B\r\n&#10;c' id='ignored' />\n    </nodes>\n",
  '    <edges>\n      <edge source="a" target="b" weight="2" id="0"></edge >\n    </edges>\n',
  "  </graph>\n</gexf>\n",
].join("");

describe("scanPlainXml", () => {
  it("gives sax's start tags, lines and decoded values on plain XML", () => {
    const tags = expectSaxAgrees(SMALL);
    expect(tags?.map(([name, , line]) => [name, line])).toEqual([
      ["gexf", 2],
      ["meta", 3],
      ["creator", 3],
      ["graph", 4],
      ["nodes", 5],
      ["node", 6],
      ["node", 9],
      ["edges", 11],
      ["edge", 12],
    ]);
    expect(tags?.[5]?.[1].label).toBe("Ann & Bo <3> \"x\" 'y' éé😀");
    expect(tags?.[6]?.[1]).toEqual({ id: "b", label: "B\r\n\nc" });
    expect(expectSaxAgrees(`\ufeff${SMALL}`)).toEqual(tags);
  });

  it("reads ca-GrQc and generated GEXF whole, as sax does", () => {
    expect(expectSaxAgrees(readRealFixture("graphs/ca-grqc.gexf"))?.length).toBe(5242 + 14484 + 6);
    expect(expectSaxAgrees(generateGexf(2000))).not.toBeNull();
    const repairs = readFileSync(join(import.meta.dirname, "../fixtures/gexf/repairs.gexf"), "utf8");
    expectSaxAgrees(repairs);
  });

  it("gives up on what it does not read, and on what sax calls malformed", () => {
    const cases = [
      "<a><!-- note --></a>",
      "<a><![CDATA[x]]></a>",
      "<!DOCTYPE a><a/>",
      '<a b="&eacute;"/>',
      '<a b="&#0;"/>',
      '<a b="&amp"/>',
      "<a>&amp;</a>",
      "x<a/>",
      "<a/>x",
      "<a/><b/>",
      "<a>",
      "<a></b>",
      "<a></a></a>",
      "<a b=c/>",
      '<a b="1"c="2"/>',
      '<a b="1" / >',
      "< a/>",
      "<é/>",
      "",
      "  ",
      '<a __proto__="x"/>',
    ];
    for (const text of cases) {
      expect(scanned(text), text).toBeNull();
      expectSaxAgrees(text);
    }
  });

  it("agrees with sax on thousands of damaged copies of a small file", () => {
    const rng = createRng(12);
    const pieces = ["<", ">", "/", "=", '"', "'", "&", ";", "#", "x", " ", "\n", "!", "?", "-", "a", "&amp;", "&#65;"];
    let plain = 0;
    for (let trial = 0; trial < 3000; trial++) {
      let text = SMALL;
      for (let edits = 1 + Math.floor(rng() * 3); edits > 0; edits--) {
        const at = Math.floor(rng() * text.length);
        const cut = rng() < 0.5 ? 1 : 0;
        text = text.slice(0, at) + pieces[Math.floor(rng() * pieces.length)]! + text.slice(at + cut);
      }
      if (expectSaxAgrees(text)) plain++;
    }
    // Both outcomes are exercised: many damaged copies are still plain XML, many are not.
    expect(plain).toBeGreaterThan(300);
    expect(plain).toBeLessThan(2700);
  });
});
