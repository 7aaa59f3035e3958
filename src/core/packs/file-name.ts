import type { PackType } from './model.ts';

/**
 * The file-name convention of packs: `hth-<vendor>-<major>.<minor>-<slug>.<ext>`. The number is
 * the last `-N.N-` run (the upstream sync's greedy match) with the minor part's leading zeros
 * dropped: `1.01` → `1.1`, `1.10` → `1.10`.
 */
const SECTION = /^hth-[a-z0-9-]*-([0-9]*\.[0-9]*)-/;

export function sectionOfFileName(fileName: string, vendor: string): string | null {
  if (!fileName.startsWith(`hth-${vendor}-`)) return null;
  const raw = SECTION.exec(fileName)?.[1];
  if (raw === undefined) return null;
  const dot = raw.indexOf('.');
  const minor = raw.slice(dot + 1).replace(/^0*/, '');
  return `${raw.slice(0, dot)}.${minor === '' ? '0' : minor}`;
}

/** Folder → type, first match wins (sigma before siem), as the upstream sync decides it. */
const TYPE_FOLDERS: Array<[string, PackType]> = [
  ['/terraform/', 'terraform'],
  ['/api/', 'api'],
  ['/cli/', 'cli'],
  ['/sdk/', 'sdk'],
  ['/db/', 'db'],
  ['/config/', 'config'],
  ['/siem/sigma/', 'sigma'],
  ['/siem/', 'siem'],
  ['/scripts/', 'scripts'],
  ['/controls/', 'controls'],
];

/** The type of a file from its path inside the packs root (`github/siem/sigma/x.yml` → sigma). */
export function typeOfPath(path: string): PackType {
  const folders = `/${path.slice(0, path.lastIndexOf('/') + 1)}`;
  return TYPE_FOLDERS.find(([folder]) => folders.includes(folder))?.[1] ?? 'other';
}

const LANGS: Record<string, string> = {
  tf: 'hcl', sh: 'bash', yml: 'yaml', yaml: 'yaml', py: 'python', ps1: 'powershell', sql: 'sql', js: 'javascript',
  go: 'go', rb: 'ruby', toml: 'toml', json: 'json', jsonc: 'json', kql: 'kql', spl: 'spl', graphql: 'graphql',
  groovy: 'groovy', ini: 'ini', txt: 'text', xml: 'xml', dax: 'dax', regex: 'regex',
};

/** The language label the include shows, from the extension (`plaintext` when unknown). */
export function langOfFileName(fileName: string): string {
  const dot = fileName.lastIndexOf('.');
  return dot === -1 ? 'plaintext' : (LANGS[fileName.slice(dot + 1)] ?? 'plaintext');
}

/** Numeric order of section keys (`1.2` < `1.10` < `2.1`), as the data files sort them. */
export function compareSections(a: string, b: string): number {
  const [a1 = 0, a2 = 0] = a.split('.').map(Number);
  const [b1 = 0, b2 = 0] = b.split('.').map(Number);
  return a1 - b1 || a2 - b2 || (a < b ? -1 : a > b ? 1 : 0);
}
