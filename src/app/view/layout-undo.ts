/**
 * A layout run as a step of undo and redo: "Run layout" moves every node of the network on the canvas, so
 * the positions before it are kept; undo puts them back (stopping the layout if it still runs) after
 * keeping the positions it had reached, which redo puts back. Positions go by node key to whichever
 * picture of that network is on the canvas then (switching networks and back draws a new one); when
 * another network is shown, the step changes nothing.
 */

import type { NetworkGraph } from "../../model";
import type { History } from "../history";
import type { NetworkName } from "../state";
import type { Renderer } from "./renderer";

type Positions = Map<string, readonly [number, number]>;

function positionsOf(graph: NetworkGraph): Positions {
  const positions: Positions = new Map();
  graph.forEachNode((node, { x = 0, y = 0 }) => positions.set(node, [x, y]));
  return positions;
}

/** Records in `history` the layout run about to start on the canvas's network. */
export function recordLayoutRun(history: History, renderer: Renderer): void {
  const scene = renderer.scene();
  if (!scene) return;
  const network: NetworkName = scene.network;
  const before = positionsOf(scene.graph);
  let after: Positions | undefined;
  const shown = () => {
    const current = renderer.scene();
    return current?.network === network ? current : undefined;
  };
  history.record({
    name: "layout run",
    undo() {
      const current = shown();
      if (!current) return;
      current.layout.halt();
      after = positionsOf(current.graph);
      current.layout.place(before);
    },
    redo() {
      if (after) shown()?.layout.place(after);
    },
  });
}
