/**
 * Clusters of occurrences — the people being formed — as a union–find (path halving, union by size: near
 * O(1) per operation) that refuses what the hard constraints forbid: two different ids of one scheme, two
 * thesaurus persons, or one paper naming both (two authors of one paper are two people). Each cluster
 * keeps its members, its ids, its pin and its lowest and highest paper; the profile the evidence reads
 * (papers, name forms, coauthors, affiliation words, venues, subjects, years, files) is built on first use
 * and merged on union, so its cost is paid only for clusters that are compared, and merging moves the
 * smaller profile into the larger.
 */

import type { AuthorId, IdKind } from "../occurrences/author-ids";
import { idName } from "../occurrences/author-ids";
import type { OccurrenceTable } from "../occurrences/build-occurrences";

export interface ClusterProfile {
  papers: Set<number>;
  /** Form → occurrences of it. */
  forms: Map<number, number>;
  /** Interned coarse keys of coauthors → papers shared with them. */
  coauthors: Map<number, number>;
  affiliation: Map<number, number>;
  venues: Map<number, number>;
  subjects: Map<number, number>;
  /** Categories only (a subset of subjects): the fields the cluster publishes in. */
  fields: Map<number, number>;
  firstYear?: number;
  lastYear?: number;
  files: Set<string>;
}

const add = (map: Map<number, number>, key: number, n = 1): void => void map.set(key, (map.get(key) ?? 0) + n);

/** 0, 1, … n − 1 (filled by a loop: Int32Array.from with a function goes through the iterator protocol). */
function identity(n: number): Int32Array {
  const array = new Int32Array(n);
  for (let i = 0; i < n; i++) array[i] = i;
  return array;
}

/** Clusters of at most this many occurrences are checked for a shared paper pair by pair, without a Set. */
const SMALL_CLUSTER = 8;

/** The value of an id scheme in a cluster's ids (at most one per scheme, five schemes). */
function valueOf(ids: readonly AuthorId[], kind: IdKind): string | undefined {
  // An indexed loop, not find with a function: every forced join asks it per id of its cluster.
  for (let i = 0; i < ids.length; i++) if (ids[i]![0] === kind) return ids[i]![1];
  return undefined;
}

/** The ids of a union: `a`'s, then the schemes only `b` has, in `b`'s order; a new list only when `b` adds one. */
function mergeIds(
  a: readonly AuthorId[] | undefined,
  b: readonly AuthorId[] | undefined,
): readonly AuthorId[] | undefined {
  if (!a || !b) return a ?? b;
  // One shared list (the usual case: one id, read into one list for all its references) adds nothing.
  if (a === b) return a;
  let merged: AuthorId[] | undefined;
  for (const id of b) if (valueOf(a, id[0]) === undefined) (merged ??= [...a]).push(id);
  return merged ?? a;
}

/** The maps of a profile that stay empty for most clusters (no affiliation, venue or subject) share this one until written. */
const EMPTY: ReadonlyMap<number, number> = new Map();
type CountKey = "forms" | "coauthors" | "affiliation" | "venues" | "subjects" | "fields";

/** Adds to a profile's count map, replacing the shared empty map on first write. */
function addTo(profile: ClusterProfile, key: CountKey, word: number, n = 1): void {
  if (profile[key] === EMPTY) profile[key] = new Map();
  add(profile[key], word, n);
}

export class Clusters {
  private readonly parent: Int32Array;
  /** Members as linked lists (head, next, last per representative; size): no array per occurrence. */
  private readonly head: Int32Array;
  private readonly next: Int32Array;
  private readonly last: Int32Array;
  private readonly sizes: Int32Array;
  /**
   * Ids of a cluster, one per scheme in the order first seen: an occurrence's own list until a union adds
   * a scheme (then a new list). No Map per occurrence: a corpus with ids on every author has hundreds of
   * thousands of them, and most clusters never merge.
   */
  private readonly ids: (readonly AuthorId[] | undefined)[];
  private readonly pins: (number | undefined)[];
  private readonly profiles: (ClusterProfile | undefined)[];
  /** Papers of a cluster, built on first use (same-paper checks are frequent, full profiles are not). */
  private readonly papers: (Set<number> | undefined)[];
  /** Name forms of a cluster (form → occurrences), built on first use: names are judged before anything else. */
  private readonly forms: (Map<number, number> | undefined)[];
  /** The lowest occurrence index of each cluster. */
  private readonly firsts: Int32Array;
  /** The one name form of all a cluster's occurrences, or -1 when they have several (no Map needed to tell). */
  private readonly soleForms: Int32Array;
  /** The paper of each occurrence (the table's column): same-paper checks walk members in one array. */
  private readonly paperOf: Int32Array;
  /** The lowest and highest paper of each cluster (by its representative): most same-paper checks end on them. */
  private readonly minPaper: Int32Array;
  private readonly maxPaper: Int32Array;
  /** firstPapers' papers found so far (reused). */
  private firstFound = new Int32Array(0);

