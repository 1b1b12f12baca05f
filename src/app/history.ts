/**
 * Undo and redo of the user's choices (choices.ts), built on the store's actions: every change of a
 * choice a user makes is recorded as the values before and after it; undo sets the values before, redo
 * the values after, through the store like any panel, and re-runs the analysis when the filters or the
 * identity verdicts changed.
 * A change that comes with a new analysis, a run's progress or a new list of files is the pipeline's
 * doing, not the user's (a topic filter dropped because the topic is gone), and is not recorded.
 * A user action that is not a choice — a layout run, which moves every node — is recorded by the code
 * that performs it, with its own way back and forth (`record`). A run of changes that the user started
 * as one — Play stepping through the years — is one step (`group`): undo goes back to before it.
 * Ctrl+Z (⌘Z) undoes and Ctrl+Shift+Z or Ctrl+Y redoes, except in a text field, which keeps its own undo.
 */

import { ANALYSIS_CHOICES, changedChoices, CHOICE_NAMES, pickChoices, type ChoiceKey, type Choices } from "./choices";
import type { Store } from "./state";

/** A user action that is not a choice: named for the buttons' titles ("layout run"), undone and redone by itself. */
export interface Action {
  name: string;
  undo(): void;
  redo(): void;
}

type Step = { keys: ChoiceKey[]; before: Partial<Choices>; after: Partial<Choices> } | { action: Action };

/** Steps kept at most; the oldest are forgotten first. */
const MAX_STEPS = 200;

export interface History {
  undo(): void;
  redo(): void;
  /** Records `action`, done just now by the user (what was undone can no longer be redone). */
  record(action: Action): void;
  /**
   * Records the choices changed from now until the returned function is called as one step: its values
   * before are those before the first change, its values after those after the last.
   */
  group(): () => void;
  /**
   * What undo and redo would take back or do again, in words ("the change of the filters", "the layout
   * run"), or undefined when there is nothing to undo or redo.
   */
  next(): { undo?: string; redo?: string };
  /** Calls `listener` when what undo or redo would do changes; returns the unsubscribe function. */
  subscribe(listener: () => void): () => void;
  dispose(): void;
}

/** Records the user's choices in `store`; `run` re-runs the analysis (after an undone filter change). */
export function createHistory(store: Store, run: () => void): History {
  const undone: Step[] = [];
  const redone: Step[] = [];
  const listeners = new Set<() => void>();
  let isReplaying = false;
  /** While a group is open: its step once its first change is recorded (null before). */
  let grouped: Extract<Step, { keys: ChoiceKey[] }> | null | undefined;
  const notify = () => listeners.forEach((listener) => listener());

  const stop = store.subscribe((state, previous) => {
    if (isReplaying) return;
    if (state.dataset !== previous.dataset || state.status !== previous.status || state.files !== previous.files)
      return;
    const keys = changedChoices(state, previous);
    if (!keys.length) return;
    const step = { keys, before: pickChoices(previous, keys), after: pickChoices(state, keys) };
    // An open group's step takes the change while it is the last step (an undo meanwhile ends that).
    if (grouped && undone.at(-1) === grouped) {
      grouped.keys = [...new Set([...grouped.keys, ...keys])];
      grouped.before = { ...step.before, ...grouped.before };
      grouped.after = { ...grouped.after, ...step.after };
      return;
    }
    push(step);
    if (grouped === null) grouped = step;
  });
  function push(step: Step) {
    undone.push(step);
    if (undone.length > MAX_STEPS) undone.shift();
    redone.length = 0;
    notify();
  }

  const replay = (from: Step[], to: Step[], side: "before" | "after") => {
    const step = from.pop();
    if (!step) return;
    if ("action" in step) {
      step.action[side === "before" ? "undo" : "redo"]();
      to.push(step);
      return notify();
    }
    isReplaying = true;
    try {
      store.set({ ...step[side], hovered: undefined });
    } finally {
      isReplaying = false;
    }
    to.push(step);
    if (step.keys.some((key) => ANALYSIS_CHOICES.includes(key))) run();
    notify();
  };
  const describe = (step: Step | undefined) =>
    step &&
    ("action" in step
      ? `the ${step.action.name}`
      : `the change of the ${step.keys.map((key) => CHOICE_NAMES[key]).join(" and ")}`);

  const onKey = (event: KeyboardEvent) => {
    if (!(event.ctrlKey || event.metaKey) || event.altKey) return;
    const target = event.target as HTMLElement | null;
    if (target?.closest("input, textarea, select, [contenteditable]")) return;
    const key = event.key.toLowerCase();
    if (key === "z" && !event.shiftKey) history.undo();
    else if ((key === "z" && event.shiftKey) || key === "y") history.redo();
    else return;
    event.preventDefault();
  };
  document.addEventListener("keydown", onKey);

  const history: History = {
    undo: () => replay(undone, redone, "before"),
    redo: () => replay(redone, undone, "after"),
    record: (action) => push({ action }),
    group() {
      grouped = null;
      return () => (grouped = undefined);
    },
    next: () => ({ undo: describe(undone.at(-1)), redo: describe(redone.at(-1)) }),
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    dispose() {
      stop();
      document.removeEventListener("keydown", onKey);
    },
  };
  return history;
}
