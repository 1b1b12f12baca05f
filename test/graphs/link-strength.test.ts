import { describe, expect, it } from "vitest";
import { associationStrengths } from "../../src/graphs";
import { expectClose } from "../asserts";

describe("associationStrengths", () => {
  it("divides each link's weight by the product of its ends' totals, scaled by W as networkanalysis does", () => {
    // Path a–b (2 joint papers), b–c (1), c–d (1): totals a 2, b 3, c 2, d 1, W = 8.
    // s_ab = 2·8/(2·3) = 8/3, s_bc = 1·8/(3·2) = 4/3, s_cd = 1·8/(2·1) = 4 (by hand).
    const strengths = associationStrengths(4, [0, 1, 2], [1, 2, 3], [2, 1, 1]);
    expect(strengths).toHaveLength(3);
    expectClose(strengths[0]!, 8 / 3);
    expectClose(strengths[1]!, 4 / 3);
    expectClose(strengths[2]!, 4);
  });

  it("scores each link of a unit-weight 4-cycle 2: one joint paper where the totals lead one to expect 1/2", () => {
    // Totals all 2, W = 8: expected joint papers c_i·c_j/W = 1/2, observed 1, so s = 1·8/(2·2) = 2.
    const strengths = associationStrengths(4, [0, 0, 1, 1], [2, 3, 2, 3], [1, 1, 1, 1]);
    expect(Array.from(strengths)).toEqual([2, 2, 2, 2]);
  });
});
