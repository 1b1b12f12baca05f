/** The topics stage: a paper's categories and the key phrases mined from its title and abstract. */
export { categoryKey, categoryName, isKnownCategory } from "./categories";
export { categoryTopics, extractTopics, SHARED_PHRASE_MIN_PAPERS } from "./extract-topics";
export type { Topic, TopicOptions, TopicPaper } from "./extract-topics";
export { startEarlyTopics } from "./early-topics";
export type { EarlyTopics, PackedTopics, TopicInputs, TopicsRunner } from "./early-topics";
export { inverseDocumentFrequency } from "./tf-idf";
