import { describe, expect, it } from "vitest";
import { parseCommand } from "../../src/cli/args";

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
    expect(parseCommand(["bench", "--identity-eval", "--identity-data", "/data"])).toMatchObject({
      command: "bench",
      identityOnly: true,
      identityData: "/data",
    });
  });
});
