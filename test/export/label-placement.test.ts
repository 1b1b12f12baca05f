/**
 * The label rule shared by the explorer and the picture exports, and the pieces around it: label widths
 * estimated without a canvas, and the fitted viewport that keeps every disc and label inside.
 */

import { describe, expect, it } from "vitest";
import { estimateTextWidth, fitViewport, placeLabels, project, type LabelCandidate } from "../../src/export";
import { createRng } from "../../src/model/random";
import { hostileGraph } from "./networks";

const measure = (label: string) => label.length * 7;
const options = { width: 800, height: 600, fontSize: 12, measure, discsBlockAll: true };

/** n random discs with random labels, seeded. */
function randomDiscs(n: number, seed: number): LabelCandidate[] {
  const random = createRng(seed);
  return Array.from({ length: n }, (_, i) => ({
    key: `n${i}`,
    label: `Label ${"x".repeat(Math.floor(random() * 12))}`,
    x: random() * 800,
    y: random() * 600,
    radius: 2 + random() * 10,
  }));
}

const overlap = (a: { left: number; top: number; width: number; height: number }, b: typeof a) =>
  a.left < b.left + b.width && b.left < a.left + a.width && a.top < b.top + b.height && b.top < a.top + a.height;

describe("placeLabels", () => {
  it("places no two labels over each other, nor over a disc, nor past the viewport's edge", () => {
    const discs = randomDiscs(300, 7);
    const placed = placeLabels(discs, options);
    expect(placed.length).toBeGreaterThan(20);
    for (const [i, a] of placed.entries()) {
      for (const b of placed.slice(i + 1)) expect(overlap(a, b), `${a.key} / ${b.key}`).toBe(false);
      expect(a.left).toBeGreaterThanOrEqual(0);
      expect(a.left + a.width).toBeLessThanOrEqual(800);
      for (const d of discs)
        if (d.key !== a.key)
          expect(
            overlap(a, { left: d.x - d.radius, top: d.y - d.radius, width: 2 * d.radius, height: 2 * d.radius }),
          ).toBe(false);
    }
  });

  it("goes by disc size, largest first, so a large node keeps its label where a small one collides", () => {
    const discs: LabelCandidate[] = [
      { key: "small", label: "Small", x: 100, y: 100, radius: 3 },
      { key: "large", label: "Large", x: 100, y: 112, radius: 8 },
    ];
    expect(placeLabels(discs, { ...options, discsBlockAll: false }).map((label) => label.key)[0]).toBe("large");
  });

  it("places the highlighted node first and forced ones next, and gives the highlighted one a label even in a crowd", () => {
    // A crowd on the left half; the forced node alone on the right, where its label fits.
    const crowd = randomDiscs(400, 3).map((disc) => ({ ...disc, x: disc.x / 3 }));
    const tiny = { key: "tiny", label: "Highlighted", x: crowd[0]!.x, y: crowd[0]!.y, radius: 1, highlighted: true };
    const forced = { key: "forced", label: "Forced", x: 600, y: 300, radius: 1, forceLabel: true };
    const placed = placeLabels([...crowd, forced, tiny], options);
    expect(placed.slice(0, 2).map((label) => label.key)).toEqual(["tiny", "forced"]);
  });

  it("tries right, then left, then above and below the disc", () => {
    const at = (x: number, y: number) => placeLabels([{ key: "a", label: "Name", x, y, radius: 5 }], options)[0]!;
    expect(at(100, 100).left).toBe(108);
    expect(at(795, 100).left).toBe(795 - 5 - 3 - 28);
    const narrow = { ...options, width: 30 };
    const placed = placeLabels([{ key: "a", label: "Name", x: 15, y: 100, radius: 5 }], narrow)[0]!;
    expect([placed.left, placed.top]).toEqual([1, 100 - 5 - 3 - 12]);
  });

  it("stops at discs below minRadius and after maxLabels labels", () => {
    const discs = randomDiscs(200, 11);
    const large = placeLabels(discs, { ...options, minRadius: 8 });
    expect(large.every((label) => discs.find((d) => d.key === label.key)!.radius >= 8)).toBe(true);
    expect(placeLabels(discs, { ...options, maxLabels: 5 })).toHaveLength(5);
  });

  it("gives the same labels for the same discs, whatever their order", () => {
    const discs = randomDiscs(150, 5);
    expect(placeLabels([...discs].reverse(), options)).toEqual(placeLabels(discs, options));
  });
});

describe("estimateTextWidth", () => {
  it("sums Helvetica's widths of ASCII and counts CJK and emoji a full em, combining marks nothing", () => {
    expect(estimateTextWidth("Ada", 10)).toBeCloseTo(((667 + 556 + 556) / 1000) * 10 * 1.2, 9);
    expect(estimateTextWidth("田中", 10)).toBeCloseTo(2 * 10 * 1.2, 9);
    expect(estimateTextWidth("😀", 10)).toBeCloseTo(10 * 1.2, 9);
    expect(estimateTextWidth("e\u0301", 10)).toBe(estimateTextWidth("e", 10));
    expect(estimateTextWidth("~", 10)).toBeCloseTo(5.84 * 1.2, 9);
  });
});

describe("fitViewport", () => {
  it("keeps every disc and, on a small network, every label inside the margins, and centres the picture", () => {
    const graph = hostileGraph();
    const viewport = fitViewport(graph, { width: 600, height: 400, margin: 10 });
    let [left, right, top, bottom] = [Infinity, -Infinity, Infinity, -Infinity];
    graph.forEachNode((_node, attributes) => {
      const [x, y] = project(viewport, attributes.x as number, attributes.y as number);
      const radius = attributes.size as number;
      const label = Math.min(estimateTextWidth(String(attributes.label), 12), 150) + (attributes.label ? 3 : 0);
      [left, right] = [Math.min(left, x - radius), Math.max(right, x + radius + label)];
      [top, bottom] = [Math.min(top, y - radius), Math.max(bottom, y + radius)];
    });
    expect(left).toBeGreaterThanOrEqual(9.99);
    expect(right).toBeLessThanOrEqual(590.01);
    expect(top).toBeGreaterThanOrEqual(9.99);
    expect(bottom).toBeLessThanOrEqual(390.01);
    // The tighter axis is filled: x here, whose span with labels is the wider one.
    expect(right - left).toBeGreaterThan(579);
    expect(Math.abs(left - 10 - (590 - right))).toBeLessThan(0.01);
  });

  it("turns graph y upwards into screen y downwards", () => {
    const viewport = fitViewport(hostileGraph(), { width: 600, height: 400 });
    expect(viewport.matrix[3]).toBeLessThan(0);
    expect(viewport.matrix[3]).toBe(-viewport.matrix[0]);
  });
});
