import { describe, expect, it } from "vitest";
import { createNoStepCache, createStepCache } from "../src/step-cache";

describe("createStepCache", () => {
  it("answers a step asked again with the same values from memory, and runs it when a value changed", async () => {
    const cache = createStepCache();
    const runs: number[] = [];
    const square = (n: number) => cache.run("square", [n], () => (runs.push(n), Promise.resolve(n * n)));
    expect(await square(3)).toBe(9);
    expect(await square(3)).toBe(9);
    expect(await square(4)).toBe(16);
    expect(runs).toEqual([3, 4]);
    expect(cache.takeRan()).toEqual(["square", "square"]);
    expect(cache.takeRan()).toEqual([]);
  });

  it("compares inputs one by one with Object.is: an equal but new object is a change", async () => {
    const cache = createStepCache();
    const options = { year: 2024 };
    await cache.run("step", [options, Number.NaN], () => Promise.resolve(1));
    await cache.run("step", [options, Number.NaN], () => Promise.resolve(2));
    expect(await cache.run("step", [{ year: 2024 }, Number.NaN], () => Promise.resolve(3))).toBe(3);
  });

  it("forgets a step that failed, so that the next run computes it again instead of giving the old result", async () => {
    const cache = createStepCache();
    await cache.run("step", [1], () => Promise.resolve("first"));
    await expect(cache.run("step", [2], () => Promise.reject(new Error("broken")))).rejects.toThrow("broken");
    expect(await cache.run("step", [1], () => Promise.resolve("again"))).toBe("again");
  });
});

describe("createNoStepCache", () => {
  it("runs every step every time", async () => {
    const cache = createNoStepCache();
    expect(await cache.run("step", [1], () => Promise.resolve("a"))).toBe("a");
    expect(await cache.run("step", [1], () => Promise.resolve("b"))).toBe("b");
    expect(cache.takeRan()).toEqual(["step", "step"]);
  });
});
