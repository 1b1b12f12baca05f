import { describe, expect, it } from "vitest";
import { nothingRead } from "../../src/cli/outcome";
import { analyse } from "../../src/pipeline";

const BIB = {
  name: "one.bib",
  text: "@article{k, title = {T}, author = {Lovelace, Ada and Smith, Bob}, year = 2020}\n",
};
const EMPTY_GRAPH = {
  name: "empty.gexf",
  text: '<?xml version="1.0"?><gexf xmlns="http://gexf.net/1.2" version="1.2"><graph><nodes/><edges/></graph></gexf>',
};
const run = (inputs: { name: string; text: string }[], yearFrom?: number) =>
  analyse(inputs, { yearFrom, layoutIterations: 0 });

describe("nothingRead", () => {
  it("is silent when papers were read", async () => {
    expect(nothingRead(await run([BIB]), ["one.bib"])).toBeUndefined();
  });

  it("says no paper falls in the year range when papers were read outside it", async () => {
    expect(nothingRead(await run([BIB], 3000), ["one.bib"])).toBe(
      "papergraph: no paper in the year range 3000–… (1 paper was read, none published then).",
    );
  });

  it("counts a network without nodes as nothing read", async () => {
    expect(nothingRead(await run([EMPTY_GRAPH]), ["empty.gexf"])).toBe(
      "papergraph: no paper or network could be read from empty.gexf (the networks read have no nodes).",
    );
  });
});
