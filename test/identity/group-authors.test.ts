/**
 * Group authors written several ways (`The ATLAS Collaboration`, `ATLAS Collab.`, `on behalf of the ATLAS
 * collaboration`) are one group author; groups with different names stay apart, and a group is never a
 * person. The real record is the BABAR paper of test/fixtures/real/arxiv/snapshot-head-200.jsonl (line 20);
 * its second spelling is that record with only the id and the author field rewritten.
 */

import { describe, expect, it } from "vitest";
import { resolveAuthors, resolveIdentities } from "../../src/identity";
import { groupKey, isGroupName } from "../../src/identity/occurrences/group-authors";
import { ingest } from "../../src/ingest";
import { readRealFixture } from "../real-fixtures";
import { papers } from "./build-papers";
import { personOf } from "./decisions-helpers";

const ATLAS_SPELLINGS = [
  "The ATLAS Collaboration",
  "ATLAS Collaboration",
  "ATLAS Collab.",
  "for the ATLAS Collaboration",
  "on behalf of the ATLAS collaboration",
  "Collaboration, ATLAS",
];

describe("groupKey", () => {
  it("folds a leading `the`, `for the`, `on behalf of (the)` and `Collab.` into one key", () => {
    const keys = [
      "the atlas collaboration",
      "atlas collab",
      "for the atlas collaboration",
      "on behalf of atlas collaboration",
    ];
    expect(new Set(keys.map(groupKey))).toEqual(new Set(["atlas collaboration"]));
  });

  it("joins the single letters an all-caps acronym parses into (`c m s` is CMS)", () => {
    expect(groupKey("the c m s collaboration")).toBe("cms collaboration");
  });

  it("keeps the name words that tell groups apart, and two words of a short name", () => {
    expect(groupKey("atlas and c m s collaborations")).toBe("atlas and cms collaboration");
    expect(groupKey("the society")).toBe("the society");
  });

  it("recognises `Collab.` and plural `Collaborations` as naming a collective", () => {
    expect(isGroupName("atlas collab")).toBe(true);
    expect(isGroupName("atlas and c m s collaborations")).toBe(true);
    expect(isGroupName("atlas")).toBe(false);
  });
});

describe("one group author, many spellings", () => {
  it("makes every spelling of the ATLAS Collaboration one group author, while ATLAS and CMS stay two", () => {
    const result = resolveAuthors(
      papers(...ATLAS_SPELLINGS.map((name) => [name, "G. Aad"]), ["The CMS Collaboration"], ["CMS Collaboration"]),
    );
    const atlas = personOf(result, "ATLAS Collaboration");
    expect(atlas.group).toBe(true);
    expect(atlas.paperIds).toHaveLength(ATLAS_SPELLINGS.length);
    expect(new Set(atlas.variants)).toEqual(new Set(ATLAS_SPELLINGS));
    const cms = personOf(result, "CMS Collaboration");
    expect(cms.key).not.toBe(atlas.key);
    expect(cms.paperIds).toHaveLength(2);
    expect(personOf(result, "G. Aad").group).toBeUndefined();
  });

  it("keeps a bare `ATLAS` (no collective word, not flagged by its reader) apart from the collaboration", () => {
    const result = resolveAuthors(papers(["ATLAS Collaboration"], ["ATLAS"]));
    expect(personOf(result, "ATLAS").key).not.toBe(personOf(result, "ATLAS Collaboration").key);
  });

  it("joins a reader-flagged group (a WoS CA field) to the same group written in an author list", () => {
    const result = resolveAuthors(papers([{ name: "ATLAS Collaboration", group: true }], ["The ATLAS Collab."]));
    expect(personOf(result, "ATLAS Collaboration").paperIds).toHaveLength(2);
  });

  it("reads the real BABAR record and a `BABAR Collab.` copy of it as one group author of two papers", () => {
    const line = readRealFixture("arxiv/snapshot-head-200.jsonl").split("\n")[19]!;
    expect(line).toContain('"authors":"The BABAR Collaboration, B. Aubert, et al"');
    const copy = line
      .replace('"id":"0704.0020"', '"id":"0704.9020"')
      .replace('"doi":"10.1103/PhysRevD.76.052005"', '"doi":null')
      .replace("The BABAR Collaboration, B. Aubert, et al", "for the BaBar Collab., B. Aubert")
      .replace('"The BABAR Collaboration","",""', '"for the BaBar Collab.","",""')
      .replace("Hadronic Form Factor", "Semileptonic Form Factor");
    const corpus = ingest([{ name: "babar.jsonl", text: `${line}\n${copy}\n` }], { referenceYear: 2026 });
    expect(corpus.papers).toHaveLength(2);
    const identified = resolveIdentities(corpus);
    const groups = identified.people.filter((person) => person.group);
    expect(groups).toHaveLength(1);
    expect(groups[0]!.paperIds).toHaveLength(2);
    expect(new Set(groups[0]!.variants)).toEqual(new Set(["The BABAR Collaboration", "for the BaBar Collab."]));
  });
});
