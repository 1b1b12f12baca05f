/**
 * `--gexf-version`: the command line's choice of GEXF version, checked where it is parsed and on a real
 * run of the command on the embedded corpus (the files' content is checked in test/export).
 */

import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseCommand, type AnalyzeCommand } from "../../src/cli/args";

const ROOT = join(import.meta.dirname, "../..");

const analyzeWith = (...argv: string[]) => parseCommand(["analyze", ...argv]) as AnalyzeCommand;

describe("--gexf-version", () => {
  it("is 1.3 unless asked, and takes 1.2 or 1.3", () => {
    expect(analyzeWith().gexfVersion).toBe("1.3");
    expect(analyzeWith("--gexf-version", "1.2").gexfVersion).toBe("1.2");
    expect(analyzeWith("--gexf-version", "1.3").gexfVersion).toBe("1.3");
  });

  it("refuses another version with a one-line reason naming the choices", () => {
    expect(() => analyzeWith("--gexf-version", "1.1")).toThrow(
      'papergraph/cli: --gexf-version takes 1.3 or 1.2 (got "1.1").',
    );
  });

  it("makes the analyze command write both GEXF files in GEXF 1.2draft", () => {
    const out = mkdtempSync(join(tmpdir(), "papergraph-cli-"));
    const [coauthors, topics] = [join(out, "coauthors.gexf"), join(out, "topics.gexf")];
    const run = spawnSync(
      process.execPath,
      [
        "--import",
        "tsx",
        "src/cli/main.ts",
        "analyze",
        "--quiet",
        "--gexf",
        coauthors,
        "--topics-gexf",
        topics,
        "--gexf-version",
        "1.2",
        "--layout-iterations",
        "0",
      ],
      { cwd: ROOT, encoding: "utf8" },
    );
    expect(run.status, run.stderr).toBe(0);
    for (const file of [coauthors, topics]) {
      expect(readFileSync(file, "utf8").split("\n")[1]).toMatch(
        /^<gexf xmlns="http:\/\/www.gexf.net\/1.2draft" .* version="1.2">$/,
      );
    }
  });
});
