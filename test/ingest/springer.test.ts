import { describe, expect, it } from "vitest";
import { detectFormat, ingest, readSpringer } from "../../src/ingest";
import { splitGluedNames } from "../../src/ingest/glued-names";
import { readRealFixture } from "../real-fixtures";

const OPTIONS = { referenceYear: 2026 };
const LITSTUDY = readRealFixture("springer/litstudy-springer.csv");
const names = (result: ReturnType<typeof readSpringer>, line: number) =>
  result.papers.find((paper) => paper.source.line === line)?.authors.map((author) => author.name);

describe("readSpringer on a Springer Link export (test/fixtures/real/springer/litstudy-springer.csv)", () => {
  const result = readSpringer(LITSTUDY, "springer.csv", OPTIONS);

  it("is detected by its header and reads all 1,000 rows, each from its first line", () => {
    expect(detectFormat(LITSTUDY, "springer.csv")).toBe("springer");
    // 1,000 rows (Python's csv.reader); 81 line breaks inside quoted cells put the last row on line 1,082.
    expect(result.records).toEqual({ seen: 1000, read: 1000, skipped: 0, merged: 0 });
    expect(result.papers.at(-1)!.source.line).toBe(1082);
  });

  it("splits names glued with no separator at a small letter followed by a capital", () => {
    expect(names(result, 2)).toEqual(["Vivek K. Pallipuram", "Mohammad Bhuiyan", "Melissa C. Smith"]);
    expect(names(result, 3)).toEqual(["V. A. Bakhtin", "V. A. Kryukov", "B. N. Chetverushkin", "E. V. Shil’nikov"]);
    expect(result.papers[0]).toMatchObject({
      year: 2012,
      doi: "10.1007/s11227-011-0631-3",
      venue: "The Journal of Supercomputing",
    });
  });

  it("keeps camel-case given names whole, notes each guessed row and warns once for the file", () => {
    expect(names(result, 22)).toEqual(["DeHao Chen", "WenGuang Chen", "WeiMin Zheng"]);
    const notes = result.diagnostics.filter((d) => d.severity === "info" && d.message.includes("at a guess"));
    expect(notes).toHaveLength(28);
    expect(result.diagnostics[0]).toMatchObject({ severity: "warning", line: 22 });
    expect(result.diagnostics[0]!.message).toMatch(/^28 rows have glued author names split at a guess/);
  });

  it("keeps a row without authors, with a warning", () => {
    const empty = result.papers.filter((paper) => paper.authors.length === 0).map((paper) => paper.source.line);
    const warned = result.diagnostics.filter((d) => d.message.startsWith("row without authors")).map((d) => d.line);
    expect(warned).toEqual(empty);
    expect(empty).toHaveLength(6);
  });

  it("skips only the record that holds a NUL byte, not the 1,000-row file", () => {
    const lines = LITSTUDY.split("\n");
    lines[1] = lines[1]!.replace("GPU", "G\u0000PU");
    const corpus = ingest([{ name: "nul.csv", text: lines.join("\n") }], OPTIONS);
    expect(corpus.files[0]).toMatchObject({ format: "springer", seen: 1000, read: 999, skipped: 1 });
  });
});

describe("readSpringer on other Springer exports", () => {
  it("skips a journal listed among the papers and keeps camel-case names (tasd-springer-excerpt.csv)", () => {
    const result = readSpringer(readRealFixture("springer/tasd-springer-excerpt.csv"), "tasd.csv", OPTIONS);
    expect(names(result, 3)).toEqual(["WenHua Yang", "YePang Liu", "Chang Xu", "S. C. Cheung"]);
    expect(result.records).toEqual({ seen: 3, read: 2, skipped: 1, merged: 0 });
    expect(result.diagnostics.find((d) => d.line === 4)).toMatchObject({
      severity: "info",
      message:
        "a journal, not a paper (Content Type Journal) (CCF Transactions on Pervasive Computing …). It was skipped.",
    });
  });

  it("removes academic titles and keeps a corporate author whole in a file re-saved without quotes", () => {
    const result = readSpringer(readRealFixture("springer/cna-second-search-all-excerpt.csv"), "cna.csv", OPTIONS);
    expect(names(result, 2)).toEqual([
      "Caj Södergård",
      "Tomas Mildorf",
      "Ephrem Habyarimana",
      "Arne J. Berre",
      "Jose A. Fernandes",
      "Christian Zinke-Wehlmann",
    ]);
    expect(names(result, 3)!.slice(0, 2)).toEqual(["Stefan Biffl", "Elena Navarro"]);
    expect(names(result, 4)).toContain("Claudia d'Amato");
    expect(names(result, 5)).toEqual(["Huawei Technologies Co., Ltd."]);
  });
});

describe("splitGluedNames", () => {
  it.each([
    ["Richard DeFranciscoShenghsun Cho", ["Richard DeFrancisco", "Shenghsun Cho"], false],
    ["S. McKeeM. S. Neubauer", ["S. McKee", "M. S. Neubauer"], false],
    ["Antonello Calabro’Felicita Di Giandomenico", ["Antonello Calabro’", "Felicita Di Giandomenico"], false],
    ["L. GalwayA. Sant’AnnaA. Verikas", ["L. Galway", "A. Sant’Anna", "A. Verikas"], true],
    ["JianWen HuangLingQi Zhang", ["JianWen Huang", "LingQi Zhang"], true],
    ["Wagner Meira JrJoel H. Saltz", ["Wagner Meira Jr", "Joel H. Saltz"], false],
  ])("reads %j as %j (a guess: %s)", (cell, expected, guess) => {
    expect(splitGluedNames(cell)).toMatchObject({ names: expected, guess });
  });
});
