import Graph from "graphology";
import type Sigma from "sigma";
import { describe, expect, it } from "vitest";
import type { NetworkGraph } from "../../src/model";
import { distanceToSegment, LINK_TOLERANCE_PX, linkNear } from "../../src/app/view/link-hit";

/** A stand-in for sigma: the viewport is the graph's own coordinates, links drawn as the map says. */
function fakeSigma(drawn: Record<string, { size: number; hidden: boolean }>): Sigma {
  return {
    graphToViewport: ({ x, y }: { x: number; y: number }) => ({ x, y }),
    getEdgeDisplayData: (edge: string) => drawn[edge],
  } as unknown as Sigma;
}

/** Three nodes: a at the origin, b 100 px right, c 100 px down; links a–b and a–c. */
function corner(): NetworkGraph {
  const graph = new Graph({ type: "undirected" }) as unknown as NetworkGraph;
  graph.addNode("a", { x: 0, y: 0 } as never);
  graph.addNode("b", { x: 100, y: 0 } as never);
  graph.addNode("c", { x: 0, y: 100 } as never);
  graph.addEdgeWithKey("ab", "a", "b", {});
  graph.addEdgeWithKey("ac", "a", "c", {});
  return graph;
}

describe("distanceToSegment", () => {
  it("measures to the segment's inside, and to its nearer end beyond it", () => {
    expect(distanceToSegment({ x: 50, y: 3 }, { x: 0, y: 0 }, { x: 100, y: 0 })).toBe(3);
    expect(distanceToSegment({ x: 103, y: 4 }, { x: 0, y: 0 }, { x: 100, y: 0 })).toBe(5);
    expect(distanceToSegment({ x: 3, y: 4 }, { x: 0, y: 0 }, { x: 0, y: 0 })).toBe(5);
  });
});

describe("linkNear", () => {
  const drawn = { ab: { size: 2, hidden: false }, ac: { size: 2, hidden: false } };

  it("takes a click beside a thin link, within its half width plus the tolerance", () => {
    expect(linkNear(fakeSigma(drawn), corner(), { x: 50, y: 1 + LINK_TOLERANCE_PX })).toBe("ab");
    expect(linkNear(fakeSigma(drawn), corner(), { x: 1 + LINK_TOLERANCE_PX, y: 60 })).toBe("ac");
  });

  it("leaves a click farther away to the stage", () => {
    expect(linkNear(fakeSigma(drawn), corner(), { x: 50, y: 2 + LINK_TOLERANCE_PX })).toBeUndefined();
    expect(linkNear(fakeSigma(drawn), corner(), { x: 50, y: 50 })).toBeUndefined();
  });

  it("picks the nearer of two links, and never a hidden one", () => {
    expect(linkNear(fakeSigma(drawn), corner(), { x: 3, y: 2 })).toBe("ab");
    const onlyAc = { ab: { size: 2, hidden: true }, ac: { size: 2, hidden: false } };
    expect(linkNear(fakeSigma(onlyAc), corner(), { x: 3, y: 2 })).toBe("ac");
  });
});
