/**
 * The command line end to end, from the TypeScript sources (test/package/pack.test.ts runs the built one):
 * the exit status of each way a run can end, as help.ts and the README document them, and what goes to
 * stdout and stderr.
 */

import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { EXIT } from "../../src/cli/help";
import { ROOT, runPapergraph } from "./run";

const BIB = join(ROOT, "test/fixtures/real/bibtex/sparse-feature-circuits.bib");
let work: string;

const papergraph = (...args: string[]) => runPapergraph(work, ...args);

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), "papergraph-cli-"));
});

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

describe("papergraph", () => {
  it("exits 0 with the report on stdout and, quiet, no progress and no 'wrote' lines on stderr", () => {
    const run = papergraph("analyze", BIB, "--quiet", "--csv", "out", "--layout-iterations", "0");
    expect(run.status).toBe(EXIT.OK);
    expect(run.stdout).toContain("sparse-feature-circuits.bib: 1 records seen as bibtex: 1 read, 0 skipped, 0 merged");
    expect(run.stderr).toBe("");
    expect(readFileSync(join(work, "out/nodes.csv"), "utf8")).toContain("Samuel Marks");
  });

  it("writes every stderr message as a JSON object of its own line with --progress json", () => {
    const run = papergraph("analyze", BIB, "--progress", "json", "--gexf", "out.gexf", "--layout-iterations", "0");
    expect(run.status).toBe(EXIT.OK);
    const events = run.stderr
      .trim()
      .split("\n")
      .map((line) => JSON.parse(line) as { event: string; stage?: string });
    expect(new Set(events.map((event) => event.event))).toEqual(new Set(["progress", "wrote"]));
    expect(events.filter((event) => event.stage === "ingest").length).toBeGreaterThanOrEqual(2);
    expect(events.at(-1)).toEqual({ event: "wrote", path: "out.gexf" });
    expect(existsSync(join(work, "out.gexf"))).toBe(true);
  });

  it("shows the steps after the pipeline — the report and each file written — as progress lines of their own", () => {
    const run = papergraph("analyze", BIB, "--gexf", "timed.gexf", "--json", "timed.json", "--layout-iterations", "0");
    expect(run.status).toBe(EXIT.OK);
    const lines = run.stderr.trim().split("\n");
    const at = (pattern: RegExp) => lines.findIndex((line) => pattern.test(line));
    for (const stage of ["counting comparison", "report", "gexf", "json"])
      expect(at(new RegExp(`^\\[${stage}\\] done in \\d+\\.\\d\\ds$`))).toBeGreaterThanOrEqual(0);
    expect(at(/^\[gexf\] done in/)).toBe(at(/^wrote timed\.gexf$/) - 1);
    expect(at(/^\[json\] done in/)).toBe(at(/^wrote timed\.json$/) - 1);
  });

  it("exits 1 when no paper or network could be read, saying so after the diagnostics", () => {
    writeFileSync(join(work, "empty.bib"), "");
    const run = papergraph("analyze", "empty.bib", "--quiet");
    expect(run.status).toBe(EXIT.NOTHING_READ);
    expect(run.stdout).toBe("");
    expect(run.stderr).toMatch(/empty\.bib: empty file[\s\S]*no paper or network could be read from empty\.bib\.\n$/);
  });

  it("analyses the files it can read and reports one it cannot as a diagnostic of its own", () => {
    const run = papergraph("analyze", "missing.bib", BIB, "--quiet", "--layout-iterations", "0");
    expect(run.status).toBe(EXIT.OK);
    expect(run.stdout).toMatch(/^missing\.bib: not read\n.*sparse-feature-circuits\.bib: 1 records seen/);
    expect(run.stderr).toContain("error missing.bib: cannot be read (no such file). Check the path.");
    const alone = papergraph("analyze", "missing.bib", "--quiet");
    expect(alone.status).toBe(EXIT.NOTHING_READ);
    expect(alone.stderr).toMatch(/no paper or network could be read from missing\.bib\.\n$/);
  });

  it("exits 2 with a one-line reason on bad usage, on an option file that cannot be opened and on an output over an input", () => {
    for (const [args, reason] of [
      [["analyze", "--nope"], "papergraph/cli: Unknown option '--nope'. See papergraph help analyze.\n"],
      [
        ["analyze", BIB, "--thesaurus", "names.tsv"],
        "papergraph/cli: cannot read names.tsv (no such file). Check the path.\n",
      ],
      [
        ["analyze", BIB, "--json", BIB],
        `papergraph/cli: --json names an input file (${BIB}); it would be overwritten. Choose another path.\n`,
      ],
    ] as const) {
      const run = papergraph(...args);
      expect(run.status).toBe(EXIT.USAGE);
      expect(run.stderr).toBe(reason);
    }
  });

  it("exits 3 when an output cannot be written, after the report", () => {
    mkdirSync(join(work, "a-folder"));
    const run = papergraph("analyze", BIB, "--quiet", "--json", "a-folder", "--layout-iterations", "0");
    expect(run.status).toBe(EXIT.FAILED);
    expect(run.stdout).toContain("Coauthor network");
    expect(run.stderr).toBe("papergraph/cli: cannot write a-folder (a folder). Check the path.\n");
  });

  it("prints its version and its help with status 0", () => {
    const manifest = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { version: string };
    expect(papergraph("--version")).toEqual({ status: 0, stdout: `${manifest.version}\n`, stderr: "" });
    const help = papergraph("help", "analyze");
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(/^usage: papergraph analyze/);
  });
});
