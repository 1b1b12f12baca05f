import { describe, expect, it } from "vitest";
import { DEFAULT_FILTERS, resolveOptions } from "../src/options";

describe("options", () => {
  it("the explorer's filter defaults are the analysis defaults: resetting the filters changes no option", () => {
    expect(resolveOptions({ ...DEFAULT_FILTERS })).toEqual(resolveOptions({}));
  });

  it("rejects a filter value with a message that names the option and the fix", () => {
    expect(() => resolveOptions({ minLinkWeight: -1 })).toThrow(/^papergraph\/options: minLinkWeight must be/);
    expect(() => resolveOptions({ yearFrom: 2020, yearTo: 2010 })).toThrow(/Swap them/);
  });
});
