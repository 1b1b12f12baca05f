/**
 * `npm run build:lib`: the library and the command line as JavaScript with type declarations in dist/lib/,
 * what the npm package ships (package.json `exports`, `bin`, `files`). Entries: `index` (the pure entry,
 * `papergraph`), `node` (`papergraph/node`), `cli` (the `papergraph` command, with a `#!/usr/bin/env node`
 * line) and every worker thread entry the command line starts (THREAD_ENTRIES in src/cli/thread-entry.ts:
 * the metrics sweep, the community runs, the layout, the identity typo search, the GEXF writer and the
 * step threads). Dependencies stay
 * imports of the installed packages; code shared by the entries goes into chunks beside them.
 *
 * Beside them, html-viewer-script.js: the one-file HTML page's viewer, its parts joined (src/app/ is not
 * shipped). Every file lands in dist/lib/ itself, never in a subfolder, because the built code finds its neighbours
 * relative to its own URL: metrics-threads.ts starts `./metrics-thread-worker.js`, files.ts reads
 * `../../data` and `../../package.json` — the same two levels up as from src/cli/.
 *
 * Why rolldown with rolldown-plugin-dts (measured 2026-11-30 on this 2-core machine, busy, same four
 * entries): tsc alone took 17.5 s and emits one file per module with the imports as written in src
 * (`from "./pipeline"`), which Node's ESM loader refuses (ERR_MODULE_NOT_FOUND) and which a consumer's
 * TypeScript with `moduleResolution: nodenext` cannot follow either — with skipLibCheck every type
 * silently became any, without it 80 errors. esbuild bundled the JavaScript in 0.4 s (260 KB) but writes
 * no declarations; dts-bundle-generator then took 12 s and copied every shared type into each entry's
 * .d.ts (32 KB + 15 KB), so `Analysis` from `papergraph/node` and from `papergraph` were two declarations.
 * rolldown (already here as vite 8's bundler) with rolldown-plugin-dts took 6.2 s for both: 320 KB of
 * JavaScript, declarations bundled per entry with the shared types in one chunk (36 KB), doc comments kept,
 * `import.meta.url` left as written. (rolldown-plugin-dts 0.23 is the last release for Node 20.)
 */

import { chmodSync, rmSync, writeFileSync } from "node:fs";
import { builtinModules } from "node:module";
import { join, resolve } from "node:path";
import { rolldown, type Plugin } from "rolldown";
import { dts } from "rolldown-plugin-dts";
import pkg from "../../package.json" with { type: "json" };
import { HTML_VIEWER_SCRIPT, readHtmlViewer } from "../../src/cli/html-viewer";
import { THREAD_ENTRIES } from "../../src/cli/thread-entry";

const ROOT = resolve(import.meta.dirname, "../..");

/** Where `npm run build:lib` writes, and where package.json's `exports` and `bin` point. */
export const LIB_DIR = join(ROOT, "dist", "lib");

const ENTRIES = {
  index: "src/index.ts",
  node: "src/cli/node.ts",
  cli: "src/cli/main.ts",
  ...Object.fromEntries(THREAD_ENTRIES.map((name) => [name, `src/cli/${name}.ts`])),
};

/**
 * Imports that stay imports: Node's own modules and the packages the installed package depends on,
 * optional ones included (DuckDB, loaded only by `--engine duckdb`).
 */
function isExternal(id: string): boolean {
  const bare = id.startsWith("node:") ? id.slice(5) : id;
  if (builtinModules.includes(bare)) return true;
  const packages = [...Object.keys(pkg.dependencies), ...Object.keys(pkg.optionalDependencies ?? {})];
  return packages.some((name) => id === name || id.startsWith(`${name}/`));
}

/**
 * graphology's declarations read as CommonJS to a consumer's TypeScript under `moduleResolution: nodenext`
 * (its package.json has no `"type": "module"` and its `types` condition names a .d.ts), so
 * `import Graph from "graphology"` in our declarations would hand such a consumer the module namespace, not
 * the class ("Cannot use namespace 'Graph' as a type"). Our declarations name graphology-types'
 * AbstractGraph instead: the same three attribute type parameters, and graphology's Graph extends it
 * without a member of its own. Any other import from graphology stays, and test/api.test.ts would fail on it.
 */
const graphologyTypesInDeclarations: Plugin = {
  name: "papergraph:graphology-types-in-declarations",
  renderChunk(code, chunk) {
    if (!chunk.fileName.endsWith(".d.ts")) return null;
    return code.replace(
      /^import (\w+(?:\$\d+)?) from "graphology";$/gm,
      'import type { AbstractGraph as $1 } from "graphology-types";',
    );
  },
};

/** Builds the library into `outDir` (default dist/lib/), emptied first. Returns the files written. */
export async function buildLib(outDir = LIB_DIR): Promise<string[]> {
  rmSync(outDir, { recursive: true, force: true });
  const bundle = await rolldown({
    cwd: ROOT,
    input: ENTRIES,
    platform: "neutral",
    external: isExternal,
    plugins: [dts({ tsconfig: join(ROOT, "tsconfig.json") }), graphologyTypesInDeclarations],
    logLevel: "warn",
    checks: { pluginTimings: false },
  });
  const { output } = await bundle.write({
    dir: outDir,
    format: "esm",
    entryFileNames: "[name].js",
    chunkFileNames: "[name]-[hash].js",
    banner: (chunk) => (chunk.isEntry && chunk.name === "cli" ? "#!/usr/bin/env node" : ""),
  });
  await bundle.close();
  // The command and the workers are programs, not modules to import: they need no declarations.
  const programs = new Set(["cli", ...THREAD_ENTRIES].map((name) => `${name}.d.ts`));
  for (const stub of programs) rmSync(join(outDir, stub), { force: true });
  chmodSync(join(outDir, "cli.js"), 0o755);
  // The one-file HTML page's viewer, joined from its parts in src/app/html-viewer/ (src/cli/html-viewer.ts).
  writeFileSync(join(outDir, HTML_VIEWER_SCRIPT), readHtmlViewer());
  const written = output.map((file) => file.fileName).filter((name) => !programs.has(name));
  return [...written, HTML_VIEWER_SCRIPT];
}

if (import.meta.filename === process.argv[1]) {
  const started = performance.now();
  const files = await buildLib();
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  process.stdout.write(`dist/lib: ${files.length} files in ${seconds} s\n`);
}
