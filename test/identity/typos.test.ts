/**
 * The deletion keys of family-name typos (decisions/typos.ts) are found without building key strings; they
 * must group exactly as string keys would, in the same order.
 */

import { describe, expect, it } from "vitest";
import { sharedDeletionKeys } from "../../src/identity/decisions/typos";

/** The same grouping with string keys: every family with one letter left out (or none), then the initial. */
function byStrings(families: string[], initials: string[]): number[][] {
  const buckets = new Map<string, number[]>();
  families.forEach((family, group) => {
    for (let skip = -1; skip < family.length; skip++) {
      const key = (skip < 0 ? family : family.slice(0, skip) + family.slice(skip + 1)) + initials[group]!;
      const list = buckets.get(key) ?? buckets.set(key, []).get(key)!;
      if (list[list.length - 1] !== group) list.push(group);
    }
  });
  return [...buckets.values()].filter((list) => list.length > 1);
}

/** A deterministic stream of families over a small alphabet, so that many share deletion keys. */
function families(n: number): [string[], string[]] {
  let state = 7;
  const next = (k: number) => {
    state = (state * 48271) % 2147483647;
    return state % k;
  };
  const names: string[] = [];
  const initials: string[] = [];
  for (let i = 0; i < n; i++) {
    let name = "";
    for (let j = 4 + next(5); j > 0; j--) name += "abcde"[next(5)];
    names.push(name);
    initials.push(`|${"xy"[next(2)]}`);
  }
  return [names, initials];
}

describe("family-name deletion keys", () => {
  it("group families exactly as string keys do, in the order the keys are first met", () => {
    const [names, initials] = families(3000);
    expect(sharedDeletionKeys(names, initials)).toEqual(byStrings(names, initials));
  });

  it("file a family once under a key two equal neighbouring letters give", () => {
    expect(sharedDeletionKeys(["gloor", "glor"], ["|g", "|g"])).toEqual([[0, 1]]);
  });

  it("keep keys apart that differ only in the initial", () => {
    expect(sharedDeletionKeys(["smith", "smyth"], ["|a", "|b"])).toEqual([]);
  });
});
