/**
 * Entry of a step thread (see step-threads.ts): it receives one step's inputs, runs the core's function on
 * them and posts the result back, its arrays transferred. It holds no logic of its own, so the thread
 * computes exactly what the calling thread would. It imports the two steps' modules alone.
 */

import { parentPort } from "node:worker_threads";
import { projectLinks } from "../graphs/coauthor-links";
import { packTopics, papersOfTopicInputs } from "../topics/early-topics";
import { extractTopics } from "../topics/extract-topics";
import type { StepRequest } from "./step-threads";

const port = parentPort!;

port.once("message", (request: StepRequest) => {
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
