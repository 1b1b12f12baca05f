/**
 * The npm package as a user gets it: `npm pack` (whose prepack runs `npm run build:lib`), then
 * `npm install ./papergraph-x.y.z.tgz` into an empty temporary project, then the installed command and
 * library run with Node alone — no tsx, no TypeScript, no dev dependency in reach.
 *
 * Offline: the empty project gets a package-lock.json that pins the package's dependencies to the project's
 * own lock (offline-lock.ts), so npm installs them from its cache (`npm ci` filled it) with `--offline`.
 * Where the cache lacks one, the install is retried with `--prefer-offline`, which asks the registry only
 * for what is missing.
 */

import { spawnSync, type SpawnSyncReturns } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve, sep } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateCorpus } from "../../src/cli/synthetic-corpus";
import { THREAD_ENTRIES } from "../../src/cli/thread-entry";
import { writeGexf } from "../../src/export";
import { analyse } from "../../src/pipeline";
import { lockForDependencies, type Lockfile } from "./offline-lock";

const ROOT = resolve(import.meta.dirname, "../..");
const MANIFEST = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as {
  name: string;
  version: string;
  dependencies: Record<string, string>;
};
const TARBALL = `${MANIFEST.name}-${MANIFEST.version}.tgz`;
const BIB = join(ROOT, "test/fixtures/real/bibtex/plai-group.bib");

// npm run by `npm test` passes its settings down as npm_* variables; the npm started here must not inherit them.
const ENV = Object.fromEntries(Object.entries(process.env).filter(([name]) => !/^npm_/i.test(name)));

let work: string;
let app: string;

function run(command: string, args: string[], cwd = app): SpawnSyncReturns<string> {
  return spawnSync(command, args, { cwd, env: ENV, encoding: "utf8", maxBuffer: 1 << 26 });
}

/** Runs and fails the test with the command's own output when it exits with another status. */
function expectRun(command: string, args: string[], status = 0, cwd = app): SpawnSyncReturns<string> {
  const result = run(command, args, cwd);
  if (result.status !== status)
    throw new Error(`${command} ${args.join(" ")} exited ${result.status}:\n${result.stdout}\n${result.stderr}`);
  return result;
}

/** The ```js blocks of the README's section on using papergraph from code, in order. */
function readmeExamples(): string[] {
  const readme = readFileSync(join(ROOT, "README.md"), "utf8");
  const section = readme.split(/^## /m).find((part) => part.startsWith("Use papergraph from your own code"));
  if (!section) throw new Error('README.md has no section "Use papergraph from your own code".');
  return [...section.matchAll(/^```js\n([\s\S]*?)^```$/gm)].flatMap(([, code]) => (code ? [code] : []));
}

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), "papergraph-pack-"));
  app = join(work, "app");
  expectRun("npm", ["pack", "--silent", "--pack-destination", work], 0, ROOT);
  mkdirSync(app);
  writeFileSync(join(app, "package.json"), JSON.stringify({ name: "consumer", private: true, type: "module" }));
  const projectLock = JSON.parse(readFileSync(join(ROOT, "package-lock.json"), "utf8")) as Lockfile;
  const lock = lockForDependencies(projectLock, Object.keys(MANIFEST.dependencies), "consumer");
  writeFileSync(join(app, "package-lock.json"), JSON.stringify(lock, null, 2));
  copyFileSync(BIB, join(app, "some.bib"));
  const install = ["install", "--no-audit", "--no-fund", `../${TARBALL}`];
  if (run("npm", [...install, "--offline"]).status !== 0) expectRun("npm", [...install, "--prefer-offline"]);
}, 300_000);

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

