/**
 * Union–find over name units (one spelling form, optionally with one id) that refuses unions the
 * evidence forbids: two clusters holding different ids of the same kind (two ORCIDs, two DBLP pids such
 * as `Di Xu` and `Di Xu 0001`) or fixed to different thesaurus names stay apart. Path halving and union
 * by size keep every operation near O(1) amortised.
 */

/** Id kinds in the order they are trusted; the names match AuthorIds. */
export const ID_KINDS = ["orcid", "openalex", "scopus", "dblp", "semanticScholar"] as const;
export type IdKind = (typeof ID_KINDS)[number];

const ID_NAMES: Record<IdKind, string> = {
  orcid: "ORCID",
  openalex: "OpenAlex id",
  scopus: "Scopus id",
  dblp: "DBLP pid",
  semanticScholar: "Semantic Scholar id",
};

/** Names an id kind for evidence texts: `idName("orcid") === "ORCID"`. */
export const idName = (kind: IdKind): string => ID_NAMES[kind];

export type IdSets = Map<IdKind, Set<string>>;

export class IdentityUnion {
  private readonly parent: number[] = [];
  private readonly size: number[] = [];
  private readonly ids: IdSets[] = [];
  private readonly pins: (string | undefined)[] = [];

  /** Adds a singleton with its ids and thesaurus pin; returns its index. */
  add(ids: IdSets, pin: string | undefined): number {
    this.parent.push(this.parent.length);
    this.size.push(1);
    this.ids.push(new Map([...ids].map(([kind, values]) => [kind, new Set(values)])));
    this.pins.push(pin);
    return this.parent.length - 1;
  }

  /** The representative of a cluster. */
  find(node: number): number {
    let current = node;
    while (this.parent[current] !== current) {
      this.parent[current] = this.parent[this.parent[current]!]!;
      current = this.parent[current]!;
    }
    return current;
  }

  /** Why two clusters cannot be one person, or undefined when nothing forbids it. */
  conflict(a: number, b: number): string | undefined {
    const [ra, rb] = [this.find(a), this.find(b)];
    if (ra === rb) return undefined;
    const [pa, pb] = [this.pins[ra], this.pins[rb]];
    if (pa !== undefined && pb !== undefined && pa !== pb) return `the thesaurus keeps "${pa}" and "${pb}" apart`;
    for (const [kind, values] of this.ids[ra]!) {
      const other = this.ids[rb]!.get(kind);
      if (other && ![...values].some((value) => other.has(value))) {
        return `different ${idName(kind)}s (${[...values][0]} / ${[...other][0]})`;
      }
    }
    return undefined;
  }

  /** Joins two clusters unless conflict() forbids it; true when they are (now) one cluster. */
  union(a: number, b: number): boolean {
    let [ra, rb] = [this.find(a), this.find(b)];
    if (ra === rb) return true;
    if (this.conflict(ra, rb) !== undefined) return false;
    if (this.size[ra]! < this.size[rb]!) [ra, rb] = [rb, ra];
    this.parent[rb] = ra;
    this.size[ra]! += this.size[rb]!;
    this.pins[ra] ??= this.pins[rb];
    for (const [kind, values] of this.ids[rb]!) {
      const into = this.ids[ra]!.get(kind);
      if (into) for (const value of values) into.add(value);
      else this.ids[ra]!.set(kind, new Set(values));
    }
    return true;
  }
}
