/** The topics stage: a paper's categories and the key phrases mined from its title and abstract. */
export { categoryKey, categoryName, isKnownCategory } from "./categories";
export { categoryTopics, extractTopics, SHARED_PHRASE_MIN_PAPERS } from "./extract-topics";
export type { Topic, TopicOptions } from "./extract-topics";
export { inverseDocumentFrequency } from "./tf-idf";
