import { describe, expect, it } from "vitest";
import { COMMAND_FLAGS, INTERNAL_FLAGS, parseCommand, UsageError } from "../../src/cli/args";
import { helpText } from "../../src/cli/help";

describe("parseCommand", () => {
  it("reads help, per-command help and --version in every spelling", () => {
    expect(parseCommand([])).toEqual({ command: "help" });
    expect(parseCommand(["--help"])).toEqual({ command: "help" });
    expect(parseCommand(["help"])).toEqual({ command: "help" });
    expect(parseCommand(["help", "analyze"])).toEqual({ command: "help", topic: "analyze" });
    expect(parseCommand(["analyze", "--help"])).toEqual({ command: "help", topic: "analyze" });
    expect(parseCommand(["bench", "--sizes", "x", "-h"])).toEqual({ command: "help", topic: "bench" });
    expect(parseCommand(["--version"])).toEqual({ command: "version" });
  });

  it("takes -h after `--` as a file name, not as a request for help", () => {
    const command = parseCommand(["analyze", "--", "-h"]);
    expect(command).toMatchObject({ command: "analyze", files: ["-h"] });
  });

  it("reads --hide-owner and --hide-groups as the filters they name", () => {
    expect(parseCommand(["analyze", "--hide-groups", "a.bib"])).toMatchObject({
      options: { hideGroups: true, hideOwners: undefined },
    });
  });

  it("reads --quiet and --progress json, text by default", () => {
    expect(parseCommand(["analyze", "a.bib"])).toMatchObject({ files: ["a.bib"], quiet: false, progress: "text" });
    expect(parseCommand(["analyze", "--quiet", "--progress", "json"])).toMatchObject({ quiet: true, progress: "json" });
  });

  it("reads --threads for analyze as for bench, the cores the OS offers when absent", () => {
    expect(parseCommand(["analyze", "--threads", "4", "a.bib"])).toMatchObject({ files: ["a.bib"], threads: 4 });
    expect(parseCommand(["analyze", "a.bib"])).toMatchObject({ threads: undefined });
  });

  it.each([
    [["frob"], 'unknown command "frob"'],
    [["help", "frob"], 'no help on "frob"'],
    [["analyze", "--nope"], "Unknown option '--nope'. See papergraph help analyze."],
    [["analyze", "--gexf"], "argument missing"],
    [["analyze", "--top", "0"], "--top must be at least 1"],
    [["analyze", "--seed", "x"], '--seed takes a whole number (got "x")'],
    [["analyze", "--progress", "xml"], '--progress takes text or json (got "xml")'],
    [["analyze", "--year-from", "2020", "--year-to", "2010"], "yearFrom (2020) is after yearTo (2010)"],
    [["analyze", "--sizes", "10"], "Unknown option '--sizes'"],
    [["bench", "--gexf", "out.gexf"], "Unknown option '--gexf'"],
    [["bench", "files.bib"], "papergraph help bench"],
  ])("rejects %j as bad usage: %s", (argv, message) => {
    expect(() => parseCommand(argv)).toThrow(UsageError);
    expect(() => parseCommand(argv)).toThrow(message);
  });
});

describe("help", () => {
  it.each(["analyze", "bench"] as const)("documents every flag %s accepts", (topic) => {
    const text = helpText("0.0.0", topic);
    const flags = Object.keys(COMMAND_FLAGS[topic]).filter((flag) => !INTERNAL_FLAGS.includes(flag));
    expect(flags.filter((flag) => !text.includes(`--${flag}`))).toEqual([]);
    expect(text).toContain("--help, -h");
  });

  it("lists the commands, the version and the exit statuses 0 to 3 in the overview", () => {
    const text = helpText("1.2.3", undefined);
    expect(text).toMatch(/^papergraph 1\.2\.3 /);
    for (const command of ["analyze", "bench", "help [command]", "--version"]) expect(text).toContain(command);
    for (const status of [0, 1, 2, 3]) expect(text).toMatch(new RegExp(`^  ${status}  \\S`, "m"));
  });
});

