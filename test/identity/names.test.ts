import { describe, expect, it } from "vitest";
import { cleanName, displayName, foldName, normalizeName, parseName, readings } from "../../src/identity";
import { blockKeys } from "../../src/identity/blocking/block-keys";
import { MAX_NAME_LENGTH } from "../../src/identity/names/clean-name";
import { compareParts } from "../../src/identity/names/compatibility";

// Spellings copied from the real files copied into test/fixtures/real (file named per row) and the issue text.
const PARSED: [written: string, family: string, given: string[], source: string][] = [
  ["Scibior, Adam", "scibior", ["adam"], "bibtex/plai-group.bib"],
  ["Ścibior, Adam", "scibior", ["adam"], "bibtex/plai-group.bib"],
  ["Åšcibior, Adam", "scibior", ["adam"], "bibtex/plai-group.bib (mis-encoded UTF-8)"],
  ["Adam Scibior", "scibior", ["adam"], "bibtex/plai-group.bib"],
  ["Gunes Baydin, Atilim", "gunes baydin", ["atilim"], "bibtex/plai-group.bib"],
  ["Gram-Hansen, Bradley J.", "gram hansen", ["bradley", "j"], "bibtex/plai-group.bib"],
  ["Baydin, AG", "baydin", ["a", "g"], "bibtex/plai-group.bib"],
  ["Nasseri, S. Ali", "nasseri", ["s", "ali"], "bibtex/plai-group.bib"],
  ["Adrian Del Maestro", "del maestro", ["adrian"], "arxiv/atom-au-del-maestro.xml"],
  ["A. Del Maestro", "del maestro", ["a"], "arxiv/atom-au-del-maestro.xml"],
  ["Pandolfi, JM", "pandolfi", ["j", "m"], "wos/pandolfi-lab-tab-delimited.txt (AU)"],
  ["Pandolfi, John M.", "pandolfi", ["john", "m"], "wos/pandolfi-lab-tab-delimited.txt (AF)"],
  ["Pandolfi, John E.", "pandolfi", ["john", "e"], "wos/pandolfi-lab-tab-delimited.txt (AF)"],
  ["Phillips J.C.", "phillips", ["j", "c"], "scopus/scopus.csv"],
  ["Li J.", "li", ["j"], "scopus/scopus.csv"],
  ["S. Raj Paul", "paul", ["s", "raj"], "ieee/ieee.csv"],
  ["Di Xu 0001", "xu", ["di"], "dblp/person-95-7448-1.xml (homonym number)"],
  ["Brandon Amos$^{\\dagger}$", "amos", ["brandon"], "bibtex/amos-cv.bib style footnote mark"],
  ['Sch\\"{o}lkopf, Bernhard', "scholkopf", ["bernhard"], "LaTeX accent"],
  ["Jean-Luc Picard", "picard", ["jean", "luc"], "hyphenated given name"],
  ["J.-L. Picard", "picard", ["j", "l"], "hyphenated initials"],
  ["LI, XU", "li", ["xu"], "all-caps record: a vowelled short token is a name"],
  ["Smith, Jr., John", "smith", ["john"], "suffix dropped"],
];

describe("parseName", () => {
  it.each(PARSED)("splits %j into family %j and given %j (%s)", (written, family, given) => {
    expect(parseName(written)).toEqual({ family, given });
  });
});

describe("cleanName and displayName", () => {
  it("decodes LaTeX accents, including the dotless i, to the typed letters", () => {
    expect(cleanName("G{\\'\\i}l, Ana")).toBe("Gíl, Ana");
    expect(cleanName("Wei{\\ss}, Fran{\\c{c}}ois")).toBe("Weiß, François");
  });

  it("shows a 'Last, First' name as 'First Last' with its accents repaired", () => {
    expect(displayName("Åšcibior, Adam")).toBe("Adam Ścibior");
  });

  it("gives plain names back as they are, as the full cleaning does (a mark sends a name through it)", () => {
    const plain = [
      "Adam Scibior",
      "Scibior, Adam",
      "O'Neil J.-L.",
      "Jean-Luc Picard",
      "Phillips J.C.",
      "van der Berg, A",
    ];
    for (const name of plain) {
      expect(cleanName(name)).toBe(name);
      expect(cleanName(`${name}*`)).toBe(name);
    }
    // Near-plain names the full cleaning changes.
    expect(cleanName("Adam  Scibior")).toBe("Adam Scibior");
    expect(cleanName("Adam Scibior,")).toBe("Adam Scibior");
    expect(cleanName("Adam Scibior 0001")).toBe("Adam Scibior");
    expect(cleanName("Ada--Lovelace")).toBe("Ada–Lovelace");
  });
});

describe("normalizeName", () => {
  it("gives every spelling of Adam Ścibior in plai-group.bib one form", () => {
    const forms = new Set(
      ["Scibior, Adam", "Ścibior, Adam", "Åšcibior, Adam", "Adam Scibior", "SCIBIOR, ADAM"].map(normalizeName),
    );
    expect([...forms]).toEqual(["adam scibior"]);
  });

  it("keeps the typo Scribior and the initial A. apart from Adam Scibior", () => {
    expect(normalizeName("Scribior, Adam")).toBe("adam scribior");
    expect(normalizeName("A. Scibior")).toBe("a scibior");
  });

  it("writes initials run together (JM) and spelt out (J. M.) alike", () => {
    expect(normalizeName("Pandolfi, JM")).toBe(normalizeName("J. M. Pandolfi"));
  });
});

