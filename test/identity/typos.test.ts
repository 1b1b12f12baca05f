/**
 * The deletion keys of family-name typos (decisions/typos.ts) are found without building key strings; they
 * must group exactly as string keys would, in the same order. The candidates made of them per form are
 * the pairs the grouping and keys give, each once, and the same on the identity thread (src/cli).
 */

import { Worker } from "node:worker_threads";
import { describe, expect, it } from "vitest";
import { createThreadTypoRunner } from "../../src/cli/identity-thread";
import { resolveAuthors } from "../../src/identity";
import { sharedDeletionKeys, typoCandidates } from "../../src/identity/decisions/typos";
import type { TypoCandidates } from "../../src/identity/decisions/typos";
import { isOneEditApart } from "../../src/identity/names/compatibility";
import { paper } from "./build-papers";

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

/** Per form, a family ("" for a form never compared) and an initial, many forms of one group, many typos. */
function formInputs(n: number): [string[], string[]] {
  const [names, initials] = families(n);
  return [names.map((name, i) => (i % 7 === 3 ? "" : name)), initials.map((initial, i) => (i % 5 ? initial[1]! : ""))];
}

/** The candidates as the groups' string keys give them: forms grouped by family and initial, pairs by bucket. */
function candidatesByStrings(formFamilies: string[], formInitials: string[]): [number[][], number[]] {
  const groups = new Map<string, number>();
  const [names, initials, members] = [[] as string[], [] as string[], [] as number[][]];
  formFamilies.forEach((family, form) => {
    if (family === "") return;
    const initial = `|${formInitials[form]}`;
    let group = groups.get(family + initial);
    if (group === undefined) {
      groups.set(family + initial, (group = names.push(family) - 1));
      initials.push(initial);
      members.push([]);
    }
    members[group]!.push(form);
  });
  const pairs: number[] = [];
  const seen = new Set<string>();
  for (const list of byStrings(names, initials).filter((bucket) => bucket.length <= 20))
    list.forEach((a, i) =>
      list.slice(i + 1).forEach((b) => {
        if (seen.has(`${a} ${b}`) || !isOneEditApart(names[a]!, names[b]!)) return;
        seen.add(`${a} ${b}`);
        pairs.push(a, b);
      }),
    );
  return [members, pairs];
}

/** The candidates' members as one list per group. */
function memberLists({ memberStart, members }: TypoCandidates): number[][] {
  return Array.from({ length: memberStart.length - 1 }, (_, g) => [
    ...members.subarray(memberStart[g], memberStart[g + 1]),
  ]);
}

describe("family-name typo candidates", () => {
  it("are the groups and the one-edit pairs of their shared keys, each pair once, in the order met", () => {
    const [names, initials] = formInputs(3000);
    const candidates = typoCandidates(names, initials);
    const [members, pairs] = candidatesByStrings(names, initials);
    expect(pairs.length).toBeGreaterThan(100);
    expect(memberLists(candidates)).toEqual(members);
    expect([...candidates.pairs]).toEqual(pairs);
  });

  it("are the same on the identity thread", () => {
    const [names, initials] = formInputs(3000);
    const wait = createThreadTypoRunner({ minForms: 0, threads: 2 })(names, initials);
    expect(wait).toBeDefined();
    expect(wait!()).toEqual(typoCandidates(names, initials));
  });

  it("are found on the calling thread, with no error left to end the process, when the thread fails to load", async () => {
    const [names, initials] = formInputs(300);
    let thread: Worker | undefined;
    const start = () => (thread = new Worker('throw new Error("module not found")', { eval: true }));
    const wait = createThreadTypoRunner({ minForms: 0, threads: 2, maxWaitMs: 200, start })(names, initials);
    expect(wait!()).toEqual(typoCandidates(names, initials));
    // The thread's error is dispatched after the wait; a process with no listener for it would end here.
    await new Promise((ended) => thread!.once("exit", ended));
  });

  it("say so when the thread fails inside them", () => {
    const [names, initials] = formInputs(30);
    const start = () =>
      new Worker(
        `require("node:worker_threads").parentPort.once("message", ({ port, done }) => {
          port.postMessage({ error: "out of memory" });
          Atomics.store(done, 0, 1);
          Atomics.notify(done, 0);
        });`,
        { eval: true },
      );
    const wait = createThreadTypoRunner({ minForms: 0, threads: 2, start })(names, initials);
    expect(() => wait!()).toThrow("papergraph/identity: the identity thread failed (out of memory).");
  });

  it("stay on the calling thread below the threshold or with one thread", () => {
    const [names, initials] = formInputs(10);
    expect(createThreadTypoRunner({ minForms: 11, threads: 2 })(names, initials)).toBeUndefined();
    expect(createThreadTypoRunner({ minForms: 0, threads: 1 })(names, initials)).toBeUndefined();
  });

  it("give identity the same decisions found on the thread", () => {
    const papers = [
      paper("One", ["Adam Scibior", "Frank Wood"]),
      paper("Two", ["Adam Scribior", "Frank Wood"]),
      paper("Three", ["Hongseok Yang", "Adam Scibior"]),
    ];
    const here = resolveAuthors(papers);
    expect(here.decisions.some((decision) => decision.for.some((item) => item.text.includes("one letter apart")))).toBe(
      true,
    );
    const threaded = resolveAuthors(papers, { typoCandidates: createThreadTypoRunner({ minForms: 0, threads: 2 }) });
    expect(JSON.stringify(threaded)).toBe(JSON.stringify(here));
  });
});
