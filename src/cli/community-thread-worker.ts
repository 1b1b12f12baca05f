/**
 * Entry of the community worker thread (see community-thread.ts): it receives a CSR form and the
 * community options, makes the runs with the core's communityRuns and posts the partitions back, their
 * buffers transferred. It holds no logic of its own, so the thread computes exactly what the inline runner
 * does. It imports the community modules alone, not the metrics index.
 */

import { parentPort } from "node:worker_threads";
import { communityRuns } from "../metrics/community-stability";
import type { CommunityReply, CommunityRequest } from "./community-thread";

const port = parentPort!;

port.on("message", ({ order, offsets, targets, weights, options }: CommunityRequest) => {
  // The runs read node positions only (the Louvain view names them "0".."n−1"): no keys travel.
  const csr = { nodes: new Array<string>(order).fill(""), offsets, targets, weights };
  const runs = communityRuns(csr, options);
  port.postMessage(
    { runs } satisfies CommunityReply,
    runs.map((run) => run.buffer as ArrayBuffer),
  );
});
