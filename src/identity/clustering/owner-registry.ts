/**
 * Which clusters own which files. A file that is one person's list (a profile page, a CV, a citation
 * report, a lab export) has an owner; the cluster holding the owner's occurrences carries that file, and
 * keeps carrying it through every union. O(1) per lookup and per union.
 */

export interface OwnedFile {
  file: string;
  /** Stated (`--owner`, a profile page's owner) rather than inferred from the records. */
  stated: boolean;
  coverage: number;
  /** The occurrence the owner was seeded from: its cluster is the owner. */
  seed: number;
}

const NONE: readonly OwnedFile[] = Object.freeze([]);

export class OwnerRegistry {
  private readonly byRoot = new Map<number, OwnedFile[]>();
  readonly files: OwnedFile[] = [];

  /** Records that the cluster of `root` owns a file. */
  add(root: number, owned: OwnedFile): void {
    this.files.push(owned);
    this.byRoot.set(root, [...(this.byRoot.get(root) ?? []), owned]);
  }

  /** The files a cluster owns (empty for most). */
  ownedBy(root: number): readonly OwnedFile[] {
    return this.byRoot.get(root) ?? NONE;
  }

  /** Moves what `from` owned to `into` after a union. */
  moved(from: number, into: number): void {
    const owned = this.byRoot.get(from);
    if (!owned || from === into) return;
    this.byRoot.delete(from);
    this.byRoot.set(into, [...(this.byRoot.get(into) ?? []), ...owned]);
  }
}
