/**
 * Entry of the topics worker thread (see topics-thread.ts): it receives the papers' topic fields, extracts
 * their topics with the core's extractTopics and posts them back packed, their arrays transferred. It holds
 * no logic of its own, so the thread computes exactly what the calling thread would.
 */

import { parentPort } from "node:worker_threads";
import { packTopics, papersOfTopicInputs, type TopicInputs } from "../topics/early-topics";
import { extractTopics } from "../topics/extract-topics";

const port = parentPort!;

port.once("message", (inputs: TopicInputs) => {
  const topics = extractTopics(papersOfTopicInputs(inputs), inputs);
  const packed = packTopics(inputs.ids, topics);
  const { starts, keys, labels, phrases, scores } = packed;
  port.postMessage(packed, [starts.buffer, keys.buffer, labels.buffer, phrases.buffer, scores.buffer] as ArrayBuffer[]);
});