  constructor(private readonly table: OccurrenceTable) {
    const n = table.size;
    this.parent = identity(n);
    this.head = identity(n);
    this.last = identity(n);
    this.next = new Int32Array(n).fill(-1);
    this.sizes = new Int32Array(n).fill(1);
    this.ids = new Array<readonly AuthorId[] | undefined>(n);
    for (let occurrence = 0; occurrence < n; occurrence++) {
      const list = table.idList[occurrence]!;
      if (list >= 0) this.ids[occurrence] = table.idLists[list];
    }
    this.pins = new Array<number | undefined>(n);
    for (const [occurrence, pin] of table.pins) this.pins[occurrence] = pin.person;
    this.profiles = new Array<ClusterProfile | undefined>(n);
    this.papers = new Array<Set<number> | undefined>(n);
    this.forms = new Array<Map<number, number> | undefined>(n);
    this.firsts = identity(n);
    this.soleForms = table.form.slice();
    this.paperOf = table.paper;
    this.minPaper = table.paper.slice();
    this.maxPaper = table.paper.slice();
  }

  /** The name form every occurrence of a cluster (by its representative) has, or -1 when they have several. */
  soleFormOf(root: number): number {
    return this.soleForms[root]!;
  }

  /** The lowest occurrence index of a cluster (by its representative). */
  firstOf(root: number): number {
    return this.firsts[root]!;
  }

  /** The name forms of a cluster (by its representative) and how many occurrences each. */
  formsOf(root: number): ReadonlyMap<number, number> {
    let forms = this.forms[root] ?? this.profiles[root]?.forms;
    if (!forms) {
      forms = new Map();
      for (let member = this.head[root]!; member >= 0; member = this.next[member]!) {
        const form = this.table.form[member]!;
        forms.set(form, (forms.get(form) ?? 0) + 1);
      }
      this.forms[root] = forms;
    }
    return forms;
  }

  /** The papers of a cluster (by its representative). */
  papersOf(root: number): ReadonlySet<number> {
    let papers = this.papers[root];
    if (!papers) {
      papers = new Set();
      for (let member = this.head[root]!; member >= 0; member = this.next[member]!) papers.add(this.paperOf[member]!);
      this.papers[root] = papers;
    }
    return papers;
  }

  /** The representative of an occurrence's cluster. */
  find(node: number): number {
    let current = node;
    while (this.parent[current] !== current) {
      this.parent[current] = this.parent[this.parent[current]!]!;
      current = this.parent[current]!;
    }
    return current;
  }

  /** The occurrences of a cluster (by its representative), as a new array. */
  membersOf(root: number): number[] {
    const members: number[] = [];
    for (let member = this.head[root]!; member >= 0; member = this.next[member]!) members.push(member);
    return members;
  }

  /** How many occurrences a cluster holds. */
  sizeOf(root: number): number {
    return this.sizes[root]!;
  }

  /** The ids of a cluster (by its representative), one per scheme, or undefined when it has none. */
  idsOf(root: number): readonly AuthorId[] | undefined {
    return this.ids[root];
  }

  pinOf(root: number): number | undefined {
    return this.pins[root];
  }

