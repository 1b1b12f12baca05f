/**
 * A package-lock.json for an empty project that is about to `npm install` papergraph's tarball: it pins
 * the package's runtime dependencies, and theirs, to the entries of the project's own lock (version,
 * resolved, integrity). npm then takes every one from its cache by integrity and asks the registry nothing,
 * where without a lock it would fetch each dependency's metadata (`npm ci` caches tarballs, not metadata).
 * The installed versions are then also exactly the ones the project's tests ran with.
 */

/** The parts of a lockfile v3 this helper reads and writes. */
interface LockEntry {
  version?: string;
  resolved?: string;
  integrity?: string;
  dev?: boolean;
  devOptional?: boolean;
  peer?: boolean;
  dependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
  peerDependenciesMeta?: Record<string, { optional?: boolean }>;
  [field: string]: unknown;
}

export interface Lockfile {
  name?: string;
  lockfileVersion: number;
  requires?: boolean;
  packages: Record<string, LockEntry>;
}

/** Where Node finds `name` required from the package at `from` ("" is the root), nested folders first. */
function locate(packages: Lockfile["packages"], from: string, name: string): [string, LockEntry] | undefined {
  for (let base = from; ; ) {
    const path = `${base ? `${base}/` : ""}node_modules/${name}`;
    const entry = packages[path];
    if (entry) return [path, entry];
    if (!base) return undefined;
    // The package whose node_modules holds `base`: "node_modules/a/node_modules/@s/b" → "node_modules/a".
    const folder = base.lastIndexOf("node_modules/");
    base = folder > 0 ? base.slice(0, folder - 1) : "";
  }
}

/** What npm installs for a package: its dependencies, optional ones and the peers it does not mark optional. */
function needs(entry: LockEntry): string[] {
  const optionalPeers = entry.peerDependenciesMeta ?? {};
  const peers = Object.keys(entry.peerDependencies ?? {}).filter((name) => !optionalPeers[name]?.optional);
  return [...Object.keys(entry.dependencies ?? {}), ...Object.keys(entry.optionalDependencies ?? {}), ...peers];
}

/**
 * The lock of a project named `name` whose only content will be a package depending on `dependencies`,
 * resolved as in `projectLock`; entries keep their paths (the same hoisting) without the dev flags.
 */
export function lockForDependencies(projectLock: Lockfile, dependencies: readonly string[], name: string): Lockfile {
  const { packages } = projectLock;
  const kept = new Map<string, LockEntry>();
  const visit = (from: string, names: readonly string[]) => {
    for (const dependency of names) {
      const found = locate(packages, from, dependency);
      if (found === undefined || kept.has(found[0])) continue;
      const [path, { dev: _dev, devOptional: _devOptional, peer: _peer, ...entry }] = found;
      kept.set(path, entry);
      visit(path, needs(entry));
    }
  };
  visit("", dependencies);
  return { name, lockfileVersion: 3, requires: true, packages: { "": { name }, ...Object.fromEntries(kept) } };
}