describe("parseCommand --column", () => {
  it("maps a known field to its header", () => {
    const command = parseCommand(["analyze", "x.csv", "--column", "title=Paper", "--column", "authors=Who"]);
    expect(command.command === "analyze" && command.options.columns).toEqual({ title: "Paper", authors: "Who" });
  });

  it.each(["toString", "__proto__", "titel"])("refuses %s as an unknown field, naming the fields it takes", (field) => {
    expect(() => parseCommand(["analyze", "x.csv", "--column", `${field}=Year`])).toThrow(
      `papergraph/cli: --column names an unknown field (${field}). ` +
        "Use one of title, authors, year, venue, doi, categories, keywords, abstract, arxiv, citations.",
    );
  });
});

describe("parseCommand --s2-nested", () => {
  it("takes include or ignore and refuses anything else", () => {
    const command = parseCommand(["analyze", "x.json", "--s2-nested", "ignore"]);
    expect(command.command === "analyze" && command.options.s2Nested).toBe("ignore");
    expect(() => parseCommand(["analyze", "x.json", "--s2-nested", "all"])).toThrow(
      'papergraph/cli: --s2-nested takes include or ignore (got "all").',
    );
  });
});

describe("parseCommand, identity options", () => {
  it("reads --identity, --owner (everywhere or for one file) and --thesaurus-out", () => {
    const command = parseCommand([
      "analyze",
      "report.txt",
      "--identity",
      "strict",
      "--owner",
      "Gregory B. Gloor",
      "--owner",
      "cv.bib=Brandon Amos",
      "--thesaurus-out",
      "names.tsv",
    ]);
    expect(command).toMatchObject({
      command: "analyze",
      thesaurusOut: "names.tsv",
      options: {
        identity: "strict",
        owners: [{ name: "Gregory B. Gloor" }, { name: "Brandon Amos", file: "cv.bib" }],
      },
    });
  });

  it("refuses an unknown identity mode with a one-line reason", () => {
    expect(() => parseCommand(["analyze", "--identity", "loose"])).toThrow(
      /--identity takes strict, balanced, names-only \(got "loose"\)/,
    );
  });

  it("runs only the identity evaluation with --identity-eval, reading extra sets from --identity-data", () => {
    expect(parseCommand(["bench", "--identity-eval", "--identity-data", "labelled-sets"])).toMatchObject({
      command: "bench",
      identityOnly: true,
      identityData: "labelled-sets",
    });
  });
});

describe("parseCommand, analytics options", () => {
  it("reads the counting method, the compared metric and a decimal minimum link weight", () => {
    const command = parseCommand([
      "analyze",
      "--counting",
      "fractional",
      "--rank-metric",
      "weightedDegree",
      "--min-weight",
      "0.5",
    ]);
    expect(command).toMatchObject({
      options: { counting: "fractional", rankMetric: "weightedDegree", minLinkWeight: 0.5 },
    });
  });

  it("refuses an unknown counting method and a minimum weight that is not a number, naming the choices", () => {
    expect(() => parseCommand(["analyze", "--counting", "harmonic"])).toThrow(
      /--counting takes full or fractional \(got "harmonic"\)/,
    );
    expect(() => parseCommand(["analyze", "--min-weight", "two"])).toThrow(/--min-weight takes a number/);
  });

  it("refuses a minimum weight under fractional counting in the DuckDB engine, which applies it in SQL", () => {
    expect(() =>
      parseCommand(["analyze", "w.jsonl", "--engine", "duckdb", "--counting", "fractional", "--min-weight", "1"]),
    ).toThrow(/--engine duckdb applies --min-weight to joint papers/);
  });
});

describe("parseCommand, community options", () => {
  it("reads the algorithm, resolution, minimum community size and stability seeds", () => {
    const command = parseCommand([
      "analyze",
      "--communities",
      "leiden",
      "--resolution",
      "1.5",
      "--min-cluster-size",
      "5",
      "--stability-seeds",
      "0",
    ]);
    expect(command).toMatchObject({
      options: { communityAlgorithm: "leiden", resolution: 1.5, minClusterSize: 5, stabilitySeeds: 0 },
    });
  });

  it("refuses an unknown algorithm and a resolution of 0, naming the fix", () => {
    expect(() => parseCommand(["analyze", "--communities", "infomap"])).toThrow(
      /--communities takes louvain or leiden \(got "infomap"\)/,
    );
    expect(() => parseCommand(["analyze", "--resolution", "0"])).toThrow(/resolution must be a positive number/);
  });
});
