/**
 * The user's choices: the part of the view state that undo and redo step through, the page address holds
 * and a session restores — the analysis filters, the verdicts of the identity review, the network shown,
 * what sizes and colours the nodes, and the topic filter (the verdicts name people: they stay out of the
 * address). Small values, never graphs: undoing a choice re-applies the older value through the
 * same store action a panel would take (and re-runs the analysis when a filter changed).
 */

import type { ViewState } from "./state";

export const CHOICE_KEYS = ["filters", "reviews", "network", "sizeBy", "colorBy", "topicFilter"] as const;
export type ChoiceKey = (typeof CHOICE_KEYS)[number];
export type Choices = Pick<ViewState, ChoiceKey>;

/** How a choice is named in the Undo and Redo buttons' titles. */
export const CHOICE_NAMES: Record<ChoiceKey, string> = {
  filters: "filters",
  reviews: "identity verdicts",
  network: "network shown",
  sizeBy: "size",
  colorBy: "colour",
  topicFilter: "topic filter",
};

/** The choices that are inputs of the analysis: undoing or redoing one re-runs it. */
export const ANALYSIS_CHOICES: readonly ChoiceKey[] = ["filters", "reviews"];

/** The choices of `state` among `keys` (all of them by default). */
export function pickChoices(state: ViewState, keys: readonly ChoiceKey[] = CHOICE_KEYS): Partial<Choices> {
  return Object.fromEntries(keys.map((key) => [key, state[key]]));
}

/** The choices that differ between two states. */
export function changedChoices(state: ViewState, previous: ViewState): ChoiceKey[] {
  return CHOICE_KEYS.filter((key) => state[key] !== previous[key]);
}