  /** Why two clusters can never be one person (ids, thesaurus, a shared paper), or undefined. */
  hardConflict(a: number, b: number): string | undefined {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra === rb) return undefined;
    const pa = this.pins[ra];
    const pb = this.pins[rb];
    if (pa !== undefined && pb !== undefined && pa !== pb) return "the thesaurus keeps them apart";
    const ia = this.ids[ra];
    const ib = this.ids[rb];
    // One shared list (the usual case of one id) cannot disagree with itself.
    if (ia && ib && ia !== ib)
      for (let i = 0; i < ia.length; i++) {
        const kind = ia[i]![0];
        const value = ia[i]![1];
        const other = valueOf(ib, kind);
        if (other !== undefined && other !== value) return `different ${idName(kind)}s (${value} / ${other})`;
      }
    const shared = this.sizes[ra]! < this.sizes[rb]! ? this.sharePaper(ra, rb) : this.sharePaper(rb, ra);
    return shared ? "one paper names both" : undefined;
  }

  /**
   * True when two clusters have a paper in common. Most pairs are told by their paper ranges: occurrences
   * are numbered paper after paper and the shared-id joins visit them in that order, so there a cluster
   * meets one occurrence of a later paper (disjoint ranges) or of its own last paper (both have it). Only
   * overlapping ranges compare papers: small clusters member by member, others by a Set of papers. Before,
   * every cluster of more than SMALL_CLUSTER occurrences built and grew that Set during the shared-id joins;
   * without it (and without firstPapers' Set) the stage on 100,000 generated works took 9.22 -> 8.51 s of
   * calling-thread CPU (medians of four, alternated in one process, 2026-12-02, 2 cores, load 2.1-2.9).
   */
  private sharePaper(small: number, large: number): boolean {
    const [lowS, highS] = [this.minPaper[small]!, this.maxPaper[small]!];
    const [lowL, highL] = [this.minPaper[large]!, this.maxPaper[large]!];
    if (highS < lowL || highL < lowS) return false;
    if (highS === highL || lowS === lowL || highS === lowL || highL === lowS) return true;
    const { paperOf } = this;
    if (this.papers[large] === undefined && this.sizes[large]! <= SMALL_CLUSTER) {
      for (let member = this.head[small]!; member >= 0; member = this.next[member]!) {
        const paper = paperOf[member]!;
        for (let other = this.head[large]!; other >= 0; other = this.next[other]!)
          if (paperOf[other] === paper) return true;
      }
      return false;
    }
    const papers = this.papersOf(large);
    for (let member = this.head[small]!; member >= 0; member = this.next[member]!)
      if (papers.has(paperOf[member]!)) return true;
    return false;
  }

  /**
   * The first `max` papers of a cluster (by its representative), in the order papersOf gives them (first
   * sight in member order), as `name` names them: a decision's side lists its papers' ids, with no array of
   * paper numbers between. Without a built Set the members are walked, each paper looked for among the
   * few found so far, so that no Set is built for a side (the shared-id joins log 278,608 sides on 100,000
   * generated works). The list is made at its length: an array grown by push keeps room for 17 entries or
   * more, and those sides keep theirs for the whole run.
   */
  firstPapers<T>(root: number, max: number, name: (paper: number) => T): T[] {
    const built = this.papers[root];
    if (built !== undefined) {
      const found = new Array<T>(Math.min(max, built.size));
      let at = 0;
      for (const paper of built) {
        if (at === found.length) break;
        found[at++] = name(paper);
      }
      return found;
    }
    if (this.firstFound.length < max) this.firstFound = new Int32Array(max);
    const { paperOf, firstFound } = this;
    let count = 0;
    for (let member = this.head[root]!; member >= 0 && count < max; member = this.next[member]!) {
      const paper = paperOf[member]!;
      let seen = 0;
      while (seen < count && firstFound[seen] !== paper) seen++;
      if (seen === count) firstFound[count++] = paper;
    }
    const found = new Array<T>(count);
    for (let at = 0; at < count; at++) found[at] = name(firstFound[at]!);
    return found;
  }

  /** Joins two clusters (the caller has checked hardConflict); returns the new representative. */
  union(a: number, b: number): number {
    let [ra, rb] = [this.find(a), this.find(b)];
    if (ra === rb) return ra;
    if (this.sizes[ra]! < this.sizes[rb]!) [ra, rb] = [rb, ra];
    this.parent[rb] = ra;
    this.next[this.last[ra]!] = this.head[rb]!;
    this.last[ra] = this.last[rb]!;
    this.sizes[ra] = this.sizes[ra]! + this.sizes[rb]!;
    this.firsts[ra] = Math.min(this.firsts[ra]!, this.firsts[rb]!);
    this.minPaper[ra] = Math.min(this.minPaper[ra]!, this.minPaper[rb]!);
    this.maxPaper[ra] = Math.max(this.maxPaper[ra]!, this.maxPaper[rb]!);
    if (this.soleForms[ra] !== this.soleForms[rb]) this.soleForms[ra] = -1;
    this.mergeCaches(ra, rb);
    this.pins[ra] ??= this.pins[rb];
    this.ids[ra] = mergeIds(this.ids[ra], this.ids[rb]);
    const [pa, pb] = [this.profiles[ra], this.profiles[rb]];
    this.profiles[ra] = pa && pb ? mergeProfiles(pa, pb) : undefined;
    this.profiles[rb] = undefined;
    this.ids[rb] = undefined;
    return ra;
  }

  /**
   * Keeps the larger cluster's papers and forms (when built) up to date with the smaller one's, which
   * union has just appended to its member list: the same sets, in the same order, as building them anew
   * from the members — but a prolific author joined one record at a time costs O(records), not O(records²).
   */
  private mergeCaches(ra: number, rb: number): void {
    const papersA = this.papers[ra];
    if (papersA) {
      const papersB = this.papers[rb];
      if (papersB) for (const paper of papersB) papersA.add(paper);
      else this.eachMember(rb, (occurrence) => papersA.add(this.paperOf[occurrence]!));
    }
    this.papers[rb] = undefined;
    const formsA = this.forms[rb] && this.forms[ra];
    if (formsA) for (const [form, n] of this.forms[rb]!) formsA.set(form, (formsA.get(form) ?? 0) + n);
    else if (this.forms[ra])
      this.eachMember(rb, (occurrence) => {
        const form = this.table.form[occurrence]!;
        this.forms[ra]!.set(form, (this.forms[ra]!.get(form) ?? 0) + 1);
      });
    this.forms[rb] = undefined;
  }

  /** Calls `visit` with each occurrence of a cluster (by its representative), in member order. */
  private eachMember(root: number, visit: (occurrence: number) => void): void {
    for (let member = this.head[root]!; member >= 0; member = this.next[member]!) visit(member);
  }

  /** The profile of a cluster, built on first use. */
  profile(root: number): ClusterProfile {
    let profile = this.profiles[root];
    if (!profile) this.profiles[root] = profile = this.buildProfile(root);
    return profile;
  }

  private buildProfile(root: number): ClusterProfile {
    const profile: ClusterProfile = {
      papers: new Set(),
      forms: new Map(),
      coauthors: EMPTY as Map<number, number>,
      affiliation: EMPTY as Map<number, number>,
      venues: EMPTY as Map<number, number>,
      subjects: EMPTY as Map<number, number>,
      fields: EMPTY as Map<number, number>,
      files: new Set(),
    };
    for (let member = this.head[root]!; member >= 0; member = this.next[member]!)
      addOccurrence(profile, this.table, member);
    return profile;
  }
}

