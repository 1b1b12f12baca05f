import { readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { THREAD_ENTRIES } from "../../src/cli/thread-entry";

describe("THREAD_ENTRIES", () => {
  it("names every thread entry in src/cli, so the library build bundles each one", () => {
    const files = readdirSync(join(import.meta.dirname, "../../src/cli")).filter((file) =>
      file.endsWith("-thread-worker.ts"),
    );
    expect(files.map((file) => file.replace(/\.ts$/, "")).sort()).toEqual([...THREAD_ENTRIES].sort());
  });
});
