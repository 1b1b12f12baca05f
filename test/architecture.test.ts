/**
 * The pure-core rule (STYLE.md): nothing in src/ outside app/ and cli/ may import the DOM, sigma or Node
 * modules, use browser globals, or draw unseeded random numbers; stages import earlier stages only,
 * through their index. And the tests are self-contained: no test names a file outside the repository
 * (a clone with nothing beside it must pass `npm test`). Each violation is reported with file and line.
 */

import { readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";

const ROOT = resolve(import.meta.dirname, "..");
const SRC = join(ROOT, "src");
const TEST = join(ROOT, "test");
const STAGES = [
  "model",
  "ingest",
  "identity",
  "topics",
  "graphs",
  "metrics",
  "analytics",
  "layout",
  "appearance",
  "export",
  "session",
];

function sourceFiles(dir: string, extensions = [".ts"]): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path, extensions);
    return extensions.some((extension) => path.endsWith(extension)) ? [path] : [];
  });
}

const coreFiles = sourceFiles(SRC).filter((file) => !/^(app|cli)\//.test(relative(SRC, file)));

const BROWSER_GLOBALS = [
  "document",
  "window",
  "DOMParser",
  "XMLSerializer",
  "HTMLElement",
  "navigator",
  "localStorage",
];

const FORBIDDEN: [RegExp, string][] = [
  [/from\s+["'](node:[^"']+|fs|path|os|child_process|worker_threads)["']/, "imports a Node module"],
  [/from\s+["'](sigma|@sigma\/[^"']*)["']/, "imports sigma"],
  [/\bMath\.random\b/, "draws unseeded random numbers (use createRng)"],
  [/from\s+["']\.\.?\/(.*\/)?(app|cli)(\/[^"']*)?["']/, "imports a face (app/ or cli/) from core"],
];

/** Browser globals the file uses without declaring a local binding of the same name (`const window = …`). */
function browserGlobals(text: string): RegExp | undefined {
  const used = BROWSER_GLOBALS.filter(
    (name) => !new RegExp(`\\b(const|let|var|function)\\s+${name}\\b|[(,]\\s*${name}\\s*[:,)]`).test(text),
  );
  return used.length
    ? new RegExp(`(^|[^.\\w])(${used.join("|")})\\s*[.(]|\\bnew\\s+(${used.join("|")})\\b`)
    : undefined;
}

function violations(file: string): string[] {
  const rel = relative(SRC, file);
  const stage = rel.includes("/") ? rel.split("/")[0]! : undefined;
  const text = readFileSync(file, "utf8");
  const globals = browserGlobals(text);
  const found: string[] = [];
  text.split("\n").forEach((line, index) => {
    const code = line.replace(/\/\/.*$/, "");
    if (/^\s*(\*|\/\*)/.test(line)) return;
    for (const [pattern, reason] of FORBIDDEN)
      if (pattern.test(code)) found.push(`${rel}:${index + 1} ${reason}: ${line.trim()}`);
    if (globals?.test(code)) found.push(`${rel}:${index + 1} uses a browser global: ${line.trim()}`);
    const target = /from\s+["']\.\.\/([a-z-]+)(\/[^"']*)?["']/.exec(code);
    if (stage && target && STAGES.includes(target[1]!)) {
      if (target[2])
        found.push(`${rel}:${index + 1} imports inside another stage instead of its index: ${line.trim()}`);
      if (STAGES.indexOf(target[1]!) > STAGES.indexOf(stage))
        found.push(`${rel}:${index + 1} imports a later stage (${target[1]}): ${line.trim()}`);
    }
  });
  return found;
}

/**
 * Absolute paths a test may name: the system's own programs (Python for reference values, Chromium) and
 * its devices (/dev/full stands in for a full disk).
 */
const SYSTEM_PATHS = /^\/usr\/bin\/[\w.-]+$|^\/dev\/[a-z]+$/;
/** The project's old shared folder beside the repository, however it is reached. */
const SHARED = /(^|[\s/"'`])\.\.\/shared\b|\bshared\/(data|tools)\b/;

/** Where each string literal of a TypeScript file points outside the repository: `line: reason`. */
function outsidePaths(file: string, text: string): string[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const check = (literal: string, node: ts.Node) => {
    const line = source.getLineAndCharacterOfPosition(node.getStart()).line + 1;
    const [first = ""] = literal.split(/\s/, 1);
    if (SHARED.test(literal)) found.push(`${line}: names ../shared (${literal.slice(0, 60)})`);
    else if (/^\.\.?\//.test(first) && relative(ROOT, resolve(dirname(file), first)).startsWith(".."))
      found.push(`${line}: a relative path out of the repository (${first})`);
    else if (/^\/[a-z]/i.test(first) && !SYSTEM_PATHS.test(first)) found.push(`${line}: an absolute path (${first})`);
  };
  const visit = (node: ts.Node): void => {
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) check(node.text, node);
    else if (ts.isTemplateHead(node) || ts.isTemplateMiddle(node) || ts.isTemplateTail(node)) check(node.text, node);
    node.forEachChild(visit);
  };
  visit(source);
  return found;
}

/** Test files (TypeScript, Python) that name a path outside the repository, with line and reason. */
function testsReadingOutside(): string[] {
  // Fixtures are data, not tests; this file names the forbidden paths on purpose, to test the check itself.
  const files = sourceFiles(TEST, [".ts", ".py"]).filter(
    (file) => !/(^|\/)fixtures\//.test(relative(TEST, file)) && file !== import.meta.filename,
  );
  return files.flatMap((file) => {
    const text = readFileSync(file, "utf8");
    const rel = relative(ROOT, file);
    if (file.endsWith(".ts")) return outsidePaths(file, text).map((problem) => `${rel}:${problem}`);
    return text
      .split("\n")
      .flatMap((line, index) => (SHARED.test(line) ? [`${rel}:${index + 1}: names ../shared`] : []));
  });
}

describe("architecture", () => {
  it("finds core files to check", () => {
    expect(coreFiles.length).toBeGreaterThan(10);
  });

  it("keeps the core free of the DOM, sigma, Node modules and Math.random; stages import earlier ones by index", () => {
    expect(coreFiles.flatMap(violations)).toEqual([]);
  });
});

describe("self-contained tests", () => {
  it("finds the paths a test names outside the repository, in a made-up test file", () => {
    const file = join(TEST, "ingest", "made-up.test.ts");
    const text = [
      'const DATA = join(import.meta.dirname, "../../../shared/data");',
      'const GEXF = new URL("../../../other/graph.gexf", import.meta.url);',
      'const TOOL = "/work/shared/tools/gexf-check.py";',
      "const SEED = join(import.meta.dirname, `../../data/${name}`);",
      'const PYTHON = "/usr/bin/python3";',
      'const FULL_DISK = "/dev/full";',
      "// a comment naming ../shared/data is not a read",
    ].join("\n");
    expect(outsidePaths(file, text)).toEqual([
      "1: names ../shared (../../../shared/data)",
      "2: a relative path out of the repository (../../../other/graph.gexf)",
      "3: names ../shared (/work/shared/tools/gexf-check.py)",
    ]);
  });

  it("reads nothing outside the repository: no test file names ../shared or a path beyond the root", () => {
    expect(sourceFiles(TEST).length).toBeGreaterThan(40);
    expect(testsReadingOutside()).toEqual([]);
  });
});
