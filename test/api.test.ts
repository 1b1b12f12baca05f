/**
 * The library's public API as a TypeScript user meets it: the build (test/package/build-lib.ts) is laid out
 * as an installed package in a temporary folder, and a small consumer is compiled against its .d.ts files
 * with the settings of a Node project (`module: nodenext`) and of a bundler project, strict and with the
 * declarations themselves checked (no skipLibCheck). The declarations contain no `any`, and none is
 * reached through a type they use (graphology's untyped `Graph` would bring `{ [name: string]: any }`
 * attributes). The pure entry's JavaScript reaches no Node module, and every package the build imports is
 * a runtime dependency in package.json.
 */

import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { builtinModules } from "node:module";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import ts from "typescript";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildLib } from "./package/build-lib";

const ROOT = resolve(import.meta.dirname, "..");
const MANIFEST = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as {
  dependencies: Record<string, string>;
  optionalDependencies: Record<string, string>;
};

/** A small program using both entries; each line that must not compile carries @ts-expect-error. */
const CONSUMER = `
import { analyse, readBibtex, writeGexf, type Analysis, type CoauthorGraph, type Diagnostic } from "papergraph";
import { analyseFiles, createThreadSweepRunner, writeGexfFile } from "papergraph/node";

type IsAny<T> = 0 extends 1 & T ? true : false;
const notAny = <T>(_value: T, isAny: IsAny<T>): boolean => isAny;

const bibtex = "@article{a, title = {A}, year = {2020}, author = {Ada Lovelace and Charles Babbage}}";
const analysis: Analysis = await analyse([{ name: "refs.bib", text: bibtex }], { seed: 7 });
notAny(analysis, false);
notAny(analysis.coauthorSummary.modularity, false);
const graph: CoauthorGraph = analysis.coauthors;
const degree: number | undefined = graph.getNodeAttribute("author:ada lovelace", "degree");
const label: string = graph.getNodeAttribute("author:ada lovelace", "label");
// @ts-expect-error a misspelt attribute does not compile
graph.getNodeAttribute("author:ada lovelace", "betweeness");
// @ts-expect-error an attribute has its type: the label is a string
const wrong: number = graph.getNodeAttribute("author:ada lovelace", "label");
const diagnostics: Diagnostic[] = readBibtex(bibtex, "refs.bib", { referenceYear: 2026 }).diagnostics;
const gexf: string = writeGexf(graph);
// @ts-expect-error options are checked
await analyse([], { seeed: 1 });

const fromFiles: Analysis = await analyseFiles(["refs.bib"], {}, undefined, { threads: 2 });
writeGexfFile("out.gexf", fromFiles.topics);
const runner = createThreadSweepRunner({ minWork: 0 });
await analyse([], {}, () => {}, { sweep: runner });
console.log(degree, label, wrong, diagnostics, gexf);
`;

let work: string;
let lib: string;

/** Every .d.ts file of the build. */
const declarationFiles = () =>
  readdirSync(lib)
    .filter((name) => name.endsWith(".d.ts"))
    .map((name) => join(lib, name));

/** Compiles the consumer with these module settings; returns the diagnostics as `file:line message`. */
function compileConsumer(module: "nodenext" | "bundler"): string[] {
  const consumer = join(work, "consumer");
  const options: ts.CompilerOptions = {
    strict: true,
    noEmit: true,
    skipLibCheck: false,
    target: ts.ScriptTarget.ES2022,
    lib: ["lib.es2022.d.ts"],
    types: ["node"],
    typeRoots: [join(ROOT, "node_modules/@types")],
    module: module === "nodenext" ? ts.ModuleKind.NodeNext : ts.ModuleKind.ESNext,
    moduleResolution: module === "nodenext" ? ts.ModuleResolutionKind.NodeNext : ts.ModuleResolutionKind.Bundler,
  };
  const program = ts.createProgram([join(consumer, "consumer.ts")], options);
  return ts.getPreEmitDiagnostics(program).map((diagnostic) => {
    const where = diagnostic.file
      ? `${diagnostic.file.fileName}:${diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start ?? 0).line + 1}`
      : "";
    return `${where} ${ts.flattenDiagnosticMessageText(diagnostic.messageText, "\n")}`;
  });
}

/** `any` written in the declarations, as `file:line`. */
function writtenAny(): string[] {
  return declarationFiles().flatMap((file) => {
    const source = ts.createSourceFile(file, readFileSync(file, "utf8"), ts.ScriptTarget.Latest, true);
    const found: string[] = [];
    const visit = (node: ts.Node): void => {
      if (node.kind === ts.SyntaxKind.AnyKeyword)
        found.push(`${file}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}`);
      node.forEachChild(visit);
    };
    visit(source);
    return found;
  });
}

/**
 * Paths (`index.d.ts analyse().coauthors<>[]`) along which an `any` is reached from the exports of these
 * declaration files of the build. The walk enters the members of types the build declares; of other types
 * (graphology's, the standard library's) it follows only the type arguments and flags an index signature
 * of type any.
 */