describe("foldName", () => {
  it.each([
    ["Atılım Güneş Baydin", "atilim gunes baydin"],
    ["İsmail Çelik", "ismail celik"],
    ["Søren Kierkegaard", "soren kierkegaard"],
    ["Łukasz Kaiser", "lukasz kaiser"],
    ["Straße", "strasse"],
    ["Æsa Ærøe", "aesa aeroe"],
    ["Đorđe Đukić", "dorde dukic"],
    ["Þóra Þórsdóttir", "thora thorsdottir"],
  ])("transliterates %j to %j", (name, folded) => {
    expect(foldName(name)).toBe(folded);
  });

  it("removes zero-width characters inside a name instead of splitting it", () => {
    expect(foldName("Ad\u200bam Sci\u200dbior\u2060")).toBe("adam scibior");
    expect(normalizeName("Ad\u00adam Scibior")).toBe(normalizeName("Adam Scibior"));
  });
});

describe("cleanName on hostile names", () => {
  it("removes bidi overrides and control characters from labels", () => {
    expect(displayName("\u202eroivbicS madA\u202c")).toBe("roivbicS madA");
    expect(displayName("Adam\u001b]0;pwned\u0007 Scibior")).toBe("Adam ]0;pwned Scibior");
  });

  it("keeps the name inside 200 KB of commas and cuts a 20,000-letter name to MAX_NAME_LENGTH", () => {
    const commas = ",".repeat(200_000);
    expect(cleanName(`${commas}Scibior, Adam${commas}`)).toBe("Scibior, Adam");
    expect(cleanName("a".repeat(20_000))).toHaveLength(MAX_NAME_LENGTH);
    expect(cleanName(` ;${"x ".repeat(5_000)}`).length).toBeLessThanOrEqual(MAX_NAME_LENGTH);
  });
});

describe("readings", () => {
  it("reads a romanised CJK name written family-first both ways, and others one way", () => {
    expect(readings("Wang Wei")).toEqual([
      { family: "wei", given: ["wang"] },
      { family: "wang", given: ["wei"] },
    ]);
    expect(readings("Wei, Wang")).toHaveLength(1);
    expect(readings("Adam Scibior")).toHaveLength(1);
  });
});

describe("compareParts", () => {
  const compare = (a: string, b: string) => compareParts(parseName(a), parseName(b));

  it.each([
    ["Gloor, Greg B.", "Gregory Brian Gloor", "nickname"],
    ["Bill Gates", "William H. Gates", "nickname"],
    ["GLOOR, GB", "Gregory Brian Gloor", "initial"],
    ["Xiao-Hong Zhou", "Xiaohong Zhou", "equal"],
    ["Christian Schroeder de Witt", "Christian A. Schroeder De Witt", "equal"],
    ["Gunes Baydin, Atilim", "Atilim Gunes Baydin", "equal"],
    ["Garcia, J.", "Garcia-Lopez, J.", "initials"],
  ])("finds %j and %j compatible (first names: %s)", (a, b, first) => {
    const match = compare(a, b);
    expect(match.conflict).toBeUndefined();
    expect(match.first).toBe(first);
  });

  it.each([
    ["Pandolfi, John M.", "Pandolfi, John E."],
    ["M. S. Lee", "M. H. Lee"],
    ["Ori Press", "Ofir Press"],
    ["Scibior, Adam", "Scribior, Adam"],
  ])("finds %j and %j in conflict", (a, b) => {
    expect(compare(a, b).conflict).toBeDefined();
  });

  it("reports a one-letter typo of a full first name as a typo, not as agreement", () => {
    expect(compare("Saeid Naderiparizi", "Saied Naderiparizi").first).toBe("typo");
  });

  it("marks family names that agree only as parts of a compound name", () => {
    expect(compare("Garcia, J.", "Garcia-Lopez, J.").compoundFamily).toBe(true);
  });
});

describe("blockKeys", () => {
  it("files particles aside, compound names under each end, and CJK names under both readings", () => {
    expect(blockKeys(readings("Jan-Willem van de Meent"))).toEqual(["meent|j"]);
    expect(blockKeys(readings("Gunes Baydin, Atilim"))).toEqual(["gunesbaydin|a", "gunes|a", "baydin|a"]);
    expect(blockKeys(readings("Wang Wei"))).toEqual(["wei|w", "wang|w"]);
  });
});

describe("foldName on plain ASCII", () => {
  it("folds as the full Unicode path does", () => {
    // The Unicode path on the same text: a non-ASCII letter appended and removed again after folding.
    for (const text of ["Van der Waals, J.D.", "O'Brien-Smith  Jr.", "\tA1b2\u0007c", "", "---", "ALL CAPS name"])
      expect(foldName(text)).toBe(foldName(`${text}\u00e9`).replace(/ ?e$/, ""));
  });
});
