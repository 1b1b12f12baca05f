/**
 * The pure-core rule (STYLE.md): nothing in src/ outside app/ and cli/ may import the DOM, sigma or Node
 * modules, use browser globals, or draw unseeded random numbers; stages import earlier stages only,
 * through their index. Each violation is reported with file and line.
 */

import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";

const SRC = join(import.meta.dirname, "../src");
const STAGES = ["model", "ingest", "identity", "topics", "graphs", "metrics", "layout", "appearance", "export"];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : path.endsWith(".ts") ? [path] : [];
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

describe("architecture", () => {
  it("finds core files to check", () => {
    expect(coreFiles.length).toBeGreaterThan(10);
  });

  it("keeps the core free of the DOM, sigma, Node modules and Math.random; stages import earlier ones by index", () => {
    expect(coreFiles.flatMap(violations)).toEqual([]);
  });
});
