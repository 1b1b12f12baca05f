/**
 * Communities named by what they work on: each coauthor community gets its most distinctive topics, ranked
 * by the log-likelihood ratio of their paper counts in the community against the rest of the corpus, as
 * CiteSpace labels clusters (log-likelihood.ts), and the label `communityLabel` on its authors.
 *
 * Each paper belongs to one community: the one most of its authors in the network are members of (ties to
 * the larger community, the lower id), so a lab head who is on every paper does not make their community
 * hold the whole corpus. A community's papers are those it holds, read from the bipartite graph (the year
 * range's papers); the rest of the corpus is every other paper with an author in the network. For each topic, k1 = the
 * community's papers on it and k2 = the other papers on it; a topic is distinctive when it is more frequent
 * inside (k1/n1 > k2/n2) and on at least two of the community's papers (one when the community has one
 * paper). Topics are ranked by G², then k1, then key; the label is the labels of the first two, joined by
 * " · ". A community that holds every paper (one community, or an ego network's owner's) has no rest to
 * contrast with: every G² is 0 and its topics come by paper count. A community with no distinctive topic (imported authors without papers, or one whose topics are
 * everyone's) has the label "".
 *
 * Cost: O(authorships + paper–topic links) per community member's papers, each paper counted once per
 * community it touches.
 */

import { bipartiteTables, type BipartiteSource, type BipartiteTables } from "../graphs";
import type { CoauthorGraph } from "../model";
import { logLikelihoodRatio } from "./log-likelihood";

/** One distinctive topic of a community. */
export interface DistinctiveTopic {
  key: string;
  label: string;
  /** The community's papers on the topic (k1). */
  papers: number;
  /** The corpus's papers on the topic (k1 + k2). */
  corpusPapers: number;
  /** Dunning's G² of the topic in the community against the rest. */
  llr: number;
}

/** A coauthor community as the report, the JSON and the explorer show it. */
export interface CommunityProfile {
  /** The community id of its members' `community` attribute (0 = largest). */
  id: number;
  /** Members (authors). */
  size: number;
  /** Papers most of whose authors in the network are members. */
  papers: number;
  /** Share of member pairs further seeds keep together (NaN for one member or when not measured). */
  stability: number;
  /** Its two most distinctive topics' labels, joined by " · "; "" when it has none. */
  label: string;
  /** Its most distinctive topics, at most TOPICS_PER_COMMUNITY, the strongest first. */
  topics: DistinctiveTopic[];
}

/** Distinctive topics kept per community. */
export const TOPICS_PER_COMMUNITY = 5;
/** Topics whose labels make the community's label. */
export const TOPICS_IN_LABEL = 2;

/**
 * Each community's papers and topic counts (k1 by topic number, n1), every held paper's topics counted
 * (k1 + k2, by topic number) and papers held.
 */
interface HeldPapers {
  counted: Map<number, { papers: number; topics: Map<number, number> }>;
  papersOn: Int32Array;
  held: number;
}

/** Each incidence author's community in `coauthors` (-1 when it is no member), read in one pass over the nodes. */
function communitiesOf(coauthors: CoauthorGraph, authorNodes: readonly string[]): Int32Array {
  const communityOf = new Int32Array(authorNodes.length).fill(-1);
  let index: Map<string, number> | undefined;
  let i = 0;
  coauthors.forEachNode((author, attributes) => {
    // The coauthor network lists the authors in incidence order unless it was filtered or joined.
    let at: number | undefined = i++;
    if (authorNodes[at] !== author) at = (index ??= new Map(authorNodes.map((node, a) => [node, a]))).get(author);
    if (at === undefined || attributes.community === undefined || attributes.community < 0) return;
    communityOf[at] = attributes.community;
  });
  return communityOf;
}

/**
 * Gives each paper with an author in `coauthors` to its authors' most frequent community (see the header)
 * and counts its topics there, from the incidence and the papers' topics as typed arrays (the bipartite
 * tables): each paper's distinct authors vote by an array of counts by community id. Walking each paper's
 * links in the bipartite graph (forEachEdge) made the step 0.76-0.80 s of CPU on 100,000 generated works
 * beside the layout thread, most of it graphology's iteration.
 */
