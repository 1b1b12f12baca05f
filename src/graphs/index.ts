export { buildBipartite, paperAuthors, paperTopicNodes } from "./bipartite";
export { filterCoauthors, isFilterActive } from "./filter";
export type { CoauthorFilter } from "./filter";
export { authorNode, paperNode, topicNode } from "./keys";
export { projectCoauthors, projectTopics } from "./project";
export type { Projection, ProjectionOptions } from "./project";
export { addImportedNetworks } from "./imported";
export { selectYears } from "./select-years";
export type { YearRange } from "./select-years";
