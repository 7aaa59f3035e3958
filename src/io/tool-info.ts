import { readFileSync } from 'node:fs';

interface PackageJson { name: string; version: string; homepage?: string }

let pkg: PackageJson | null = null;

/** Name and version from package.json, for SARIF and `--version`. */
export function toolInfo(): { name: string; version: string } {
  pkg ??= JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as PackageJson;
  return { name: pkg.name, version: pkg.version };
}
