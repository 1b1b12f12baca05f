import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { checkOutputs, readInputFile, readInputFiles, writeOutput } from "../../src/cli/files";
import { ingest } from "../../src/ingest";

const folder = mkdtempSync(join(tmpdir(), "papergraph-files-"));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

const path = (name: string) => join(folder, name);
const errorOf = (name: string, maxBytes?: number) => readInputFile(path(name), maxBytes).notes?.[0]?.message;

describe("readInputFile", () => {
  writeFileSync(path("ok.bib"), "@article{k, title = {T}, author = {Lovelace, Ada}}\n");
  writeFileSync(path("big.txt"), "x".repeat(2000));
  writeFileSync(path("zeros.bin"), new Uint8Array(4096));
  mkdirSync(path("folder"));
  // Larger than a read chunk (1 MB), with a two-byte character across the chunk's end.
  const large = "a".repeat((1 << 20) - 1) + "é" + "line ü\n".repeat(300_000);
  writeFileSync(path("large.txt"), large);
  // Text in its first megabyte, control bytes after: only the first chunk decides whether a file is binary.
  writeFileSync(path("late-zeros.txt"), Buffer.concat([Buffer.from("t".repeat(1 << 20)), new Uint8Array(1 << 20)]));

  it("turns a missing file and a directory into inputs with an error note, never a throw", () => {
    expect(errorOf("missing.bib")).toBe("cannot be read (no such file). Check the path.");
    expect(errorOf("folder")).toBe("is a directory. Give the files in it instead (folder/*.bib).");
    expect(errorOf("ok.bib/inner.bib")).toBe("cannot be read (a folder in the path is a file). Check the path.");
  });

  it("refuses a file above the size limit before reading it", () => {
    expect(errorOf("big.txt", 1000)).toBe(
      "is 2,000 bytes, more than the 1,000 bytes one input may have. Split it into smaller files.",
    );
    expect(readInputFile(path("big.txt"), 2000).text).toHaveLength(2000);
  });

  it("reads a file larger than a chunk whole", () => {
    expect(readInputFile(path("large.txt")).text).toBe(large);
    expect(readInputFile(path("late-zeros.txt")).notes ?? []).toEqual([]);
    expect(readInputFile(path("late-zeros.txt")).text).toHaveLength(2 << 20);
  });

  it("stops at a first chunk of binary data (what /dev/zero gives)", () => {
    expect(errorOf("zeros.bin")).toBe("holds binary data (NUL and control bytes), not a text export. It was not read.");
  });

  it("lets ingest report an unreadable input while the others are read", () => {
    const corpus = ingest(readInputFiles([path("missing.bib"), path("ok.bib")]), { referenceYear: 2026 });
    expect(corpus.papers.map((paper) => paper.title)).toEqual(["T"]);
    expect(corpus.files.map((file) => [file.format, file.seen])).toEqual([
      ["unread", 0],
      ["bibtex", 1],
    ]);
    expect(corpus.diagnostics.map((d) => [d.severity, d.file, d.line])).toEqual([["error", path("missing.bib"), 0]]);
  });
});

describe("outputs", () => {
  it("refuses an output path that names an input", () => {
    expect(() => checkOutputs([path("ok.bib")], [["--json", join(folder, ".", "ok.bib")]])).toThrow(
      `papergraph/cli: --json names an input file (${join(folder, "ok.bib")}); it would be overwritten. Choose another path.`,
    );
    expect(() => checkOutputs([path("ok.bib")], [["--json", path("out.json")]])).not.toThrow();
  });

  it("names the path when an output cannot be written", () => {
    const target = join(path("ok.bib"), "out.json");
    expect(() => writeOutput(target, "{}")).toThrow(`papergraph/cli: cannot write ${target} (`);
  });

  it("removes the file a failure leaves unfinished and names the path and the reason", () => {
    const target = path("half.gexf");
    function* pieces() {
      yield "<gexf>";
      yield new TextEncoder().encode("<nodes>");
      throw new Error("the document broke off");
    }
    expect(() => writeOutput(target, pieces())).toThrow(
      `papergraph/cli: writing ${target} failed (the document broke off).`,
    );
    expect(existsSync(target)).toBe(false);
    writeOutput(target, ["<gexf>", new TextEncoder().encode("</gexf>")]);
    expect(readFileSync(target, "utf8")).toBe("<gexf></gexf>");
  });

  // Linux's /dev/full refuses every write as a full disk would.
  it.skipIf(!existsSync("/dev/full"))("leaves a device it could not write to in place", () => {
    expect(() => writeOutput("/dev/full", "<gexf/>")).toThrow(
      "papergraph/cli: writing /dev/full failed (no space left on the device).",
    );
    expect(existsSync("/dev/full")).toBe(true);
  });
});
