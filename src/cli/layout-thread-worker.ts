/**
 * Entry of the layout thread (see layout-thread.ts): it receives a layout input, runs the core's
 * layoutPositions on it and posts the positions back, their buffers transferred. It holds no logic of its
 * own, so the thread computes exactly what the calling thread would.
 */

import { parentPort } from "node:worker_threads";
import { inputLinks, layoutPositions, type LayoutInput } from "../layout/layout-graph";
import type { LayoutReply } from "./layout-thread";

const port = parentPort!;

port.once("message", (input: LayoutInput) => {
  let reply: LayoutReply;
  try {
    reply = { result: layoutPositions(input.n, inputLinks(input), input.communities, input.options) };
  } catch (error) {
    reply = { error: error instanceof Error ? error.message : String(error) };
  }
  const buffers = "result" in reply ? [reply.result.x.buffer, reply.result.y.buffer] : [];
  port.postMessage(reply, buffers as ArrayBuffer[]);
});
