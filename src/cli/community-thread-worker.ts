/**
 * Entry of the community worker thread (see community-thread.ts): it receives a CSR form and the
 * community options, makes the runs with the core's communityRuns and posts the partitions back, copied
 * into shared memory. Transferred, their buffers (eleven of 356 KB on the 100,000-work network) counted in
 * the calling thread toward the external memory whose growth by 64 MB since V8's last full collection starts
 * a marking of its whole heap (see SweepTotals in src/metrics/sweep.ts); shared ones count nowhere. It holds
 * no logic of its own, so the thread computes exactly what the inline runner does. It imports the community
 * modules alone, not the metrics index.
 */

import { parentPort } from "node:worker_threads";
import { communityRuns } from "../metrics/community-stability";
import { shareable } from "../metrics/shared-memory";
import type { CommunityReply, CommunityRequest } from "./community-thread";

const port = parentPort!;

port.on("message", ({ order, offsets, targets, weights, options }: CommunityRequest) => {
  // The runs read node positions only (the Louvain view names them "0".."n−1"): no keys travel.
  const csr = { nodes: new Array<string>(order).fill(""), offsets, targets, weights };
  const runs = communityRuns(csr, options).map(shareable);
  port.postMessage({ runs } satisfies CommunityReply);
});
