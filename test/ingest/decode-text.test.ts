import { describe, expect, it } from "vitest";
import { decodeBytes, ingest } from "../../src/ingest";
import type { InputFile, Paper } from "../../src/model";
import { readRealFixture, REAL_FIXTURES } from "../real-fixtures";
import { readFileSync } from "node:fs";
import { join } from "node:path";

const OPTIONS = { referenceYear: 2026 };
const bytesOf = (path: string) => new Uint8Array(readFileSync(join(REAL_FIXTURES, path)));
/** Papers without the file name of their source, to compare two files' readings. */
const readPapers = (input: InputFile): Omit<Paper, "source">[] =>
  ingest([input], OPTIONS).papers.map(({ source: _source, ...paper }) => paper);

/** Windows-1252 bytes of text whose characters are Latin-1 or one of the punctuation marks listed (0x91–0x97). */
function encodeWindows1252(text: string): Uint8Array {
  const punctuation: Record<string, number> = { "‘": 0x91, "’": 0x92, "“": 0x93, "”": 0x94, "–": 0x96, "—": 0x97 };
  return Uint8Array.from(text, (char) => {
    const code = punctuation[char] ?? char.charCodeAt(0);
    if (code > 0xff) throw new Error(`no Windows-1252 byte for ${char}`);
    return code;
  });
}

describe("decodeBytes", () => {
  // wos/wosfile-tab-win-*-head.txt: the same three Web of Science records saved as UTF-16LE and as UTF-8.
  const utf8 = decodeBytes("utf8.txt", bytesOf("wos/wosfile-tab-win-utf8-head.txt"));

  it("reads a UTF-16LE export by its byte-order mark, with a note, into the papers of its UTF-8 twin", () => {
    const utf16 = decodeBytes("utf16.txt", bytesOf("wos/wosfile-tab-win-utf16-head.txt"));
    expect(utf16.notes).toEqual([
      { severity: "info", file: "utf16.txt", line: 0, message: "read as UTF-16LE, as its byte-order mark says." },
    ]);
    expect(readPapers(utf16)).toEqual(readPapers(utf8));
    expect(readPapers(utf8)).toHaveLength(3);
  });

  it("reads UTF-16BE by its mark and UTF-16LE without a mark by its zero bytes", () => {
    const text = utf8.text.replace(/^\ufeff/, "");
    const units = Array.from(text, (char) => char.charCodeAt(0));
    const big = Uint8Array.from([0xfe, 0xff, ...units.flatMap((unit) => [unit >> 8, unit & 0xff])]);
    const little = Uint8Array.from(units.flatMap((unit) => [unit & 0xff, unit >> 8]));
    expect(decodeBytes("be.txt", big).text).toBe(text);
    const unmarked = decodeBytes("le.txt", little);
    expect(unmarked.text).toBe(text);
    expect(unmarked.notes![0]!.message).toBe("read as UTF-16LE, as its bytes (every other one is zero) says.");
  });

  it("reads a Windows-1252 file (a real IEEE export re-encoded) with a warning on the first line that shows it", () => {
    const text = readRealFixture("ieee/ieee.csv");
    const decoded = decodeBytes("latin.csv", encodeWindows1252(text));
    expect(decoded.text).toBe(text);
    const firstLine = text.slice(0, text.search(/[^\p{ASCII}]/u)).split("\n").length;
    expect(decoded.notes).toEqual([
      {
        severity: "warning",
        file: "latin.csv",
        line: firstLine,
        message:
          "the file is not UTF-8 (the first byte that shows it is on this line). It was read as Windows-1252 " +
          "(Latin-1); check accented names, or save the file as UTF-8.",
      },
    ]);
    expect(readPapers(decoded)).toEqual(readPapers({ name: "utf8.csv", text }));
  });

  it("keeps a UTF-8 file with one damaged byte as UTF-8 and says where the byte is", () => {
    const bytes = new TextEncoder().encode("Jörg Müller\nÅsa Öberg\nxyz\n");
    bytes[bytes.length - 3] = 0xff;
    const decoded = decodeBytes("damaged.txt", bytes);
    expect(decoded.text).toBe("Jörg Müller\nÅsa Öberg\nx\ufffdz\n");
    expect(decoded.notes?.map((note) => [note.severity, note.line])).toEqual([["warning", 3]]);
  });

  it("reads plain UTF-8 without a note", () => {
    expect(utf8.notes).toBeUndefined();
  });
});

describe("a NUL character", () => {
  it("skips only the record that holds it", () => {
    const lines = readRealFixture("ieee/ieee.csv").split("\n");
    lines[4] = lines[4]!.replace("Predicting", "Predict\u0000ing");
    const corpus = ingest([{ name: "nul.csv", text: lines.join("\n") }], OPTIONS);
    expect(corpus.files[0]).toMatchObject({ format: "ieee", seen: 10, read: 9, skipped: 1 });
    expect(corpus.diagnostics.map((d) => [d.severity, d.line, d.message])).toEqual([
      ["error", 5, "record holds a NUL character (a damaged file?). It was skipped."],
    ]);
  });
});