function addOccurrence(profile: ClusterProfile, table: OccurrenceTable, index: number): void {
  const paperIndex = table.paper[index]!;
  const papers = table.papers;
  add(profile.forms, table.form[index]!);
  for (const word of table.affiliation[index]!) addTo(profile, "affiliation", word);
  if (profile.papers.has(paperIndex)) return;
  profile.papers.add(paperIndex);
  profile.files.add(papers.file[paperIndex]!);
  for (let i = papers.coauthorStart[paperIndex]!; i < papers.coauthorStart[paperIndex + 1]!; i++)
    addTo(profile, "coauthors", papers.coauthors[i]!);
  const venue = papers.venue[paperIndex]!;
  if (venue >= 0) addTo(profile, "venues", venue);
  const [first, end] = [papers.subjectStart[paperIndex]!, papers.subjectStart[paperIndex + 1]!];
  for (let i = first; i < end; i++) addTo(profile, "subjects", papers.subjects[i]!);
  for (let i = first; i < first + papers.fieldCount[paperIndex]!; i++) addTo(profile, "fields", papers.subjects[i]!);
  const year = papers.year[paperIndex];
  if (year !== undefined) {
    profile.firstYear = Math.min(profile.firstYear ?? year, year);
    profile.lastYear = Math.max(profile.lastYear ?? year, year);
  }
}

/** Moves the smaller profile into the larger (papers are disjoint: hardConflict forbade a shared paper). */
function mergeProfiles(a: ClusterProfile, b: ClusterProfile): ClusterProfile {
  const [into, from] = a.papers.size >= b.papers.size ? [a, b] : [b, a];
  for (const paper of from.papers) into.papers.add(paper);
  for (const file of from.files) into.files.add(file);
  for (const key of ["forms", "coauthors", "affiliation", "venues", "subjects", "fields"] as const)
    for (const [word, n] of from[key]) addTo(into, key, word, n);
  if (from.firstYear !== undefined) into.firstYear = Math.min(into.firstYear ?? from.firstYear, from.firstYear);
  if (from.lastYear !== undefined) into.lastYear = Math.max(into.lastYear ?? from.lastYear, from.lastYear);
  return into;
}
