import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { decodeLatex, detectFormat, findReader, readBibtex } from "../../src/ingest";
import { generateBibtex } from "../../src/cli/generated-records";
import { createRng } from "../../src/model";
import type { ReadResult } from "../../src/model";
import { readRealFixture } from "../real-fixtures";
import { CHUNK, MIN_CHUNKS } from "./generated-input";

const OPTIONS = { referenceYear: 2026 };
const read = (name: string) => readBibtex(readRealFixture(`bibtex/${name}`), name, OPTIONS);
const fixture = readFileSync(join(import.meta.dirname, "../fixtures/bibtex/edge-cases.bib"), "utf8");
const where = (result: ReadResult) => result.diagnostics.map((d) => [d.severity, d.line]);
const names = (result: ReadResult) => new Set(result.papers.flatMap((p) => p.authors.map((a) => a.name)));

describe("readBibtex on a researcher's CV (test/fixtures/real/bibtex/amos-cv.bib)", () => {
  const result = read("amos-cv.bib");

  it("reads all 79 entries, the one written @@inproceedings included, with warnings only", () => {
    // 79 = lines opening an entry (`grep -cE "^\s*@" amos-cv.bib`).
    expect(result.papers).toHaveLength(79);
    expect(result.diagnostics.every((d) => d.severity === "warning")).toBe(true);
    expect(result.papers.find((p) => p.title.startsWith("CombOptNet"))?.authors.map((a) => a.name)).toEqual([
      "Anselm Paulus",
      "Michal Rolínek",
      "Vít Musil",
      "Brandon Amos",
      "Georg Martius",
    ]);
  });

  it("gives the owner one spelling whether written `Amos, Brandon`, `Brandon Amos` or `Amos*, Brandon`", () => {
    const owner = result.papers.filter((p) => p.authors.some((a) => a.name === "Brandon Amos"));
    // Every one of the 79 author fields names Amos (checked with a regex over the entries); none keeps a mark.
    expect(owner).toHaveLength(79);
    expect([...names(result)].filter((name) => /[*†$\\{}]|Amos./.test(name))).toEqual([]);
  });

  it("decodes LaTeX accents in names, {\\'\\i} included", () => {
    for (const name of ["Michal Rolínek", "Vít Musil", "Rémi Munos", "David Pérez-Piñeiro", "Thomas Rothörl"]) {
      expect(names(result)).toContain(name);
    }
  });

  it("takes arXiv ids from arXiv URLs, venues from _venue, and the code flag from codeurl", () => {
    const first = result.papers[0]!;
    expect([first.id, first.venue, first.year]).toEqual(["arxiv:2507.09650", "ICLR", 2026]);
    // 47 entries have a codeurl field (grep -c codeurl).
    expect(result.papers.filter((p) => p.hasCode)).toHaveLength(47);
  });

  it("reports fields given twice on their own line", () => {
    expect(where(result)).toEqual([
      ["warning", 142],
      ["warning", 944],
      ["warning", 1263],
    ]);
  });
});

describe("readBibtex on a research group's list (test/fixtures/real/bibtex/plai-group.bib)", () => {
  const result = read("plai-group.bib");

  it("reads 83 of the 85 entries and skips the two whose fields are all commented out, on their lines", () => {
    expect(result.papers).toHaveLength(83);
    const errors = result.diagnostics.filter((d) => d.severity === "error");
    expect(errors.map((d) => d.line)).toEqual([702, 907]);
    expect(errors[0]!.message).toMatch(/WOO-20 has no fields/);
  });

  it("reads an entry whose fields lack a comma, with a warning on that line", () => {
    expect(result.papers.some((p) => p.source.line === 566 && p.title.startsWith("Imagining The Road Ahead"))).toBe(
      true,
    );
    expect(result.diagnostics.find((d) => d.line === 573)?.message).toMatch(/missing comma/);
  });

  it("marks the two `and others` lists as cut off without listing `others` as a person", () => {
    expect(result.papers.filter((p) => p.authorsTruncated)).toHaveLength(2);
    expect(names(result)).not.toContain("others");
  });

  it("keeps every spelling of Ścibior as written for the identity stage to join", () => {
    const spellings = [...names(result)].filter((name) => /cib|Scrib/.test(name)).sort();
    expect(spellings).toEqual(["Aadam Scibior", "Adam Scibior", "Adam Scribior", "Adam Åšcibior", "Adam Ścibior"]);
  });

  it("takes DOIs and arXiv eprints, and decodes Turkish dotless i", () => {
    expect(result.papers.filter((p) => p.doi).length).toBe(25);
    expect(names(result)).toContain("Atılım Güneş Baydin");
  });
});

