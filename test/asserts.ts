/** Numeric assertions shared by the tests: metric values are compared to a tolerance, never exactly. */

import { expect } from "vitest";
import { NODE_METRICS } from "../src/metrics";
import type { NodeMetrics } from "../src/model";

/** Every node attribute computeMetrics writes. */
export const METRIC_NAMES: readonly (keyof NodeMetrics)[] = [
  ...NODE_METRICS.map((metric) => metric.key),
  "community",
  "component",
];

/** The metrics computeMetrics wrote on a node, typed as present; the test fails on one that is missing. */
export function metricsOf(attributes: Partial<NodeMetrics>): NodeMetrics {
  for (const name of METRIC_NAMES) expect(attributes[name], `missing ${name}`).toBeTypeOf("number");
  return attributes as NodeMetrics;
}

/** Asserts |actual − expected| ≤ delta, with both numbers in the failure message. */
export function expectClose(actual: number, expected: number, delta = 1e-6, what = "value"): void {
  if (!(Math.abs(actual - expected) <= delta)) {
    expect.fail(`${what}: expected ${expected} ± ${delta}, got ${actual}`);
  }
}

/** Asserts every key of `expected` is in `actual` and close to it. */
export function expectAllClose(actual: Record<string, number>, expected: Record<string, number>, delta = 1e-6): void {
  for (const [key, value] of Object.entries(expected)) {
    expect(actual, `missing ${key}`).toHaveProperty([key]);
    expectClose(actual[key]!, value, delta, key);
  }
}
