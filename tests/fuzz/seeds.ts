import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface Seed {
  name: string;
  text: string;
}

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/**
 * Real-shaped guides to mutate: the project's own, so the tests run on a bare clone. Callers may
 * add folders (scripts/fuzz.ts adds the shared corpus when it is there).
 */
export function loadSeeds(extraFolders: readonly string[] = []): Seed[] {
  const guides = join(ROOT, 'content', 'guides');
  const files = [
    ...readdirSync(guides).filter((name) => name.endsWith('.md')).sort().map((name) => join(guides, name)),
    join(ROOT, 'tests', 'fixtures', 'base-guide.md'),
    join(ROOT, 'tests', 'fix', 'fixture-drift.md'),
  ];
  for (const folder of extraFolders) {
    if (!existsSync(folder)) continue;
    files.push(...readdirSync(folder).filter((name) => name.endsWith('.md') && name.toLowerCase() !== 'readme.md').sort().map((name) => join(folder, name)));
  }
  return files.map((file) => ({ name: relative(ROOT, file), text: readFileSync(file, 'utf8') }));
}
