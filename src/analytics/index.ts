/**
 * The analytics stage: what the analysis finds beyond each node's metrics — communities named by their
 * distinctive topics, bursts of activity, author indicators. It reads the corpus, the bipartite graph's tables and
 * the measured coauthor network, and writes only node attributes of its own.
 */
export { assignCommunityLabels, profileCommunities, TOPICS_IN_LABEL, TOPICS_PER_COMMUNITY } from "./community-labels";
export type { CommunityProfile, DistinctiveTopic } from "./community-labels";
export { logLikelihoodRatio } from "./log-likelihood";
export { assignBursts, BURSTS_LISTED, findBursts, MIN_STREAM_PAPERS } from "./bursts";
export type { Burst, BurstReport } from "./bursts";
export { DEFAULT_BURST_PARAMETERS, detectBursts } from "./kleinberg";
export type { BurstParameters, BurstRun } from "./kleinberg";
export { assignAuthorIndicators, computeAuthorIndicators, hIndex, INDICATOR_ATTRIBUTES } from "./author-indicators";
export type { AuthorIndicators } from "./author-indicators";
export { authorTimeline } from "./author-timeline";
export type { AuthorTimeline, TimelineYear } from "./author-timeline";
