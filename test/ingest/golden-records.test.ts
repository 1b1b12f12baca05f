import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { recordHashes } from "./record-hashes";

/**
 * The hashes were made with the readers of main at c2b92be, before they were made faster; a change that
 * means to read something differently updates test/fixtures/ingest-golden.json in the same commit and says why.
 */
const GOLDEN = JSON.parse(readFileSync(join(import.meta.dirname, "../fixtures/ingest-golden.json"), "utf8")) as Record<
  string,
  string
>;

describe("golden records", () => {
  it("reads exactly the records, diagnostics and counts it read before from every fixture, generated and hostile input", () => {
    expect(recordHashes()).toEqual(GOLDEN);
  });
});