function holdPapers(coauthors: CoauthorGraph, bipartite: BipartiteTables): HeldPapers {
  const { incidence, paperTopics } = bipartite;
  const { start, topics } = paperTopics;
  const communityOf = communitiesOf(coauthors, incidence.authorNodes);
  let communities = 0;
  for (const community of communityOf) communities = Math.max(communities, community + 1);
  const counts = new Int32Array(communities);
  // The paper an author last voted on: an author listed twice on a paper has one link to it, so one vote.
  const votedOn = new Int32Array(incidence.authorCount).fill(-1);
  const met: number[] = [];
  const counted = new Map<number, { papers: number; topics: Map<number, number> }>();
  const papersOn = new Int32Array(paperTopics.labels.length);
  const { paperStart, authors } = incidence;
  let held = 0;
  for (let p = 0; p + 1 < paperStart.length; p++) {
    met.length = 0;
    for (let i = paperStart[p]!, stop = paperStart[p + 1]!; i < stop; i++) {
      const author = authors[i]!;
      const community = communityOf[author]!;
      if (community < 0 || votedOn[author] === p) continue;
      votedOn[author] = p;
      if (counts[community]!++ === 0) met.push(community);
    }
    let best = -1;
    let bestCount = 0;
    for (const community of met) {
      const count = counts[community]!;
      counts[community] = 0;
      if (count > bestCount || (count === bestCount && community < best)) [best, bestCount] = [community, count];
    }
    if (best < 0) continue;
    held++;
    let entry = counted.get(best);
    if (entry === undefined) counted.set(best, (entry = { papers: 0, topics: new Map<number, number>() }));
    entry.papers++;
    for (let j = start[p]!, stop = start[p + 1]!; j < stop; j++) {
      const topic = topics[j]!;
      entry.topics.set(topic, (entry.topics.get(topic) ?? 0) + 1);
      papersOn[topic]!++;
    }
  }
  return { counted, papersOn, held };
}

/**
 * The profile of every community of `coauthors` (its `community` and metrics already computed), ordered by
 * id; `stability` gives each id's stability (NaN where unknown). `bipartite` is the bipartite graph or its
 * tables (bipartite-tables.ts, as the build wrote them: nothing is read back from a graph).
 */
export function profileCommunities(
  coauthors: CoauthorGraph,
  bipartite: BipartiteSource,
  stability: readonly number[],
): CommunityProfile[] {
  const tables = bipartiteTables(bipartite);
  const { topicNodes, topics: topicAttributes } = tables.nodes;
  const { counted, papersOn, held } = holdPapers(coauthors, tables);
  const sizes = new Map<number, number>();
  coauthors.forEachNode((_node, attributes) => {
    const community = attributes.community ?? -1;
    sizes.set(community, (sizes.get(community) ?? 0) + 1);
  });
  return [...sizes.keys()]
    .filter((id) => id >= 0)
    .sort((a, b) => a - b)
    .map((id) => {
      const counts = counted.get(id)?.topics ?? new Map<number, number>();
      const n1 = counted.get(id)?.papers ?? 0;
      const n2 = held - n1;
      const least = Math.min(2, n1);
      const topics: DistinctiveTopic[] = [];
      for (const [topic, k1] of counts) {
        const total = papersOn[topic]!;
        if (k1 < least || (n2 > 0 && k1 / n1 <= (total - k1) / n2)) continue;
        const key = topicNodes[topic]!;
        const { label } = topicAttributes[topic]!;
        topics.push({ key, label, papers: k1, corpusPapers: total, llr: logLikelihoodRatio(k1, n1, total - k1, n2) });
      }
      topics.sort((a, b) => b.llr - a.llr || b.papers - a.papers || (a.key < b.key ? -1 : 1));
      const kept = topics.slice(0, TOPICS_PER_COMMUNITY);
      const label = kept
        .slice(0, TOPICS_IN_LABEL)
        .map((topic) => topic.label)
        .join(" · ");
      return { id, size: sizes.get(id)!, papers: n1, stability: stability[id] ?? Number.NaN, label, topics: kept };
    });
}

/** Writes `communityLabel` (its community's label, "" when none) on every author of `coauthors`. */
export function assignCommunityLabels(coauthors: CoauthorGraph, profiles: readonly CommunityProfile[]): void {
  const labels = new Map(profiles.map((profile) => [profile.id, profile.label]));
  coauthors.updateEachNodeAttributes(
    (_node, attributes) => {
      attributes.communityLabel = labels.get(attributes.community ?? -1) ?? "";
      return attributes;
    },
    { attributes: ["communityLabel"] },
  );
}
