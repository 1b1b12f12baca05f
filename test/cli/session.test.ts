/**
 * Sessions on the command line: `--save-session` then `--session` replays the run to the same GEXF, from
 * the session's own file names or from files given again elsewhere; each bad session — not JSON, from a
 * newer papergraph, a file missing or changed, analysis flags beside it, no such session file — exits
 * with status 2 and one line naming what differs, before anything is analysed or written.
 */

import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { EXIT } from "../../src/cli/help";
import { ROOT, runPapergraph } from "./run";

const SEED = join(ROOT, "data/can-rager.profile.txt");
let work: string;
const papergraph = (...args: string[]) => runPapergraph(work, ...args);
const read = (name: string) => readFileSync(join(work, name), "utf8");

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), "papergraph-session-"));
  copyFileSync(SEED, join(work, "seed.txt"));
  const saved = papergraph(
    "analyze",
    "seed.txt",
    ...["--seed", "5", "--hide-owner", "--layout-iterations", "30", "--reference-year", "2025"],
    ...["--gexf", "first.gexf", "--save-session", "s.json", "--quiet"],
  );
  expect(saved.status).toBe(EXIT.OK);
});

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

/** The session written by beforeAll as JSON data, changed by `edit`, saved as `name`. */
function editedSession(name: string, edit: (session: Record<string, unknown>) => void): string {
  const session = JSON.parse(read("s.json")) as Record<string, unknown>;
  edit(session);
  writeFileSync(join(work, name), JSON.stringify(session));
  return name;
}

/** Asserts a refused run: status 2, nothing on stdout, one line on stderr that contains `reason`, no output written. */
function expectRefused(run: ReturnType<typeof papergraph>, reason: string): void {
  expect(run.status).toBe(EXIT.USAGE);
  expect(run.stdout).toBe("");
  expect(run.stderr.trimEnd().split("\n")).toHaveLength(1);
  expect(run.stderr).toContain(reason);
  expect(existsSync(join(work, "refused.gexf"))).toBe(false);
}

describe("a saved session", () => {
  it("holds the files' hashes, every option and each author's position", () => {
    const session = JSON.parse(read("s.json")) as {
      files: { name: string; sha256: string }[];
      options: Record<string, unknown>;
      positions: { coauthors: Record<string, unknown> };
    };
    expect(session.files).toMatchObject([{ name: "seed.txt", size: 22791 }]);
    expect(session.files[0]!.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(session.options).toMatchObject({ seed: 5, hideOwners: true, layoutIterations: 30, referenceYear: 2025 });
    expect(Object.keys(session.positions.coauthors)).toHaveLength(34);
  });

  it("replays to the same GEXF from its own file names", () => {
    const run = papergraph("analyze", "--session", "s.json", "--gexf", "again.gexf", "--quiet");
    expect(run.status).toBe(EXIT.OK);
    expect(run.stdout).toContain("nodes 34");
    expect(read("again.gexf")).toBe(read("first.gexf"));
  });

  it("replays to the same GEXF from the files given again in another folder", () => {
    mkdirSync(join(work, "elsewhere"), { recursive: true });
    copyFileSync(SEED, join(work, "elsewhere/seed.txt"));
    const run = papergraph("analyze", "--session", "s.json", "elsewhere/seed.txt", "--gexf", "moved.gexf", "--quiet");
    expect(run.status).toBe(EXIT.OK);
    expect(read("moved.gexf")).toBe(read("first.gexf"));
  });
});

describe("papergraph analyze --session refuses, with status 2 and what differs", () => {
  it("a session that is not JSON", () => {
    writeFileSync(join(work, "cut.json"), read("s.json").slice(0, 200));
    const run = papergraph("analyze", "--session", "cut.json", "--gexf", "refused.gexf");
    expectRefused(run, "papergraph/session: cut.json is not valid JSON (");
    expect(run.stderr).toContain("The file is damaged, or not a session.");
  });

  it("a session from a newer papergraph", () => {
    const name = editedSession("newer.json", (session) => {
      session.version = 2;
    });
    expectRefused(
      papergraph("analyze", "--session", name, "--gexf", "refused.gexf"),
      "newer.json was written by a newer papergraph (session version 2; this papergraph reads version 1)",
    );
  });

  it("a file of the session that changed, with its hash and size then and now", () => {
    mkdirSync(join(work, "changed"), { recursive: true });
    writeFileSync(join(work, "changed/seed.txt"), `${read("seed.txt")}\n`);
    const run = papergraph("analyze", "--session", "s.json", "changed/seed.txt", "--gexf", "refused.gexf");
    expectRefused(run, "the files do not match s.json: changed: changed/seed.txt is not the seed.txt of the session");
    expect(run.stderr).toMatch(/22791 bytes then; [0-9a-f]{12}…, 22792 bytes now/);
  });

  it("a file of the session that is missing, saying how to give it", () => {
    const name = editedSession("moved.json", (session) => {
      session.files = [{ name: "gone/seed.txt", size: 22791, sha256: "0".repeat(64) }];
    });
    expectRefused(
      papergraph("analyze", "--session", name, "--gexf", "refused.gexf"),
      "moved.json was made from gone/seed.txt; gone/seed.txt cannot be read (no such file). Give the files after the session",
    );
  });

  it("files given that are not the session's", () => {
    writeFileSync(join(work, "other.bib"), "@article{a, title={A}, year={2020}, author={Ada Lovelace}}");
    expectRefused(
      papergraph("analyze", "--session", "s.json", "other.bib", "--gexf", "refused.gexf"),
      "missing: seed.txt (22791 bytes, sha256 ",
    );
  });

  it("analysis flags beside the session", () => {
    expectRefused(
      papergraph("analyze", "--session", "s.json", "--seed", "3", "--hide-owner", "--gexf", "refused.gexf"),
      "papergraph/cli: --session replays the session's own options; leave out --seed, --hide-owner",
    );
  });

  it("a session file that cannot be opened", () => {
    expectRefused(
      papergraph("analyze", "--session", "nope.json", "--gexf", "refused.gexf"),
      "papergraph/cli: cannot read nope.json (no such file). Check the path.",
    );
  });
});
