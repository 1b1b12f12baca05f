import { describe, expect, it } from "vitest";
import { parseCommand } from "../../src/cli/args";

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
