import { describe, expect, it } from "vitest";
import { createMessages } from "../../src/cli/messages";
import { diagnostic } from "../../src/model";

const DIAGNOSTICS = [
  diagnostic("warning", "a.bib", 12, 'field "year" is not a year'),
  diagnostic("info", "", 0, "a note"),
];

/** Runs every kind of message through `createMessages` and returns the lines written. */
function transcript(options: Parameters<typeof createMessages>[1]): string[] {
  const lines: string[] = [];
  const messages = createMessages((line) => lines.push(line), options);
  messages.progress?.("layout", 0, 2);
  messages.progress?.("layout", 2, 2);
  messages.diagnostics(DIAGNOSTICS, "diagnostics: 0 errors, 1 warnings, 1 notes");
  messages.wrote("out.gexf");
  messages.error("papergraph: no paper could be read.", 1);
  return lines;
}

describe("createMessages", () => {
  it("writes one JSON object per line and per event with --progress json", () => {
    const events = transcript({ format: "json" }).map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(events).toEqual([
      { event: "progress", stage: "layout", done: 0, total: 2 },
      { event: "progress", stage: "layout", done: 2, total: 2 },
      { event: "diagnostic", severity: "warning", file: "a.bib", line: 12, message: 'field "year" is not a year' },
      { event: "diagnostic", severity: "info", file: "", line: 0, message: "a note" },
      { event: "wrote", path: "out.gexf" },
      { event: "error", exitCode: 1, message: "papergraph: no paper could be read." },
    ]);
  });

  it("drops progress and wrote but keeps diagnostics and errors when quiet, in JSON and in text", () => {
    const json = transcript({ format: "json", quiet: true }).map((line) => JSON.parse(line) as { event: string });
    expect(json.map((event) => event.event)).toEqual(["diagnostic", "diagnostic", "error"]);
    expect(transcript({ quiet: true })).toEqual([
      "diagnostics: 0 errors, 1 warnings, 1 notes",
      "papergraph: no paper could be read.",
    ]);
  });

  it("writes text lines for people by default", () => {
    const lines = transcript({});
    expect(lines[0]).toMatch(/^\[layout\] done in \d+\.\d\ds$/);
    expect(lines.slice(1)).toEqual([
      "diagnostics: 0 errors, 1 warnings, 1 notes",
      "wrote out.gexf",
      "papergraph: no paper could be read.",
    ]);
  });
});
