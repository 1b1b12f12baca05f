/**
 * Replaying a session in the core: the seed corpus analysed, then looked at as a user would (nodes
 * dragged, sized by betweenness, coloured by first year, a filter, a thesaurus), saved, read back and
 * replayed through analyse() with the session's options and view gives the same GEXF, byte for byte —
 * which is what the command line's --session does with files from disk.
 */

import { readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { assignAppearance } from "../../src/appearance";
import { writeGexf } from "../../src/export";
import { analyse, type Analysis } from "../../src/pipeline";
import {
  applyPositions,
  applySessionView,
  createSession,
  describeFile,
  graphPositions,
  readSession,
  sessionAnalysisOptions,
  writeSession,
  type Session,
} from "../../src/session";

const NAME = "can-rager.profile.txt";
const TEXT = readFileSync(join(import.meta.dirname, "../../data", NAME), "utf8");
const THESAURUS = { name: "names.tsv", text: "A. Karvonen\tAdam Karvonen\n" };

let original: Analysis;
let session: Session;

beforeAll(async () => {
  original = await analyse([{ name: NAME, text: TEXT }], {
    seed: 9,
    layoutIterations: 50,
    referenceYear: 2025,
    minLinkWeight: 1,
    hideOwners: true,
    thesaurus: THESAURUS,
  });
  // The user's view: other sizes and colours, and every node dragged a little.
  const view = { network: "coauthors" as const, sizeBy: "betweenness", colorBy: "firstYear" };
  assignAppearance(original.coauthors, view);
  original.coauthors.updateEachNodeAttributes((_node, attributes) => ({
    ...attributes,
    x: attributes.x! * 1.5 + 0.1,
    y: attributes.y! - 3,
  }));
  const files = [await describeFile({ name: NAME, text: TEXT })];
  const positions = { coauthors: graphPositions(original.coauthors), topics: graphPositions(original.topics) };
  session = readSession(writeSession(createSession({ files, options: original.options, view, positions })));
});

describe("a replayed session", () => {
  it("carries every resolved option, the thesaurus's text included", () => {
    expect(session.options).toEqual(JSON.parse(JSON.stringify(original.options)));
    expect(session.options.thesaurus).toEqual(THESAURUS);
    expect(session.options.referenceYear).toBe(2025);
  });

  it("gives the same GEXF of both networks as the view it was saved from", async () => {
    const replay = await analyse([{ name: NAME, text: TEXT }], sessionAnalysisOptions(session));
    const fitted = applySessionView(replay, session);
    expect(fitted).toEqual({
      coauthors: { applied: original.coauthors.order, missing: 0, unknown: 0 },
      topics: { applied: original.topics.order, missing: 0, unknown: 0 },
    });
    expect(writeGexf(replay.coauthors)).toBe(writeGexf(original.coauthors));
    expect(writeGexf(replay.topics)).toBe(writeGexf(original.topics));
  });

  it("differs from a fresh analysis, so the equality above is the session's doing", async () => {
    const fresh = await analyse([{ name: NAME, text: TEXT }], sessionAnalysisOptions(session));
    expect(writeGexf(fresh.coauthors)).not.toBe(writeGexf(original.coauthors));
  });
});

describe("applyPositions", () => {
  it("counts the nodes placed, those without a saved position and positions of nodes not in the network", async () => {
    const analysis = await analyse([{ name: NAME, text: TEXT }], { layoutIterations: 0, referenceYear: 2025 });
    const [first, second] = analysis.coauthors.nodes();
    const fitted = applyPositions(analysis.coauthors, { [first!]: [5, 6], [second!]: [7, 8], "author:nobody": [0, 0] });
    expect(fitted).toEqual({ applied: 2, missing: analysis.coauthors.order - 2, unknown: 1 });
    expect(analysis.coauthors.getNodeAttributes(first!)).toMatchObject({ x: 5, y: 6 });
  });
});