describe("readBibtex on hand-made edge cases (test/fixtures/bibtex/edge-cases.bib)", () => {
  const result = readBibtex(fixture, "edge.bib", OPTIONS);
  const [accents, again, nodate, after] = result.papers;

  it("puts `Last, First`, `First Last` and `von Last, Jr, First` in reading order and decodes LaTeX", () => {
    expect(accents!.authors.map((a) => a.name)).toEqual([
      "José Jímenez",
      "Anna Müller",
      "Łukasz Kaiser",
      "Piet van der Berg Jr",
    ]);
    expect(accents!.authorsTruncated).toBe(true);
    expect(accents!.title).toBe("A GAN for α-Divergences & More");
  });

  it("expands @string macros and # concatenation, month macros, and strips the DOI resolver", () => {
    expect(accents!.venue).toBe("International Conference on Machine Learning 2020");
    expect([accents!.year, accents!.month, accents!.doi, accents!.id]).toEqual([
      2020,
      3,
      "10.1000/XYZ.1",
      "doi:10.1000/xyz.1",
    ]);
    expect(accents!.keywords).toEqual(["deep learning", "generative models"]);
  });

  it("strips footnote marks and finds an arXiv id in the journal field", () => {
    expect(again!.authors.map((a) => a.name)).toEqual(["Brandon Amos", "Yuandong Tian"]);
    expect(again!.arxivId).toBe("2101.00001");
  });

  it("keeps a braced corporate name whole and reads eprint, primaryClass and codeurl", () => {
    expect(nodate!.authors).toEqual([{ name: "Barnes and Noble" }]);
    expect([nodate!.year, nodate!.arxivId, nodate!.categories, nodate!.hasCode]).toEqual([
      undefined,
      "2103.04567",
      ["cs.LG"],
      true,
    ]);
  });

  it("skips an entry whose title never closes and an untitled one on their lines, and reads the entry after", () => {
    expect(after!.title).toBe("Read after the broken one");
    expect(result.papers).toHaveLength(4);
    expect(where(result)).toEqual([
      ["warning", 25],
      ["warning", 14],
      ["warning", 21],
      ["error", 24],
      ["error", 29],
    ]);
    expect(result.diagnostics.find((item) => item.line === 24)!.message).toBe(
      "entry broken has no title before its field title, which is never closed. It was skipped.",
    );
  });
});

describe("readBibtex on a lab's list (test/fixtures/real/bibtex/asl-pavone-excerpt.bib)", () => {
  const result = read("asl-pavone-excerpt.bib");
  const authorsOn = (line: number) => result.papers.find((p) => p.source.line === line)!.authors.map((a) => a.name);
  const warningsOn = (line: number) =>
    result.diagnostics.filter((d) => d.line === line && d.severity === "warning").map((d) => d.message);

  it("reads `And` with a capital as the separator it is", () => {
    expect(authorsOn(18)).toEqual([
      "D. Gammelli",
      "J. Harrison",
      "K. Yang",
      "M. Pavone",
      "F. Rodrigues",
      "Pereira C. Francisco",
    ]);
  });

  it("reads names glued without `and` as separate names and warns on the author line", () => {
    expect(authorsOn(7).slice(-2)).toEqual(["M. Rath", "M. Pavone"]);
    expect(warningsOn(8)).toEqual([
      'author "Rath, M. Pavone, M." looks like several names without "and" between them. ' +
        "They were read as separate names; add the missing and if that is wrong.",
    ]);
    expect(authorsOn(29)).toEqual(["S. Choudhury", "K. Solovey", "M. Kochenderfer", "M. Pavone"]);
  });

  it("warns about two parts that may be two names when every other author gives initials only", () => {
    expect(authorsOn(56)).toEqual(["S. Choudhury", "K. Solovey", "M. Pavone Kochenderfer"]);
    expect(warningsOn(57)).toEqual([
      'author "Kochenderfer, M. Pavone" may be two names without "and" between them ' +
        "(every other author gives initials only). It was read as one name.",
    ]);
  });

  it("separates names at AND in capitals too", () => {
    const text = "@article{k, title = {T}, author = {Lovelace, Ada AND Smith, Bob And Jones, Carl}}";
    expect(readBibtex(text, "x.bib", OPTIONS).papers[0]!.authors.map((a) => a.name)).toEqual([
      "Ada Lovelace",
      "Bob Smith",
      "Carl Jones",
    ]);
  });
});

