/**
 * The cases of issue 10 ("Identity you can trust"), each rebuilt from the description of a real
 * export: one person written thirteen ways in their own citation report, a common initial not pulled onto
 * the wrong person by one shared coauthor or by the lab head, ids kept through a merge of duplicate
 * records, the dotless ı, group authors.
 */

import { describe, expect, it } from "vitest";
import { resolveAuthors, resolveIdentities } from "../../src/identity";
import type { AuthorRef, Paper } from "../../src/model";
import { paper } from "./build-papers";
import { keyOf, personOf } from "./decisions-helpers";

const corpusOf = (papers: Paper[]) => ({ papers, profiles: [], diagnostics: [], files: [], networks: [] });

describe("a researcher's own citation report (Gloor, Web of Science)", () => {
  // The thirteen spellings of the issue, each on a record of the report with the coauthors it gives.
  const SPELLINGS = [
    "Gloor, Gregory B.",
    "GLOOR, GB",
    "Gloor, G",
    "Gloor, Greg B.",
    "Gloor, Gregory",
    "Gloor, G. B.",
    "Gloor, Gregory Brian",
    "GLOOR, G",
    "Gloor, Greg",
    "Gloor, GREGORY B",
    "Gregory B Gloor",
    "G. B. Gloor",
    "Gloor GB",
  ];
  const COAUTHORS = ["Reid, Gregor", "Macklaim, Jean M.", "Fernandes, Andrew D.", "Burton, Jeremy P."];
  const papers = SPELLINGS.map((name, i) =>
    paper(`Microbiome study ${i}`, [name, COAUTHORS[i % 4]!, `Student${i}, A.`], {
      source: { file: "gloor-citation-report.txt", line: i + 1 },
      year: 2000 + i,
    }),
  );

  it("makes the owner one node from all thirteen spellings, inferred as the file's owner", () => {
    const result = resolveAuthors(papers);
    const keys = new Set(SPELLINGS.map((name) => keyOf(result, name)));
    expect(keys.size).toBe(1);
    expect(result.owners).toEqual([
      expect.objectContaining({ file: "gloor-citation-report.txt", stated: false, coverage: 1 }),
    ]);
    expect(personOf(result, "GLOOR, GB")).toMatchObject({ label: "Gregory Brian Gloor", owner: true });
  });

  it("makes them one node when the owner is stated, and in strict mode", () => {
    const stated = resolveAuthors(papers, { owners: [{ name: "Gregory B. Gloor" }] });
    expect(new Set(SPELLINGS.map((name) => keyOf(stated, name))).size).toBe(1);
    expect(stated.owners[0]).toMatchObject({ stated: true });
    const strict = resolveAuthors(papers, { mode: "strict" });
    expect(new Set(SPELLINGS.map((name) => keyOf(strict, name))).size).toBe(1);
  });

  it("joins `GB Gloor` only once Greg B. and Gregory Brian are one person, even with no owner", () => {
    const small = [
      paper("A", ["Gloor, Greg B.", "Reid, Gregor"]),
      paper("B", ["Gregory Brian Gloor", "Reid, Gregor", "Macklaim, Jean M."]),
      paper("C", ["GLOOR, GB", "Macklaim, Jean M."]),
    ];
    const result = resolveAuthors(small);
    expect(
      new Set(["Gloor, Greg B.", "Gregory Brian Gloor", "GLOOR, GB"].map((name) => keyOf(result, name))).size,
    ).toBe(1);
  });
});

describe("a common initial and one shared coauthor (IEEE Xplore, Author Affiliations)", () => {
  const at = (name: string, affiliation: string): AuthorRef => ({ name, affiliations: [affiliation] });
  const AGILENT = "Agilent Technologies, Beijing, China";
  const papers = [
    paper("Agilent 1", [at("Cheng Wang", AGILENT), at("Li Zhou", AGILENT)], { venue: "IEEE Trans. Instrum." }),
    paper("Agilent 2", [at("Cheng Wang", AGILENT), at("Hao Sun", AGILENT)], { venue: "IEEE Trans. Instrum." }),
    paper("Agilent 3", [at("Cheng Wang", AGILENT), at("Yan Liu", "Tianjin University, Tianjin, China")]),
    paper("Tianjin 1", [
      at("C. Wang", "Tianjin University, Tianjin, China"),
      at("Yan Liu", "Tianjin University, Tianjin, China"),
    ]),
    paper("Tianjin 2", [at("C. Wang", "Tianjin University, Tianjin, China"), at("Q. Hu", "Tianjin University")]),
    paper("Houston", [
      at("C. Wang", "University of Houston, Houston, TX, USA"),
      at("R. Smith", "University of Houston"),
    ]),
    paper("InterDigital", [
      at("C. Wang", "InterDigital Communications, King of Prussia, PA, USA"),
      at("K. Lee", "InterDigital"),
    ]),
    paper("USTC 1", [at("C. Wang", "University of Science and Technology of China, Hefei"), at("J. Xu", "USTC")]),
    paper("USTC 2", [at("C. Wang", "University of Science and Technology of China, Hefei"), at("M. Gao", "USTC")]),
    paper("Agilent 4", [at("C. Wang", AGILENT), at("Li Zhou", AGILENT)], { venue: "IEEE Trans. Instrum." }),
    // The rest of the export: other people's papers, so that no name is on 40% of it (it is nobody's list).
    ...Array.from({ length: 20 }, (_, i) => paper(`Other ${i}`, [`Author${i} Family${i}`, `Second${i} Writer${i}`])),
  ];
  const result = resolveAuthors(papers);
  const keyOn = (title: string) => result.papers.find((entry) => entry.title === title)!.authors[0]!.key!;

  it("keeps the C. Wang of Tianjin (one coauthor shared), Houston, InterDigital and USTC apart from Agilent's Cheng Wang", () => {
    const cheng = keyOn("Agilent 1");
    for (const title of ["Tianjin 1", "Tianjin 2", "Houston", "InterDigital", "USTC 1", "USTC 2"])
      expect(keyOn(title)).not.toBe(cheng);
    // The C. Wang of Agilent Beijing — same affiliation, coauthor and venue — is Cheng Wang.
    expect(keyOn("Agilent 4")).toBe(cheng);
  });

  it("does not join C. Wang of different institutions with one another", () => {
    expect(new Set(["Tianjin 1", "Houston", "InterDigital", "USTC 1"].map(keyOn)).size).toBe(4);
  });
});

