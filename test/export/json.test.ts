import Graph from "graphology";
import { describe, expect, it } from "vitest";
import {
  ANALYSIS_JSON_FORMAT,
  writeAnalysisJson,
  writeAnalysisJsonChunks,
  type AnalysisJsonDocument,
  type AnalysisJsonInput,
} from "../../src/export";
import { diagnostic, type CoauthorGraph, type Paper } from "../../src/model";

function analysis(): AnalysisJsonInput {
  const paper: Paper = {
    id: "arxiv:2401.00001",
    title: "Sparse “feature” circuits",
    authors: [
      { name: "Can Rager", key: "can rager" },
      { name: "Räuker", key: "rauker" },
    ],
    authorsTruncated: true,
    year: 2024,
    categories: ["cs.LG"],
    source: { file: "profile.txt", line: 12 },
  };
  const coauthors: CoauthorGraph = new Graph({ type: "undirected" });
  coauthors.addNode("author:can rager", {
    kind: "author",
    label: "Can Rager",
    isOwner: true,
    paperCount: 1,
    pagerank: 0.5,
    closeness: Number.POSITIVE_INFINITY,
  });
  coauthors.addNode("author:rauker", {
    kind: "author",
    label: "Räuker",
    isOwner: false,
    paperCount: 1,
    pagerank: 0.5,
  });
  coauthors.addEdge("author:can rager", "author:rauker", {
    weight: 1,
    fractional: 1,
    association: 2,
    papers: [paper.id],
  });
  return {
    options: { seed: 42 },
    corpus: {
      papers: [paper],
      profiles: [],
      diagnostics: [diagnostic("warning", "profile.txt", 30, "skipped a record without a title")],
      files: [{ file: "profile.txt", format: "profile", seen: 2, read: 1, papers: 1, skipped: 1, merged: 0 }],
      networks: [],
      people: [{ key: "rauker", label: "Räuker", variants: ["Räuker"], paperIds: [paper.id] }],
      decisions: [],
      owners: [],
    },
    paperTopics: { [paper.id]: [{ key: "cs.LG", label: "cs.LG" }] },
    coauthors,
    topics: new Graph({ type: "undirected" }),
    coauthorSummary: { nodes: 2, edges: 1 },
    topicSummary: { nodes: 0, edges: 0 },
  };
}

/** The document as a reader of papergraph's JSON types it. */
const read = (text: string) => JSON.parse(text) as AnalysisJsonDocument;

describe("writeAnalysisJson", () => {
  it("writes papers, diagnostics, topics and summaries, and graphs that Graph.from reads back", () => {
    const input = analysis();
    const document = read(writeAnalysisJson(input));
    expect(document).toMatchObject({ ...ANALYSIS_JSON_FORMAT, options: { seed: 42 } });
    expect(document.papers).toEqual(input.corpus.papers);
    expect(document.diagnostics).toEqual(input.corpus.diagnostics);
    expect(document.people).toEqual(input.corpus.people);
    expect(document.files).toEqual(input.corpus.files);
    expect(document.paperTopics).toEqual(input.paperTopics);
    expect(document.coauthorSummary).toEqual({ nodes: 2, edges: 1 });
    const coauthors = Graph.from(document.coauthors);
    expect(coauthors.order).toBe(2);
    expect(coauthors.getNodeAttribute("author:rauker", "label")).toBe("Räuker");
    expect(coauthors.getEdgeAttribute("author:can rager", "author:rauker", "papers")).toEqual(["arxiv:2401.00001"]);
  });

  it("writes non-finite numbers as null", () => {
    const document = read(writeAnalysisJson(analysis()));
    const node = document.coauthors.nodes.find((n) => n.key === "author:can rager");
    expect(node?.attributes?.closeness).toBeNull();
  });

  it("writes the same document in pieces for analyses too large for one string", () => {
    const input = analysis();
    const pieces = [...writeAnalysisJsonChunks(input)];
    expect(pieces.length).toBeGreaterThan(3);
    expect(pieces.join("")).toBe(writeAnalysisJson(input));
  });

  it("indents only when asked to", () => {
    expect(writeAnalysisJson(analysis())).not.toContain("\n");
    expect(writeAnalysisJson(analysis(), { pretty: true })).toContain('\n  "format": "papergraph-analysis"');
  });
});
