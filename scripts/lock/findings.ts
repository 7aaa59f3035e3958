/**
 * What keeps `npm ci` from installing a lockfile on some machine: a root entry that no longer says
 * what package.json says (npm ci refuses it), a dependency with no entry, or an optional dependency
 * (a platform binding such as `@astrojs/compiler-binding-darwin-arm64`) that the lock never
 * recorded because the machine that wrote it could not fetch its metadata. The last one passes on
 * the writer's platform and fails everywhere else, which is why it is checked here and not left
 * to npm ci on this machine.
 */
export interface LockEntry {
  readonly version?: string;
  readonly dependencies?: Readonly<Record<string, string>>;
  readonly devDependencies?: Readonly<Record<string, string>>;
  readonly optionalDependencies?: Readonly<Record<string, string>>;
  readonly peerDependencies?: Readonly<Record<string, string>>;
  readonly peerDependenciesMeta?: Readonly<Record<string, { readonly optional?: boolean }>>;
  readonly link?: boolean;
}

export interface Lockfile {
  readonly lockfileVersion?: number;
  readonly packages?: Readonly<Record<string, LockEntry>>;
}

export interface Manifest {
  readonly dependencies?: Readonly<Record<string, string>>;
  readonly devDependencies?: Readonly<Record<string, string>>;
  readonly optionalDependencies?: Readonly<Record<string, string>>;
}

const MANIFEST_FIELDS = ['dependencies', 'devDependencies', 'optionalDependencies'] as const;

/** Node's lookup from a package folder upwards: `a/node_modules/b` sees `a/node_modules/b/node_modules/x`, then `a/node_modules/x`, then `x`. */
export function resolveInLock(packages: Readonly<Record<string, LockEntry>>, from: string, name: string): string | undefined {
  let base = from;
  for (;;) {
    const candidate = `${base === '' ? '' : `${base}/`}node_modules/${name}`;
    if (packages[candidate] !== undefined) return candidate;
    if (base === '') return undefined;
    const cut = base.lastIndexOf('/node_modules/');
    base = cut === -1 ? '' : base.slice(0, cut);
  }
}

/** The names whose spec differs between package.json and the lock's root entry, with both specs. */
function specDifferences(wanted: Readonly<Record<string, string>> = {}, locked: Readonly<Record<string, string>> = {}): string[] {
  const names = [...new Set([...Object.keys(wanted), ...Object.keys(locked)])].sort();
  return names.filter((name) => wanted[name] !== locked[name]).map((name) => `${name} ${locked[name] ?? '(absent)'} in the lock, ${wanted[name] ?? '(absent)'} in package.json`);
}

/** Every reason the lock cannot be installed as it is, one line each; empty when it can. */
export function lockFindings(manifest: Manifest, lock: Lockfile): string[] {
  const packages = lock.packages;
  if (lock.lockfileVersion === undefined || lock.lockfileVersion < 2 || packages === undefined) {
    return [`package-lock.json has lockfileVersion ${String(lock.lockfileVersion)} without a "packages" map, expected version 2 or 3 (npm 7 or later)`];
  }
  const findings: string[] = [];
  const root = packages[''] ?? {};
  for (const field of MANIFEST_FIELDS) {
    for (const difference of specDifferences(manifest[field], root[field])) findings.push(`${field}: ${difference}; regenerate the lock`);
  }
  for (const [path, entry] of Object.entries(packages)) {
    if (entry.link === true) continue;
    const required = { ...entry.dependencies, ...(path === '' ? entry.devDependencies : {}) };
    for (const name of Object.keys(required)) {
      if (resolveInLock(packages, path, name) === undefined) findings.push(`${path || 'package.json'} depends on ${name}, which has no entry in the lock`);
    }
    for (const name of Object.keys(entry.optionalDependencies ?? {})) {
      if (resolveInLock(packages, path, name) === undefined) findings.push(`${path || 'package.json'} lists the optional dependency ${name} (a platform binding), which has no entry in the lock: npm ci fails on the platforms it is for`);
    }
  }
  return findings;
}