describe("the lab head is evidence of nothing (a lab's BibTeX)", () => {
  const HEAD = "Pavone, M.";
  const lab = Array.from({ length: 30 }, (_, i) => paper(`Lab paper ${i}`, [`Student${i % 9}, A.`, HEAD]));
  // Author lists of the lab's BibTeX (bibtex-asl-pavone.bib, lines 5831, 5846 and 5861).
  const papers = [
    ...lab,
    paper("Unpacking failure modes", [
      "Agia, C.",
      "Sinha, R.",
      "Yang, J.",
      "Cao, Z.",
      "Antonova, R.",
      HEAD,
      "Bohg, J.",
    ]),
    paper("CUPID", ["Agia, C.", "Sinha, R.", "Yang, J.", "Antonova, R.", HEAD, "Nishimura, H.", "Bohg, J."]),
    paper("Beyond the force", ["Abtahi, P.", "Landry, B.", "J. J. Yang", HEAD, "Follmer, S.", "Landay, J. A."]),
  ];

  it("does not join `Yang, J.` to `J. J. Yang` through the lab head alone, but joins the two `Yang, J.` by their coauthors", () => {
    const result = resolveAuthors(papers);
    expect(keyOf(result, "Yang, J.")).not.toBe(keyOf(result, "J. J. Yang"));
    const yangs = result.papers.flatMap((entry) => entry.authors.filter((author) => author.name === "Yang, J."));
    expect(new Set(yangs.map((author) => author.key)).size).toBe(1);
  });
});

describe("ids through a merge of duplicate records (OpenAlex)", () => {
  const zhang = (id: string): AuthorRef => ({ name: "Wei Zhang", ids: { openalex: `https://openalex.org/${id}` } });

  it("keeps four Wei Zhang with four OpenAlex ids as four people when two records of one work are merged", () => {
    const doi = "10.1000/duplicate";
    const papers = [
      paper("Shared work", [zhang("A1"), { name: "Jun Li" }, zhang("A2")], {
        doi,
        source: { file: "openalex.json", line: 1 },
      }),
      paper("Shared work", [{ name: "Wei Zhang" }, { name: "Jun Li" }, { name: "Wei Zhang" }, { name: "Hui Wang" }], {
        doi,
        source: { file: "crossref.json", line: 1 },
      }),
      paper("Third", [zhang("A3"), { name: "Ming Xu" }], { source: { file: "openalex.json", line: 2 } }),
      paper("Fourth", [zhang("A4"), { name: "Tao Gu" }], { source: { file: "openalex.json", line: 3 } }),
    ];
    const corpus = resolveIdentities(corpusOf(papers));
    expect(corpus.papers).toHaveLength(3);
    const shared = corpus.papers.find((entry) => entry.title === "Shared work")!;
    expect(shared.authors.map((author) => author.ids?.openalex)).toEqual([
      "https://openalex.org/A1",
      undefined,
      "https://openalex.org/A2",
      undefined,
    ]);
    expect(corpus.people.filter((person) => person.label === "Wei Zhang")).toHaveLength(4);
  });
});

describe("transliteration", () => {
  it("joins `Atılım Güneş Baydin` and `Atilim Gunes Baydin` (the dotless ı folds to i)", () => {
    const result = resolveAuthors([
      paper("A", ["Atılım Güneş Baydin", "Frank Wood"]),
      paper("B", ["Atilim Gunes Baydin", "Barak A. Pearlmutter"]),
      paper("C", ["Gunes Baydin, Atilim", "Don Syme"]),
    ]);
    const keys = new Set(
      ["Atılım Güneş Baydin", "Atilim Gunes Baydin", "Gunes Baydin, Atilim"].map((name) => keyOf(result, name)),
    );
    expect(keys.size).toBe(1);
    expect(personOf(result, "Atilim Gunes Baydin").label).toBe("Atılım Güneş Baydin");
  });

  it("joins a name written family-first (`Wang Wei`) to the same name written given-first when they share coauthors", () => {
    const result = resolveAuthors([
      paper("A", ["Wei Wang", "Hui Xiong", "Yanjie Fu"]),
      paper("B", ["Wang Wei", "Hui Xiong", "Yanjie Fu"]),
    ]);
    expect(keyOf(result, "Wang Wei")).toBe(keyOf(result, "Wei Wang"));
  });
});

describe("group authors", () => {
  it("keeps `The BABAR Collaboration` a group, never joined to a person, flagged on its person", () => {
    const result = resolveAuthors([
      paper("A", ["The BABAR Collaboration", "B. Aubert"]),
      paper("B", ["The BaBar Collaboration", "Bernard Aubert"]),
      paper("C", [{ name: "ATLAS", group: true }, "B. Aubert"]),
    ]);
    const babar = personOf(result, "The BABAR Collaboration");
    expect(babar.group).toBe(true);
    expect(babar.paperIds).toHaveLength(2);
    expect(personOf(result, "ATLAS").group).toBe(true);
    expect(personOf(result, "B. Aubert").group).toBeUndefined();
  });
});