describe("readBibtex on broken syntax", () => {
  it("keeps the fields that closed when an entry's last field never closes, and reads the next entry", () => {
    const text = [
      "@article{kept,",
      "  title = {Kept},",
      "  author = {Lovelace, Ada},",
      "  abstract = {never closed",
      "",
      "@article{next, title = {Next}, author = {Smith, Bob}}",
    ].join("\n");
    const result = readBibtex(text, "x.bib", OPTIONS);
    expect(result.papers.map((p) => [p.title, p.authors.map((a) => a.name)])).toEqual([
      ["Kept", ["Ada Lovelace"]],
      ["Next", ["Bob Smith"]],
    ]);
    expect(result.diagnostics).toEqual([
      {
        severity: "warning",
        file: "x.bib",
        line: 4,
        message:
          "field abstract: value opened on line 4 is never closed. " +
          "The entry keeps the fields before it; reading resumed at the next entry.",
      },
    ]);
  });

  it("cuts a @string chain that doubles itself thirty times at a mebibyte and reads the other entries", () => {
    const chain = Array.from({ length: 30 }, (_, i) => `@string{m${i + 1} = m${i} # m${i}}`);
    const text = [`@string{m0 = "${"x".repeat(1000)}"}`, ...chain, "@article{k, title = {T}, note = m30}"].join("\n");
    expect(text.length).toBeLessThan(2000);
    const result = readBibtex(text, "chain.bib", OPTIONS);
    expect(result.records).toEqual({ seen: 1, read: 1, skipped: 0, merged: 0 });
    // m10 is 1,024,000 characters; m11 to m30 (lines 12 to 31) are cut at 1,048,576, the note is m30 whole.
    const cut = result.diagnostics.filter((d) => d.message.startsWith("value longer than 1048576 characters"));
    expect(cut.map((d) => d.line)).toEqual(Array.from({ length: 20 }, (_, i) => i + 12));
  });
});

describe("decodeLatex", () => {
  it.each([
    ["Rol{\\'\\i}nek", "Rolínek"],
    ['G{\\"u}ne{\\c{s}}', "Güneş"],
    ["\\v{S}imon {\\ss}", "Šimon ß"],
    ["Amos$^{\\dagger}$", "Amos†"],
    ["50\\% \\& \\$5---\\emph{ok}", "50% & $5—ok"],
  ])("decodes %s as %s", (latex, text) => {
    expect(decodeLatex(latex)).toBe(text);
  });
});

describe("readBibtex on garbage", () => {
  it("reports random bytes as one whole-file error", () => {
    const rng = createRng(7);
    const bytes = Array.from({ length: 20000 }, () => String.fromCharCode(Math.floor(rng() * 256))).join("");
    const result = readBibtex(bytes, "random.bib", OPTIONS);
    expect(result.papers).toEqual([]);
    expect(where(result)).toEqual([["error", 0]]);
  });

  it("reads the entries before the cut of a truncated file and reports the cut entry", () => {
    const text = readRealFixture("bibtex/amos-cv.bib");
    const cut = text.slice(0, text.indexOf("@misc{paulus2025") + 120);
    const result = readBibtex(cut, "cut.bib", OPTIONS);
    expect(result.papers).toHaveLength(2);
    expect(where(result)).toEqual([["error", 21]]);
  });

  it("reports another format forced on it (a RIS file read as BibTeX) as one error", () => {
    const ris = readRealFixture("ris/example.ris");
    const result = findReader("bibtex")!.read(ris, "example.ris", OPTIONS);
    expect(result.papers).toEqual([]);
    expect(where(result)).toEqual([["error", 0]]);
    expect(detectFormat(ris, "example.bib")).toBe("ris");
  });

  it("reads a title nested 100,000 braces deep without overflowing the stack", () => {
    const title = `${"{".repeat(100000)}Deep${"}".repeat(100000)}`;
    const result = readBibtex(`@article{deep, title = ${title}, author = {A. B}}`, "deep.bib", OPTIONS);
    expect(result.papers.map((p) => p.title)).toEqual(["Deep"]);
  });

  it("reads every entry of a generated 2 MB file, each from its own line", () => {
    const text = generateBibtex(4_000);
    expect(text.length).toBeGreaterThan(MIN_CHUNKS * CHUNK);
    const result = readBibtex(text, "big.bib", OPTIONS);
    expect(result.diagnostics).toEqual([]);
    expect(result.papers.map((p) => p.source.line)).toEqual(Array.from({ length: 4_000 }, (_, i) => 6 * i + 1));
    expect(result.papers.map((p) => p.authors.length)).toEqual(Array(4_000).fill(3));
  });
});
