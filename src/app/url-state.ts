/**
 * The user's choices (choices.ts) in the page address, so that a link reopens the same view of the same
 * data: the fragment holds each choice that differs from the page's default, in words a person can
 * read and edit — `#network=topics&size=pagerank&colour=firstYear&topic=topic%3Asae&from=2020&to=2024&
 * min-weight=2&min-degree=1&largest=1&hide-owner=1`. The address is read once when the page opens (a value
 * that cannot apply is ignored: the filter panel's own checks then apply to what the user types) and
 * rewritten in place (history.replaceState) after every change of a choice. The files are not in it:
 * they stay on the user's machine.
 */

import { DEFAULT_FILTERS, type FilterOptions } from "../options";
import { changedChoices, pickChoices, type Choices } from "./choices";
// excount: the counting and community options in the address.
import { readAnalyticsParams, writeAnalyticsParams } from "./analytics-address";
import type { NetworkName, Store, ViewState } from "./state";

const NETWORKS: readonly NetworkName[] = ["coauthors", "topics", "bipartite", "authorTopics"];

/** Filter → its name in the address. */
const FILTER_PARAMS = {
  yearFrom: "from",
  yearTo: "to",
  minLinkWeight: "min-weight",
  minDegree: "min-degree",
  largestComponentOnly: "largest",
  hideOwners: "hide-owner",
  hideGroups: "hide-groups",
} as const satisfies Record<keyof FilterOptions, string>;

/** The fragment (without `#`) of `choices`, against the page's defaults `defaults`. */
export function writeChoices(choices: Choices, defaults: Choices): string {
  const params = new URLSearchParams();
  if (choices.network !== defaults.network) params.set("network", choices.network);
  if (choices.sizeBy !== defaults.sizeBy) params.set("size", choices.sizeBy);
  if (choices.colorBy !== defaults.colorBy) params.set("colour", choices.colorBy);
  if (choices.topicFilter) params.set("topic", choices.topicFilter);
  for (const [field, name] of Object.entries(FILTER_PARAMS) as [keyof FilterOptions, string][]) {
    const value = choices.filters[field];
    if (value === DEFAULT_FILTERS[field] || value === undefined || value === false) continue;
    params.set(name, value === true ? "1" : String(value));
  }
  // excount
  writeAnalyticsParams(params, choices.analytics);
  return params.toString();
}

/** The choices a fragment sets, each value checked; what is missing or cannot apply is left out. */
export function readChoices(fragment: string): Partial<Choices> {
  const params = new URLSearchParams(fragment.replace(/^#/, ""));
  const choices: Partial<Choices> = {};
  const network = params.get("network");
  if (NETWORKS.includes(network as NetworkName)) choices.network = network as NetworkName;
  const size = params.get("size");
  if (size) choices.sizeBy = size;
  const colour = params.get("colour");
  if (colour) choices.colorBy = colour;
  const topic = params.get("topic");
  if (topic) choices.topicFilter = topic;
  const filters: FilterOptions = { ...DEFAULT_FILTERS };
  const whole = (name: string, min: number) => {
    const text = params.get(name);
    return text !== null && /^\d+$/.test(text) && Number(text) >= min ? Number(text) : undefined;
  };
  filters.yearFrom = whole(FILTER_PARAMS.yearFrom, 1000);
  filters.yearTo = whole(FILTER_PARAMS.yearTo, 1000);
  if (filters.yearFrom !== undefined && filters.yearTo !== undefined && filters.yearFrom > filters.yearTo)
    filters.yearFrom = filters.yearTo = undefined;
  // A decimal: under fractional counting a link's weight is a sum of 1/(n − 1).
  const minWeight = params.get(FILTER_PARAMS.minLinkWeight);
  filters.minLinkWeight =
    minWeight !== null && /^\d+(\.\d+)?$/.test(minWeight) && Number(minWeight) > 0
      ? Number(minWeight)
      : DEFAULT_FILTERS.minLinkWeight;
  filters.minDegree = whole(FILTER_PARAMS.minDegree, 0) ?? DEFAULT_FILTERS.minDegree;
  filters.largestComponentOnly = params.get(FILTER_PARAMS.largestComponentOnly) === "1";
  filters.hideOwners = params.get(FILTER_PARAMS.hideOwners) === "1";
  if ((Object.keys(filters) as (keyof FilterOptions)[]).some((key) => filters[key] !== DEFAULT_FILTERS[key]))
    choices.filters = filters;
  // excount
  const analytics = readAnalyticsParams(params);
  if (analytics) choices.analytics = analytics;
  return choices;
}

/**
 * Puts the address's choices into `store` (before the first analysis, so it runs with its filters) and
 * keeps the address up to date; returns the function that stops.
 */
export function syncChoicesWithAddress(store: Store): () => void {
  const defaults = pickChoices(store.get()) as Choices;
  store.set(readChoices(location.hash));
  return store.subscribe((state: ViewState, previous: ViewState) => {
    if (!changedChoices(state, previous).length) return;
    const fragment = writeChoices(state, defaults);
    history.replaceState(history.state, "", `${location.pathname}${location.search}${fragment ? `#${fragment}` : ""}`);
  });
}
