import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(new URL('../../', import.meta.url).pathname);

/** Layers from the bottom up: a layer may import its own and those below it, never one above. */
const LAYERS = ['core', 'io', 'astro', 'lsp', 'cli'] as const;
/** Layers that are shells beside each other, not above each other: the language server is no part of the site. */
const APART: ReadonlyArray<[Layer, Layer]> = [['lsp', 'astro']];
type Layer = (typeof LAYERS)[number];

function files(dir: string, pattern: RegExp): string[] {
  return readdirSync(join(ROOT, dir), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && pattern.test(entry.name))
    .map((entry) => relative(ROOT, join(entry.parentPath, entry.name)));
}

/** Import and re-export specifiers, static and dynamic. */
export function specifiers(source: string): string[] {
  const found = [...source.matchAll(/(?:^|\n)\s*(?:import|export)\b[^'";]*?from\s*['"]([^'"]+)['"]/g), ...source.matchAll(/\bimport\(\s*['"]([^'"]+)['"]\s*\)/g)];
  return found.map((match) => match[1] ?? '');
}

const layerOf = (file: string): Layer | null => (LAYERS as readonly string[]).find((layer) => file.startsWith(`src/${layer}/`)) as Layer | undefined ?? null;

/** Layer -> layer edges of src/, with one example each. */
function layerEdges(): Map<string, string> {
  const edges = new Map<string, string>();
  for (const file of files('src', /\.ts$/)) {
    const from = layerOf(file);
    if (!from) continue;
    for (const specifier of specifiers(readFileSync(join(ROOT, file), 'utf8'))) {
      if (!specifier.startsWith('.')) continue;
      const to = layerOf(relative(ROOT, resolve(ROOT, dirname(file), specifier)));
      if (to && to !== from && !edges.has(`${from}->${to}`)) edges.set(`${from}->${to}`, `${file} imports ${specifier}`);
    }
  }
  return edges;
}

// Computation, not I/O: hashing (OSCAL UUIDs) and deflate (XLSX, ZIP) take bytes and return bytes.
const PURE_NODE = new Set(['node:crypto', 'node:zlib']);

describe('the layers of src/ (README, Layout)', () => {
  it('import only downwards: core <- io <- astro <- cli, so no cycle between layers', () => {
    const upward = [...layerEdges()].filter(([edge]) => {
      const [from, to] = edge.split('->') as [Layer, Layer];
      return LAYERS.indexOf(to) > LAYERS.indexOf(from);
    });
    expect(upward.map(([, example]) => example)).toEqual([]);
  });

  it('keep the language server (src/lsp) a shell over core and io, like the CLI', () => {
    const edges = layerEdges();
    expect(APART.flatMap(([from, to]) => edges.get(`${from}->${to}`) ?? [])).toEqual([]);
  });


  it('keep src/core pure: no node: I/O modules, no process, no console', () => {
    const found: string[] = [];
    for (const file of files('src/core', /\.ts$/)) {
      const source = readFileSync(join(ROOT, file), 'utf8');
      // Comments may name them; code may not.
      const code = source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`])\/\/.*$/gm, '$1');
      for (const specifier of specifiers(code)) if ((specifier.startsWith('node:') && !PURE_NODE.has(specifier)) || ['fs', 'path', 'child_process', 'os', 'worker_threads'].includes(specifier)) found.push(`${file}: imports ${specifier}`);
      if (/\bprocess\s*[.[]/.test(code)) found.push(`${file}: uses process`);
      if (/\bconsole\s*\./.test(code)) found.push(`${file}: uses console`);
    }
    expect(found).toEqual([]);
  });

  it('give site/ the three entry points only: hardmap, hardmap/node, hardmap/astro', () => {
    const deep = files('site', /\.(ts|astro|mjs)$/).flatMap((file) => specifiers(readFileSync(join(ROOT, file), 'utf8')).filter((specifier) => /(^|\/)src\//.test(specifier) || (specifier.startsWith('hardmap') && !['hardmap', 'hardmap/node', 'hardmap/astro'].includes(specifier))).map((specifier) => `${file}: ${specifier}`));
    expect(deep).toEqual([]);
  });

  it('finds an upward import when there is one (the scanner itself can fail)', () => {
    expect(specifiers("import { x } from '../cli/main.ts';\nexport * from './a.ts';\nconst m = await import('node:fs');")).toEqual(['../cli/main.ts', './a.ts', 'node:fs']);
  });
});
