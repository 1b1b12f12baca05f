import { describe, expect, it } from "vitest";
import { cleanName, displayName, normalizeName, parseName, repairMojibake } from "../../src/identity";

// Spellings copied from the real files in ../shared/data (file named per row) and the issue text.
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

describe("repairMojibake", () => {
  it.each([
    ["WÃ¼bben", "Wübben"],
    ["Åšcibior", "Ścibior"],
    ["RÃ¤uker", "Räuker"],
    ["Jos\u00c3\u00a9 Garc\u00c3\u00ada", "José García"],
  ])("repairs %j to %j", (broken, repaired) => {
    expect(repairMojibake(broken)).toBe(repaired);
  });

  it.each(["Åsa Öberg", "Ãlvaro", "Ścibior", "Adam Scibior", "Ã"])("leaves the real spelling %j unchanged", (name) => {
    expect(repairMojibake(name)).toBe(name);
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
