import { describe, expect, it } from "vitest";
import { buildBipartite, computeMainTopics, projectCoauthors } from "../../src/graphs";
import { resolveIdentities } from "../../src/identity";
import type { Paper } from "../../src/model";
import type { Topic } from "../../src/topics";
import { paper } from "../identity/build-papers";

const topic = (label: string): Topic => ({ key: `phrase:${label}`, label, kind: "phrase", score: 1 });
const FIELD: Topic = { key: "cat:cs.lg", label: "Machine Learning", kind: "category", score: 1 };

/** The bipartite graph of papers given as [title, authors, topics]. */
function bipartite(papers: [string, string[], Topic[]][]) {
  const records: Paper[] = papers.map(([title, authors]) => paper(title, authors));
  const corpus = resolveIdentities({ papers: records, profiles: [], diagnostics: [], files: [], networks: [] });
  const topics = Object.fromEntries(records.map((record, i) => [record.id, papers[i]![2]]));
  return buildBipartite(corpus, topics);
}

describe("computeMainTopics", () => {
  it("gives each author the topic on most of their papers, ignoring one on more than half of all papers", () => {
    // The field is on all six papers; every other topic on at most three. The names are rare ones: identity
    // keeps two papers of a common name (`Ann Lee`) with nothing else in common apart.
    const graph = bipartite([
      ["P1", ["Ann Lindqvist", "Bo Chen"], [FIELD, topic("sparse autoencoders")]],
      ["P2", ["Ann Lindqvist"], [FIELD, topic("sparse autoencoders"), topic("probing")]],
      ["P3", ["Bo Chen"], [FIELD, topic("probing")]],
      ["P4", ["Bo Chen"], [FIELD, topic("probing")]],
      ["P5", ["Cy Diaz"], [FIELD, topic("circuits")]],
      ["P6", ["Cy Diaz"], [FIELD]],
    ]);
    expect(Object.fromEntries(computeMainTopics(graph))).toEqual({
      "author:ann lindqvist": "sparse autoencoders",
      "author:bo chen": "probing",
      "author:cy diaz": "circuits",
    });
  });

  it("breaks a tie by label and keeps a topic on every paper when it is the corpus's only topic", () => {
    const tie = bipartite([
      ["P1", ["Ann Lindqvist"], [topic("zeta"), topic("alpha")]],
      ["P2", ["Bo Chen"], [topic("beta")]],
      ["P3", ["Cy Diaz"], [topic("gamma")]],
    ]);
    expect(computeMainTopics(tie).get("author:ann lindqvist")).toBe("alpha");
    const single = bipartite([
      ["P1", ["Ann Lindqvist"], [FIELD]],
      ["P2", ["Bo Chen"], [FIELD]],
    ]);
    expect(computeMainTopics(single).get("author:bo chen")).toBe("Machine Learning");
  });

  it("counts topics by label, and leaves out an author whose papers have no counted topic", () => {
    // Two topics named alike (a category and a key phrase) count as one label: 2 against probing's 1.
    const category: Topic = { key: "cat:probe", label: "circuits", kind: "category", score: 1 };
    const graph = bipartite([
      ["P1", ["Ann Lindqvist"], [topic("circuits"), topic("probing")]],
      ["P2", ["Ann Lindqvist"], [category]],
      ["P3", ["Bo Chen"], []],
      ["P4", ["Cy Diaz"], [topic("probing")]],
    ]);
    const main = computeMainTopics(graph);
    expect(main.get("author:ann lindqvist")).toBe("circuits");
    expect(main.has("author:bo chen")).toBe(false);
    expect(main.get("author:cy diaz")).toBe("probing");
  });

  it("is written by the coauthor projection as the node attribute mainTopic", () => {
    const graph = bipartite([
      ["P1", ["Ann Lindqvist", "Bo Chen"], [topic("probing")]],
      ["P2", ["Cy Diaz"], []],
    ]);
    const { graph: coauthors } = projectCoauthors(graph, { maxAuthorsPerPaper: 100 });
    expect(coauthors.getNodeAttributes("author:ann lindqvist").mainTopic).toBe("probing");
    expect(coauthors.getNodeAttributes("author:cy diaz")).not.toHaveProperty("mainTopic");
  });
});
