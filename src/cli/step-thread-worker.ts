/**
 * Entry of a step thread (see step-threads.ts): it receives one step's inputs, runs the core's function on
 * them and posts the result back, its arrays transferred. It holds no logic of its own, so the thread
 * computes exactly what the calling thread would. It imports the three steps' modules alone. The sweep ahead
 * gets its options first (the thread loads meanwhile), then the links, and checks its stop flag between chunks.
 */

import { parentPort } from "node:worker_threads";
import { projectLinks } from "../graphs/coauthor-links";
import { sweepRoundsAhead } from "../metrics/sweep-ahead";
import { packTopics, papersOfTopicInputs } from "../topics/early-topics";
import { extractTopics } from "../topics/extract-topics";
import type { AheadLinksMessage, StepRequest } from "./step-threads";

const port = parentPort!;

port.once("message", (request: StepRequest) => {
  if ("ahead" in request) {
    const { options, stop } = request.ahead;
    port.once("message", ({ aheadLinks }: AheadLinksMessage) => {
      const rounds = sweepRoundsAhead(aheadLinks, options, () => Atomics.load(stop, 0) === 1);
      const buffers = rounds.flatMap(({ sources, progress: { sums } }) => [
        sources.buffer,
        sums.betweenness.buffer,
        sums.harmonic.buffer,
        sums.distance.buffer,
        sums.eccentricity.buffer,
      ]);
      port.postMessage(rounds, buffers as ArrayBuffer[]);
    });
    return;
  }
  if ("topics" in request) {
    const inputs = request.topics;
    const packed = packTopics(inputs.ids, extractTopics(papersOfTopicInputs(inputs), inputs));
    const { starts, keys, labels, phrases, scores } = packed;
    port.postMessage(packed, [
      starts.buffer,
      keys.buffer,
      labels.buffer,
      phrases.buffer,
      scores.buffer,
    ] as ArrayBuffer[]);
    return;
  }
  const { incidence, maxAuthorsPerPaper } = request.links;
  const links = projectLinks(incidence, maxAuthorsPerPaper);
  const { source, target, weight, fractional, association, firstYear, lastYear, paperStart, papers } = links;
  const arrays = [source, target, weight, fractional, association, firstYear, lastYear, paperStart, papers];
  port.postMessage(links, arrays.map((array) => array.buffer) as ArrayBuffer[]);
});
