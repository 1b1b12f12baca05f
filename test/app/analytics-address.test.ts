/**
 * The counting and community options in the page address: what is written differs from the defaults, is
 * read back the same, and a value the options' validator would refuse is left out.
 */

import { describe, expect, it } from "vitest";
import { readAnalyticsParams, writeAnalyticsParams } from "../../src/app/analytics-address";
import { DEFAULT_ANALYTICS, resolveOptions, type AnalyticsOptions } from "../../src/options";

const write = (analytics: AnalyticsOptions) => {
  const params = new URLSearchParams();
  writeAnalyticsParams(params, analytics);
  return params.toString();
};

describe("the counting and community options in the address", () => {
  it("writes nothing for the defaults and reads nothing back", () => {
    expect(write({ ...DEFAULT_ANALYTICS })).toBe("");
    expect(readAnalyticsParams(new URLSearchParams(""))).toBeUndefined();
  });

  it("writes each changed option in words and reads the same options back", () => {
    const analytics: AnalyticsOptions = {
      counting: "fractional",
      rankMetric: "weightedDegree",
      communityAlgorithm: "leiden",
      resolution: 1.5,
      minClusterSize: 3,
    };
    const fragment = write(analytics);
    expect(fragment).toBe(
      "counting=fractional&rank-metric=weightedDegree&communities=leiden&resolution=1.5&min-cluster=3",
    );
    expect(readAnalyticsParams(new URLSearchParams(fragment))).toEqual(analytics);
    expect(() => resolveOptions(analytics)).not.toThrow();
  });

  it("leaves out values the options would refuse and keeps the valid ones", () => {
    const read = readAnalyticsParams(
      new URLSearchParams("counting=half&rank-metric=betweenness&communities=infomap&resolution=-1&min-cluster=0"),
    );
    expect(read).toBeUndefined();
    const partly = readAnalyticsParams(new URLSearchParams("counting=fractional&resolution=abc&min-cluster=2.5"));
    expect(partly).toEqual({ ...DEFAULT_ANALYTICS, counting: "fractional" });
  });
});