describe("the packed and installed papergraph", () => {
  it("holds the build, the embedded corpus and no dev dependency", () => {
    const files = expectRun("tar", ["-tzf", `../${TARBALL}`])
      .stdout.split("\n")
      .filter(Boolean);
    expect(files).toContain("package/dist/lib/cli.js");
    expect(files).toContain("package/dist/lib/index.d.ts");
    expect(files).toContain("package/data/can-rager.profile.txt");
    expect(files.filter((file) => /^package\/(src|test)\//.test(file))).toEqual([]);
    const installed = expectRun("npm", ["ls", "--all", "--parseable"]).stdout.split("\n");
    const tools = ["tsx", "typescript", "vite", "vitest", "rolldown"];
    expect(installed.filter((path) => tools.some((tool) => path.endsWith(`node_modules${sep}${tool}`)))).toEqual([]);
  });

  it("runs `npx papergraph analyze some.bib --gexf out.gexf` and writes the same GEXF as the sources", async () => {
    const result = expectRun("npx", ["--offline", "papergraph", "analyze", "some.bib", "--gexf", "out.gexf"]);
    expect(result.stdout).toContain("some.bib: 85 records seen as bibtex: 79 read, 2 skipped, 4 merged");
    expect(result.stderr).toContain("wrote out.gexf");
    const fromSources = await analyse([{ name: "some.bib", text: readFileSync(BIB, "utf8") }]);
    const expected = writeGexf(fromSources.coauthors, { title: "papergraph coauthor network" });
    expect(readFileSync(join(app, "out.gexf"), "utf8")).toBe(expected);
  }, 180_000);

  it("imports analyse from 'papergraph' in `node --input-type=module -e`", () => {
    const script = [
      "import { analyse } from 'papergraph';",
      "import { readFileSync } from 'node:fs';",
      "const analysis = await analyse([{ name: 'some.bib', text: readFileSync('some.bib', 'utf8') }]);",
      "console.log(analysis.corpus.papers.length, analysis.coauthors.order);",
    ].join("\n");
    const result = expectRun("node", ["--input-type=module", "-e", script]);
    // 137 nodes: identity joins Atılım Güneş Baydin and Atilim Gunes Baydin (the dotless ı), Rob and Robert
    // Zinkov, Andrea and Andreas Munk (a typo of the group's own list), S and Saeid Naderiparizi, and Christian
    // (A.) Schroeder de Witt; the hand labels of plai-group.bib (test/fixtures/real/identity) agree.
    expect(result.stdout.trim()).toBe("79 137");
  });

  it("runs the README's examples as they are written", () => {
    const examples = readmeExamples();
    expect(examples.length).toBeGreaterThanOrEqual(2);
    examples.forEach((code, index) => {
      writeFileSync(join(app, `readme-${index}.mjs`), code);
      expectRun("node", [`readme-${index}.mjs`, "some.bib"]);
    });
    expect(readFileSync(join(app, "coauthors.gexf"), "utf8")).toMatch(/^<\?xml/);
  }, 180_000);

  it("answers --version and help from the built command", () => {
    expect(expectRun("npx", ["--offline", "papergraph", "--version"]).stdout.trim()).toBe(MANIFEST.version);
    expect(expectRun("npx", ["--offline", "papergraph", "help", "analyze"]).stdout).toContain("--progress text|json");
    expect(expectRun("npx", ["--offline", "papergraph", "analyze", "--nope"], 2).stderr).toContain("--nope");
  }, 180_000);

  it("loads every worker thread entry the command line starts, from the installed package", () => {
    // Most threads start only on large inputs (the identity typo search past 50,000 name forms, the GEXF writer
    // past 200,000 links), which no test here feeds the built command: so each entry is loaded in a thread of
    // its own, and answers only once its module has run without error.
    const lib = join(app, "node_modules/papergraph/dist/lib");
    const script = [
      "import { Worker } from 'node:worker_threads';",
      `for (const name of ${JSON.stringify(THREAD_ENTRIES)}) {`,
      `  const entry = ${JSON.stringify(lib)} + '/' + name + '.js';`,
      "  const boot = `import('node:worker_threads').then(async ({ parentPort }) => { await import(${JSON.stringify(entry)}); parentPort.postMessage('loaded'); })`;",
      "  const worker = new Worker(boot, { eval: true });",
      "  await new Promise((done, fail) => {",
      "    worker.on('message', (message) => message === 'loaded' && done());",
      "    worker.on('error', fail);",
      "  });",
      "  await worker.terminate();",
      "  console.log('loaded', name);",
      "}",
    ].join("\n");
    const result = expectRun("node", ["--input-type=module", "-e", script]);
    expect(result.stdout.trim().split("\n")).toEqual(THREAD_ENTRIES.map((name) => `loaded ${name}`));
  });

  it("shares the metrics sweep of a large network out to worker threads running the built worker entry", () => {
    // 1,000 generated papers: about 1,250 authors and 25,000 links, past MIN_THREADED_WORK.
    const files = generateCorpus(1000).map((file, index) => {
      writeFileSync(join(app, `lab-${index}.profile.txt`), file.text);
      return `lab-${index}.profile.txt`;
    });
    const args = ["papergraph", "analyze", ...files, "--quiet", "--top", "1"];
    const threaded = expectRun("npx", ["--offline", ...args]);
    expect(threaded.stdout).toContain("betweenness, closeness and harmonic exact");
    // The same run without the worker entry fails in the threads: so the run above did use them. Four threads,
    // whatever the cores: the first failure ends the sweep while the others are still failing to load, and
    // their errors must not go uncaught (exit 1) — the run ends with the sweep's own message (exit 3).
    const worker = join(app, "node_modules/papergraph/dist/lib/metrics-thread-worker.js");
    renameSync(worker, `${worker}.away`);
    try {
      const failing = expectRun("npx", ["--offline", ...args, "--threads", "4"], 3);
      expect(failing.stderr).toContain("a sweep thread failed");
      expect(failing.stderr).not.toContain("Emitted 'error' event");
    } finally {
      renameSync(`${worker}.away`, worker);
    }
  }, 300_000);
});
