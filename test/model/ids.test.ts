import { describe, expect, it } from "vitest";
import { createRng, hashText, paperId, titleId } from "../../src/model";

describe("paper ids", () => {
  it("prefer the DOI, then the arXiv id without its version, then the title and year", () => {
    expect(paperId({ doi: "10.1/ABC", arxivId: "2403.19647", title: "T" })).toBe("doi:10.1/abc");
    expect(paperId({ arxivId: "2403.19647v2", title: "T" })).toBe("arxiv:2403.19647");
    expect(paperId({ title: "Sparse Feature Circuits", year: 2024 })).toBe(titleId("sparse  feature circuits.", 2024));
  });

  it("give 200,000 distinct titles 200,000 distinct ids (a 32-bit hash collides at this size)", () => {
    const ids = new Set<string>();
    for (let i = 0; i < 200_000; i++)
      ids.add(titleId(`Sparse graph networks for causal kernels (study ${i.toString(36)})`, 2000 + (i % 26)));
    expect(ids.size).toBe(200_000);
  });

  it("hash the same text to the same 14 hex digits in every run", () => {
    expect(hashText("sparse feature circuits|2024")).toMatch(/^[0-9a-f]{14}$/);
    expect(hashText("sparse feature circuits|2024")).toBe(hashText("sparse feature circuits|2024"));
    expect(hashText("a")).not.toBe(hashText("b"));
  });

  it("write the hash as the 14 hex digits of the 53-bit number (leading zeros kept)", () => {
    // cyrb53's lanes as hashText mixes them, written with toString(16): what ids were before the digits were written byte by byte.
    const reference = (text: string): string => {
      let [h1, h2] = [0xdeadbeef, 0x41c6ce57];
      for (let i = 0; i < text.length; i++) {
        h1 = Math.imul(h1 ^ text.charCodeAt(i), 2654435761);
        h2 = Math.imul(h2 ^ text.charCodeAt(i), 1597334677);
      }
      h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
      h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
      return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(16).padStart(14, "0");
    };
    const texts = Array.from(
      { length: 20_000 },
      (_, i) => `doi:10.5555/synthetic.${i}#${i % 7}|title:${i.toString(36)}#0`,
    );
    texts.push("", "a", "é ü 中文", "sparse feature circuits|2024");
    expect(texts.filter((text) => hashText(text) !== reference(text))).toEqual([]);
    // Some of these have leading zeros: the digits are padded, not dropped.
    expect(texts.some((text) => hashText(text).startsWith("0"))).toBe(true);
  });

  it("drops an arXiv id's version suffix as replace(/v\\d+$/) does", () => {
    const rng = createRng(15);
    const pieces = ["v", "V", "1", "09", "2403.19647", "hep-th/", "x", " ", "v12v"];
    const ids = ["v", "v1", "1v", "2403.19647v", "2403.19647v02", "hep-th/9901001v3 ", "vv2"];
    for (let i = 0; i < 3000; i++) {
      const length = 1 + Math.floor(rng() * 6);
      ids.push(Array.from({ length }, () => pieces[Math.floor(rng() * pieces.length)]).join(""));
    }
    for (const id of ids) {
      expect(paperId({ arxivId: id, title: "T" })).toBe(`arxiv:${id.trim().replace(/v\d+$/, "")}`);
    }
  });
});
