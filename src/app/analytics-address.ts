/**
 * The counting and community options (ViewState.analytics) in the page address, in words a person can
 * read and edit: `counting=fractional&rank-metric=weightedDegree&communities=leiden&resolution=1.5&
 * min-cluster=3`. Only values that differ from the pipeline's defaults are written; a value read back
 * that the options' validator would refuse is left out, so the panel's default holds instead.
 */

import { COUNTING_METHODS, type CountingMethod } from "../model";
import {
  COMMUNITY_ALGORITHMS,
  COMPARED_METRICS,
  DEFAULT_ANALYTICS,
  type AnalyticsOptions,
  type CommunityAlgorithm,
  type ComparedMetric,
} from "../options";

/** Analytics option → its name in the address. */
export const ANALYTICS_PARAMS = {
  counting: "counting",
  rankMetric: "rank-metric",
  communityAlgorithm: "communities",
  resolution: "resolution",
  minClusterSize: "min-cluster",
} as const satisfies Record<keyof AnalyticsOptions, string>;

/** Sets in `params` each analytics option that differs from the defaults. */
export function writeAnalyticsParams(params: URLSearchParams, analytics: AnalyticsOptions): void {
  for (const [field, name] of Object.entries(ANALYTICS_PARAMS) as [keyof AnalyticsOptions, string][]) {
    if (analytics[field] !== DEFAULT_ANALYTICS[field]) params.set(name, String(analytics[field]));
  }
}

/** The analytics options `params` sets, each checked (as validateOptions would); undefined when none is set. */
export function readAnalyticsParams(params: URLSearchParams): AnalyticsOptions | undefined {
  const read = (field: keyof AnalyticsOptions) => params.get(ANALYTICS_PARAMS[field]);
  const analytics: AnalyticsOptions = { ...DEFAULT_ANALYTICS };
  const counting = read("counting");
  if (COUNTING_METHODS.includes(counting as CountingMethod)) analytics.counting = counting as CountingMethod;
  const metric = read("rankMetric");
  if (COMPARED_METRICS.includes(metric as ComparedMetric)) analytics.rankMetric = metric as ComparedMetric;
  const algorithm = read("communityAlgorithm");
  if (COMMUNITY_ALGORITHMS.includes(algorithm as CommunityAlgorithm))
    analytics.communityAlgorithm = algorithm as CommunityAlgorithm;
  const resolution = read("resolution");
  if (resolution !== null && /^\d+(\.\d+)?$/.test(resolution) && Number(resolution) > 0)
    analytics.resolution = Number(resolution);
  const minimum = read("minClusterSize");
  if (minimum !== null && /^\d{1,6}$/.test(minimum) && Number(minimum) >= 1) analytics.minClusterSize = Number(minimum);
  const keys = Object.keys(analytics) as (keyof AnalyticsOptions)[];
  return keys.some((key) => analytics[key] !== DEFAULT_ANALYTICS[key]) ? analytics : undefined;
}

/** Whether `key` is one of the analytics options (a session's options are split by it). */
export function isAnalyticsOption(key: string): key is keyof AnalyticsOptions {
  return Object.hasOwn(ANALYTICS_PARAMS, key);
}
