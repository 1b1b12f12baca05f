import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { generateDblpXml } from "../../src/cli/generated-records";
import { detectFormat, findReader, ingest, readDblp } from "../../src/ingest";
import { createRng } from "../../src/model";
import { readRealFixture } from "../real-fixtures";
import { CHUNK, MIN_CHUNKS, recordsCutByChunks } from "./generated-input";

const OPTIONS = { referenceYear: 2026 };
const PERSON = readRealFixture("dblp/person-95-7448-1.xml");
const STREAM = readFileSync(join(import.meta.dirname, "../fixtures/dblp/homonyms-stream.xml"), "utf8");

const randomText = (length: number, seed: number) => {
  const rng = createRng(seed);
  return Array.from({ length }, () => String.fromCharCode(Math.floor(rng() * 256))).join("");
};

describe("readDblp on a real person page (dblp 95/7448-1, Di Xu 0001)", () => {
  const result = readDblp(PERSON, "person.xml", OPTIONS);

  it("reads the 8 records the page states, and nothing from its homonyms and coauthors blocks", () => {
    expect(result.papers).toHaveLength(8);
    expect(result.diagnostics).toEqual([]);
    expect(result.papers.map((p) => p.year)).toEqual([2012, 2012, 2012, 2011, 2010, 2010, 2010, 2009]);
  });

  it("drops the homonym number from the name and keeps the pid as ids.dblp", () => {
    const owner = result.papers[0]!.authors[1]!;
    expect(owner).toEqual({ name: "Di Xu", ids: { dblp: "95/7448-1" } });
    expect(result.papers.every((p) => p.authors.some((a) => a.ids?.dblp === "95/7448-1"))).toBe(true);
  });

  it("keeps authors in order, takes DOI from ee, venue from booktitle or journal, drops the final period", () => {
    const paper = result.papers[0]!;
    expect(paper.authors.map((a) => a.name)).toEqual(["Lino Coria-Mendoza", "Di Xu", "Panos Nasiopoulos"]);
    expect(paper).toMatchObject({
      id: "doi:10.1109/3dtv.2012.6365428",
      title: "Automatic stereoscopic 3D video reframing",
      venue: "3DTV-Conference",
    });
    expect(result.papers[3]!.venue).toBe("IEEE Trans. Vis. Comput. Graph.");
  });

  it("counts 6 distinct coauthors by pid, Lino Coria under his two pids included", () => {
    const pids = new Set(result.papers.flatMap((p) => p.authors.map((a) => a.ids!.dblp)));
    expect(pids.size).toBe(6);
    expect(pids).toContain("161/3963");
    expect(pids).toContain("32/5783");
  });

  it("gives every paper the line its record starts on", () => {
    expect(result.papers.slice(0, 2).map((p) => p.source.line)).toEqual([13, 26]);
  });

  it("is detected as dblp by content", () => {
    expect(detectFormat(PERSON, "page.txt")).toBe("dblp");
    expect(detectFormat(STREAM, "dump.xml")).toBe("dblp");
  });
});

describe("readDblp on a hand-made record stream", () => {
  const result = readDblp(STREAM, "stream.xml", OPTIONS);

  it("keeps homonyms apart through ids.dblp while both display as Wei Wang", () => {
    const [first, second] = result.papers[1]!.authors;
    expect([first!.name, second!.name]).toEqual(["Wei Wang", "Wei Wang"]);
    expect([first!.ids?.dblp, second!.ids?.dblp]).toEqual(["Wei Wang 0002", "Wei Wang 0001"]);
  });

  it("decodes DBLP's HTML entities, reads inline markup in titles, and takes ORCIDs", () => {
    expect(result.papers[0]!.title).toBe("Sparse graph kernels");
    expect(result.papers[0]!.authors[1]).toEqual({ name: "Jürgen Müller", ids: { orcid: "0000-0002-1825-0097" } });
  });

  it("takes the arXiv id of a CoRR record, skips home pages, and reports a record without title on its line", () => {
    expect(result.papers.map((p) => p.id)).toContain("arxiv:2101.00001");
    expect(result.papers.map((p) => p.title)).not.toContain("Home Page");
    expect(result.diagnostics.filter((d) => d.severity === "error")).toEqual([
      { severity: "error", file: "stream.xml", line: 32, message: "<article> record has no title. It was skipped." },
    ]);
  });
});

describe("readDblp on bad input", () => {
  it("reports random bytes with a few diagnostics and no papers", () => {
    const result = readDblp(randomText(100_000, 7), "noise.xml", OPTIONS);
    expect(result.papers).toEqual([]);
    expect(result.diagnostics.length).toBeGreaterThan(0);
    expect(result.diagnostics.length).toBeLessThanOrEqual(22);
  });

  it("keeps the records before the cut of a truncated file and reports the cut record on its line", () => {
    const cut = PERSON.slice(0, PERSON.indexOf("<title>Correction of Clipped"));
    const result = readDblp(cut, "cut.xml", OPTIONS);
    expect(result.papers).toHaveLength(3);
    expect(
      result.diagnostics.some((d) => d.severity === "error" && d.line === 53 && d.message.includes("not closed")),
    ).toBe(true);
  });

  it("reads nothing, with an error, when forced on an OpenAlex page", () => {
    const openalex = readRealFixture("openalex/keypaper-page-1.json");
    const corpus = ingest([{ name: "page.json", text: openalex }], { ...OPTIONS, format: "dblp" });
    expect(corpus.papers).toEqual([]);
    expect(corpus.diagnostics[0]!.severity).toBe("error");
  });

  it("survives 100,000 nested elements", () => {
    const deep = `<dblp>${"<article>".repeat(100_000)}`;
    const result = findReader("dblp")!.read(deep, "deep.xml", OPTIONS);
    expect(result.papers).toEqual([]);
    expect(result.diagnostics.some((d) => d.severity === "error")).toBe(true);
  });

  it("reads every record of a generated 2 MB stream, the records cut by sax's 64 KiB chunks included", () => {
    const text = generateDblpXml(6_000);
    expect(text.length).toBeGreaterThan(MIN_CHUNKS * CHUNK);
    expect(recordsCutByChunks(text, "<article ", "</article>")).toBeGreaterThan(5);
    expect(recordsCutByChunks(text, "<inproceedings ", "</inproceedings>")).toBeGreaterThan(5);
    const result = readDblp(text, "big.xml", OPTIONS);
    expect(result.diagnostics).toEqual([]);
    // One record per line after the two-line prologue; the DOI carries the record's number.
    expect(result.papers.map((p) => p.source.line)).toEqual(Array.from({ length: 6_000 }, (_, i) => i + 3));
    expect(result.papers.map((p) => p.id)).toEqual(Array.from({ length: 6_000 }, (_, i) => `doi:10.5555/${i}`));
    const authors = text.split("\n").map((line) => line.split("<author>").length - 1);
    expect(result.papers.map((p) => p.authors.length)).toEqual(authors.slice(2, -1));
  });
});