function reachedAny(entries = ["index.d.ts", "node.d.ts"]): string[] {
  const program = ts.createProgram(
    entries.map((entry) => join(lib, entry)),
    {
      module: ts.ModuleKind.NodeNext,
      moduleResolution: ts.ModuleResolutionKind.NodeNext,
      types: [],
    },
  );
  const checker = program.getTypeChecker();
  const found: string[] = [];
  const seen = new Set<ts.Type>();
  const isOurs = (symbol: ts.Symbol | undefined) =>
    symbol?.declarations?.some((declaration) => declaration.getSourceFile().fileName.startsWith(lib)) ?? false;
  const visit = (type: ts.Type, path: string): void => {
    if (type.flags & ts.TypeFlags.Any) found.push(path);
    if (type.flags & ts.TypeFlags.Any || seen.has(type)) return;
    seen.add(type);
    if (type.isUnionOrIntersection()) type.types.forEach((part) => visit(part, path));
    for (const argument of type.aliasTypeArguments ?? []) visit(argument, `${path}<>`);
    if ((type as ts.ObjectType).objectFlags & ts.ObjectFlags.Reference)
      for (const argument of checker.getTypeArguments(type as ts.TypeReference)) visit(argument, `${path}<>`);
    for (const info of checker.getIndexInfosOfType(type)) visit(info.type, `${path}[]`);
    if (!isOurs(type.aliasSymbol ?? type.getSymbol())) return;
    for (const property of checker.getPropertiesOfType(type))
      visit(checker.getTypeOfSymbol(property), `${path}.${property.name}`);
    for (const signature of [...type.getCallSignatures(), ...type.getConstructSignatures()]) {
      for (const parameter of signature.getParameters())
        visit(checker.getTypeOfSymbol(parameter), `${path}(${parameter.name})`);
      visit(signature.getReturnType(), `${path}()`);
    }
  };
  for (const entry of entries) {
    const module = checker.getSymbolAtLocation(program.getSourceFile(join(lib, entry))!)!;
    for (const symbol of checker.getExportsOfModule(module)) {
      const target = symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
      const type =
        target.flags & ts.SymbolFlags.Value ? checker.getTypeOfSymbol(target) : checker.getDeclaredTypeOfSymbol(target);
      visit(type, `${entry} ${symbol.name}`);
    }
  }
  return found;
}

/** The modules a built file imports or re-exports (the bundler writes each such statement on a line of its own). */
function importsOf(file: string): string[] {
  const code = readFileSync(file, "utf8");
  const statements = code.matchAll(/^(?:import|export)\b[^;\n]*?["']([^"']+)["'];?$/gm);
  return [...statements].flatMap(([, specifier]) => (specifier ? [specifier] : []));
}

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), "papergraph-api-"));
  const pkg = join(work, "papergraph");
  lib = join(pkg, "dist", "lib");
  await buildLib(lib);
  writeFileSync(join(pkg, "package.json"), readFileSync(join(ROOT, "package.json")));
  // The package's own imports (graphology, d3-scale) resolve from the project's node_modules.
  symlinkSync(join(ROOT, "node_modules"), join(pkg, "node_modules"), "dir");
  mkdirSync(join(work, "consumer", "node_modules"), { recursive: true });
  symlinkSync(pkg, join(work, "consumer", "node_modules", "papergraph"), "dir");
  writeFileSync(join(work, "consumer", "package.json"), JSON.stringify({ type: "module" }));
  writeFileSync(join(work, "consumer", "consumer.ts"), CONSUMER);
}, 180_000);

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

describe("the public API", () => {
  it("compiles a strict consumer of both entries against the built .d.ts in a Node project (nodenext)", () => {
    expect(compileConsumer("nodenext")).toEqual([]);
  });

  it("compiles the same consumer in a bundler project", () => {
    expect(compileConsumer("bundler")).toEqual([]);
  });

  it("writes no any in the declarations and reaches none through the types they use", () => {
    expect(declarationFiles().length).toBeGreaterThanOrEqual(3);
    expect(writtenAny()).toEqual([]);
    expect(reachedAny()).toEqual([]);
  });

  it("finds the any in the attributes of an untyped graph, so the check can fail", () => {
    const probe = join(lib, "probe.d.ts");
    writeFileSync(
      probe,
      'import type { AbstractGraph } from "graphology-types";\nexport declare function probe(graph: AbstractGraph): void;\n',
    );
    try {
      expect(reachedAny(["probe.d.ts"])).toContain("probe.d.ts probe(graph)<>[]");
    } finally {
      rmSync(probe);
    }
  });

  it("keeps Node's modules out of the pure entry's JavaScript, and the build imports only runtime dependencies", () => {
    const reached = new Set<string>();
    const bare = new Set<string>();
    const follow = (file: string) => {
      if (reached.has(file)) return;
      reached.add(file);
      for (const specifier of importsOf(join(lib, file)))
        if (specifier.startsWith("./")) follow(specifier.slice(2));
        else bare.add(specifier);
    };
    follow("index.js");
    const isNode = (specifier: string) => specifier.startsWith("node:") || builtinModules.includes(specifier);
    expect([...bare].filter(isNode)).toEqual([]);
    // An optional dependency (the DuckDB engine) is imported only when asked for, and installed when it can be.
    const dependencies = [...Object.keys(MANIFEST.dependencies), ...Object.keys(MANIFEST.optionalDependencies)];
    const packageOf = (specifier: string) =>
      specifier
        .split("/")
        .slice(0, specifier.startsWith("@") ? 2 : 1)
        .join("/");
    const imported = readdirSync(lib)
      .filter((name) => name.endsWith(".js") || name.endsWith(".d.ts"))
      .flatMap((name) => importsOf(join(lib, name)))
      .filter((specifier) => !specifier.startsWith("./") && !isNode(specifier));
    expect(imported.length).toBeGreaterThan(0);
    expect(imported.map(packageOf).filter((name) => !dependencies.includes(name))).toEqual([]);
  });
});
